/**
 * Insults, threats, harassment and hateful generalisations, as regexes compiled once
 * from the vocabularies in `rules/data/`. They run on normalised (lower-case) text.
 */
import {
  DEHUMANISING, INSULT_ADJECTIVES, INSULT_ADJECTIVES_STRONG, INSULT_NOUNS, INSULT_NOUNS_ALWAYS, INSULT_PREDICATES,
  ANIMAL_INSULTS, PERSON_ATTACK_ADJECTIVES, PERSON_SUBJECTS, PERSON_WORDS, PRAISE_NOUNS, SARCASTIC_VOCATIVES, YOU_NOUNS,
} from '../data/insults';
import { CONSTRUCTIONS } from './constructions';
import { cueIndex, matchesIn, windowsByItem, wordsOf } from './near';
import { ABILITY_GROUPS, type Cued, EXCLUSION, GROUP_INCAPACITY, GROUP_ADJECTIVES, GROUP_ATTACKS, GROUP_QUANTITY, GROUP_REMOVAL, GROUPS, HARASSMENT, HATE_PHRASES, THREATS } from '../data/threats';

export type PhraseKind = 'insult' | 'threat' | 'harassment' | 'hate';

export interface PhraseHit {
  start: number;
  end: number;
  kind: PhraseKind;
}

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const NOUN = `(?:${alt(INSULT_NOUNS)})`;
/** Insult nouns and dehumanising words, for "you …" and "lazy …" (not after "are"). */
const ANY_NOUN = `(?:${alt([...INSULT_NOUNS, ...DEHUMANISING])})`;
/** Up to three adjectives, also in a list: "sad, pathetic little", "complete and utter". */
const ADJS = `(?:(?:${alt(INSULT_ADJECTIVES)})(?:\\s*,\\s*|\\s+and\\s+|\\s+)){0,3}`;
/** An adverb before a predicate: "so", "pathetically", "f***ing"; not "not", "hardly". */
const ADVERB = '(?:(?:so|such|really|just|absolutely|totally|truly|utterly|completely|too|f[\\w*@#$!]*(?:ing|in)|freaking|bloody|damn|(?!(?:hardly|barely|only|probably|likely|really)\\b)[a-z]+ly)\\s+)?';
const PREDICATE = `(?:${alt(INSULT_PREDICATES)})`;
/** "such a tool", "a complete tool", "you tool": the tool a person is, not one in a toolbox. */
const TOOL = '(?:such\\s+an?|an?\\s+(?:total|complete|absolute|utter|massive|huge|real|giant|f\\w*ing)|you)\\s+tools?\\b(?=\\s*(?:[^\\w\\s-]|$)|\\s+(?:who|and|lol|lmao|haha|honestly|tbh|ngl|if|for\\s+\\w+ing)\\b)';
const ARTICLE = '(?:(?:all|both)\\s+)?(?:(?:a|an|such\\s+an?|the|one|some|just\\s+an?|nothing\\s+but\\s+an?|like\\s+an?|a\\s+bunch\\s+of|bunch\\s+of)\\s+)?';
const YOU = "(?:you|u|ya|ur|you['’]?re|you\\s+are|u\\s+r|you\\s+guys\\s+are|yall|y['’]all|your(?=\\s+(?:an?|such)\\s))";

const INSULTS: RegExp[] = [
  // "you pathetic loser", "ur a clown", "you're such an idiot"
  new RegExp(`\\b${YOU}\\s+${ARTICLE}${ADJS}${ANY_NOUN}\\b`, 'g'),
  // "you're disgusting", "you're pathetically stupid", "if you weren't so fat and lazy"
  new RegExp(`\\b(?:you['’]?re|you\\s+are|ur|u\\s+r|you\\s+(?:weren['’]?t|were\\s+not)(?=\\s+so\\b))\\s+${ADVERB}${PREDICATE}\\b`, 'g'),
  // "what a lunatic", not "what a fool I was"
  new RegExp(`\\bwhat\\s+(?:an?\\s+)?${ADJS}${NOUN}\\b(?!\\s+i\\b)`, 'g'),
  // "pathetic loser", "incompetent fool"
  new RegExp(`\\b(?:${alt(INSULT_ADJECTIVES_STRONG)})\\s+${ADJS}${ANY_NOUN}\\b`, 'g'),
  // "acting like a clown"
  new RegExp(`\\b(?:act|acts|acting|acted|behave|behaves|behaving|look|looks|looking|sound|sounds|sounding)\\s+like\\s+(?:an?\\s+)?${ADJS}${NOUN}\\b`, 'g'),
  // "X is a useless moron", "councillors are absolute clowns"; not "there are …"
  new RegExp(`(?<!\\bthere\\s+)\\b(?:is|are|was|were|['’]s|['’]re|being)\\s+${ARTICLE}${ADJS}${NOUN}\\b`, 'g'),
  // "is a raging alcoholic and a deadbeat": the insult second in a pair
  new RegExp(`(?<!\\bthere\\s+)\\b(?:is|are|was|were|['’]s|['’]re)\\s+an?\\s+(?:[a-z]+\\s+){1,2}(?:and|&)\\s+an?\\s+${ADJS}${NOUN}\\b`, 'g'),
  // "…, genius." / "…, troll." addressed to the reader
  new RegExp(`,\\s*(?:you\\s+)?${ADJS}(?:${NOUN}|${alt(SARCASTIC_VOCATIVES)})(?=\\s*(?:[.!?…]|$|\\p{Extended_Pictographic}))`, 'gu'),
  // "hey dumbo, …"
  new RegExp(`\\b(?:hey|oi|yo|listen|look)\\s*,?\\s+${ADJS}${NOUN}\\b(?=\\s*[,.!?]|$)`, 'g'),
  // "idiot", "moron" anywhere, but not reported as what someone was called ("staff were called idiots")
  new RegExp(`(?<!\\b(?:called|call\\s+(?:me|us|them|him|her|staff|people|others)|calling\\s+(?:me|us|them|him|her|staff|people|others))\\s+(?:(?:me|us|them|him|her|you)\\s+)?(?:an?\\s+)?)\\b(?:${alt(INSULT_NOUNS_ALWAYS)})\\b(?!-|['’]s\\s+guide)`, 'g'),
];

/**
 * Cheap necessary conditions of costly patterns: a leading or required part of the pattern, as a
 * small regex. A window where the gate finds nothing cannot hold a match, so the big pattern is
 * not run there: the same matches, without a pass of a several-kilobyte alternation over it.
 */
const GATES = new Map<RegExp, RegExp>();
const gate = (re: RegExp, source: string, flags = '') => GATES.set(re, new RegExp(source, flags));
gate(INSULTS[0], `\\b${YOU}\\s`);
gate(INSULTS[2], '\\bwhat\\s');
gate(INSULTS[3], `\\b(?:${alt(INSULT_ADJECTIVES_STRONG)})\\s`);
gate(INSULTS[4], '\\b(?:act|acts|acting|acted|behave|behaves|behaving|look|looks|looking|sound|sounds|sounding)\\s+like\\s');
gate(INSULTS[5], `\\b(?:is|are|was|were|['’]s|['’]re|being)\\s`);
gate(INSULTS[6], `\\b(?:is|are|was|were|['’]s|['’]re)\\s+an?\\s+(?:[a-z]+\\s+){1,2}(?:and|&)\\s+an?\\s`);
gate(INSULTS[7], ',');
gate(INSULTS[8], '\\b(?:hey|oi|yo|listen|look)\\s*,?\\s');
gate(INSULTS[9], `\\b(?:${alt(INSULT_NOUNS_ALWAYS)})\\b`);

/** Insults without an insult noun, each run only near its own cue words (see `TABLE`). */
const PERSON_PREDICATE = new RegExp(`\\b(?:${alt(PERSON_SUBJECTS)}|whoever\\s+[^.!?,;\\n]{1,50}?|(?:anyone|anybody)\\s+who\\s+[^.!?,;\\n]{1,50}?)(?:\\s+(?:who|that|at|in|from|on|behind|with|next)\\s+[^.!?,;\\n]{1,50}?)?\\s+(?:is|are|was|were|['’]s)\\s+${ADVERB}${PREDICATE}\\b(?![\\s-]+(?:simple|easy|obvious|about|on|regarding|when|with|as|at|in|to)\\b)`, 'g');
/** Dehumanising words that are insults whenever a person is their subject ("the people camping there are vermin"). */
const PERSON_VERMIN = ['vermin', 'savages', 'maggots', 'subhumans', 'mongrels'];
// "whoever left this mess is a pig", "my landlord is a greedy little rat"
const PERSON_ANIMAL = new RegExp(`\\b(?:${alt(PERSON_SUBJECTS)}|landlords?|whoever\\s+[^.!?,;\\n]{1,50}?)(?:\\s+(?:who|that|at|in|from|on|behind|with|next|under|near|outside|around|[a-z]+ing)\\s+[^.!?,;\\n]{1,50}?)?\\s+(?:is|are|was|were|['’]s)\\s+(?:an?\\s+|such\\s+an?\\s+|(?:all|just)\\s+)?(?:(?:${alt(INSULT_ADJECTIVES)}|greedy|little|dirty|filthy|lying|sneaky|fat|old)(?:\\s*,\\s*|\\s+and\\s+|\\s+)){0,3}(?:${alt([...ANIMAL_INSULTS, ...PERSON_VERMIN])})\\b(?=\\s*(?:[^\\w\\s-]|$)|\\s+(?:who|that|and|lol|lmao|honestly|if|for|to|with|like)\\b)`, 'g');
// "Karen from HR is a two-faced snake": an insulting adjective makes the animal an insult whoever the subject is
const ADJECTIVE_ANIMAL = new RegExp(`\\b(?:is|are|was|were|['’]s|['’]re)\\s+(?:an?\\s+|such\\s+an?\\s+)?(?:(?:${alt([...PERSON_ATTACK_ADJECTIVES, ...INSULT_ADJECTIVES_STRONG])}|two-faced|backstabbing|greedy|dirty|sneaky|fat|ugly|dumb)(?:\\s*,\\s*|\\s+and\\s+|\\s+)){1,3}(?:little\\s+|old\\s+)?(?:${alt(ANIMAL_INSULTS)})\\b(?=\\s*(?:[^\\w\\s-]|$)|\\s+(?:who|that|and|lol|lmao|honestly|if|for|to|with|like)\\b)`, 'g');
// "you're the dumbest person I've ever met"
const SUPERLATIVE = new RegExp(`\\b(?:you['’]?re|you\\s+are|ur|u\\s+r|is|are|was)\\s+(?:the|one\\s+of\\s+the)\\s+(?:dumbest|stupidest|laziest|ugliest|most\\s+(?:incompetent|useless|pathetic|ignorant|stupid|clueless|disgusting|idiotic|worthless))\\s+(?:\\w+\\s+)?(?:${alt(PERSON_WORDS)}|${NOUN})\\b`, 'g');
// "pathetic little man", "worthless excuse for a human being"
const ADJECTIVE_PERSON = new RegExp(`\\b(?:${alt(PERSON_ATTACK_ADJECTIVES)})\\s+${ADJS}(?:${alt(PERSON_WORDS)})\\b`, 'g');
// "you're a lazy, overpaid waste of taxpayer money"
const YOU_ARE_A = new RegExp(`\\b(?:you['’]?re|you\\s+are|ur|u\\s+r)\\s+(?:an?|such\\s+an?|the\\s+biggest|nothing\\s+but\\s+an?)\\s+${ADJS}(?:${alt(YOU_NOUNS)})\\b`, 'g');
// "such a tool"
const TOOL_INSULT = new RegExp(`\\b${TOOL}`, 'g');
// "you stupid cow", "you absolute walnut": an attack adjective or intensifier, then any word that ends the clause
const YOU_ADJECTIVE = new RegExp(`(?<!\\b(?:thank|thanks|love|miss|bless|see|are|were|do|did|can|could|would|will|if|when|as|than)\\s+)\\b(?:you|ya|u)\\s+(?:(?:${alt(PERSON_ATTACK_ADJECTIVES)}|absolute|utter|total|complete|fat|dumb|ugly|lazy)(?:\\s*,\\s*|\\s+))+(?:(?:little|old|big)\\s+)?(?!(?:${alt(PRAISE_NOUNS)})\\b)[a-z]+(?:-[a-z]+)?(?=\\s*(?:[^\\w\\s'’-]|$)|\\s+(?:and|who|lol|lmao)\\b)`, 'g');

/** Cue words of attack adjectives: the plain ones, compounds' second halves, intensifiers. */
const ATTACK_CUES = [
  ...PERSON_ATTACK_ADJECTIVES.filter((w) => /^[a-z]+$/.test(w)), 'brained', 'witted', 'tripping', 'feeding', 'sucking',
  'licking', 'dragging', 'breathing', 'dead', 'absolute', 'utter', 'total', 'complete', 'fat', 'dumb', 'ugly', 'lazy',
];

const GROUP_HATE = new RegExp(
  `\\b(?:(?:all|these|those|the|most|every|bloody|damn|f\\w*ing)\\s+)?(?:${alt(GROUPS)})\\s+(?:like\\s+(?:her|him|you|them|that|this)\\s+)?(?:(?:just|really|always|all|literally|basically|only|simply)\\s+)?(?:${GROUP_ATTACKS.join('|')})`,
  'g',
);

/** "women just don't have the aptitude for …": a group said to lack an ability by nature; not a claim reported or refuted ("the myth that women can't…"). */
const GROUP_ABILITY = new RegExp(
  `\\b(?=(?:all|most|these|those|the|${[...new Set(ABILITY_GROUPS.map((g) => g.split(' ')[0]).filter((w) => /^[a-z]+$/.test(w)))].join('|')}|(?:${GROUP_ADJECTIVES.join('|')}))\\b)(?<!\\b(?:myth|idea|notion|stereotype|assumption|belief|claim|lie|nonsense)\\s+that\\s+(?:all\\s+|most\\s+)?|\\b(?:say|says|said|saying|think|thinks|thought|claim|claims|claimed|believe|believes|believed|assume|assumes|assumed|told\\s+\\w+|tell\\s+\\w+|telling\\s+\\w+|hear|heard|prove|proves|proved|proving|who\\s+say)\\s+(?:that\\s+)?(?:all\\s+|most\\s+)?|\\bnot\\s+that\\s+(?:all\\s+)?|\\b(?:pregnant|nursing|injured|sick|elderly|young|older|some|many|few|new)\\s+)\\b(?:(?:all|most|these|those|the)\\s+)?(?:${alt(ABILITY_GROUPS)})(?:\\s+|\\b(?:(?!\\b(?:say|says|said|saying|told|tell|tells|report|reports|reported|feel|feels|felt|worry|worried|fear|fears|afraid|worries|think|thought|believe|believed)\\b)[^\\n]){0,60}?\\bthey\\s+)(?:(?:just|really|simply|naturally|generally|honestly|clearly|obviously|basically|all)\\s+){0,2}(?:${GROUP_INCAPACITY.join('|')})`,
  'g',
);

const GROUP_REMOVED = new RegExp(`\\b${GROUP_REMOVAL}(?:${alt(GROUPS)})\\b`, 'g');
const GROUP_SENT_BACK = new RegExp(`\\bsend\\s+${GROUP_QUANTITY}(?:the\\s+|these\\s+|those\\s+)?(?:${alt(GROUPS)})\\s+(?:all\\s+)?back\\b`, 'g');
gate(GROUP_REMOVED, '\\b(?:ban|deport|kick\\s+out|get\\s+rid\\s+of|round\\s+up|send\\s+back)\\s');
gate(GROUP_SENT_BACK, '\\bsend\\s');
gate(GROUP_ABILITY, `(?:${GROUP_INCAPACITY.join('|')})`);

/** A group of patterns that only run when the text has one of the cue words: most posts have none. */
interface Group {
  kind: PhraseKind;
  cues: Set<string>;
  patterns: RegExp[];
  /** Its hits give way to any other hit they overlap ("…again and I'll knock you flat" keeps the threat's own span). */
  weak?: boolean;
}

/** Cue word of each phrase: its first word that is not an article ("piece of work" → "piece"). */
/** Words too common in long posts to be a phrase's cue when the phrase has a rarer one ("old bat" → "bat", "a lost cause" → "cause"). */
const COMMON_CUE = /^(?:a|an|the|of|for|old|lost|human|real|big|sad|poor)$/;
const cueWords = (phrases: readonly string[]) => new Set(phrases.map((p) => {
  const words = p.split(/[\s-]+/).filter((w) => !/^(?:a|an|the)$/.test(w));
  return words.find((w) => /^[a-z]+$/.test(w) && !COMMON_CUE.test(w)) ?? words[0];
}));
const cued = (kind: PhraseKind, list: readonly Cued[]): Group[] =>
  list.map((c) => ({ kind, cues: new Set(c.cue.split(' ')), patterns: [new RegExp(c.re, 'gu')] }));

const TABLE: Group[] = [
  ...cued('threat', THREATS),
  ...cued('harassment', HARASSMENT),
  ...cued('hate', HATE_PHRASES),
  ...CONSTRUCTIONS.map((c): Group => {
    const re = new RegExp(c.re, 'gu');
    if (c.gate) gate(re, c.gate);
    return { kind: c.kind, cues: new Set(c.cue.split(' ')), patterns: [re], weak: c.weak };
  }),
  { kind: 'hate', cues: new Set([...cueWords(GROUPS), ...GROUP_ADJECTIVES]), patterns: [GROUP_HATE, GROUP_REMOVED, GROUP_SENT_BACK] },
  { kind: 'hate', cues: new Set([...cueWords(ABILITY_GROUPS), ...GROUP_ADJECTIVES]), patterns: [GROUP_ABILITY] },
  { kind: 'hate', cues: new Set(['back', 'english']), patterns: EXCLUSION.map((p) => new RegExp(p, 'g')) },
  { kind: 'insult', cues: new Set([...cueWords([...INSULT_NOUNS, ...DEHUMANISING, ...INSULT_PREDICATES, ...SARCASTIC_VOCATIVES]), 'excuse', 'excuses']), patterns: INSULTS },
  { kind: 'insult', cues: new Set([...cueWords(INSULT_PREDICATES), 'dumb', 'stupid', 'thick', 'dense', 'dumber', 'stupider']), patterns: [PERSON_PREDICATE] },
  { kind: 'insult', cues: new Set(YOU_NOUNS.map((w) => w.split(' ')[0])), patterns: [YOU_ARE_A] },
  { kind: 'insult', cues: new Set(['dumbest', 'stupidest', 'laziest', 'ugliest', 'most']), patterns: [SUPERLATIVE] },
  { kind: 'insult', cues: new Set(['tool', 'tools']), patterns: [TOOL_INSULT] },
  { kind: 'insult', cues: new Set([...ANIMAL_INSULTS, ...PERSON_VERMIN]), patterns: [PERSON_ANIMAL, ADJECTIVE_ANIMAL] },
  { kind: 'insult', cues: new Set(ATTACK_CUES), patterns: [ADJECTIVE_PERSON, YOU_ADJECTIVE] },
];

/** One pattern for every word (a literal in the callback is a new RegExp, compiled again, per word). */
const LEET_CHAR = /[0-9@$!|]/g;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', '$': 's', '!': 'i', '|': 'l' };

/** `norm` with l33t characters inside words read as letters (same length): "m0ron", "id10t", "l0s3r". */
export function unleet(norm: string): string {
  // The same as `norm.replace(/[a-z][a-z0-9@$!|]*[0-9@$!|][a-z0-9@$!|]*[a-z]/g, …)`, by a scan of character codes: that pattern backtracks
  // over every word. A match is a maximal run of [a-z0-9@$!|] from its first letter to its last, when
  // an l33t character lies between them; nothing else in the run can match.
  let out: string | null = null;
  let last = 0;
  const n = norm.length;
  for (let i = 0; i < n; ) {
    if (!isLeetWordChar(norm.charCodeAt(i))) { i++; continue; }
    let j = i;
    let first = -1;
    let lastLetter = -1;
    while (j < n) {
      const c = norm.charCodeAt(j);
      if (!isLeetWordChar(c)) break;
      if (c >= 97 && c <= 122) { if (first < 0) first = j; lastLetter = j; }
      j++;
    }
    if (first >= 0 && lastLetter > first) {
      let leet = false;
      for (let k = first + 1; k < lastLetter && !leet; k++) { const c = norm.charCodeAt(k); leet = c < 97 || c > 122; }
      if (leet) {
        const w = norm.slice(first, lastLetter + 1);
        out = (out ?? '') + norm.slice(last, first) + w.replace(LEET_CHAR, (c) => LEET[c] ?? c);
        last = lastLetter + 1;
      }
    }
    i = j;
  }
  return out === null ? norm : out + norm.slice(last);
}

/** [a-z0-9@$!|] */
function isLeetWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}

const CUES = cueIndex(TABLE);

/** Every insulting, threatening, harassing or hateful phrase, longest first where they overlap. */
export function phrases(text: string): PhraseHit[] {
  const norm = unleet(text);
  const hits: PhraseHit[] = [];
  const weak: PhraseHit[] = [];
  for (const [i, windows] of [...windowsByItem(norm, wordsOf(norm), CUES)].sort((a, b) => a[0] - b[0])) {
    const { kind, patterns } = TABLE[i];
    const into = TABLE[i].weak ? weak : hits;
    for (const re of patterns) {
      const g = GATES.get(re);
      const ws = g ? windows.filter(([s, e]) => g.test(norm.slice(s, e))) : windows;
      for (const m of matchesIn(norm, ws, re)) {
        let start = m.index!;
        let end = start + m[0].length;
        while (start < end && /[\s,]/.test(norm[start])) start++;
        while (end > start && /\s/.test(norm[end - 1])) end--;
        if (end > start) into.push({ start, end, kind });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  for (const h of weak) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
