/**
 * Finds people the author presents as City staff: a name next to a job title ("my supervisor
 * Dave Lee", "Priya, our clerk") or to a workplace unit ("Karen in Payroll", "@jdoe from Parks"),
 * and any name the user listed as a colleague in the settings.
 */
import { CITY_DEPARTMENTS } from '../data/city-topics';
import { CITY_ROLES, LOWERCASE_UNITS, PEER_ROLES, ROLE_QUALIFIERS, STAFF_GROUPS, UNIT_NOUNS, WEAK_UNIT_NOUNS, WORK_AREAS, WORK_ROLES, YARD_NOT } from '../data/colleague-roles';
import { alternation, bounded, departmentMentions, escapePhrase } from '../lib/city-topics';
import { normalized, toOriginal, type NormalText } from '../text';
import { HANDLE, handleOrName, knownFirstName, lowerNameAt, nameAt, nameBefore, personBefore, pronounFollows, withFollowing, withListed, type NameSpan } from './names';
import { matchAll } from '../lib/match-all';

const GAP = '[\\s\\-\\u2010-\\u2015]*';
const QUALIFIERS = alternation([...ROLE_QUALIFIERS, ...CITY_DEPARTMENTS.filter((d) => /^[a-z]+$/.test(d))], GAP);
const PEER = alternation(PEER_ROLES, GAP);
const WORK = alternation(WORK_ROLES, GAP);
const CITY = alternation(CITY_ROLES, GAP);
const OWNED = `(?:my|our)\\s+(?:(?:${QUALIFIERS})\\s+){0,3}(?:${PEER}|${WORK})`;

/** A title that introduces a colleague: "my supervisor", "our new Roads foreman", "the clerk", "Bylaw Officer", "coworker". */
const ROLE_RE = new RegExp(bounded(`${OWNED}|(?:the\\s+(?:(?:${QUALIFIERS})\\s+){0,2})?(?:${CITY}|supervisor)|(?:(?:a|an|fellow)\\s+)?(?:${PEER})`), 'g');
/** The group one works in: "my team", "our night shift", "the Roads crew", "the inspection team" (never "the hockey team"). */
const AREA = alternation([...ROLE_QUALIFIERS, ...WORK_AREAS, ...CITY_DEPARTMENTS.filter((d) => /^[a-z]+$/.test(d))].map((w) => `${w}s?`), GAP);
const UNIT = alternation(UNIT_NOUNS, GAP);
const WEAK_UNIT = alternation(WEAK_UNIT_NOUNS, GAP);
/** "my team", "the inspection team", "our permit intake group" (a weak noun needs a work area: not "my running group"). */
const MY_UNIT = `(?:(?:(?:my|our)\\s+(?:(?:${AREA})\\s+){0,2}|the\\s+(?:(?:${AREA})\\s+){1,2})(?:${UNIT})|(?:my|our|the)\\s+(?:(?:${AREA})\\s+){1,2}(?:${WEAK_UNIT}))`;
/** After a verb of joining any unit will do: "who joined our Water Resources team". */
const ANY_UNIT = `(?:my|our|the)\\s+(?:[a-z&'’-]+\\s+){0,3}(?:${UNIT}|${WEAK_UNIT})`;
/** A City yard or depot by its place: "Bogdan from the Scarborough yard" (not the lumber yard). */
const YARD = `the\\s+(?:(?!${YARD_NOT.join('|')})[a-z'’-]+\\s+){0,2}(?:works\\s+)?(?:yard|depot)`;
/** "Priya from my team", "Tomasz on our crew", "jenna from accounting", "@sarah.k from work". */
const FROM_UNIT_RE = new RegExp(`(?:${MY_UNIT}|${YARD}|${alternation(LOWERCASE_UNITS, GAP)})(?![a-z0-9])`, 'y');
/** A unit description that a name follows: "the new guy on our crew, Tavish", "drinks with the permits crew tonight, Giselle…". */
const UNIT_THEN_NAME_RE = new RegExp(`${MY_UNIT}(?:\\s+(?:today|tonight|this\\s+(?:morning|afternoon|week)))?(?![a-z0-9])(?=[ \\t]*,)`, 'y');
/** Where those two may start: right after a preposition. The big patterns then run anchored there only, which is much faster. */
const PREPOSITION_RE = /(?<![a-z0-9])(from|on|in|of|at|with)\s+/g;

/** Matches of the sticky `re` right after a preposition in `allowed`; index is the preposition's. */
function afterPrepositions(norm: string, re: RegExp, allowed: ReadonlySet<string>): { index: number; end: number }[] {
  const out: { index: number; end: number }[] = [];
  for (const p of matchAll(norm, PREPOSITION_RE)) {
    if (!allowed.has(p[1])) continue;
    re.lastIndex = p.index + p[0].length;
    const m = re.exec(norm);
    if (m) out.push({ index: p.index, end: re.lastIndex });
  }
  return out;
}
const FROM_PREPS = new Set(['from', 'on', 'in', 'of', 'at']);
const THEN_PREPS = new Set(['on', 'in', 'from', 'with']);
/** After a name: "Liam, my partner on the inspection team", "Deshawn, who just joined our branch". */
const UNIT_APPOSITION_RE = new RegExp(
  `(?:(?:my|our)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:on|in|from|at)|who\\s+(?:just\\s+|recently\\s+|has\\s+|have\\s+)?(?:joined|started\\s+(?:in|on|with)|transferred\\s+(?:to|into)|moved\\s+(?:over\\s+)?to|works\\s+(?:in|on|with)))\\s+(?:${MY_UNIT}|${ANY_UNIT})(?![a-z])`,
  'y',
);
/** Where an apposition may start: ", my…", ", our…" or ", who…"; the costly pattern runs anchored there. */
const APPOSITION_START = /[,(–—]\s*(?=(?:my|our|who)\s)/g;
/** "welcoming Harpreet Sandhu to the Roads team"; "Welcome to the team, Sam!" */
const WELCOME_RE = /(?<![a-z])welcom(?:e|es|ed|ing)(?:\s+back)?\s+/g;
const TO_UNIT_RE = new RegExp(`^\\s+(?:to|into)\\s+${ANY_UNIT}(?![a-z])`);
/** After a name: "Chinedu Obi on his promotion to Manager", "Sam, on her new role as Supervisor". */
const PROMOTED_RE = new RegExp(
  `[ \\t,]+(?:on|for)\\s+(?:his|her|their)\\s+(?:(?:well\\s+)?deserved\\s+|recent\\s+)?(?:promotion|appointment|new\\s+(?:role|position|job))\\s+(?:to|as)\\s+(?:(?:a|an|the)\\s+)?(?:(?:${QUALIFIERS})\\s+){0,3}(?:${WORK}|${CITY})(?![a-z])`,
  'g',
);
/** "…Yusuf Demir as our new Senior Planner". */
const AS_ROLE_RE = new RegExp(`^\\s+as\\s+(?:my|our|the|a|an)\\s+(?:(?:${QUALIFIERS})\\s+){0,3}(?:${PEER}|${WORK}|${CITY})(?![a-z])`);
/** After "welcome ": "to the team, Sam!" (anchored at the end of WELCOME_RE's match). */
const WELCOME_TO_UNIT_RE = new RegExp(`(?:to|into)\\s+${MY_UNIT}[ \\t]*[,!]*[ \\t]*`, 'y');
/** Working alongside someone: "another shift with Gurpreet", "working the front counter with Bev". */
const WORK_WITH_RE = /(?<![a-z])(?:work(?:ing|ed|s)?|shifts?)(?:\s+(?!out(?![a-z]))[a-z'’]+){0,4}?\s+with\s+/g;

/** One named out of a staff group: "thanks to the inspectors in Building, especially Farah Qureshi". */
const SINGLED_OUT_RE = new RegExp(
  bounded(`(?:${STAFF_GROUPS.join('|')}|${WORK_ROLES.filter((r) => r.endsWith('s?')).map((r) => r.slice(0, -1)).join('|')})`.replace(/ /g, GAP) + `|${MY_UNIT}`) +
    `[^.!?\\n]{0,60}?,?\\s+(?:especially|particularly|notably|including|and especially)\\s+`,
  'g',
);

const SINGLED_OUT_GATE = /(?:especially|particularly|notably|including)\s/;

/** A title after a name: "Priya, our clerk", "Dave Lee (my supervisor)". */
const APPOSITION_RE = new RegExp(`[,(–—]\\s*${OWNED}(?![a-z])`, 'g');
/** What may separate a title from the name: "my supervisor, Dave", "our GM: Sam". */
const SEPARATOR = /^[ \t]*[,:(–—-]?[ \t]*/;

export interface Mention extends NameSpan {
  /** How the person was recognised, for the message. */
  clue: 'title' | 'unit' | 'settings';
}

/** A name or @handle at `index`, else after the next comma when a place comes first ("the clerk at the counter, Priya"). */
function afterTitle(text: string, index: number, notNames: ReadonlySet<string>, owned = false): NameSpan | null {
  const at = index + SEPARATOR.exec(text.slice(index))![0].length;
  const handle = HANDLE.exec(text.slice(at));
  if (handle) return { start: at, end: at + handle[0].length, name: handle[0] };
  const direct = nameAt(text, at, notNames);
  if (direct) return direct;
  const rest = /^(?:[ \t]+ever|[ \t]+(?:of|at|in|from|on|for|with)[ \t][^,.!?\n]{1,45}),[ \t]*/u.exec(text.slice(index));
  if (rest) return handleOrName(text, index + rest[0].length, notNames);
  return owned ? lowerNameAt(text, at, notNames) : null;
}

const PLACE_NOT = new Set(['city', 'the', 'of', 'hall', 'council', 'metro', 'municipal', 'building', '311']);
const placeUnits = new Map<string, { re: RegExp; gate: RegExp } | null>();

/** A unit named with the City's own name: "Jen from Toronto Water", "Steve in Calgary Transit". Compiled once per City. */
function placeUnitPattern(cityWords: readonly string[]): { re: RegExp; gate: RegExp } | null {
  const key = cityWords.join(' ');
  if (!placeUnits.has(key)) {
    const places = cityWords.filter((w) => !PLACE_NOT.has(w) && /^[a-z]{3,}$/.test(w));
    const units = alternation(CITY_DEPARTMENTS.filter((d) => !d.startsWith('(?:the )?')), GAP);
    placeUnits.set(key, places.length
      ? { re: new RegExp(bounded(`(?:from|in|at|with|of)\\s+(?:the\\s+)?(?:${places.join('|')})\\s+(?:${units})`), 'g'), gate: new RegExp(places.join('|')) }
      : null);
  }
  return placeUnits.get(key)!;
}

/** Names the user listed as colleagues, wherever they appear. */
function listedColleagues(t: NormalText, colleagues: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of colleagues) {
    if (name.trim().length < 2) continue;
    for (const m of matchAll(t.norm, new RegExp(bounded(escapePhrase(name).replace(/\s+/g, '\\s+')), 'g'))) {
      const { start, end } = toOriginal(t, m.index, m.index + m[0].length);
      out.push({ start, end, name: t.original.slice(start, end), clue: 'settings' });
    }
  }
  return out;
}

/** Every colleague mention in `text`, in order, without overlaps. */
export function findColleagues(text: string, colleagues: readonly string[] = [], cityWords: readonly string[] = []): Mention[] {
  const t = normalized(text);
  const notNames = new Set(cityWords);
  const found: Mention[] = listedColleagues(t, colleagues);
  const placeUnit = placeUnitPattern(cityWords);
  for (const m of placeUnit && t.norm.match(placeUnit.gate) ? matchAll(t.norm, placeUnit.re) : []) {
    const name = personBefore(text, t.map[m.index], notNames);
    if (name) found.push(...withListed(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  for (const m of matchAll(t.norm, ROLE_RE)) {
    const end = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = afterTitle(text, end, notNames, /^(?:my|our)\s/.test(m[0]));
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of afterPrepositions(t.norm, FROM_UNIT_RE, FROM_PREPS)) {
    const name = personBefore(text, t.map[m.index], notNames);
    if (name) found.push(...withListed(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  for (const m of t.norm.includes(',') ? afterPrepositions(t.norm, UNIT_THEN_NAME_RE, THEN_PREPS) : []) {
    const end = toOriginal(t, m.index, m.end).end;
    const name = handleOrName(text, end + SEPARATOR.exec(text.slice(end))![0].length, notNames);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  for (const m of matchAll(t.norm, APPOSITION_START)) {
    UNIT_APPOSITION_RE.lastIndex = m.index + m[0].length;
    const name = UNIT_APPOSITION_RE.test(t.norm) && nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  const welcome = t.norm.includes('welcom');
  for (const m of welcome ? matchAll(t.norm, WELCOME_RE) : []) {
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = nameAt(text, at, notNames, true);
    const after = normalized(text.slice(name?.end ?? 0, (name?.end ?? 0) + 80)).norm;
    if (name && (TO_UNIT_RE.test(after) || AS_ROLE_RE.test(after))) found.push({ ...name, clue: 'unit' });
    WELCOME_TO_UNIT_RE.lastIndex = m.index + m[0].length;
    if (/^welcome\s/.test(m[0]) && WELCOME_TO_UNIT_RE.test(t.norm)) {
      const teamName = handleOrName(text, toOriginal(t, m.index, WELCOME_TO_UNIT_RE.lastIndex).end, notNames);
      if (teamName) found.push({ ...teamName, clue: 'unit' });
    }
  }
  for (const m of /promotion|appointment|new\s+(?:role|position|job)/.test(t.norm) ? matchAll(t.norm, PROMOTED_RE) : []) {
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of SINGLED_OUT_GATE.test(t.norm) ? matchAll(t.norm, SINGLED_OUT_RE) : []) {
    const name = handleOrName(text, toOriginal(t, m.index, m.index + m[0].length).end, notNames);
    if (name) found.push(...withFollowing(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  for (const m of matchAll(t.norm, WORK_WITH_RE)) {
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const handle = HANDLE.exec(text.slice(at));
    if (handle) { found.push({ start: at, end: at + handle[0].length, name: handle[0], clue: 'unit' }); continue; }
    const name = nameAt(text, at, notNames, true);
    if (name && (knownFirstName(name.name.split(' ')[0], notNames) || pronounFollows(text, name.end))) found.push({ ...name, clue: 'unit' });
  }
  for (const m of matchAll(t.norm, APPOSITION_RE)) {
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const d of departmentMentions(t)) {
    const name = personBefore(text, d.prepStart, notNames);
    if (name) found.push(...withListed(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => i === 0 || f.start >= found[i - 1].end);
}
