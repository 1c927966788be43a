import { BUSINESS_NAME, CITY_CONTEXT, PUBLIC_PLACE, STRONG, VENUE_NAME, WEAK, type Signal } from './data/commercial-phrases';
import { cityTopics } from './lib/city-topics';
import { finding } from './finding';
import { extractLinks, isOwnDomain } from './lib/links';
import { newsOutlet } from './news-link';
import { normalized, toOriginal } from './text';
import type { Context, Rule } from './types';
import { matchAll } from './lib/match-all';

interface Compiled { why: string; re: RegExp; kind: string }
const compile = (list: readonly Signal[], kind: string): Compiled[] => list.map((s) => ({ why: s.why, re: new RegExp(factorWordStart(s.pattern), 'g'), kind }));

/**
 * The same pattern with the word boundary that starts most of its alternatives written once in
 * front of them ("\\bfoo|\\bbar|baz" -> "\\b(?:foo|bar)|baz"): V8 then tests the boundary once a
 * position instead of once an alternative, which halves the time the signal lists take on long
 * posts. Alternatives are split at top-level "|" (outside groups and character classes).
 */
function factorWordStart(pattern: string): string {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(pattern.slice(start));
  const bounded = alts.filter((a) => a.startsWith('\\b'));
  if (bounded.length < 2) return pattern;
  const rest = alts.filter((a) => !a.startsWith('\\b'));
  return [`\\b(?:${bounded.map((a) => a.slice(2)).join('|')})`, ...rest].join('|');
}
const STRONG_RE = compile(STRONG, 'strong');
const WEAK_RE = compile(WEAK, 'weak');
const BUSINESS = new RegExp(BUSINESS_NAME);
const BUSINESS_ALL = new RegExp(BUSINESS_NAME, 'g');
const CITY = new RegExp(CITY_CONTEXT);
const VENUE = new RegExp(VENUE_NAME, 'g');
/** "The best ramen in the city is at Kinton": a superlative sending readers to a named place. */
const BEST_IS_AT = /\b(?:best|cheapest|tastiest|freshest)\b[^.!?\n]{1,40}\b(?:is|are) (?:at|from|over at) (?:[Tt]he )?([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})/g;
const PLACE = new RegExp(PUBLIC_PLACE);
/** "the best pho in Chinatown", "cheapest tires in Millbrook": a superlative about a thing in a named place (weak). */
const BEST_IN = /\b(?:[Bb]est|[Cc]heapest|[Tt]astiest|[Ff]reshest) (?:[a-z'’-]+ ){1,3}in (?:the )?([A-Z][a-z'’]+)/g;
/** The City as a discount password: "mention City of Calgary", "say you work for the City", "show your City staff ID". */
const CITY_AS_PASSWORD = /\b(?:mention|quote|say|tell (?:them|him|her|'em))(?: (?:that )?you(?:'re| are)? (?:work )?(?:for|with|from|at))? (?:the )?City(?: of [A-Z][a-z]+)?\b|\b(?:show|flash|present) (?:your |a )?City (?:staff |employee )?(?:ID|badge|card|lanyard)\b|\bCity (?:staff|employee)s? (?:ID|badge|card)s?\b/gi;
/** Asking for donations: a sum in such a sentence is a gift, not a price. */
const DONATION = /\b(?:donat(?:e|es|ed|ing|ion|ions)|fundrais\w*|pledg(?:e|es|ed|ing)|chip in|pitch in|contribut(?:e|ing|ion)|giv(?:e|ing) to (?:the|our|my|a|an)|raising (?:money|funds)|sponsor me|can you spare|makes a (?:big |real |huge )?difference|goes (?:a long way|directly to|straight to)|(?:every|even) (?:[$£€] ?\d+|dollar|bit|cent) (?:helps|counts|matters))\b/i;
/** "City" with a capital C, not part of another place's name ("Kansas City"). */
const CAPITAL_CITY = /(?<![A-Z][a-z]+ )\bCity\b/;
/** Cheap gate before extracting links: a query parameter or a referral-style path. */
const MAYBE_AFFILIATE = /[?&][a-z_]+=|\/(?:invite|r|ref|refer|referral|join|aff)\/\w/i;
/** Paths that carry a referral or invite id ("/invite/SAM7X2K", "/r/JSMITH123"). */
const REFERRAL_PATH = /\/(?:invite|r|ref|refer|referral|join|aff)\/[a-z0-9_-]{4,}/;
/** Signals the City may use about its own programs (a discount on City swim passes, a contest prize at City Hall). */
const CITY_MAY_USE = new Set(['reads like spam', 'offers a discount code', 'advertises a discount', 'pushes a sale', 'is a sponsored or paid post', 'quotes prices', 'sends people to a business', 'recommends a business', 'sells items', 'reads like a classified ad', 'creates urgency', 'offers your own services', 'advertises a deal']);
/** A friend's or relative's business is never the City's own program. */
const FRIEND = "promotes a friend's or your own business";
/** Signals a City post uses about its fees and offers: a City topic near them is enough context. */
const CITY_OFFER = new Set(['advertises a discount', 'pushes a sale', 'quotes prices', 'reads like spam', 'sells items']);
/** Query parameters that carry an affiliate or referral id. */
const AFFILIATE_PARAM = /^(?:tag|ref|refid|ref_id|referral|referrer_id|aff|affid|aff_id|affiliate|affiliate_id|associate|partner_id|irclickid)$/;

interface Hit { start: number; end: number; why: string; kind: string }

/** Affiliate and referral links: a link whose query carries an affiliate id (not City sites, not news sites' "?ref=rss"). */
function affiliateLinks(text: string, ctx: Context): Hit[] {
  const hits: Hit[] = [];
  if (!MAYBE_AFFILIATE.test(text)) return hits;
  for (const link of extractLinks(text)) {
    if (isOwnDomain(link, ctx) || newsOutlet(link)) continue;
    if (Object.keys(link.params).some((p) => AFFILIATE_PARAM.test(p) || p.startsWith('aff')) || REFERRAL_PATH.test(link.path)) {
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
      for (const m of matchAll(t.norm, sig.re)) {
        const lead = m[0].length - m[0].trimStart().length;
        const span = toOriginal(t, m.index + lead, m.index + m[0].length);
        hits.push({ start: span.start, end: span.end, why: sig.why, kind: sig.kind });
      }
    }
    for (const m of matchAll(post.text, BEST_IS_AT)) {
      if (!PLACE.test(m[1])) hits.push({ start: m.index, end: m.index + m[0].length, why: 'recommends a business', kind: 'strong' });
    }
    if (/\b(?:best|cheapest|tastiest|freshest) /i.test(post.text)) {
      for (const m of matchAll(post.text, BEST_IN)) if (!PLACE.test(m[1])) hits.push({ start: m.index, end: m.index + m[0].length, why: 'recommends a business', kind: 'weak' });
    }
    if (!hits.length) return [];
    // A sum asked as a gift ("every $25 makes a difference", "donate $50 to the food bank") is not a price.
    // So is "link in comments" after a fundraising sentence ("I'm raising money for SickKids. Link in comments.").
    if (DONATION.test(post.text)) {
      for (let i = hits.length - 1; i >= 0; i--) {
        const h = hits[i];
        const link = /^link in/i.test(post.text.slice(h.start, h.end));
        if (h.why !== 'quotes prices' && !link) continue;
        const [s, e] = sentence(post.text, h.start, h.end);
        const [ps] = link && s > 1 ? sentence(post.text, s - 2, s - 1) : [s];
        if (DONATION.test(post.text.slice(ps, e))) hits.splice(i, 1);
      }
    }
    const city = cityContext(post.text, ctx, hits);
    const live = hits.filter((h) => !CITY_MAY_USE.has(h.why) || !city(h));
    const strong = live.filter((h) => h.kind === 'strong');
    const chosen = strong.length ? strong : pairedWeak(post.text, live.filter((h) => h.kind === 'weak'));
    return merge(chosen).slice(0, 3).map((h) =>
      finding(commercial, ctx, h.start, h.end, `This ${h.why}: work accounts must not carry commercial content or promote non-City businesses.`, {
        suggestion: 'Remove the promotion, or share the City\'s own program or economic-development page instead.',
      }),
    );
  },
};

/** How far apart (in characters) two weak signals may be and still add up. */
const NEAR = 320;

/**
 * Weak hits that add up: two different kinds (a named business counts as one) within NEAR
 * characters of each other. A short post is one window; a long post about several things can
 * hold a price in one part and "stop by" in another without either being a pitch.
 */
function pairedWeak(text: string, weak: Hit[]): Hit[] {
  if (!weak.length) return [];
  const out = new Set<Hit>();
  let names: number[] | null = null;
  for (const h of weak) {
    const near = weak.filter((o) => Math.abs(o.start - h.start) <= NEAR);
    if (near.some((o) => o.why !== h.why)) near.forEach((o) => out.add(o));
    else {
      names ??= businessNames(text);
      if (names.some((i) => Math.abs(i - h.start) <= NEAR)) out.add(h);
    }
  }
  return [...out];
}

/** Where `text` names private businesses (see namesBusiness), found once per post. */
function businessNames(text: string): number[] {
  const at = matchAll(text, BUSINESS_ALL).map((m) => m.index);
  for (const m of matchAll(text, VENUE)) if (!PLACE.test(m[1])) at.push(m.index);
  return at;
}

/** Whether `text` names a private business: a trade name ("Prairie Roofing Ltd.") or a venue after "at"/"from" that is not a public place. */
function namesBusiness(text: string): boolean {
  if (BUSINESS.test(text)) return true;
  for (const m of matchAll(text, VENUE)) if (!PLACE.test(m[1])) return true;
  return false;
}

/**
 * For a post, a test of whether the sentence holding a hit is about the City's own programs and
 * names no private business. City context (City words, a link to a City site, and for prices and
 * offers also a City topic of the profile) counts in the sentence itself or the one before it
 * ("TTC fares rise on Jan 1. Seniors save $20 a month with a pass."). Links and topics are found
 * once per post, and only when a hit needs them.
 */
function cityContext(text: string, ctx: Context, hits: Hit[]): (hit: Hit) => boolean {
  if (!hits.some((h) => CITY_MAY_USE.has(h.why))) return () => false;
  const t = normalized(text);
  const domains = [...ctx.profile.webDomains, ...(ctx.settings?.extraDomains ?? [])];
  // A City domain written anywhere ("toronto.ca/parks", "permits@calgary.ca") is City context;
  // found with one pattern rather than full link extraction, which costs more than the rule.
  // A sentence's closing punctuation after a link ("at calgary.ca/passes.") is not part of it.
  const own = domains.length ? [...matchAll(t.norm, ownDomainPattern(domains))].map((m) => toOriginal(t, m.index, m.index + m[0].replace(/[.,!?;:)]+$/, '').length)) : [];
  let topics: { start: number; end: number }[] | null = null;
  /** City words or a City link in text[from, to) (not just a City topic like "Bike Share"). */
  const explicitCity = (from: number, to: number) => {
    const part = text.slice(from, to);
    return CITY.test(part.toLowerCase()) || CAPITAL_CITY.test(part) || own.some((l) => l.start >= from && l.end <= to);
  };
  // Whether the sentence [from, to) names a business, found once per sentence.
  const named = new Map<number, boolean>();
  const business = (from: number, to: number) => {
    let v = named.get(from);
    if (v === undefined) named.set(from, (v = namesBusiness(text.slice(from, to))));
    return v;
  };
  // The answer depends on the hit only through its sentence and whether it is a City offer: kept per sentence.
  const bySentence = new Map<string, { pre: boolean | null; ps: number; e: number }>();
  return (hit) => {
    const [s, e] = sentence(text, hit.start, hit.end);
    const key = `${s}:${e}`;
    let v = bySentence.get(key);
    if (!v) bySentence.set(key, (v = sentenceContext(s, e)));
    if (v.pre !== null) return v.pre;
    if (!CITY_OFFER.has(hit.why)) return false;
    topics ??= cityTopics(normalized(text), ctx.profile).filter((m) => !m.unit);
    const { ps } = v;
    return topics.some((l) => l.start >= ps && l.end <= e);
  };
  /** For the sentence [s, e): true or false when that settles it, null when only a City topic nearby can tell. */
  function sentenceContext(s: number, e: number): { pre: boolean | null; ps: number; e: number } {
    if (business(s, e)) return { pre: false, ps: s, e };
    let [ps] = s > 1 ? sentence(text, s - 2, s - 1) : [s];
    // A sentence that thanks or names a business ("Thanks to Riverdale Cycles for the tune-ups on
    // our Bike Share fleet!") lends no City context to the next one ("They're running a sale: 20%
    // off helmets") unless it names the City itself.
    if (ps < s && business(ps, s) && !explicitCity(ps, s)) ps = s;
    if (hits.some((h) => h.why === FRIEND && h.start >= ps && h.end <= e)) return { pre: false, ps, e };
    // The City named as the word that unlocks a discount ("mention City of Toronto for 10% off",
    // "show your City staff ID") is not a post about the City's programs.
    const window = text.slice(ps, e).replace(CITY_AS_PASSWORD, ' ');
    // A City link may also follow in the next sentence ("... save up to $400. Details at calgary.ca/energy.").
    const [, ne] = own.length && e < text.length ? sentence(text, e + 1, e + 1) : [e, e];
    if (own.some((l) => l.start >= ps && l.end <= ne) || CITY.test(window.toLowerCase()) || CAPITAL_CITY.test(window)) return { pre: true, ps, e };
    return { pre: null, ps, e };
  }
}

const domainPatterns = new Map<string, RegExp>();

/** One pattern for the City's domains and their subdomains, compiled once per list. */
function ownDomainPattern(domains: string[]): RegExp {
  const key = domains.join(' ');
  let re = domainPatterns.get(key);
  if (!re) {
    const names = domains.map((d) => d.toLowerCase().replace(/^www\./, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![a-z0-9-])(?:[a-z0-9-]+\\.)*(?:${names.join('|')})(?![a-z0-9-])(?:/\\S*)?`, 'g');
    if (domainPatterns.size > 16) domainPatterns.clear();
    domainPatterns.set(key, re);
  }
  return re;
}

/** A period that ends an abbreviation ("a.m.", "St.", "Ltd."), not a sentence. */
const ABBREVIATION = /(?:\b[a-z]\.[a-z]|\b(?:st|ave|rd|dr|mr|mrs|ms|inc|ltd|co|corp|vs|no|approx|e\.g|i\.e))$/i;

/** Whether `text[i]` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '!' || c === '?' || c === '\n') return true;
  return c === '.' && /\s/.test(text[i + 1] ?? ' ') && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}

/** The sentence (or line) of `text` around [start, end). */
function sentence(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  return [s, e];
}

/** Sorts hits and drops those overlapping an earlier one. */
function merge(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}
