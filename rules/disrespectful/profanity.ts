/**
 * Whole-word profanity matching on normalised text, built once from bad-words' list.
 *
 * Never calls bad-words' `clean()`: each token of the text is looked up in a Set after
 * undoing the usual evasions (l33t digits and symbols, `*` masks, stretched letters,
 * spaced or dotted letters). Matching whole tokens keeps "Scunthorpe", "assessment",
 * "cockpit" and "Dickens" clean.
 */
import { Filter } from 'bad-words';
import {
  ENGLISH_PLURALS, EXTRA, FOLLOWED_BY_EXCEPTIONS, INFIX_ROOTS, MILD, NAME_LIKE, NOT_PROFANE, PREFIX_EXCEPTIONS, PREFIX_ROOTS,
} from '../data/profanity';
import type { NormalText } from '../text';
import { matchAll } from '../lib/match-all';

export interface WordHit {
  /** Span in the normalised text. */
  start: number;
  end: number;
  mild: boolean;
}

/** L33t characters and what they stand for ('1' is tried as both i and l). */
const LEET: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '0': 'o', '5': 's', '$': 's', '!': 'i', '7': 't', '+': 't', '|': 'l', '8': 'b', '9': 'g' };
const WILDCARD = /[*#%]/;
const PLAIN = /^[a-z]+$/;
/** Markdown-style emphasis, `*or*`, `**Get`: stars around a word (or two at one edge), not inside it. */
const EMPHASIS = /^\*+[a-z]+\*+$|^\*\*+[a-z]+$|^[a-z]+\*\*+$/;

/** Replaces l33t characters with letters; `one` says what '1' stands for. */
function deleet(word: string, one: 'i' | 'l'): string {
  let out = '';
  for (const c of word) out += c === '1' ? one : LEET[c] ?? c;
  return out;
}

const excluded = new Set(NOT_PROFANE);
const ENGLISH = new Set(ENGLISH_PLURALS);
const mild = new Set(MILD);
const strong = new Set<string>(EXTRA);
const phraseWords: string[] = [];
for (const raw of new Filter().list) {
  const entry = raw.toLowerCase().replace(/[;*]/g, '').trim();
  if (/\s/.test(entry)) {
    if (!/^(?:\w ){2,}\w$|^s hit$/.test(entry)) phraseWords.push(entry);
    continue;
  }
  const word = deleet(entry.replace(/[-_.]/g, ''), 'i');
  if (!/^[a-z]{2,}$/.test(word) || excluded.has(entry) || excluded.has(word) || mild.has(word)) continue;
  strong.add(word);
}

/** Multi-word entries of the list ("blow job"), as one regex over normalised text. */
const PHRASES = new RegExp(
  `\\b(?:${phraseWords.filter((p) => !p.split(' ').some((w) => strong.has(w))).map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\b`,
  'g',
);

/** Strong and mild words indexed by length, for matching masked tokens ("f**k"). */
const byLength = new Map<number, string[]>();
for (const w of [...strong, ...mild]) (byLength.get(w.length) ?? byLength.set(w.length, []).get(w.length)!).push(w);

const PREFIX = new RegExp(`^(?:${PREFIX_ROOTS.join('|')})`);
const PREFIX_EXCEPTION = new RegExp(`^(?:${PREFIX_EXCEPTIONS.join('|')})`);
const INFIX = new RegExp(INFIX_ROOTS.join('|'));
const STRETCHED = /(.)\1\1/;

/** Looks a clean letter string up: 'strong', 'mild' or null. */
function lookup(w: string): 'strong' | 'mild' | null {
  if (strong.has(w)) return 'strong';
  if (mild.has(w)) return 'mild';
  // plurals: "-es" only after a sibilant ("bitches", not "prices" from "pr1c"); "-ss" is no plural ("assess")
  if (w.endsWith('s') && w.length > 3 && !w.endsWith('ss') && !ENGLISH.has(w)) {
    const es = w.slice(0, -2);
    const stem = w.endsWith('es') && /(?:s|x|z|ch|sh)$/.test(es) && strong.has(es) ? es : w.slice(0, -1);
    if (strong.has(stem)) return 'strong';
  }
  if (PREFIX.test(w) && !PREFIX_EXCEPTION.test(w)) return 'strong';
  if (INFIX.test(w)) return 'strong';
  return null;
}

/** Looks a letter string up, also with stretched letters squeezed ("fuuuuck", "shiiit"). */
function classify(w: string): 'strong' | 'mild' | null {
  const found = lookup(w);
  if (found || !STRETCHED.test(w)) return found;
  return lookup(w.replace(/(.)\1{2,}/g, '$1$1')) ?? lookup(w.replace(/(.)\1+/g, '$1'));
}

/** Matches a token with `*`/`#`/`%` masks against listed words of the same shape. */
function classifyMasked(token: string): 'strong' | 'mild' | null {
  if (EMPHASIS.test(token)) return classify(token.replace(/\*/g, ''));
  const shape = deleet(token, 'i');
  for (const suffix of ['', 's', 'ing', 'in', 'ed', 'er', 'ers', 'y']) {
    if (!shape.endsWith(suffix)) continue;
    const stem = shape.slice(0, shape.length - suffix.length);
    const known = stem.replace(/[*#%]/g, '').length;
    if (known < 1 || (known < 2 && (stem.length < 4 || WILDCARD.test(stem[0]))) || known === stem.length) continue;
    for (const w of byLength.get(stem.length) ?? []) {
      let ok = true;
      for (let i = 0; ok && i < w.length; i++) ok = WILDCARD.test(stem[i]) || stem[i] === w[i];
      if (ok) return mild.has(w) ? 'mild' : 'strong';
    }
  }
  return null;
}

/** Answers of `classifyToken` so far: a post's words recur across posts, and the lists never change after load. */
const classified = new Map<string, 'strong' | 'mild' | null>();

/** Classifies one raw token of normalised text, trying it with and without a hashtag mark or trailing '!'. */
function classifyToken(token: string): 'strong' | 'mild' | null {
  let kind = classified.get(token);
  if (kind === undefined) {
    kind = classifyFresh(token);
    if (classified.size >= 20_000) classified.clear();
    classified.set(token, kind);
  }
  return kind;
}

function classifyFresh(token: string): 'strong' | 'mild' | null {
  if (PLAIN.test(token)) return classify(token);
  const variants = new Set([token, token.replace(/^[#@]+(?=[a-z])/, '')]);
  for (const v of [...variants]) variants.add(v.replace(/!+$/, ''));
  for (const v of variants) {
    if (v.length < 2 || (!/[a-z]/.test(v) && (/\d/.test(v) || !/[@$]/.test(v) || v.length < 3))) continue;
    const found = WILDCARD.test(v)
      ? classifyMasked(v)
      : classify(deleet(v, 'i')) ?? (v.includes('1') ? classify(deleet(v, 'l')) : null);
    if (found) return found;
  }
  return null;
}

/** Hyphenated compounds, checked joined as well ("a-hole", "f-u-c-k" is SPACED). */
const HYPHENATED = /[a-z0-9@$!*]{2,}(?:-[a-z0-9@$!*]+)+|[a-z]-[a-z0-9@$!*]{2,}(?:-[a-z0-9@$!*]+)*/g;
const nameLike = new Set(NAME_LIKE);
/** [a-z0-9@$!*] and the hyphen: what a HYPHENATED match is made of. */
const isHyphenatedChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 42 || c === 45;
/** [a-z0-9@$!*#%+|]: what a token is made of (a token is a maximal run of them). */
const isTokenChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 42 || c === 35 || c === 37 || c === 43 || c === 124;

/**
 * True when the word at `start` is capitalised as a name in the original: mid-sentence ("Moby Dick"),
 * or at a sentence start followed by another capitalised word ("Dick Smith gave a talk").
 */
function isName(t: NormalText, start: number): boolean {
  const i = t.map[start];
  const c = t.original[i];
  if (c === c.toLowerCase()) return false;
  const before = t.original.slice(0, i).trimEnd();
  if (before !== '' && !/[.!?:]$/.test(before)) return true;
  return /^[A-Z][a-z]+ [A-Z][a-z]/.test(t.original.slice(i, i + 40));
}
/** Three or more single characters split by the same one or two spaces, dots, dashes or underscores: "f u c k", "s.h.i.t". */
const SPACED = /(?<![a-z0-9@$!*])[a-z0-9@$!*]([ .\-_]{1,2})(?:[a-z0-9@$!*]\1)+[a-z0-9@$!*](?![a-z0-9@$!*])/g;

/** Every profane word in normalised text, strong or mild, in text order. */
export function profaneWords(t: NormalText): WordHit[] {
  const norm = t.norm;
  const hits: WordHit[] = [];
  const add = (start: number, end: number, kind: 'strong' | 'mild' | null) => {
    if (!kind) return;
    const word = norm.slice(start, end);
    if (FOLLOWED_BY_EXCEPTIONS[word]?.test(norm.slice(end, end + 40))) return;
    if (nameLike.has(word) && isName(t, start)) return;
    hits.push({ start, end, mild: kind === 'mild' });
  };
  // HYPHENATED has no lookaround and only takes [a-z0-9@$!*-], so it is run only on the maximal
  // runs of those characters that hold a hyphen, in text order: the same matches, without trying
  // the pattern at every word of the text.
  for (let i = norm.indexOf('-'); i >= 0; ) {
    let start = i;
    while (start > 0 && isHyphenatedChar(norm.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < norm.length && isHyphenatedChar(norm.charCodeAt(end))) end++;
    for (const m of matchAll(norm.slice(start, end), HYPHENATED)) {
      const at = start + m.index;
      // joined ("a-hole"), or a short word with a hyphen for a letter ("sh-t", "b-tch")
      const kind = classifyToken(m[0].replace(/-/g, '')) ?? (m[0].length <= 8 ? classifyToken(m[0].replace(/-/g, '*')) : null);
      add(at, at + m[0].length, kind);
    }
    i = norm.indexOf('-', end);
  }
  // Every token (a maximal run of [a-z0-9@$!*#%+|]), by a scan of character codes rather than a match array each.
  for (let i = 0; i < norm.length; ) {
    if (!isTokenChar(norm.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < norm.length && isTokenChar(norm.charCodeAt(i))) i++;
    if (!hits.some((h) => h.start <= start && start < h.end)) add(start, i, classifyToken(norm.slice(start, i)));
  }
  for (const m of matchAll(norm, SPACED)) {
    if (hits.some((h) => h.start < m.index + m[0].length && m.index < h.end)) continue;
    add(m.index, m.index + m[0].length, classifyToken(m[0].replace(/[ .\-_]/g, '')));
  }
  for (const m of matchAll(norm, PHRASES)) add(m.index, m.index + m[0].length, 'strong');
  return hits.sort((a, b) => a.start - b.start);
}
