/** Finds campaign content in normalised text with the patterns of `./patterns`. */
import { ELECTION_WORDS, NEUTRAL_VOTE_TAGS, OFFICE_WORDS } from '../data/political';
import { cueIndex, matchesIn, windowsByItem, windowsNear, wordsOf, type WordAt } from '../disrespectful/near';
import type { NormalText } from '../text';
import { isGivenName, isPerson, nameSpan, notAUnit, wordsBefore, type Span } from './names';
import {
  CALL_TO_ACTION, CANVASS_NAME, NOT_ELECTION_CAMPAIGN, CONTEST, COUNCIL_SUBJECT, type CuedPattern, DIRECT, ENDORSE_NAME, FOR_OFFICE, GET_ELECTED,
  CANVASS_FOR, GETS_MY_VOTE, I_BACK, LET_WIN, WASTE_VOTE, NAME_CAMPAIGN_EVENT, REPLACE_OFFICIAL, TEAM_ACTIVITY, GIVE_NAME_VOTE, GIVE_VOTE, HASHTAG_ELECT, MINE_IS, NEXT_OFFICE, SIGNS_FOR, KEEP_FROM_OFFICE, NAMED_CAMPAIGN, NEED_ON, ROOTING_FOR, HASHTAG_VOTE, HELP_NAME, IN_CONTEXT, IN_ELECTION, MY_PICK, NAME_SIGN, NEEDS_NAME, OUR_CANDIDATE,
  PARTY_MEMBER, PARTY_NAME_CUES, PARTY_VOTE, SEND_NAME, SLUG, TEAM_NAME, THANKS, VOTE_NAME, VOTE_PARTY_WORD,
  ANOTHER_TERM, BETTER_THAN, EVER_HAD, NAME_WOULD_MAKE, ONLY_CANDIDATE, YEARS_OF, YOUR_GUY, PARTY_CANDIDATE_EVENT, ROLE_FOR, ANYONE_BUT, CANDIDATE_WHO, CHOOSE_NAME, IS_CANDIDATE, NEEDS_VOTES, ON_BALLOT, PARTY_OUT, VICTORY_PARTY, WOULD_LOVE_VOTE, ELECT_ONE_WHO, KEEP_NAME, PARTY_COLOUR, HAS_TO_GO, MANY_SIGNS, SIGNS_UP, SIGN_KINDS, NAME_YEAR, REMEMBER_AT_POLLS, VOTING_SIGNAL, CAMPAIGN_ROLES, EASY_CHOICE, ENDORSED, FOR_OFFICE_THING, KNOW_WHO, NAMED_OFFICIAL, NAMED_TEAM, NEEDS_SIGNATURES, NOT_TELLING,
  NEUTRAL_RESULT, OPPOSE_DESCRIBED, OWN_CANDIDACY, PERSON_CAMPAIGN, PROGRAM_AFTER, PERSON_SIGN, RUN_NAMED_CAMPAIGN, SHOW_DOOR, SIGN_NOMINATION, VOTING_DAY, VOTING_TIME, WORTH_VOTE,
} from './patterns';
import { matchAll } from '../lib/match-all';

export type { Span };

const electionWords = new Set(ELECTION_WORDS.map((w) => w.split('-').pop()!));
const officeWords = new Set([...electionWords, ...OFFICE_WORDS, ...PARTY_NAME_CUES]);
const neutralTags = new Set(NEUTRAL_VOTE_TAGS);

/** Patterns that end with the name: their span ends where the name does. */
const NAME_LAST = new Set([GIVE_VOTE, MY_PICK, SIGNS_FOR, MINE_IS, CANVASS_FOR, REPLACE_OFFICIAL, I_BACK, WASTE_VOTE, ENDORSED, ANYONE_BUT, EASY_CHOICE, CANDIDATE_WHO]);
const notElection = new RegExp(`\\b(?:${NOT_ELECTION_CAMPAIGN})\\b`);

/** Every cued pattern, indexed by cue word once, so a post's words are scanned once for all of them. */
const CUED: CuedPattern[] = [
  ...DIRECT, ...IN_ELECTION, ...IN_CONTEXT, VOTE_NAME, GET_ELECTED, HELP_NAME, SEND_NAME, GIVE_VOTE, MY_PICK, NAME_SIGN,
  CANVASS_NAME, NEED_ON, GIVE_NAME_VOTE, KEEP_FROM_OFFICE, SIGNS_FOR, MINE_IS, NEXT_OFFICE, CANVASS_FOR, OUR_CANDIDATE,
  ROOTING_FOR, NEEDS_NAME, NAMED_CAMPAIGN, ENDORSE_NAME, FOR_OFFICE, PARTY_MEMBER, VOTE_PARTY_WORD, GETS_MY_VOTE,
  REPLACE_OFFICIAL, TEAM_ACTIVITY, NAME_CAMPAIGN_EVENT, I_BACK, LET_WIN, PARTY_VOTE, WASTE_VOTE,
  ...OWN_CANDIDACY, FOR_OFFICE_THING, PERSON_CAMPAIGN, RUN_NAMED_CAMPAIGN, NAMED_TEAM, CAMPAIGN_ROLES, ENDORSED, KNOW_WHO, NOT_TELLING,
  ANYONE_BUT, SHOW_DOOR, NEEDS_SIGNATURES, SIGN_NOMINATION, PERSON_SIGN, WORTH_VOTE, EASY_CHOICE,
  MANY_SIGNS, SIGNS_UP, REMEMBER_AT_POLLS, CANDIDATE_WHO, HAS_TO_GO, NAME_YEAR, PARTY_COLOUR, ELECT_ONE_WHO, KEEP_NAME,
  NEEDS_VOTES, WOULD_LOVE_VOTE, IS_CANDIDATE, PARTY_OUT, CHOOSE_NAME, ON_BALLOT, VICTORY_PARTY, ROLE_FOR, PARTY_CANDIDATE_EVENT,
  BETTER_THAN, EVER_HAD, YEARS_OF, YOUR_GUY, ONLY_CANDIDATE, NAME_WOULD_MAKE, ANOTHER_TERM, OPPOSE_DESCRIBED,
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
  /** An election word or voting tag in the paragraph around `i` (a newsletter's "Election" section does not make its "Community" section a campaign). */
  const electionAround = (i: number) => {
    if (!election && !VOTING_SIGNAL.test(t.original)) return false;
    const before = norm.lastIndexOf('\n\n', i);
    const after = norm.indexOf('\n\n', i);
    const from = Math.max(before < 0 ? 0 : before, i - 300);
    const to = Math.min(after < 0 ? norm.length : after, i + 300);
    return words.some((w: WordAt) => w.start >= from && w.end <= to && electionWords.has(w.word)) || VOTING_SIGNAL.test(norm.slice(from, to)) || VOTING_SIGNAL.test(t.original.slice(t.map[from], t.map[Math.min(to, norm.length - 1)] + 1));
  };

  for (const p of DIRECT) for (const m of near(p)) if (!councilVoting(m)) push(m);
  if (election) for (const p of IN_ELECTION) for (const m of near(p)) push(m);
  if (context) {
    for (const p of IN_CONTEXT) {
      for (const m of near(p)) {
        // "join the Canadian Red Cross's campaign": an organisation's campaign, not a person's
        const owner = /([a-z]+)['’]s\s+campaign$/.exec(m[0]);
        if (owner && !notAUnit(owner[1])) continue;
        if (!councilVoting(m) && (!m[0].includes('running') || CALL_TO_ACTION.test(norm))) push(m);
      }
    }
  }
  for (const m of near(VOTE_NAME)) {
    const name = councilVoting(m) ? null : nameSpan(t, groupAt(m), m[1], false);
    // one capitalised word ("Vote Chow") needs an election around it, or at least no contest; a full name does not
    if (name && (context || !contest || /\s/.test(norm.slice(name.start, name.end)))) spans.push({ start: m.index!, end: name.end });
  }
  for (const p of [GET_ELECTED, HELP_NAME, SEND_NAME, GIVE_VOTE, MY_PICK, NAME_SIGN, CANVASS_NAME, NEED_ON, GIVE_NAME_VOTE, KEEP_FROM_OFFICE, SIGNS_FOR, MINE_IS, NEXT_OFFICE, CANVASS_FOR, REPLACE_OFFICIAL, TEAM_ACTIVITY, NAME_CAMPAIGN_EVENT, I_BACK, LET_WIN, WASTE_VOTE]) {
    for (const m of near(p)) {
      // "don't let that clown Deluca near the mayor's office": the name is the last words before "near"
      const name = nameSpan(t, groupAt(m), m[1], p === KEEP_FROM_OFFICE);
      if (!name || (!context && contest) || councilVoting(m)) continue;
      if ((p === CANVASS_FOR || p === NAME_CAMPAIGN_EVENT || p === I_BACK) && notElection.test(norm.slice(name.start, name.end))) continue;
      // "I'm backing Priya Sharma": a full name, or an election around a single one
      if (p === I_BACK && !context && !/\s/.test(norm.slice(name.start, name.end))) continue;
      if (p === LET_WIN && !context) continue;
      // "Team Rubicon volunteers": a team's volunteers, office or signs are a campaign's only in a post about an election
      if (p === TEAM_ACTIVITY && /(?:volunteers?|office|hq|signs?)$/.test(m[0]) && !electionAround(m.index!)) continue;
      // a single capitalised word after "send" ("Send Santa to City Hall") needs an election around it
      if (p === SEND_NAME && !context && !/\s/.test(norm.slice(name.start, name.end))) continue;
      spans.push({ start: m.index!, end: NAME_LAST.has(p) ? name.end : m.index! + m[0].length });
    }
  }
  // "Stand with Keisha on October 26": with a voting date and no office named, "stand with", "rooting for" need a given name
  const votingDay = VOTING_DAY.test(norm);
  if (context || votingDay) {
    for (const m of [...(context ? matchAll(norm, TEAM_NAME) : []), ...(context ? near(OUR_CANDIDATE) : []), ...near(ROOTING_FOR)]) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name && (context || isGivenName(norm.slice(name.start, name.end).split(/\s+/)[0]))) spans.push({ start: m.index!, end: name.end });
    }
  }
  for (const m of near(NAMED_CAMPAIGN)) {
    const name = nameSpan(t, groupAt(m), m[1], true);
    if (name && !new RegExp(`^(?:${NOT_ELECTION_CAMPAIGN})`).test(norm.slice(name.start)) && norm.slice(name.start, name.end).split(/\s+/).every(notAUnit)) push(m);
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

  // the employee's own candidacy and a campaign's own roles and events
  for (const p of OWN_CANDIDACY) for (const m of near(p)) push(m);
  if (election) for (const m of near(CAMPAIGN_ROLES)) push(m);
  for (const m of near(FOR_OFFICE_THING)) {
    const from = wordsBefore(norm, m.index!, 3);
    const name = from < m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
    if (!name || THANKS.test(norm.slice(Math.max(0, name.start - 60), name.start))) continue;
    // a brand: a person's name, or a name after "the" ("the Harjit Gill for Council dinner"); not "Join Councillor Wu for council office…"
    const branded = isPerson(t, name) || /\b(?:the|a|an|our|this|annual)\s+$/.test(norm.slice(Math.max(0, name.start - 8), name.start));
    if (branded) spans.push({ start: name.start, end: m.index! + m[0].length });
  }
  // a person's campaign: "Jean Tremblay's campaign kickoff", "co-chairing Ruth Ansah's campaign"
  for (const m of [...near(PERSON_CAMPAIGN), ...near(RUN_NAMED_CAMPAIGN)]) {
    const name = nameSpan(t, groupAt(m), m[1], true);
    const end = m.index! + m[0].length;
    if (!name || notElection.test(norm.slice(name.start, end)) || PROGRAM_AFTER.test(norm.slice(end, end + 60))) continue;
    if (isPerson(t, name, true) || (electionAround(m.index!) && norm.slice(name.start, name.end).split(/\s+/).every(notAUnit))) spans.push({ start: name.start, end: m.index! + m[0].length });
  }
  // a candidate's team: "with Team Bellamy", "for the Castillo team"; "Team X" (capital T) also where the post names an office
  const voting = election || VOTING_SIGNAL.test(t.original);
  for (const m of near(NAMED_TEAM)) {
    const word = m[1] ?? m[2];
    const at = m.index! + m[0].lastIndexOf(word);
    // "Team X" after a preposition, capital T, where the post names an office; at the start of a line only with a voting signal
    const teamCapital = m[1] !== undefined && capitalised(m.index! + m[0].lastIndexOf('team')) && /^(?:with|for|on|join|joining|from|of|in)\b/.test(m[0]);
    if ((electionAround(m.index!) || (context && teamCapital)) && capitalised(at) && nameSpan(t, at, word, false) && notAUnit(word) && !notElection.test(word)) push(m);
  }
  // signs counted by a name, "X has to go", "Castillo 2026: a mayor for…": with a voting signal
  if (voting || context) {
    // a full name ("Jane Lee signs are everywhere"), or any name where the post speaks of voting ("Slow Down signs" is a program)
    for (const m of context ? near(SIGNS_UP) : []) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      const words = name ? norm.slice(name.start, name.end).split(/\s+/) : [];
      if (name && name.end === groupAt(m) + m[1].length && capitalised(name.start) && words.every((w) => notAUnit(w) && !SIGN_KINDS.test(w)) && (voting || isPerson(t, name))) push(m);
    }
    for (const m of near(MANY_SIGNS)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name && name.end === groupAt(m) + m[1].length && (voting || isPerson(t, name))) push(m);
    }
  }
  if (voting && !contest) {
    for (const m of near(HAS_TO_GO)) {
      const from = wordsBefore(norm, m.index! + 1, 3);
      const name = from <= m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
      if (name) spans.push({ start: name.start, end: m.index! + m[0].length });
    }
  }
  for (const m of near(NAME_YEAR)) {
    const at = groupAt(m);
    if (capitalised(at) && nameSpan(t, at, m[1], false)) spans.push({ start: at, end: m.index! + m[0].length });
  }
  // "remember … when you vote", "time for a change on June 2": only about a named party or office holder
  // the party or office holder is inside the phrase, or before it when the phrase points back ("Remember that", "Time for a change")
  for (const m of near(REMEMBER_AT_POLLS)) {
    const pointsBack = /^(?:remember\s+(?:that|this|it|them|him|her)\s+(?:when|at|on)\b|time\b|vote\s+accordingly)/.test(m[0]);
    const from = pointsBack ? Math.max(0, m.index! - 120) : m.index!;
    const scope = norm.slice(from, m.index! + m[0].length);
    if ([...matchAll(scope, NAMED_OFFICIAL)].some((o) => !o[1] || capitalised(from + o.index! + o[0].lastIndexOf(o[1])))) push(m);
  }
  if (election || votingDay || VOTING_TIME.test(norm)) for (const p of [PARTY_COLOUR, ELECT_ONE_WHO]) for (const m of near(p)) push(m);
  if (context) {
    for (const m of near(KEEP_NAME)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      const onCouncil = !/[.!]$/.test(m[0]) && /\s(?:on|in|at)\s*$/.test(norm.slice(name?.end ?? 0, (name?.end ?? 0) + 4));
      if (name && name.end === groupAt(m) + m[1].replace(/[.]+$/, '').length && (isPerson(t, name) || onCouncil)) spans.push({ start: m.index!, end: name.end });
    }
  }
  // "don't vote for that crook Pettigrew": a name after a description, where the post is about an election or a voting day
  if (context || votingDay) {
    for (const m of near(OPPOSE_DESCRIBED)) {
      const name = nameSpan(t, groupAt(m), m[1], true);
      const words = name ? norm.slice(name.start, name.end).split(/\s+/) : [];
      // one surname ("that crook Pettigrew") or a person's full name, never a City unit or a document ("that draft Budget Report")
      if (!name || name.start <= groupAt(m) || capitalised(groupAt(m)) || councilVoting(m) || !words.every(notAUnit)) continue;
      if (words.length === 1 || isPerson(t, name)) spans.push({ start: m.index!, end: name.end });
    }
  }
  for (const m of near(ON_BALLOT)) push(m);
  // judging people as candidates: "anyone better for Ward 7 than X", "another four years of X", "X would make an excellent councillor"
  for (const p of [BETTER_THAN, YEARS_OF]) {
    for (const m of near(p)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name) spans.push({ start: m.index!, end: name.end });
    }
  }
  if (election || votingDay) for (const m of near(EVER_HAD)) push(m);
  for (const m of near(ANOTHER_TERM)) if (!m[1] || nameSpan(t, groupAt(m), m[1], false)) push(m);
  if (context) for (const m of near(ONLY_CANDIDATE)) push(m);
  for (const p of [YOUR_GUY, NAME_WOULD_MAKE]) {
    if (p === YOUR_GUY && !context) continue;
    for (const m of near(p)) {
      const from = wordsBefore(norm, m.index! + 1, 3);
      const name = from <= m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
      if (name && (p === NAME_WOULD_MAKE || isPerson(t, name) || /\s/.test(norm.slice(name.start, name.end)))) spans.push({ start: name.start, end: m.index! + m[0].length });
    }
  }
  for (const m of near(PARTY_CANDIDATE_EVENT)) push(m);
  for (const m of near(ROLE_FOR)) {
    if (notElection.test(m[0])) continue;
    if (!m[1]) { push(m); continue; }
    const name = nameSpan(t, groupAt(m), m[1], false);
    if (name && notAUnit(norm.slice(name.start, name.end).split(/\s+/)[0])) spans.push({ start: m.index!, end: name.end });
  }
  if (voting) for (const m of near(PARTY_OUT)) push(m);
  if (context || voting) {
    for (const m of near(WOULD_LOVE_VOTE)) if (!contest && (voting || m[0].endsWith('vote'))) push(m);
    for (const m of near(NEEDS_VOTES)) {
      const from = wordsBefore(norm, m.index! + 1, 3);
      const name = from <= m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
      if (name && !contest) spans.push({ start: name.start, end: m.index! + m[0].length });
    }
    if (voting) for (const m of near(VICTORY_PARTY)) if (capitalised(groupAt(m)) && nameSpan(t, groupAt(m), m[1], false) && notAUnit(m[1])) push(m);
  }
  if (CALL_TO_ACTION.test(norm)) for (const m of near(IS_CANDIDATE)) push(m);
  if (votingDay) {
    for (const m of near(CHOOSE_NAME)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name && isPerson(t, name)) spans.push({ start: m.index!, end: name.end });
    }
  }
  if (context || voting) {
    for (const m of near(CANDIDATE_WHO)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name) spans.push({ start: m.index!, end: name.end });
    }
  }
  // first-person endorsement in other tenses, where the post speaks of an office or election (not a skill endorsement on LinkedIn, not an award)
  if (context && (!contest || election)) {
    for (const m of near(ENDORSED)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name && !notElection.test(norm.slice(name.start, name.end))) spans.push({ start: m.index!, end: name.end });
    }
  }
  // coy endorsements
  if ((context || /\bvot/.test(norm)) && (!contest || election)) for (const m of near(KNOW_WHO)) push(m);
  for (const m of near(NOT_TELLING)) {
    const after = norm.slice(m.index! + m[0].length, m.index! + m[0].length + 160);
    const named = [...matchAll(after, NAMED_OFFICIAL)].some((o) => !o[1] || capitalised(m.index! + m[0].length + o.index! + o[0].lastIndexOf(o[1])));
    if (named) push(m);
  }
  // opposing a person at an election: "Anyone but Hollister on October 26", "show him the door on the 20th"
  if (election || context || VOTING_DAY.test(norm)) {
    for (const m of near(ANYONE_BUT)) {
      const name = nameSpan(t, groupAt(m), m[1], false);
      if (name) spans.push({ start: m.index!, end: name.end });
    }
  }
  // "show him the door on the 20th"; "them" (a crowd shown the way out?) only with an election or office around
  if (election || VOTING_TIME.test(norm)) {
    for (const m of near(SHOW_DOOR)) {
      if (m[1] ? nameSpan(t, groupAt(m), m[1], false) : !/\bthem\b/.test(m[0]) || election || context) push(m);
    }
  }
  // helping a named person onto the ballot
  for (const m of near(NEEDS_SIGNATURES)) {
    const from = wordsBefore(norm, m.index!, 3);
    const name = from < m.index! ? nameSpan(t, from, norm.slice(from, m.index), true) : null;
    if (name && (isPerson(t, name) || context) && /\b(?:nomination|ballot|candidacy|candidate|running|election)\b/.test(norm)) spans.push({ start: name.start, end: m.index! + m[0].length });
  }
  for (const m of near(SIGN_NOMINATION)) push(m);
  // a person's lawn sign: "my Keisha Adeyemi lawn sign"
  for (const m of near(PERSON_SIGN)) {
    const name = nameSpan(t, groupAt(m), m[1], false);
    if (name && name.end === groupAt(m) + m[1].length && (isPerson(t, name) || election)) push(m);
  }
  if (context) for (const m of near(WORTH_VOTE)) if (!contest) push(m);
  if (context) {
    for (const m of near(EASY_CHOICE)) {
      const g = m[1] ?? m[2];
      const name = nameSpan(t, m.index! + m[0].lastIndexOf(g), g, false);
      if (name && !NEUTRAL_RESULT.test(norm.slice(name.end))) spans.push({ start: m.index!, end: name.end });
    }
  }

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) {
    while (s.end > s.start && /[.,!?;:\s]/.test(norm[s.end - 1])) s.end--;
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept;
}
