/**
 * Finds web links in a post, with or without a scheme ("cbc.ca/news/…", "www.x.com", "https://…").
 *
 * Links are found on the normalised text (zero-width characters removed, look-alike letters
 * folded, lower case) after undoing common defanging ("cbc[.]ca", "hxxps://"), so a host
 * disguised by those tricks is still recognised; offsets always point into the original text.
 */
import { find } from 'linkifyjs';
import { parse } from 'tldts';
import { normalized, toOriginal } from '../text';
import type { Context } from '../types';
import { matchAll } from './match-all';

export interface Link {
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  /** The link as found in the normalised text (lower case), with a scheme added when missing. */
  href: string;
  /** Host name without a trailing dot, e.g. "ca.news.yahoo.com". */
  host: string;
  /** Registrable domain, e.g. "yahoo.com"; the host itself for IPs and unknown suffixes. */
  domain: string;
  /** Labels left of the registrable domain, e.g. "ca.news"; "" when none. */
  subdomain: string;
  /** Path from the first "/" (without query or fragment); "" when none. */
  path: string;
  /** Query parameters, names and values decoded and lower case. */
  params: Record<string, string>;
  /** Where a redirect wrapper (google.com/url?q=…, l.facebook.com/l.php?u=…) sends the reader. */
  target?: Link;
}

/** Defanged dots and schemes people use to stop a link from being clickable. */
const DEFANG = /\s?[[({]\s?(?:\.|dot)\s?[\])}]\s?|hxxps?(?=:\/\/)| dot (?=(?:ca|com|org|net|news|ly|gl|co|me|io|to|uk|us|gd|cc|at|in|is|it|id)\b)/g;
const HAS_DEFANG = new RegExp(DEFANG.source);
/** Cheap gate: a dot with something other than space, a digit or punctuation after it, or a defanged dot. */
const MAYBE_LINK = /\S[.\uFF0E\u3002][^\s\d\p{P}]|[[({]\s?(?:\.|dot)\s?[\])}]| dot /iu;
/** Parameters that commonly carry the real destination in a redirect wrapper. */
const TARGET_PARAMS = ['u', 'url', 'q', 'target', 'dest', 'destination', 'redirect', 'redirect_uri', 'to', 'link', 'z', 'out'];
const URLISH = /^(?:https?:\/\/|www\.)/;

let lastText: string | null = null;
let lastLinks: Link[] = [];

/** Every web link in `text`, in order. Memoised on the last text: several rules call it per check. */
export function extractLinks(text: string): Link[] {
  if (text === lastText) return lastLinks;
  lastText = text;
  lastLinks = MAYBE_LINK.test(text) ? findLinks(text) : [];
  return lastLinks;
}

function findLinks(text: string): Link[] {
  const nt = normalized(text);
  // Undo defanging on a copy of `norm`, keeping a map from that copy back to `norm`.
  let s = nt.norm;
  let map: number[] | null = null;
  if (HAS_DEFANG.test(s)) {
    map = [];
    let out = '';
    let from = 0;
    for (const m of matchAll(s, DEFANG)) {
      for (let i = from; i < m.index; i++) map.push(i);
      out += s.slice(from, m.index);
      const rep = m[0].startsWith('hxxp') ? m[0].replace('hxxp', 'http') : '.';
      for (let k = 0; k < rep.length; k++) map.push(m.index + Math.min(k, m[0].length - 1));
      out += rep;
      from = m.index + m[0].length;
    }
    for (let i = from; i <= s.length; i++) map.push(i);
    out += s.slice(from);
    s = out;
  }
  const links: Link[] = [];
  for (const m of findUrls(s)) {
    const a = map ? map[m.start] : m.start;
    const b = map ? map[m.end - 1] + 1 : m.end;
    const span = toOriginal(nt, a, b);
    const link = parseLink(m.href, span.start, span.end);
    if (link) links.push(link);
  }
  return links;
}

/** Where a word can hold a link: linkify's URLs need a dot before a TLD, a scheme's colon, or "localhost". */
const LINK_MARK = /[.:]|localhost/gi;
/** What linkify's scanner reads as white space; no link spans it. */
const SPACE = /\s/;

/**
 * linkify's URLs in `s`, with offsets in `s`. linkify scans the whole text, which on a long post
 * costs more than every other link step together; a link never spans white space and linkify
 * starts afresh after it, so only the words that could hold one are scanned, joined by spaces,
 * and the same links come back.
 */
export function findUrls(s: string): { href: string; start: number; end: number }[] {
  const wordStarts: number[] = [];
  const joinedStarts: number[] = [];
  let joined = '';
  LINK_MARK.lastIndex = 0;
  for (let m = LINK_MARK.exec(s); m; m = LINK_MARK.exec(s)) {
    let a = m.index;
    let b = m.index + m[0].length;
    while (a > 0 && !SPACE.test(s[a - 1])) a--;
    while (b < s.length && !SPACE.test(s[b])) b++;
    if (joined) joined += ' ';
    wordStarts.push(a);
    joinedStarts.push(joined.length);
    joined += s.slice(a, b);
    LINK_MARK.lastIndex = b;
  }
  const out: { href: string; start: number; end: number }[] = [];
  if (!joined) return out;
  let k = 0;
  for (const m of find(joined, 'url')) {
    while (k + 1 < joinedStarts.length && joinedStarts[k + 1] <= m.start) k++;
    const shift = wordStarts[k] - joinedStarts[k];
    out.push({ href: m.href, start: m.start + shift, end: m.end + shift });
  }
  return out;
}

/** Parses `href` into a Link spanning [start, end); follows one level of redirect wrapper. */
export function parseLink(href: string, start: number, end: number, depth = 0): Link | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:]+)(?::\d+)?([^?#]*)(?:\?([^#]*))?/i.exec(href);
  if (!m) return undefined;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  const info = parse(host);
  const params: Record<string, string> = {};
  if (m[3]) {
    for (const pair of m[3].split('&')) {
      const eq = pair.indexOf('=');
      const name = decode(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
      if (name) params[name] = decode(eq < 0 ? '' : pair.slice(eq + 1)).toLowerCase();
    }
  }
  const link: Link = {
    start,
    end,
    href: /^[a-z][a-z0-9+.-]*:\/\//i.test(href) ? href : `http://${href}`,
    host,
    domain: info.domain ?? host,
    subdomain: info.subdomain ?? '',
    path: m[2] ?? '',
    params,
  };
  if (depth === 0) link.target = unwrap(link, start, end);
  return link;
}

/** Where a wrapper link leads: a URL in a redirect parameter, an archive path or an AMP cache path. */
function unwrap(link: Link, start: number, end: number): Link | undefined {
  for (const name of TARGET_PARAMS) {
    const value = link.params[name];
    if (value && URLISH.test(value)) return parseLink(value, start, end, 1);
  }
  const inPath = /\/(https?:\/\/?.+)$/.exec(link.path);
  if (inPath) return parseLink(inPath[1].replace(/^(https?:)\/(?!\/)/, '$1//'), start, end, 1);
  if (link.domain === 'ampproject.org') {
    const amp = /^\/[cv]\/(?:s\/)?(.+)$/.exec(link.path);
    if (amp) return parseLink(amp[1], start, end, 1);
  }
  return undefined;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** The link and, when it is a redirect wrapper, where it leads. */
export function destinations(link: Link): Link[] {
  return link.target ? [link, link.target] : [link];
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIn(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/** True when the link goes to one of the City's own sites (the profile's and the administrator's domains). */
export function isOwnDomain(link: Link, ctx: Context): boolean {
  const own = ctx.profile.webDomains;
  const extra = ctx.settings?.extraDomains ?? [];
  for (const d of own) if (hostIn(link.host, d.toLowerCase())) return true;
  for (const d of extra) if (hostIn(link.host, d.toLowerCase().replace(/^www\./, ''))) return true;
  return false;
}

/**
 * Looks a host up in a Set of domains: the host itself, then each parent down to the
 * registrable domain, so "calgary.ctvnews.ca" matches "ctvnews.ca" and "ca.news.yahoo.com"
 * matches "news.yahoo.com". O(labels) Set lookups.
 */
export function matchHost(link: Link, set: ReadonlySet<string>): string | undefined {
  let h = link.host.startsWith('www.') ? link.host.slice(4) : link.host;
  for (;;) {
    if (set.has(h)) return h;
    if (h.length <= link.domain.length) return undefined;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}
