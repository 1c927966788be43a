import { finding } from './finding';
import { cityTopics } from './lib/city-topics';
import { hasDisclaimer, markShouting, opinionNear, personallyFix, sentenceStarts, withoutSelfTalk, withoutTitles } from './missing-disclaimer/opinion';
import { withCityAdjectives } from './missing-disclaimer/topics';
import { calledOn, withoutEpithets } from './missing-disclaimer/people';
import { normalized } from './text';
import type { Rule } from './types';

/**
 * Flags a personal-account post that gives an opinion on City matters (Council, by-laws,
 * budget, transit, waste, snow clearing, the employee's own department…) without saying the
 * view is the author's own. Mere mentions ("leaf collection starts Monday") and posts that
 * carry a disclaimer anywhere pass. The span is the first City matter the opinion is about.
 */
export const missingDisclaimer: Rule = {
  id: 'missing-disclaimer',
  meta: {
    description: 'An opinion on City matters from a personal account without saying the views are your own',
    modes: ['personal'],
    severity: 'warning',
    source: 'Toronto employee guidelines, Personal Use; Calgary standards ("use a disclaimer"); Peterborough 4.3.6',
    docs:
      'When you comment on City business from a personal account, make clear you speak for yourself, not the City: ' +
      'start with "Personally, " or add "Views are my own."',
  },
  check(post, ctx) {
    if (ctx.mode !== 'personal' || !post.text) return [];
    const t = normalized(post.text);
    const topics = withCityAdjectives(cityTopics(t, ctx.profile, ctx.settings?.extraTopics ?? []), t, ctx.profile).filter((m) => !calledOn(t.norm, m) && !/^ stores?(?![a-z])/.test(t.norm.slice(m.normEnd, m.normEnd + 8)));
    if (topics.length === 0 || hasDisclaimer(t.norm)) return [];
    const starts = sentenceStarts(t.norm);
    const seen = new Map<number, boolean>();
    markShouting(t, starts, seen);
    const words = withoutSelfTalk(withoutEpithets(withoutTitles(t), t));
    const topic = topics.find((m) => m.demand || opinionNear(words, starts, m.normStart, m.unit, seen));
    if (!topic) return [];
    return [
      finding(missingDisclaimer, ctx, topic.start, topic.end, "You're commenting on City matters from a personal account: say the views are your own.", {
        suggestion: 'Start with "Personally, " or add "Views are my own."',
        fix: personallyFix(post.text),
      }),
    ];
  },
};
