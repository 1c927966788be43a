import { NEWS_DOMAINS } from './data/news-domains';
import { NEWS_DOMAINS_CA } from './data/news-domains-ca';
import { finding } from './finding';
import { destinations, extractLinks, isOwnDomain, matchHost, type Link } from './lib/links';
import type { Finding, Rule } from './types';

/** Every news outlet's domain or host, for O(1) lookups per host label. */
const NEWS = new Set<string>([...NEWS_DOMAINS.split('\n'), ...NEWS_DOMAINS_CA]);

/** Portals that are not outlets as a whole but carry news under a path (msn.com/en-ca/news/…). */
const NEWS_PATHS: Record<string, RegExp> = {
  'msn.com': /(?:^|\/)news(?:\/|$)/,
  'aol.com': /^\/news(?:\/|$)/,
  'yahoo.com': /^\/news(?:\/|$)/,
  'substack.com': /^\/@?[^/]+\/p\//,
};

/** The outlet a link leads to (its matched domain), or undefined when it is not a news site. */
export function newsOutlet(link: Link): string | undefined {
  const hit = matchHost(link, NEWS);
  if (hit) return hit;
  const path = NEWS_PATHS[link.domain];
  return path && path.test(link.path) ? link.domain : undefined;
}

/**
 * Flags links to news outlets and media stories on a work account: the Toronto guidelines ask
 * employees not to post them unless there is a media partnership. Warning, not error: that
 * exception exists and the checker cannot see it. Links to the City's own sites never count,
 * even on a /news/ page, and a redirect wrapper is judged by where it leads.
 */
export const newsLink: Rule = {
  id: 'news-link',
  meta: {
    description: 'Links to news outlets and media stories from a work account.',
    modes: ['work'],
    severity: 'warning',
    source: 'Toronto employee guidelines, s.3',
    docs: 'Work accounts share the City\'s own information. Instead of linking to a news story, link to the City page on the same topic. Media partnerships are the exception.',
  },
  check(post, ctx) {
    if (!newsLink.meta.modes.includes(ctx.mode)) return [];
    const findings: Finding[] = [];
    const home = ctx.profile.webDomains[0];
    for (const link of extractLinks(post.text)) {
      for (const dest of destinations(link)) {
        if (isOwnDomain(dest, ctx)) continue;
        const outlet = newsOutlet(dest);
        if (!outlet) continue;
        findings.push(
          finding(newsLink, ctx, link.start, link.end, `This links to a news story (${outlet}). Work posts should not link to news items or media stories unless there is a media partnership.`, {
            suggestion: home ? `Link to ${home} instead.` : 'Link to the City\'s own page instead.',
            fix: { start: link.start, end: link.end, text: '' },
          }),
        );
        break;
      }
    }
    return findings;
  },
};
