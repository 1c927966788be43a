/**
 * Insults, threats, harassment and hateful generalisations, as regexes compiled once
 * from the vocabularies in `rules/data/`. They run on normalised (lower-case) text.
 */
import {
  DEHUMANISING, INSULT_ADJECTIVES, INSULT_ADJECTIVES_STRONG, INSULT_NOUNS, INSULT_NOUNS_ALWAYS, INSULT_PREDICATES, SARCASTIC_VOCATIVES,
} from '../data/insults';
import { matchesIn, windowsNear, wordsOf } from './near';
import { type Cued, EXCLUSION, GROUP_ATTACKS, GROUP_REMOVAL, GROUPS, HARASSMENT, HATE_PHRASES, THREATS } from '../data/threats';

export type PhraseKind = 'insult' | 'threat' | 'harassment' | 'hate';

export interface PhraseHit {
  start: number;
  end: number;
  kind: PhraseKind;
}

const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const NOUN = `(?:${alt(INSULT_NOUNS)})`;
/** Insult nouns and dehumanising words, for "you …" and "lazy …" (not after "are"). */
const ANY_NOUN = `(?:${alt([...INSULT_NOUNS, ...DEHUMANISING])})`;
const ADJS = `(?:(?:${alt(INSULT_ADJECTIVES)})\\s+){0,3}`;
const ARTICLE = '(?:(?:a|an|such\\s+an?|the|one|some|just\\s+an?|nothing\\s+but\\s+an?|like\\s+an?|a\\s+bunch\\s+of|bunch\\s+of)\\s+)?';
const YOU = "(?:you|u|ya|ur|you['’]?re|you\\s+are|u\\s+r|you\\s+guys\\s+are|yall|y['’]all|your(?=\\s+(?:an?|such)\\s))";

const INSULTS: RegExp[] = [
  // "you pathetic loser", "ur a clown", "you're such an idiot"
  new RegExp(`\\b${YOU}\\s+${ARTICLE}${ADJS}${ANY_NOUN}\\b`, 'g'),
  // "you're disgusting"
  new RegExp(`\\b(?:you['’]?re|you\\s+are|ur|u\\s+r)\\s+(?:so\\s+|such\\s+|really\\s+|just\\s+|absolutely\\s+|totally\\s+)?(?:${alt(INSULT_PREDICATES)})\\b`, 'g'),
  // "what a lunatic", not "what a fool I was"
  new RegExp(`\\bwhat\\s+(?:an?\\s+)?${ADJS}${NOUN}\\b(?!\\s+i\\b)`, 'g'),
  // "pathetic loser", "incompetent fool"
  new RegExp(`\\b(?:${alt(INSULT_ADJECTIVES_STRONG)})\\s+${ADJS}${ANY_NOUN}\\b`, 'g'),
  // "acting like a clown"
  new RegExp(`\\b(?:act|acts|acting|acted|behave|behaves|behaving|look|looks|looking|sound|sounds|sounding)\\s+like\\s+(?:an?\\s+)?${ADJS}${NOUN}\\b`, 'g'),
  // "X is a useless moron", "councillors are absolute clowns"; not "there are …"
  new RegExp(`(?<!\\bthere\\s+)\\b(?:is|are|was|were|['’]s|['’]re|being)\\s+${ARTICLE}${ADJS}${NOUN}\\b`, 'g'),
  // "…, genius." / "…, troll." addressed to the reader
  new RegExp(`,\\s*(?:you\\s+)?${ADJS}(?:${NOUN}|${alt(SARCASTIC_VOCATIVES)})(?=\\s*(?:[.!?…]|$|\\p{Extended_Pictographic}))`, 'gu'),
  // "idiot", "moron" anywhere
  new RegExp(`\\b(?:${alt(INSULT_NOUNS_ALWAYS)})\\b(?!-|['’]s\\s+guide)`, 'g'),
];

const GROUP_HATE = new RegExp(
  `\\b(?:(?:all|these|those|the|most|every|bloody|damn|f\\w*ing)\\s+)?(?:${alt(GROUPS)})\\s+(?:(?:just|really|always|all|literally|basically|only|simply)\\s+)?(?:${GROUP_ATTACKS.join('|')})`,
  'g',
);


/** A group of patterns that only run when the text has one of the cue words: most posts have none. */
interface Group {
  kind: PhraseKind;
  cues: Set<string>;
  patterns: RegExp[];
}

/** Cue word of each phrase: its first word that is not an article ("piece of work" → "piece"). */
const cueWords = (phrases: readonly string[]) => new Set(phrases.map((p) => p.split(/[\s-]+/).find((w) => !/^(?:a|an|the)$/.test(w))!));
const cued = (kind: PhraseKind, list: readonly Cued[]): Group[] =>
  list.map((c) => ({ kind, cues: new Set(c.cue.split(' ')), patterns: [new RegExp(c.re, 'gu')] }));

const TABLE: Group[] = [
  ...cued('threat', THREATS),
  ...cued('harassment', HARASSMENT),
  ...cued('hate', HATE_PHRASES),
  { kind: 'hate', cues: cueWords(GROUPS), patterns: [GROUP_HATE, new RegExp(`\\b${GROUP_REMOVAL}(?:${alt(GROUPS)})\\b`, 'g')] },
  { kind: 'hate', cues: new Set(['back', 'english']), patterns: EXCLUSION.map((p) => new RegExp(p, 'g')) },
  { kind: 'insult', cues: cueWords([...INSULT_NOUNS, ...DEHUMANISING, ...INSULT_PREDICATES, ...SARCASTIC_VOCATIVES]), patterns: INSULTS },
];

/** Every insulting, threatening, harassing or hateful phrase, longest first where they overlap. */
export function phrases(norm: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const words = wordsOf(norm);
  for (const { kind, cues, patterns } of TABLE) {
    const windows = windowsNear(norm, words, cues);
    if (!windows.length) continue;
    for (const re of patterns) {
      for (const m of matchesIn(norm, windows, re)) {
        let start = m.index!;
        let end = start + m[0].length;
        while (start < end && /[\s,]/.test(norm[start])) start++;
        while (end > start && /\s/.test(norm[end - 1])) end--;
        if (end > start) hits.push({ start, end, kind });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}
