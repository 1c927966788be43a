/**
 * Candidate names in campaign phrases: words capitalised in the original text ("Vote Jeff Mills"),
 * minus words that only look like names at the start of a heading ("Vote Early", "Voting Day").
 */
import { FIRST_NAMES_BY_LETTER } from '../data/colleague-names';
import { CITY_DEPARTMENTS } from '../data/city-topics';
import { NOT_A_NAME, TEAM_NOT_A_NAME } from '../data/political';
import type { NormalText } from '../text';
import { matchAll } from '../lib/match-all';

export interface Span {
  start: number;
  end: number;
}

const notAName = new Set(NOT_A_NAME);
const firstNames = new Set(FIRST_NAMES_BY_LETTER.flatMap((line) => line.split(' ')));
/** A City unit or a team's job ("the Forestry team", "Team Outreach") is not a candidate's team. */
const UNIT_RE = new RegExp(`^(?:${[...CITY_DEPARTMENTS, ...TEAM_NOT_A_NAME].join('|')})$`);
/** Titles that make the capitalised word after them a person ("Councillor Mbeki"). */
const TITLE_BEFORE = /\b(?:councillor|councilor|mayor|trustee|premier|mpp|mp|mla|dr|deputy\s+mayor)\.?\s+$/;

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

/**
 * True when a name span reads as a person: a known given name and a surname ("Keisha Adeyemi"),
 * or any capitalised name after an office title ("Councillor Mbeki"). "Slow Down", "Public Health"
 * and the other capitalised phrases of program names are not people. With `anyFirstName` (where
 * the words around already say "person", as in "X Y's campaign"), any two capitalised words that
 * are not a City unit will do.
 */
export function isPerson(t: NormalText, s: Span, anyFirstName = false): boolean {
  const words = t.norm.slice(s.start, s.end).split(/\s+/);
  if (words.some((w) => UNIT_RE.test(w.replace(/['’]s$/, '')))) return false;
  if (TITLE_BEFORE.test(t.norm.slice(Math.max(0, s.start - 16), s.start))) return true;
  return words.length >= 2 && (anyFirstName || firstNames.has(words[0]));
}

/** True when the word of a team or campaign name ("Castillo" in "the Castillo team") is not a City unit or a team's job. */
export function notAUnit(word: string): boolean {
  return !UNIT_RE.test(word.replace(/['’]s$/, ''));
}

/** True when `word` (lower case) is a known given name ("keisha"), not a place or a cause ("ukraine"). */
export function isGivenName(word: string): boolean {
  return firstNames.has(word);
}
