/** Shared helpers of the personal-info detectors: cue windows, URL spans, checksums. */

/** A detected item, in offsets of the normalised text. */
export interface Hit {
  kind: Kind;
  start: number;
  end: number;
}

export type Kind = 'email' | 'phone' | 'sin' | 'health' | 'card' | 'licence' | 'passport' | 'address' | 'dob';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One regex matching any of `words` as whole words (longest first), global. */
export function cueRegex(words: readonly string[]): RegExp {
  const alts = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${alts})(?![a-z0-9])`, 'g');
}

/** Sentence ends and line breaks: a phone's cue must sit in its own sentence. */
export const SENTENCE_STOP = /(?<!(?:^|[^a-z])(?:[a-z]|no|nos|st|ave|rd|dr|mr|mrs|ms|ext|apt|tel|ph|approx|jr|sr|blvd|cres|crt|hwy|num|vs|etc))(?<![a-z]\.[a-z])[.!?](?=\s)|\n/g;
/** Paragraph breaks: an address's cue may sit in the next sentence. */
export const PARAGRAPH_STOP = /\n\s*\n/g;

/**
 * Distance in characters from the item [start, end) to the nearest match of `re` within
 * `before` characters ahead of it or `after` characters behind it, not crossing `stop`.
 * Infinity when there is none.
 */
export function cueDistance(norm: string, re: RegExp, start: number, end: number, before: number, after: number, stop: RegExp): number {
  const from = Math.max(0, start - before);
  let head = norm.slice(from, start);
  // A window that starts mid-word must not read "ncell" as "cell".
  if (from > 0 && /[a-z0-9]/.test(norm[from - 1])) head = head.replace(/^[a-z0-9]+/, '');
  let tail = norm.slice(end, Math.min(norm.length, end + after));
  if (end + after < norm.length && /[a-z0-9]/.test(norm[end + after])) tail = tail.replace(/[a-z0-9]+$/, '');
  let cut = -1;
  stop.lastIndex = 0;
  for (let m = stop.exec(head); m; m = stop.exec(head)) cut = m.index + m[0].length;
  if (cut >= 0) head = head.slice(cut);
  stop.lastIndex = 0;
  const t = stop.exec(tail);
  if (t) tail = tail.slice(0, t.index);
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) best = Math.min(best, head.length - (m.index + m[0].length));
  re.lastIndex = 0;
  const a = re.exec(tail);
  if (a) best = Math.min(best, a.index);
  return best;
}

/** True when `re` matches within `before` characters ahead of the item or `after` behind it. */
export function hasCue(norm: string, re: RegExp, start: number, end: number, before: number, after: number, stop: RegExp = SENTENCE_STOP): boolean {
  return cueDistance(norm, re, start, end, before, after, stop) < Infinity;
}

const URL = /(?:https?:\/\/|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/g;

/** Spans of web links: digits inside them are ids of pages, not of people. */
export function urlSpans(norm: string): [number, number][] {
  if (!norm.includes('/') && !norm.includes('www.')) return [];
  const spans: [number, number][] = [];
  const starts = urlStarts(norm);
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    URL_AT.lastIndex = s;
    const m = URL_AT.exec(norm);
    if (m) spans.push([m.index, (from = m.index + m[0].length)]);
  }
  return spans;
}

/** URL tried at one place only. */
const URL_AT = new RegExp(URL.source, 'y');
const LINK_CHAR = /[a-z0-9.-]/;

/**
 * The only places a link can start: "http" or "www.", or within the run of letters, digits,
 * dots and hyphens just before a "/" (a bare domain's path). Sorted, without repeats, so trying
 * them in turn finds what a global scan of URL finds.
 */
function urlStarts(norm: string): number[] {
  const starts: number[] = [];
  for (let i = norm.indexOf('http'); i >= 0; i = norm.indexOf('http', i + 1)) starts.push(i);
  for (let i = norm.indexOf('www.'); i >= 0; i = norm.indexOf('www.', i + 1)) starts.push(i);
  for (let i = norm.indexOf('/'); i >= 0; i = norm.indexOf('/', i + 1)) {
    for (let j = i - 1; j >= 0 && LINK_CHAR.test(norm[j]); j--) starts.push(j);
  }
  return [...new Set(starts)].sort((x, y) => x - y);
}

/** The digits of a string. */
export const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Luhn (mod 10) checksum, used by SINs, payment cards and Ontario health cards. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, alt = false; i >= 0; i--, alt = !alt) {
    let d = digits.charCodeAt(i) - 48;
    if (alt && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** `re.test(s)` for a global regex, from the start of `s` whatever was matched before. */
export function contains(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}
