/** Helpers for missing-disclaimer: disclaimers, opinion cues and the sentences around a topic. */
import { DISCLAIMERS, EVALUATIVE_WORDS, OPINION_CUES, SHOUTED_WORDS } from '../data/disclaimers';
import { alternation, bounded } from '../lib/city-topics';
import type { NormalText } from '../text';
import { matchAll } from '../lib/match-all';

/** Disclaimers may be broken by punctuation ("Views: my own", "opinions = mine") or run together (#opinionsmine). */
const DISCLAIMER_RE = new RegExp(bounded(alternation(DISCLAIMERS, '[\\s\\-\\u2010-\\u2015_,:;.()=]*')));
/**
 * The opinion cues as several patterns of at most 120 entries: one pattern of them all is too
 * big for V8 to compile to native code and runs about 40 times slower (measured: 850 µs against
 * 20 µs on a 280-character post).
 */
const OPINION_RES = chunks([...OPINION_CUES, ...EVALUATIVE_WORDS], 120).map(
  (part) => new RegExp(bounded(alternation(part, '[\\s\\-\\u2010-\\u2015.]*'))),
);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
const SHOUTING_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SHOUTED_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** Sentence ends: ., ! or ? runs before a space or the end, and line breaks. */
const SENTENCE_END = /[.!?…]+(?=[\s"'’”)]|$)|\n+/g;

/** True when the normalised text says the views are the author's own. */
export function hasDisclaimer(norm: string): boolean {
  return DISCLAIMER_RE.test(norm);
}

/**
 * Start offsets of the sentences of `norm` (the first is 0). One-word sentences in a row are
 * one emphatic sentence ("Worst. Snow. Clearing. Ever."), not four.
 */
export function sentenceStarts(norm: string): number[] {
  const raw = [0];
  for (const m of matchAll(norm, SENTENCE_END)) {
    const next = m.index + m[0].length;
    if (next < norm.length && next > raw[raw.length - 1]) raw.push(next);
  }
  const oneWord = (k: number) => !/\S\s+\S/.test(norm.slice(raw[k], k + 1 < raw.length ? raw[k + 1] : norm.length).trim());
  return raw.filter((_, k) => k === 0 || !(oneWord(k - 1) && oneWord(k)));
}

/** Three or more one-word sentences in a row are emphasis, a verdict in themselves ("Every. Single. Winter."). */
const EMPHASIS = /(?:^|\s)(?:[^\s.!?…]+[.!?…]+\s+){2,}[^\s.!?…]+/;

/**
 * Sentences that shout a word of frustration or emphasis in capitals ("closed AGAIN", "STILL
 * no plow"): an opinion wherever they are. Marked in `seen` so opinionNear finds them.
 */
export function markShouting(t: NormalText, starts: number[], seen: Map<number, boolean>): void {
  const shouts = [...matchAll(t.original, SHOUTING_RE)];
  // A post written all in capitals shouts nothing in particular.
  if (shouts.length === 0 || t.norm.replace(/[^a-z]/g, '').length < t.original.replace(/[^A-Z]/g, '').length * 2) return;
  for (const m of shouts) {
    if (revealsSecret(t.original, m.index + m[0].length)) continue;
    let k = 0;
    while (k < t.map.length - 1 && t.map[k] < m.index) k++;
    seen.set(sentenceOf(starts, k), true);
  }
}

/** A credential named before a shouted word ("the door code is STILL …"). */
const SECRET_BEFORE = /(?:pass ?words?|pass ?codes?|pins?|(?:door|gate|lock|alarm|access|entry|keypad|wi-?fi) codes?|combinations?|combos?|log ?ins?|credentials)\b[^.!?\n]{0,30}$/i;
/** …and its value right after the shout: a token with a digit in it ("PtboRoads2025", "4471#"). */
const SECRET_VALUE = /^[\s:"'“‘]*(?=[^\s]*\d)[^\s]{3,}/;

/**
 * A shout that stresses a secret being given away ("the gate code is STILL 4471") rather than
 * frustration with a City service: telling the value is the confidential rule's business.
 */
function revealsSecret(original: string, afterShout: number): boolean {
  const before = original.slice(Math.max(0, afterShout - 60), afterShout).replace(/\S+$/, '');
  return SECRET_BEFORE.test(before) && SECRET_VALUE.test(original.slice(afterShout, afterShout + 40));
}

/** Index of the sentence holding offset `at`. */
function sentenceOf(starts: number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= at) i++;
  return i;
}

/**
 * True when the sentence holding `start` gives an opinion, or (unless `ownSentenceOnly`) a
 * neighbouring sentence about it does: a verdict often follows the subject ("Ward boundaries
 * redrawn AGAIN?? Makes no sense."). `seen` caches each sentence's answer for one post.
 */
export function opinionNear(norm: string, starts: number[], start: number, ownSentenceOnly = false, seen = new Map<number, boolean>()): boolean {
  const i = sentenceOf(starts, start);
  // Two sentences away: a bare verdict, or any neighbour-like sentence when the one between is a
  // fragment of up to three words ("The City towed my car at dawn. At 5 a.m. This city is a joke.").
  const near = (k: number) =>
    k === i ||
    (Math.abs(k - i) === 1
      ? aboutNeighbour(sentence(norm, starts, k))
      : isVerdict(sentence(norm, starts, k)) || (isAside(sentence(norm, starts, (k + i) / 2)) && aboutNeighbour(sentence(norm, starts, k))));
  return (ownSentenceOnly ? [i] : [i, i - 1, i + 1, i + 2, i - 2]).some((k) => k >= 0 && k < starts.length && near(k) && opinionIn(norm, starts, k, seen));
}

/** Whether sentence `k` holds an opinion, remembered in `seen` across the topics of one post. */
function opinionIn(norm: string, starts: number[], k: number, seen: Map<number, boolean>): boolean {
  let has = seen.get(k);
  if (has === undefined) seen.set(k, (has = hasOpinion(sentence(norm, starts, k))));
  return has;
}

/**
 * A neighbouring sentence is about the topic when it is short ("Ridiculous.", "Terrible
 * priorities.") or opens by pointing back at it ("What a waste of money when…", "It's clunky…");
 * a long one with its own subject is not ("My kitchen is a mess after the party…").
 */
const aboutNeighbour = (s: string) =>
  isShort(s) || (POINTS_BACK.test(s.trim()) && words(s) <= 16) || (WHOEVER.test(s.trim()) && words(s) <= 32) || (GROUP_BACK.test(s) && words(s) <= 14);
/** "Whoever signed off on those…" names the one responsible for what came before, however long the sentence runs. */
const WHOEVER = /^(?:and |so |honestly,? )?(?:whoever|the (?:person|people|genius|geniuses) who) (?:[a-z'’]+ ){0,3}(?:approved|decided|signed|okayed|designed|planned|thought|came up with|is responsible|was responsible|chose|picked|wrote|drafted|negotiated|let)(?![a-z])/;
/**
 * A fragment that sums up the people just named ("Bunch of greedy clowns, every last one of
 * them.", "A pack of cowards."): a collective noun opening the sentence, or "one/all/each of them".
 */
const GROUP_BACK = /^\s*(?:(?:a|what a|such a|just a|another|one|total|absolute) )?(?:bunch|pack|gang|band|herd|room ?full|lot|crowd|collection) of |(?:every (?:last |single )?one|all|each|most|every last one) of them(?![a-z])/;
const POINTS_BACK =
  /^(?:what an?|such an?|it(?:['’]s| is| was|'ll| will)?|that(?:['’]s| is| was)?|this(?: is| was)?|they(?:['’]re| are| were)?|how|which|so much for|whoever|who(?: on earth| in their right mind)? (?:approved|decided|thought|designed|planned|signed off on) (?:this|that|it|these|those)|at what point|what(?:['’]s| is) the point|(?:the )?(?:public|residents|taxpayers|citizens|voters|people) (?:deserves?|ha(?:s|ve) a right|should))(?![a-z])/;
const words = (s: string) => s.trim().split(/\s+/).length;

/** The text of sentence `k`. */
function sentence(norm: string, starts: number[], k: number): string {
  return norm.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : norm.length);
}

/**
 * A verbless aside of up to three words that adds a time, a place or a count to the sentence
 * before ("At 5 a.m.", "Last Tuesday.", "In January.", "Twice."): it does not start a new subject.
 */
const isAside = (s: string) =>
  words(s) <= 3 && /^\W*(?:at|on|in|by|last|this|every|around|before|after|during|for|with|without|since|until|twice|again|once|\d)(?![a-z])/.test(s.trim());

/** A bare verdict of up to three words ("Not acceptable.", "Unreal.") reaches two sentences back. */
const isVerdict = (s: string) => words(s) <= 3;

/** A short neighbouring sentence is a verdict on the one before ("Ridiculous.", "Terrible priorities."); a long one has its own subject. */
const isShort = (s: string) => words(s) <= 8;

function hasOpinion(s: string): boolean {
  return OPINION_RES.some((re) => re.test(s)) || EMPHASIS.test(s) || isBareVerdict(s);
}

/**
 * A sentence of one judging word, maybe after an intensifier ("Shameless.", "So disrespectful!",
 * "Unworkable.", "Cool cool cool.", "Every single year."): a verdict on what came before. The
 * word is known by its form, not a list: -less, or a negating un-/dis-/ir-/il- before an
 * adjective ending. Other one-word sentences ("Peaceful.", "Informative.", "Careful!") are as
 * often about the day as about the City, so they do not count on their own.
 */
const BARE_SENTENCE = /^[^a-z#@]*(?:(?:so|very|pretty|really|truly|totally|absolutely|just|how|kinda|quite|super|real|utterly|deeply|simply|rather|too|wildly|incredibly|genuinely|honestly|frankly|seriously|extremely|completely|downright|bloody|damn|most|beyond)\s+){0,2}([a-z]{4,})[^a-z]*$/;
const BARE_PHRASE = /^[^a-z]*(?:every single (?:year|time|week|month|winter|summer|spring|fall|season|day)|yet again|as usual|classic|figures|priorities(?:,? (?:people|folks|guys|council|toronto|calgary|peterborough))?|in (?:19|20)\d\d|(?:it'?s|it is) (?:19|20)\d\d|cool(?:,? cool)+|good times|(?:absolute |total |real |true )?(?:legends?|heroes|mvps?|rock ?stars?|clowns)|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|[a-z]+ hundred)(?: (?:minutes|hours|days|weeks|months|years|dollars|bucks))?)[^a-z]*$/;
const JUDGING_FORM = /^(?:(?:un|dis|ir|il)[a-z]{3,}(?:able|ible|ful|ous|ive|ic|ent|ant|al)|[a-z]{3,}less)$/;
const NOT_JUDGING = new Set(
  ('homeless regardless unless wireless nevertheless cordless priceless timeless fearless breathless speechless countless endless ' +
    'unforgettable unbeatable unmissable unstoppable unusual uncommon unofficial unconditional universal understandable').split(' '),
);

function isBareVerdict(s: string): boolean {
  if (s.length > 60) return false;
  if (BARE_PHRASE.test(s)) return true;
  const m = BARE_SENTENCE.exec(s);
  return !!m && JUDGING_FORM.test(m[1]) && !NOT_JUDGING.has(m[1]);
}

/**
 * The author running themselves down ("dumb question, but…", "silly me", "I feel so stupid"):
 * the judging word is about the writer or their question, not the City matter next to it.
 */
const SELF_TALK = /(?<![a-z])(?:(?:dumb|stupid|silly|crazy|naive|noob|newbie|idiot|basic)(?: [a-z]+)? (?:q|qs|questions?)|(?:dumb|stupid|silly|idiot|foolish) (?:me|of me|on my part|mistake on my part)|my (?:dumb|stupid|silly) (?:self|brain|mistake)|(?:i'?m|i am|i was|i feel|i felt|feeling|felt|i look|i looked)(?: (?:so|such an?|a bit|kinda|kind of|pretty|really|like an?|totally))* (?:dumb|stupid|silly|idiot|dummy|moron|fool)|i'?m an idiot)(?![a-z])/g;

/** `words` (same length as `t.norm`) with remarks the author makes about themselves blanked out. */
export function withoutSelfTalk(words: string): string {
  if (!/(?:dumb|stupid|silly|crazy|naive|noob|newbie|idiot|basic|foolish|dummy|moron|fool)/.test(words)) return words;
  return words.replace(SELF_TALK, (m) => m.replace(/[a-z]/g, 'x'));
}

/** Two or more capitalised words in a row: a name or a title ("Great Expectations", "Best Buy"). */
const TITLE_RUN = /[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)+/g;

/**
 * `t.norm` with the words of names and titles blanked out ("Read Great Expectations on the
 * subway, what a classic": the praise is in a book's title, not about the subway). The first
 * word of a sentence keeps its place (it is capitalised anyway). Same length as `t.norm`, so
 * sentence offsets stay. Without a title run, `t.norm` itself.
 */
export function withoutTitles(t: NormalText): string {
  if (!/[A-Z][a-z'’]+[ \t]+[A-Z]/.test(t.original)) return t.norm;
  const blank: [number, number][] = [];
  for (const m of matchAll(t.original, TITLE_RUN)) {
    let from = m.index;
    // A greeting is not part of the name after it ("Dear City of Calgary:", "Thanks Calgary Transit").
    const greeting = /^(?:Dear|Hey|Hi|Hello|Thanks|Thank|Congrats|Shoutout|Kudos)[ \t]+/.exec(m[0]);
    if (greeting) {
      if (!/[ \t]/.test(m[0].slice(greeting[0].length))) continue;
      from = m.index + greeting[0].length;
    } else if (opensSentence(t.original, m.index)) from = m.index + m[0].search(/[ \t]/);
    // A verdict written in title case for emphasis ("is a Total Disaster") ends on a judging word; a title does not.
    const last = m[0].slice(m[0].search(/\S+$/)).toLowerCase();
    if (lastWordJudges(last)) continue;
    blank.push([from, m.index + m[0].length]);
  }
  if (blank.length === 0) return t.norm;
  // t.map only grows and the runs are ordered and apart, so each run is one stretch of t.norm,
  // found by binary search; letters there become "x".
  let out = '';
  let done = 0;
  for (const [from, to] of blank) {
    const a = firstAtOrAfter(t.map, from, t.norm.length);
    const b = firstAtOrAfter(t.map, to, t.norm.length);
    if (a >= b) continue;
    out += t.norm.slice(done, a) + t.norm.slice(a, b).replace(/[a-z]/g, 'x');
    done = b;
  }
  return out + t.norm.slice(done);
}

/** The first index k < `length` with map[k] >= `offset` (map never decreases), or `length`. */
function firstAtOrAfter(map: ArrayLike<number>, offset: number, length: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const OPENING_PUNCTUATION = /[\s"“'‘(]/;
const SENTENCE_END_BEFORE = /[.!?…:\n]/;

/**
 * Whether `text` before `at` ends a sentence: only spaces, quotes and brackets after the start,
 * a sentence end or a line break. The same as `/(?:^|[.!?…:\n])[\s"“'‘(]*$/` on
 * `text.slice(0, at)`, without reading all the text before.
 */
function opensSentence(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && OPENING_PUNCTUATION.test(text[k - 1])) {
    if (text[k - 1] === '\n') return true;
    k--;
  }
  return k === 0 || SENTENCE_END_BEFORE.test(text[k - 1]);
}

/** hasOpinion of the last word of a title run, remembered: the same names recur in post after post. */
const LAST_WORD_JUDGES = new Map<string, boolean>();
function lastWordJudges(word: string): boolean {
  let has = LAST_WORD_JUDGES.get(word);
  if (has === undefined) {
    has = hasOpinion(word);
    if (LAST_WORD_JUDGES.size >= 5000) LAST_WORD_JUDGES.clear();
    LAST_WORD_JUDGES.set(word, has);
  }
  return has;
}

/** Sentence openers that are safe to lower-case after "Personally, " (never a name). */
const PLAIN_OPENERS =
  /^(?:the|this|that|these|those|our|my|why|what|whoever|who|how|when|where|it|its|a|an|there|so|just|some|all|every|no|not|honest|honestly|seriously|still|also|another|again|read|guess|can|does|is|are|nobody|everyone|[a-z]+ing)\b/i;

/**
 * The fix that adds "Personally, " before the first word, lower-casing that word when it is a
 * plain opener ("The budget…" → "Personally, the budget…"); names and "I" keep their capital.
 */
export function personallyFix(text: string): { start: number; end: number; text: string } {
  const at = text.search(/\S/);
  const start = at < 0 ? 0 : at;
  const first = text.slice(start);
  if (PLAIN_OPENERS.test(first) && /^[A-Z][a-z]/.test(first)) {
    return { start, end: start + 1, text: `Personally, ${first[0].toLowerCase()}` };
  }
  return { start, end: start, text: 'Personally, ' };
}
