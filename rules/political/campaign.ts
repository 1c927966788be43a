/** Finds campaign content in normalised text with the patterns of `./patterns`. */
import { ELECTION_WORDS, NEUTRAL_VOTE_TAGS, OFFICE_WORDS } from '../data/political';
import { cueIndex, matchesIn, windowsByItem, windowsNear, wordsOf, type WordAt } from '../disrespectful/near';
import type { NormalText } from '../text';
import { nameSpan, wordsBefore, type Span } from './names';
import {
  CALL_TO_ACTION, CANVASS_NAME, NOT_ELECTION_CAMPAIGN, CONTEST, COUNCIL_SUBJECT, type CuedPattern, DIRECT, ENDORSE_NAME, FOR_OFFICE, GET_ELECTED,
  CANVASS_FOR, GETS_MY_VOTE, I_BACK, LET_WIN, WASTE_VOTE, NAME_CAMPAIGN_EVENT, REPLACE_OFFICIAL, TEAM_ACTIVITY, GIVE_NAME_VOTE, GIVE_VOTE, HASHTAG_ELECT, MINE_IS, NEXT_OFFICE, SIGNS_FOR, KEEP_FROM_OFFICE, NAMED_CAMPAIGN, NEED_ON, ROOTING_FOR, HASHTAG_VOTE, HELP_NAME, IN_CONTEXT, IN_ELECTION, MY_PICK, NAME_SIGN, NEEDS_NAME, OUR_CANDIDATE,
  PARTY_MEMBER, PARTY_NAME_CUES, PARTY_VOTE, SEND_NAME, SLUG, TEAM_NAME, THANKS, VOTE_NAME, VOTE_PARTY_WORD,
} from './patterns';
import { matchAll } from '../lib/match-all';

export type { Span };

const electionWords = new Set(ELECTION_WORDS.map((w) => w.split('-').pop()!));
const officeWords = new Set([...electionWords, ...OFFICE_WORDS, ...PARTY_NAME_CUES]);
const neutralTags = new Set(NEUTRAL_VOTE_TAGS);

/** Patterns that end with the name: their span ends where the name does. */
const NAME_LAST = new Set([GIVE_VOTE, MY_PICK, SIGNS_FOR, MINE_IS, CANVASS_FOR, REPLACE_OFFICIAL, I_BACK, WASTE_VOTE]);
const notElection = new RegExp(`\\b(?:${NOT_ELECTION_CAMPAIGN})\\b`);

/** Every cued pattern, indexed by cue word once, so a post's words are scanned once for all of them. */
const CUED: CuedPattern[] = [
  ...DIRECT, ...IN_ELECTION, ...IN_CONTEXT, VOTE_NAME, GET_ELECTED, HELP_NAME, SEND_NAME, GIVE_VOTE, MY_PICK, NAME_SIGN,
  CANVASS_NAME, NEED_ON, GIVE_NAME_VOTE, KEEP_FROM_OFFICE, SIGNS_FOR, MINE_IS, NEXT_OFFICE, CANVASS_FOR, OUR_CANDIDATE,
  ROOTING_FOR, NEEDS_NAME, NAMED_CAMPAIGN, ENDORSE_NAME, FOR_OFFICE, PARTY_MEMBER, VOTE_PARTY_WORD, GETS_MY_VOTE,
  REPLACE_OFFICIAL, TEAM_ACTIVITY, NAME_CAMPAIGN_EVENT, I_BACK, LET_WIN, PARTY_VOTE, WASTE_VOTE,
];
const CUES = cueIndex(CUED);

/** Spans of campaign content, merged where they overlap, trailing punctuation trimmed. */
export function campaignSpans(t: NormalText): Span[] {
  const norm = t.norm;
  const words = wordsOf(norm);
  const windows = windowsByItem(norm, words, CUES);
  const near = (p: CuedPattern) => {
    const i = CUED.indexOf(p);
    const w = i < 0 ? windowsNear(norm, words, p.cues) : windows.get(i);
    return w ? matchesIn(norm, w, p.re) : [];
  };
  const spans: Span[] = [];
  const push = (m: RegExpMatchArray, end = m.index! + m[0].length) => spans.push({ start: m.index!, end });
  const councilVoting = (m: RegExpMatchArray) => COUNCIL_SUBJECT.test(norm.slice(Math.max(0, m.index! - 60), m.index));
  const groupAt = (m: RegExpMatchArray) => m.index! + m[0].lastIndexOf(m[1]);
  const capitalised = (i: number) => t.original[t.map[i]] !== t.original[t.map[i]].toLowerCase();
  const election = words.some((w: WordAt) => electionWords.has(w.word));
  const context = election || words.some((w: WordAt) => officeWords.has(w.word)) || /\blawn\s+signs?\b/.test(norm);
  const contest = CONTEST.test(norm);

  for (const p of DIRECT) for (const m of near(p)) if (!councilVoting(m)) push(m);
  if (election) for (const p of IN_ELECTION) for (const m of near(p)) push(m);
  if (context) {
    for (const p of IN_CONTEXT) {
      for (const m of near(p)) if (!councilVoting(m) && (!m[0].includes('running') || CALL_TO_ACTION.test(norm))) push(m);
    }
  }
  for (const m of near(VOTE_NAME)) {
    const name = councilVoting(m) ? null : nameSpan(t, groupAt(m), m[1], false);
    // one capitalised word ("Vote Chow") needs an election around it, or at least no contest; a full name does not
    if (name && (context || !contest || /\s/.test(norm.slice(name.start, name.end)))) spans.push({ start: m.index!, end: name.end });
  }
  for (const p of [GET_ELECTED, HELP_NAME, SEND_NAME, GIVE_VOTE, MY_PICK, NAME_SIGN, CANVASS_NAME, NEED_ON, GIVE_NAME_VOTE, KEEP_FROM_OFFICE, SIGNS_FOR, MINE_IS, NEXT_OFFICE, CANVASS_FOR, REPLACE_OFFICIAL, TEAM_ACTIVITY, NAME_CAMPAIGN_EVENT, I_BACK, LET_WIN, WASTE_VOTE]) {
    for (const m of near(p)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (!name || (!context && contest) || councilVoting(m)) continue;
      if ((p === CANVASS_FOR || p === NAME_CAMPAIGN_EVENT || p === I_BACK) && notElection.test(norm.slice(name.start, name.end))) continue;
      // "I'm backing Priya Sharma": a full name, or an election around a single one
      if (p === I_BACK && !context && !/\s/.test(norm.slice(name.start, name.end))) continue;
      if (p === LET_WIN && !context) continue;
      // a single capitalised word after "send" ("Send Santa to City Hall") needs an election around it
      if (p === SEND_NAME && !context && !/\s/.test(norm.slice(name.start, name.end))) continue;
      spans.push({ start: m.index!, end: NAME_LAST.has(p) ? name.end : m.index! + m[0].length });
    }
  }
  if (context) {
    for (const m of [...matchAll(norm, TEAM_NAME), ...near(OUR_CANDIDATE), ...near(ROOTING_FOR)]) {
      {
        const name = nameSpan(t, groupAt(m), m[1], false);
        if (name) spans.push({ start: m.index!, end: name.end });
      }
    }
  }
  for (const m of near(NAMED_CAMPAIGN)) {
    const name = nameSpan(t, groupAt(m), m[1], true);
    if (name && !new RegExp(`^(?:${NOT_ELECTION_CAMPAIGN})`).test(norm.slice(name.start))) push(m);
  }
  for (const m of near(NEEDS_NAME)) {
    const name = nameSpan(t, groupAt(m), m[1], false);
    if (name && election) spans.push({ start: m.index!, end: name.end });
  }
  if (election) {
    for (const m of near(ENDORSE_NAME)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name) spans.push({ start: m.index!, end: name.end });
    }
  }
  for (const m of near(GETS_MY_VOTE)) {
    const from = wordsBefore(norm, m.index!, 3);
    const name = from < m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
    if (name && (context || !contest) && !councilVoting(m)) spans.push({ start: name.start, end: m.index! + m[0].length });
  }
  for (const m of near(FOR_OFFICE)) {
    const from = wordsBefore(norm, m.index!, 3);
    const name = from < m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
    if (name && !THANKS.test(norm.slice(Math.max(0, name.start - 60), name.start))) spans.push({ start: name.start, end: m.index! + m[0].length });
  }
  for (const m of matchAll(norm, SLUG)) {
    let start = m.index!;
    while (start > 0 && /[a-z]/.test(norm[start - 1])) start--;
    spans.push({ start, end: m.index! + m[0].length });
  }
  for (const m of matchAll(norm, HASHTAG_VOTE)) if (!neutralTags.has(m[1])) push(m);
  for (const m of matchAll(norm, HASHTAG_ELECT)) push(m);
  for (const m of near(PARTY_MEMBER)) if (capitalised(groupAt(m))) push(m);
  for (const m of near(VOTE_PARTY_WORD)) if (capitalised(groupAt(m)) && !councilVoting(m)) push(m);
  if (context) for (const m of near(PARTY_VOTE)) if (capitalised(groupAt(m))) push(m);

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) {
    while (s.end > s.start && /[.,!?;:\s]/.test(norm[s.end - 1])) s.end--;
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept;
}
