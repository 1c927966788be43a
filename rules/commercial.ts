import { BUSINESS_NAME, CITY_CONTEXT, STRONG, WEAK, type Signal } from './data/commercial-phrases';
import { finding } from './finding';
import { extractLinks, isOwnDomain } from './lib/links';
import { newsOutlet } from './news-link';
import { normalized, toOriginal } from './text';
import type { Context, Rule } from './types';

interface Compiled { why: string; re: RegExp; kind: string }
const compile = (list: readonly Signal[], kind: string): Compiled[] => list.map((s) => ({ why: s.why, re: new RegExp(s.pattern, 'g'), kind }));
const STRONG_RE = compile(STRONG, 'strong');
const WEAK_RE = compile(WEAK, 'weak');
const BUSINESS = new RegExp(BUSINESS_NAME);
const CITY = new RegExp(CITY_CONTEXT);
/** Signals the City may use about its own programs (a discount on City swim passes, a contest prize at City Hall). */
const CITY_MAY_USE = new Set(['reads like spam', 'offers a discount code', 'advertises a discount', 'pushes a sale', 'is a sponsored or paid post', 'quotes prices', 'sends people to a business', 'recommends a business']);
/** Query parameters that carry an affiliate or referral id. */
const AFFILIATE_PARAM = /^(?:tag|ref|refid|ref_id|referral|referrer_id|aff|affid|aff_id|affiliate|affiliate_id|associate|partner_id|irclickid)$/;

interface Hit { start: number; end: number; why: string; kind: string }

/** Affiliate and referral links: a link whose query carries an affiliate id (not City sites, not news sites' "?ref=rss"). */
function affiliateLinks(text: string, ctx: Context): Hit[] {
  const hits: Hit[] = [];
  for (const link of extractLinks(text)) {
    if (isOwnDomain(link, ctx) || newsOutlet(link)) continue;
    if (Object.keys(link.params).some((p) => AFFILIATE_PARAM.test(p) || p.startsWith('aff'))) {
      hits.push({ start: link.start, end: link.end, why: 'uses an affiliate link', kind: 'strong' });
    }
  }
  return hits;
}

/**
 * Flags commercial content on a work account: discount codes, sales pitches, sponsored posts,
 * affiliate links, endorsements of private businesses and spam. Strong signals flag alone; weak
 * ones (a recommendation, a price, "give them a call") need two different kinds. The City's own
 * programs, fees and economic-development work are not commercial: in a post about them, the
 * discount and endorsement signals are ignored unless a private business is named.
 */
export const commercial: Rule = {
  id: 'commercial',
  meta: {
    description: 'Commercial content, spam, and promotion of non-City businesses, products or services.',
    modes: ['work'],
    severity: 'error',
    source: 'Toronto employee guidelines, s.3',
    docs: 'Work accounts must not advertise or endorse private businesses, share discount codes or affiliate links, or carry spam. Promoting City programs and the City\'s economic-development work is fine.',
  },
  check(post, ctx) {
    if (!commercial.meta.modes.includes(ctx.mode)) return [];
    const t = normalized(post.text);
    const hits: Hit[] = affiliateLinks(post.text, ctx);
    for (const sig of [...STRONG_RE, ...WEAK_RE]) {
      for (const m of t.norm.matchAll(sig.re)) {
        const lead = m[0].length - m[0].trimStart().length;
        const span = toOriginal(t, m.index + lead, m.index + m[0].length);
        hits.push({ ...span, why: sig.why, kind: sig.kind });
      }
    }
    if (!hits.length) return [];
    const own = extractLinks(post.text).filter((l) => isOwnDomain(l, ctx));
    const live = hits.filter((h) => !CITY_MAY_USE.has(h.why) || !aboutCity(post.text, h, own));
    const strong = live.filter((h) => h.kind === 'strong');
    const weakKinds = new Set(live.filter((h) => h.kind === 'weak').map((h) => h.why));
    if (BUSINESS.test(post.text) && weakKinds.size) weakKinds.add('names a business');
    const chosen = strong.length ? strong : weakKinds.size >= 2 ? live.filter((h) => h.kind === 'weak') : [];
    return merge(chosen).slice(0, 3).map((h) =>
      finding(commercial, ctx, h.start, h.end, `This ${h.why}: work accounts must not carry commercial content or promote non-City businesses.`, {
        suggestion: 'Remove the promotion, or share the City\'s own program or economic-development page instead.',
      }),
    );
  },
};

/**
 * Whether the sentence holding a hit is about the City's own programs (City context or a link to
 * a City site in it) and names no private business.
 */
function aboutCity(text: string, hit: Hit, own: { start: number; end: number }[]): boolean {
  const [s, e] = sentence(text, hit.start, hit.end);
  if (BUSINESS.test(text.slice(s, e))) return false;
  return own.some((l) => l.start >= s && l.end <= e) || CITY.test(text.slice(s, e).toLowerCase());
}

/** The sentence (or line) of `text` around [start, end). */
function sentence(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[!?\n]/.test(text[e]) && !(text[e] === '.' && /\s/.test(text[e + 1] ?? ' '))) e++;
  return [s, e];
}

/** Sorts hits and drops those overlapping an earlier one. */
function merge(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}
