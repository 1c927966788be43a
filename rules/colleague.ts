import { findColleagues } from './colleague/find';
import { finding } from './finding';
import type { Profile, Rule } from './types';

const cityWordsCache = new WeakMap<Profile, string[]>();

/** Words of the City's own names ("toronto", "calgary"): never a colleague's name. */
function cityWords(profile: Profile): string[] {
  let words = cityWordsCache.get(profile);
  if (!words) {
    words = [...new Set([profile.name, ...profile.aliases].join(' ').toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 1))];
    cityWordsCache.set(profile, words);
  }
  return words;
}

/**
 * Flags a post that names another City employee: a name next to a job title ("my supervisor
 * Dave Lee", "Priya, our clerk"), next to a workplace unit ("Karen in Payroll", "@jdoe from
 * Parks"), or listed as a colleague in the settings. Praise counts too: the policy asks for
 * the person's consent before naming them. The Mayor, councillors and other officials in
 * their public role are not colleagues. The span is the name or handle.
 */
export const colleague: Rule = {
  id: 'colleague',
  meta: {
    description: 'Naming or commenting on another City employee without their consent',
    modes: ['work', 'personal'],
    severity: 'warning',
    source: 'Toronto employee guidelines, Personal Use; Toronto Integrity Commissioner bulletin (2016)',
    docs:
      "Don't identify or comment on other City employees without their consent, even to praise them. " +
      'Ask them first, or leave the name out ("a colleague in Parks").',
  },
  check(post, ctx) {
    if (!post.text) return [];
    return findColleagues(post.text, ctx.settings?.colleagues ?? [], cityWords(ctx.profile), ctx.mode === 'work').map((m) =>
      finding(colleague, ctx, m.start, m.end, `This names ${m.name}, who seems to be a City colleague: naming or commenting on coworkers needs their consent.`, {
        suggestion: `Ask ${m.name} before posting, or leave the name out.`,
      }),
    );
  },
};
