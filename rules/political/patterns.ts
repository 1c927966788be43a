/**
 * Campaign patterns for the `political` rule: an endorsement or call to action aimed at a
 * candidate, a party or a campaign. Regexes run on normalised (lower-case) text; names are
 * confirmed against the original text's capital letters.
 */
import { ELECTION_WORDS, NO_PARTY, OFFICE_WORDS, NOT_A_NAME, NEUTRAL_VOTE_TAGS, OFFICES, PARTIES, PARTY_ADJECTIVES } from '../data/political';
import type { NormalText } from '../text';

export interface Span {
  start: number;
  end: number;
}

const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const A = "['’]";
const PARTY = `(?:the\\s+)?(?:${alt(PARTIES)})\\b`;
const PARTY_WORD = `(?:the\\s+)?(${alt(PARTY_ADJECTIVES)})\\b`;
const OFFICE = `(?:${alt(OFFICES)})`;
/** After an office or a vote target: the clause ends, or says when or where. */
const CLAUSE_END = '(?=\\s*(?:[.,!?;:#)]|$|\\p{Extended_Pictographic}|\\s(?:in|on|this|next|and|or|20\\d\\d|today|tomorrow|candidate|candidates)\\b))';
const WORD = "[a-z][\\w'’.-]*";
const NAME = `(${WORD}(?:\\s+${WORD}){0,2})`;
const VOTE = `\\b(?:please\\s+)?(?:vote|voting|votes|vote\\s+out|cast\\s+(?:your|a|my)\\s+(?:ballot|vote))\\s+(?:for\\s+)?`;
const ENDORSE = `\\b(?:support|supporting|back|backing|join|joining|donate\\s+to|volunteer\\s+(?:for|with)|elect|re-?elect|re-?electing|go)\\s+`;

const g = (source: string) => new RegExp(source, 'gu');

/** Patterns that are campaign content on their own. */
const DIRECT: RegExp[] = [
  g(`${VOTE}${PARTY}`),
  g(`${VOTE}(?:${alt(NO_PARTY)})${CLAUSE_END}`),
  g(`${ENDORSE}${PARTY}`),
  g(`\\b(?:don${A}?t|do\\s+not|never)\\s+(?:vote|let)\\s+(?:for\\s+)?${PARTY}`),
  g(`${VOTE}(?:our|my|his|her|their)\\s+(?:\\w+\\s+)?candidates?\\b`),
  g(`\\bre-?elect(?:ing)?\\b(?!ed|ion)(?:\\s+(?:mayor|councillor|deputy\\s+mayor|trustee)?\\s*${WORD}(?:\\s+${WORD})?)?`),
  g(`\\b[a-z]+(?:4|for)(?:mayor|council|councillor|ward\\d+|trustee|mpp|mp|mla|premier)\\b`),
  g(`#(?:re)?elect[a-z]+\\d*\\b`),
  g(`\\b(?:deserves?|has\\s+earned|earned|earns?)\\s+(?:your|our)\\s+vote\\b`),
  g(`\\b(?:defeat|oust|stop|beat|throw\\s+out|kick\\s+out|vote\\s+out)\\s+${PARTY}`),
  g(`\\bcampaign\\s+(?:office|headquarters|hq|fundraiser|donations?|contributions?|volunteers?)\\b`),
  g(`\\bfour\\s+more\\s+years\\b`),
  g(`(?:${PARTY}|\\b(?:the\\s+)?greens)\\s+(?:have|has|get|gets|deserve|deserves)\\s+my\\s+(?:vote|support)\\b`),
  g(`\\b(?:join|support|supporting|back|backing|donate\\s+to|contribute\\s+to|volunteer\\s+(?:for|with|on)|help)\\b[^.!?\\n]{0,60}?\\b(?:mayoral|re-?election|election|council|leadership|political|ward\\s+\\d+)\\s+campaign\\b`),
  g(`\\b(?:door[- ]?knocking|canvassing|phone\\s*banking)\\s+(?:for|with)\\s+(?:\\w+\\s+){0,2}(?:campaign|candidate|${PARTY})`),
];

/** `vote for him`, `our candidate's fundraiser`: campaign content only where the post is about an election. */
const IN_CONTEXT: RegExp[] = [
  g(`${VOTE}(?:him|her|them|me)\\b(?!\\s+(?:in|as|at)\\s+(?:the\\s+)?(?:best|top|contest|poll|awards?)\\b)`),
  g(`\\b(?:our|my|his|her|their)\\s+(?:\\w+\\s+)?candidate(?:${A}s|s)?\\s+(?:fundraiser|campaign|event|launch|rally|office|signs?|team)\\b`),
  g(`\\bis\\s+running\\s+for\\s+${OFFICE}\\b`),
  g(`\\b(?:has|have|gets|get|deserves?)\\s+my\\s+vote\\b`),
  g(`\\b(?:is|are)\\s+the\\s+(?:best|right|only|clear|obvious|strongest)\\s+(?:candidate|choice)\\b`),
];

/** Campaign events and names after "endorse": only where the post speaks of an election itself. */
const IN_ELECTION: RegExp[] = [
  g(`\\b(?:lawn|campaign)\\s+signs?\\s+(?:are\\s+|is\\s+)?(?:now\\s+)?(?:available|here)\\b|\\b(?:get|grab|order|request|want|pick\\s+up)\\s+(?:a|your|one\\s+of\\s+our)\\s+(?:lawn|campaign)\\s+signs?\\b`),
  g(`\\b(?:join|come\\s+to|attend|rsvp|volunteer\\s+(?:at|for))\\b[^.!?\\n]{0,40}?\\bcampaign\\s+(?:team|launch|kick-?off|event|rally)\\b`),
];

/** A call to action that makes "is running for council" campaign content. */
const CALL_TO_ACTION = /\b(?:vote\s+for|volunteer|donate|donation|support\s+(?:him|her|them)|lawn\s+sign|make\s+a\s+(?:\w+\s+)?(?:councillor|mayor|trustee))/;
const ELECTION_CONTEXT = new RegExp(`\\b(?:${alt(ELECTION_WORDS)})\\b`);
const OFFICE_CONTEXT = new RegExp(`\\b(?:${alt(ELECTION_WORDS)}|${alt(OFFICE_WORDS)})\\b`);

/** Patterns with a name: `Vote Jeff Mills`, `Jeff Mills for Mayor`. Group 1 is the name. */
const VOTE_NAME = g(`${VOTE}${NAME}`);
const NAME_FOR_OFFICE = g(`\\b${NAME}\\s+for\\s+${OFFICE}${CLAUSE_END}`);
const HASHTAG_VOTE = g(`#vote(?:4|for)?([a-z]+)\\d*\\b`);
/** `Proud to endorse Jane Doe`: a name after an endorsing verb, where the post is about an election. */
const ENDORSE_NAME = g(`\\b(?:endorse|endorsing|support|supporting|back|backing)\\s+${NAME}`);
const PARTY_MEMBER = g(`\\b(?:proud|lifelong|card-carrying)\\s+${PARTY_WORD}`);
const VOTE_PARTY_WORD = g(`${VOTE}${PARTY_WORD}${CLAUSE_END}`);
/** "Thank you to Councillor Lee for Ward 5!" thanks someone; it does not campaign. */
const THANKS = /\bthanks?\b[^.!?\n]*$/;
const COUNCIL_SUBJECT = /\b(?:council|committee|board|commission|councillors|members)\s+(?:(?:will|would|should|could|can|may|must|to|did|then|also|unanimously|today|again|not)\s+){0,2}$/;

const notAName = new Set(NOT_A_NAME);
const neutralTags = new Set(NEUTRAL_VOTE_TAGS);

/** True when the name word at normalised index `i` is capitalised in the original and not a common word. */
function isNameWord(t: NormalText, i: number, word: string): boolean {
  const c = t.original[t.map[i]];
  return c !== c.toLowerCase() && !notAName.has(word.replace(/['’]s$/, '').replace(/[^a-z-]/g, ''));
}

/** The capitalised name words of group 1, from its start (`fromEnd` false) or its end. */
function nameSpan(t: NormalText, m: RegExpMatchArray, fromEnd: boolean): Span | null {
  const base = m.index! + m[0].lastIndexOf(m[1]);
  const words = [...m[1].matchAll(/[^\s.]+(?:\.[^\s.]+)*/g)].map((w) => ({ start: base + w.index!, end: base + w.index! + w[0].length, w: w[0] }));
  if (fromEnd) words.reverse();
  const kept = [];
  for (const w of words) {
    if (!isNameWord(t, w.start, w.w)) break;
    kept.push(w);
  }
  if (!kept.length) return null;
  return fromEnd ? { start: kept[kept.length - 1].start, end: kept[0].end } : { start: kept[0].start, end: kept[kept.length - 1].end };
}

/** Spans of campaign content in normalised text. */
export function campaignSpans(t: NormalText): Span[] {
  const norm = t.norm;
  const spans: Span[] = [];
  const push = (m: RegExpMatchArray, end = m.index! + m[0].length) => spans.push({ start: m.index!, end });
  const councilVoting = (m: RegExpMatchArray) => COUNCIL_SUBJECT.test(norm.slice(Math.max(0, m.index! - 60), m.index));
  const upper = (m: RegExpMatchArray, group: string) => {
    const i = t.map[m.index! + m[0].lastIndexOf(group)];
    return t.original[i] !== t.original[i].toLowerCase();
  };
  for (const re of DIRECT) for (const m of norm.matchAll(re)) if (!councilVoting(m)) push(m);
  const election = ELECTION_CONTEXT.test(norm);
  const context = OFFICE_CONTEXT.test(norm);
  if (election) for (const re of IN_ELECTION) for (const m of norm.matchAll(re)) push(m);
  if (context) {
    for (const re of IN_CONTEXT) {
      for (const m of norm.matchAll(re)) {
        if (councilVoting(m)) continue;
        if (/running/.test(m[0]) && !CALL_TO_ACTION.test(norm)) continue;
        push(m);
      }
    }
  }
  for (const m of norm.matchAll(VOTE_NAME)) {
    const name = councilVoting(m) ? null : nameSpan(t, m, false);
    // one capitalised word ("Vote Chow") needs an election around it; a full name does not
    if (name && (context || /\s/.test(norm.slice(name.start, name.end)))) spans.push({ start: m.index!, end: name.end });
  }
  if (election) {
    for (const m of norm.matchAll(ENDORSE_NAME)) {
      const name = nameSpan(t, m, false);
      if (name) spans.push({ start: m.index!, end: name.end });
    }
  }
  for (const m of norm.matchAll(NAME_FOR_OFFICE)) {
    const name = nameSpan(t, m, true);
    if (name && !THANKS.test(norm.slice(Math.max(0, name.start - 60), name.start))) spans.push({ start: name.start, end: m.index! + m[0].length });
  }
  for (const m of norm.matchAll(HASHTAG_VOTE)) if (!neutralTags.has(m[1])) push(m);
  for (const m of norm.matchAll(PARTY_MEMBER)) if (upper(m, m[1])) push(m);
  for (const m of norm.matchAll(VOTE_PARTY_WORD)) if (upper(m, m[1]) && !councilVoting(m)) push(m);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) {
    while (s.end > s.start && /[.,!?;:\s]/.test(norm[s.end - 1])) s.end--;
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept;
}
