/**
 * Candidate names in campaign phrases: words capitalised in the original text ("Vote Jeff Mills"),
 * minus words that only look like names at the start of a heading ("Vote Early", "Voting Day").
 */
import { NOT_A_NAME } from '../data/political';
import type { NormalText } from '../text';
import { matchAll } from '../lib/match-all';

export interface Span {
  start: number;
  end: number;
}

const notAName = new Set(NOT_A_NAME);

/** True when the word at normalised index `i` is capitalised in the original and not a common word. */
function isNameWord(t: NormalText, i: number, word: string): boolean {
  const c = t.original[t.map[i]];
  return c !== c.toLowerCase() && !notAName.has(word.replace(/['’]s$/, '').replace(/[^a-z-]/g, ''));
}

/**
 * The run of name words in `words` (which starts at normalised offset `base`), read from its
 * start, or from its end when `fromEnd` ("Jeff Mills" in "vote jeff mills for mayor").
 */
export function nameSpan(t: NormalText, base: number, words: string, fromEnd: boolean): Span | null {
  const list = [...matchAll(words, /[^\s.]+(?:\.[^\s.]+)*/g)].map((w) => ({ start: base + w.index!, end: base + w.index! + w[0].length, w: w[0] }));
  if (fromEnd) list.reverse();
  const kept = [];
  for (const w of list) {
    if (!isNameWord(t, w.start, w.w)) break;
    // a name does not run on past the end of a sentence or clause ("Okafor. She")
    const prev = kept[kept.length - 1];
    const [a, b] = prev && prev.start < w.start ? [prev, w] : [w, prev];
    if (prev && /[.!?,;:]/.test(t.norm.slice(a.end, b.start)) && a.w.length > 1) break;
    kept.push(w);
  }
  if (!kept.length) return null;
  const [first, last] = fromEnd ? [kept[kept.length - 1], kept[0]] : [kept[0], kept[kept.length - 1]];
  return { start: first.start, end: last.end };
}

/** Start of the (up to `max`) words that end right before `end`, separated by whitespace. */
export function wordsBefore(norm: string, end: number, max: number): number {
  let start = end;
  let i = end;
  for (let n = 0; n < max; n++) {
    if (i === 0 || !/\s/.test(norm[i - 1])) break;
    let j = i - 1;
    while (j > 0 && /\s/.test(norm[j - 1]) && i - j < 3) j--;
    let k = j;
    while (k > 0 && /[\w'’.-]/.test(norm[k - 1])) k--;
    if (k === j || !/[a-z]/.test(norm[k])) break;
    start = i = k;
  }
  return start;
}
