/** Reading a person's name out of the original text, before or after a clue that they are staff. */
import { FIRST_NAMES_BY_LETTER } from '../data/colleague-names';
import { CITY_DEPARTMENTS } from '../data/city-topics';
import { alternation } from '../lib/city-topics';
import { CITY_ROLES, NOT_NAMES, OFFICIAL_TITLES, PEER_ROLES, TITLE_WORDS, WORK_ROLES } from '../data/colleague-roles';

const FIRST_NAMES = new Set(FIRST_NAMES_BY_LETTER.flatMap((line) => line.split(' ')));
const NOT_NAME = new Set(NOT_NAMES);
/** Units ("Roads", "Payroll", "By-law") are never names. */
const UNIT_RE = new RegExp(`^(?:${alternation(CITY_DEPARTMENTS)})$`);
const OFFICIAL_RE = new RegExp(`^(?:${OFFICIAL_TITLES.join('|')})\\.?$`);
/** Job titles and their words are not names either ("our Director of Transportation", "Senior Policy Advisor"). */
const ROLE_WORD_RE = new RegExp(`^(?:${[...PEER_ROLES, ...WORK_ROLES, ...CITY_ROLES, ...TITLE_WORDS].join('|')})$`);

/** One name word ("Sarah", "O'Brien", "Lee-Chin") or an initial ("M."). */
const TOKEN = "(?:\\p{Lu}[\\p{L}'’\\-]*\\p{Ll}|\\p{Lu}[\\p{Ll}]?\\.)";
const NAME_AFTER = new RegExp(`${TOKEN}(?:[ \\t]+${TOKEN}){0,2}`, 'uy');
const NAME_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}@])((?:${TOKEN}[ \\t]+){0,3}${TOKEN}),?[ \\t]*$`, 'u');

export interface NameSpan {
  start: number;
  end: number;
  name: string;
}

/** A pronoun's contraction ("I'm", "We've", "Let's") is never a name: "while I'm at work". */
const CONTRACTION_RE = /^(?:i|you|we|they|he|she|it|let|that|there|here|who|what)['’][a-z]+$/;
/** Words of the City's own names that are also common surnames: "Brenda Hall" (but not "Metro Hall", "City Hall"). */
const CITY_WORD_SURNAMES = new Set(['hall']);

/** True when `word` (as written) cannot be part of a person's name. */
function notName(word: string, extraNotNames: ReadonlySet<string>): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return CONTRACTION_RE.test(w) || NOT_NAME.has(w) || UNIT_RE.test(w) || extraNotNames.has(w) || OFFICIAL_RE.test(w) || ROLE_WORD_RE.test(w);
}

/** True when the text before `index` ends a sentence (or the text starts there). */
function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index).trimEnd();
  return before === '' || /[.!?:\n"“(]$/u.test(before) || /\p{Extended_Pictographic}\uFE0F?$/u.test(before);
}

/**
 * Checks the words of a candidate name. Several words, or one known given name, make a
 * person; one unknown capitalised word counts only mid-sentence ("Yep, Frank from Roads"),
 * where a capital marks a name rather than the start of a sentence.
 */
function accept(text: string, start: number, words: string[], extraNotNames: ReadonlySet<string>, titled = false): boolean {
  if (words.length === 0) return false;
  // "Brenda Hall": a known given name makes a City word after it a surname.
  const surname = words.length === 2 && CITY_WORD_SURNAMES.has(words[1].toLowerCase()) && FIRST_NAMES.has(words[0].toLowerCase()) && !notName(words[0], extraNotNames);
  if (words.some((w, i) => notName(w, extraNotNames) && !(surname && i === 1 && !notName(w, new Set())))) return false;
  // A possessive inside is a thing's name, not a person's ("Saturday's Business Breakfast").
  if (words.slice(0, -1).some((w) => /['’]s$/.test(w))) return false;
  if (words.length > 1 || FIRST_NAMES.has(words[0].toLowerCase())) return true;
  // An unknown word ending in -ly is an adverb ("Frankly, our director…"); known names (Emily) passed above.
  if (/ly$/i.test(words[0])) return false;
  if (titled) return true;
  return !sentenceStart(text, start) && !words[0].endsWith('.');
}

/** The name starting at `index` (after "my supervisor "), if any. `titled`: a title or clue came first. */
export function nameAt(text: string, index: number, extraNotNames: ReadonlySet<string>, titled = false): NameSpan | null {
  NAME_AFTER.lastIndex = index;
  const m = NAME_AFTER.exec(text);
  if (!m) return null;
  const words = m[0].split(/[ \t]+/);
  while (words.length > 1 && notName(words[words.length - 1], extraNotNames)) words.pop();
  const name = words.join(' ');
  if (!accept(text, index, words, extraNotNames, titled)) return null;
  return { start: index, end: index + name.length, name };
}

const LOWER_WORD_AFTER = /[a-z]+(?![\p{L}\p{N}'’@])/uy;
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}\p{N}@._])([a-z]+)[ \t]*$/u;

/** True when `word` is a known given name that is not one of the stop words. */
export const knownFirstName = (word: string, extraNotNames: ReadonlySet<string>) =>
  FIRST_NAMES.has(word.toLowerCase()) && !notName(word, extraNotNames);

/** A known given name written in lower case at `index` ("my lead hand mike"). */
export function lowerNameAt(text: string, index: number, extraNotNames: ReadonlySet<string>): NameSpan | null {
  LOWER_WORD_AFTER.lastIndex = index;
  const m = LOWER_WORD_AFTER.exec(text);
  return m && knownFirstName(m[0], extraNotNames) ? { start: index, end: index + m[0].length, name: m[0] } : null;
}

/** A known given name written in lower case right before `index` ("jenna from accounting"). */
export function lowerNameBefore(text: string, index: number, extraNotNames: ReadonlySet<string>): NameSpan | null {
  const from = Math.max(0, index - 30);
  const m = LOWER_WORD_BEFORE.exec(text.slice(from, index));
  if (!m || !knownFirstName(m[1], extraNotNames)) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, name: m[1] };
}

/** A he/she pronoun soon after `index` in the same sentence: the word before was a person ("with Bev today, she knows…"). */
export function pronounFollows(text: string, index: number): boolean {
  return /^[^.!?\n]{0,60}?(?<![\p{L}])(?:he|she|him|his|her|he's|she's)(?![\p{L}])/iu.test(text.slice(index));
}

/**
 * The name ending right before `index` ("Karen" in "Karen in Payroll"), if any. `titled`: a job
 * title follows ("Priya, our clerk"), which is enough to take one unknown word as a name.
 */
export function nameBefore(text: string, index: number, extraNotNames: ReadonlySet<string>, titled = false): NameSpan | null {
  const from = Math.max(0, index - 60);
  // Cheap gate, exact: a name ends in a lower-case letter or "." before an optional comma and spaces.
  // Only an ASCII character that cannot end a name rules it out; anything else goes to the pattern.
  let j = index;
  while (j > from && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  if (j > from && text.charCodeAt(j - 1) === 44) j--;
  const last = j > from ? text.charCodeAt(j - 1) : -1;
  if (last < 128 && last !== 46 && !(last >= 97 && last <= 122)) return null;
  const m = NAME_BEFORE.exec(text.slice(from, index));
  if (!m) return null;
  let start = from + m.index + m[0].indexOf(m[1]);
  const words = m[1].split(/[ \t]+/);
  // A title right before the name makes it a public official ("Mayor Chow at City Hall").
  if (words.slice(0, -1).some((w) => OFFICIAL_RE.test(w.toLowerCase().replace(/\.$/, '')))) return null;
  if (OFFICIAL_RE.test(precedingWord(text, start))) return null;
  // Leading greetings and other capitalised words are not part of the name ("Thanks Dave").
  while (words.length > 1 && notName(words[0], extraNotNames)) start += words.shift()!.length + 1;
  const name = words.join(' ');
  if (!accept(text, start, words, extraNotNames, titled)) return null;
  return { start, end: start + name.length, name };
}

/** The word before `index`, lower case, without a trailing period. */
export function precedingWord(text: string, index: number): string {
  const from = Math.max(0, index - 30);
  // Fast path for ASCII, the same as the pattern below: the run of letters and dots before trailing spaces.
  let j = index;
  while (j > from && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  let k = j;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46)) break;
  }
  if (k === from || text.charCodeAt(k - 1) < 128) return k === j ? '' : text.slice(k, j).toLowerCase().replace(/\.$/, '');
  const m = PRECEDING_WORD.exec(text.slice(from, index));
  return m ? m[1].toLowerCase().replace(/\.$/, '') : '';
}
const PRECEDING_WORD = /([\p{L}.]+)[ \t]*$/u;

export const HANDLE = /^@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/u;
const HANDLE_BEFORE = /@[\p{L}\p{N}_.]*[\p{L}\p{N}_][ \t]*,?[ \t]*$/u;

/** A @handle or a name at `index`, right after a clue. */
export function handleOrName(text: string, index: number, notNames: ReadonlySet<string>): NameSpan | null {
  const handle = HANDLE.exec(text.slice(index));
  if (handle) return { start: index, end: index + handle[0].length, name: handle[0] };
  return nameAt(text, index, notNames, true) ?? lowerNameAt(text, index, notNames);
}

/** The name and the names listed right before it: "Okonkwo and Ferreira in Engineering", "Sam, Jo and Al from IT". */
export function withListed(text: string, name: NameSpan, notNames: ReadonlySet<string>): NameSpan[] {
  const out = [name];
  for (let at = name.start; out.length < 6; ) {
    const joint = /(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*and[ \t]+)$/.exec(text.slice(Math.max(0, at - 8), at));
    if (!joint) break;
    const prev = nameBefore(text, at - joint[0].length, notNames, true);
    if (!prev || prev.name.includes(' and ')) break;
    out.unshift(prev);
    at = prev.start;
  }
  return out;
}

/** The name and the names listed right after it: "especially Mateus and Ivy". */
export function withFollowing(text: string, name: NameSpan, notNames: ReadonlySet<string>): NameSpan[] {
  const out = [name];
  for (let at = name.end; out.length < 6; ) {
    const joint = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)/.exec(text.slice(at, at + 8));
    const next = joint && handleOrName(text, at + joint[0].length, notNames);
    if (!next) break;
    out.push(next);
    at = next.end;
  }
  return out;
}

/** A @handle or a name (capitalised, or a known given name in lower case) right before `index`. */
export function personBefore(text: string, index: number, notNames: ReadonlySet<string>): NameSpan | null {
  const before = text.slice(Math.max(0, index - 40), index);
  const handle = HANDLE_BEFORE.exec(before);
  if (handle) {
    const start = index - before.length + handle.index;
    const name = handle[0].trim().replace(/,$/, '').trim();
    return { start, end: start + name.length, name };
  }
  return nameBefore(text, index, notNames) ?? lowerNameBefore(text, index, notNames);
}
