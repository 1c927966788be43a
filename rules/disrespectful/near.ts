/**
 * Runs regexes only near their cue words. Phrase patterns are costly to try at every word of a
 * 3,000-character post; most posts hold none of their cue words, and those that do hold few, so
 * matching in small windows around the cues keeps the cost proportional to the cues, not the text.
 * Shared by `disrespectful` and `political`.
 */
import { matchAll } from '../lib/match-all';

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

let lastNorm: string | null = null;
let lastWords: WordAt[] = [];

/**
 * The lower-case letter runs (`/[a-z]+/g`) of normalised text, with their offsets. A scan by
 * character codes, memoised on the last text: `disrespectful` and `political` both ask, and a
 * regex match array per word cost more than the rest of the cue lookup. Callers must not change it.
 */
export function wordsOf(norm: string): WordAt[] {
  if (norm === lastNorm) return lastWords;
  const out: WordAt[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (!isLetter(norm.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < norm.length && isLetter(norm.charCodeAt(i + 1))) i++;
    out.push({ word: norm.slice(start, i + 1), start, end: i + 1 });
  }
  lastNorm = norm;
  lastWords = out;
  return out;
}

const isLetter = (c: number) => c >= 97 && c <= 122;

/** Windows of `norm` within `reach` characters of a cue word, merged and widened to whitespace. */
export function windowsNear(norm: string, words: readonly WordAt[], cues: ReadonlySet<string>, reach = 120): [number, number][] {
  return windowsAround(norm, words.filter((w) => cues.has(w.word)), reach);
}

/** Which of `items` each cue word belongs to: built once, so one pass over a post's words finds every item's cues. */
export function cueIndex(items: readonly { cues: ReadonlySet<string> }[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  items.forEach((item, i) => { for (const c of item.cues) (index.get(c) ?? index.set(c, []).get(c)!).push(i); });
  return index;
}

/** The windows of every item of a `cueIndex`, in one pass over the words; items with no cue in the text get none. */
export function windowsByItem(norm: string, words: readonly WordAt[], index: Map<string, number[]>, reach = 120): Map<number, [number, number][]> {
  const hits = new Map<number, WordAt[]>();
  for (const w of words) {
    const items = index.get(w.word);
    if (items === undefined) continue;
    for (const i of items) (hits.get(i) ?? hits.set(i, []).get(i)!).push(w);
  }
  const out = new Map<number, [number, number][]>();
  for (const [i, list] of hits) out.set(i, windowsAround(norm, list, reach));
  return out;
}

/** Windows around the given cue words, merged and widened to whitespace. */
function windowsAround(norm: string, cuesFound: readonly WordAt[], reach: number): [number, number][] {
  const out: [number, number][] = [];
  for (const w of cuesFound) {
    let start = Math.max(0, w.start - reach);
    let end = Math.min(norm.length, w.end + reach);
    while (start > 0 && !isSpace(norm.charCodeAt(start - 1))) start--;
    while (end < norm.length && !isSpace(norm.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** `/\s/` on one UTF-16 code unit, without making a one-character string. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Matches of `re` (global) inside the windows, with `index` moved to offsets of the whole text. */
export function matchesIn(norm: string, windows: readonly [number, number][], re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const [start, end] of windows) {
    for (const m of matchAll(norm.slice(start, end), re)) {
      m.index = m.index! + start;
      out.push(m);
    }
  }
  return out;
}
