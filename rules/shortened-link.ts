import { SHORTENERS } from './data/shorteners';
import { finding } from './finding';
import { destinations, extractLinks, isOwnDomain, matchHost, type Link } from './lib/links';
import type { Finding, Rule } from './types';

const KNOWN = new Set(SHORTENERS);

/** Short two-label hosts on the country codes shorteners favour ("xy.gd", "abc.ly"). */
const SHORT_HOST = /^[a-z0-9-]{1,4}\.(?:ly|gl|gd|to|me|co|cc|im|su|ws|at|id|is|li|la|gg|sh|link|ink|one|io)$/;
/** A single random-looking path token, the shape shorteners hand out ("/3xQpLmN", "/aB12c"). */
const TOKEN_PATH = /^\/[A-Za-z0-9_-]{4,12}\/?$/;

/** True when the link goes through a known shortener or looks like one (short host + random token). */
export function isShortened(link: Link, original: string): boolean {
  if (matchHost(link, KNOWN)) return true;
  const host = link.host.replace(/^www\./, '');
  if (!SHORT_HOST.test(host)) return false;
  const raw = original.slice(link.start, link.end);
  const path = raw.slice(raw.toLowerCase().indexOf(host) + host.length);
  return TOKEN_PATH.test(path) && /\d/.test(path) && /[A-Za-z]/.test(path);
}

/**
 * Flags shortened links on a work account: a bit.ly or t.co link hides where it goes, which the
 * Toronto guidelines count among confusing or misleading links. Warning: the destination may be
 * fine, the reader just cannot tell. The City's own short domains never count.
 */
export const shortenedLink: Rule = {
  id: 'shortened-link',
  meta: {
    description: 'Shortened links (bit.ly, t.co, tinyurl …) that hide where they go.',
    modes: ['work'],
    severity: 'warning',
    source: 'Toronto employee guidelines, s.3',
    docs: 'A shortened link does not show where it leads, so readers cannot judge it before clicking. Paste the full address instead.',
  },
  check(post, ctx) {
    if (!shortenedLink.meta.modes.includes(ctx.mode)) return [];
    const findings: Finding[] = [];
    for (const link of extractLinks(post.text)) {
      if (destinations(link).some((d) => isOwnDomain(d, ctx))) continue;
      if (!isShortened(link, post.text)) continue;
      findings.push(
        finding(shortenedLink, ctx, link.start, link.end, `This shortened link (${link.host}) hides where it goes.`, {
          suggestion: 'Use the full link so readers can see where it leads.',
        }),
      );
    }
    return findings;
  },
};
