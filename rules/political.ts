import { finding } from './finding';
import { campaignSpans } from './political/campaign';
import { normalized, toOriginal } from './text';
import type { Rule } from './types';

/**
 * Campaign content on a work account: asking people to vote for, elect, fund or help a
 * candidate or party, campaign slogans, hashtags and websites. The City's neutral election
 * information (when and where to vote, nominations) and council decisions are not flagged.
 */
export const political: Rule = {
  id: 'political',
  meta: {
    description: 'Promoting or opposing a candidate or party in an election; campaign content',
    modes: ['work'],
    severity: 'error',
    source: 'Toronto Integrity Commissioner bulletin (2016), para 15',
    docs: 'Keep election campaigning off City accounts. Neutral election information (dates, voting places) is fine; endorsing candidates or parties is not.',
  },
  check(post, ctx) {
    const t = normalized(post.text);
    return campaignSpans(t).map((s) => {
      const { start, end } = toOriginal(t, s.start, s.end);
      return finding(political, ctx, start, end, 'Campaign content: this promotes or opposes a candidate or party. City accounts and resources must stay out of election campaigns.', {
        suggestion: 'Remove it from the work post; campaign only on a personal account, on your own time. Neutral facts about voting are fine.',
      });
    });
  },
};
