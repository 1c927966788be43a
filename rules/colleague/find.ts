/**
 * Finds people the author presents as City staff: a name next to a job title ("my supervisor
 * Dave Lee", "Priya, our clerk") or to a workplace unit ("Karen in Payroll", "@jdoe from Parks"),
 * and any name the user listed as a colleague in the settings.
 */
import { CITY_DEPARTMENTS } from '../data/city-topics';
import { CITY_ROLES, PEER_ROLES, ROLE_QUALIFIERS, WORK_ROLES } from '../data/colleague-roles';
import { alternation, bounded, departmentMentions, escapePhrase } from '../lib/city-topics';
import { normalized, toOriginal, type NormalText } from '../text';
import { nameAt, nameBefore, type NameSpan } from './names';

const GAP = '[\\s\\-\\u2010-\\u2015]*';
const QUALIFIERS = alternation([...ROLE_QUALIFIERS, ...CITY_DEPARTMENTS.filter((d) => /^[a-z]+$/.test(d))], GAP);
const PEER = alternation(PEER_ROLES, GAP);
const WORK = alternation(WORK_ROLES, GAP);
const CITY = alternation(CITY_ROLES, GAP);
const OWNED = `(?:my|our)\\s+(?:(?:${QUALIFIERS})\\s+){0,3}(?:${PEER}|${WORK})`;

/** A title that introduces a colleague: "my supervisor", "our new Roads foreman", "the clerk", "Bylaw Officer", "coworker". */
const ROLE_RE = new RegExp(bounded(`${OWNED}|(?:the\\s+(?:(?:${QUALIFIERS})\\s+){0,2})?(?:${CITY}|supervisor)|(?:(?:a|an|fellow)\\s+)?(?:${PEER})`), 'g');
/** A title after a name: "Priya, our clerk", "Dave Lee (my supervisor)". */
const APPOSITION_RE = new RegExp(`[,(–—]\\s*${OWNED}(?![a-z])`, 'g');
/** What may separate a title from the name: "my supervisor, Dave", "our GM: Sam". */
const SEPARATOR = /^[ \t]*[,:(–—-]?[ \t]*/;
const HANDLE = /^@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/u;
const HANDLE_BEFORE = /@[\p{L}\p{N}_.]*[\p{L}\p{N}_][ \t]*,?[ \t]*$/u;

export interface Mention extends NameSpan {
  /** How the person was recognised, for the message. */
  clue: 'title' | 'unit' | 'settings';
}

/** A name or @handle at `index`, else after the next comma when a place comes first ("the clerk at the counter, Priya"). */
function afterTitle(text: string, index: number, notNames: ReadonlySet<string>): NameSpan | null {
  const at = index + SEPARATOR.exec(text.slice(index))![0].length;
  const handle = HANDLE.exec(text.slice(at));
  if (handle) return { start: at, end: at + handle[0].length, name: handle[0] };
  const direct = nameAt(text, at, notNames);
  if (direct) return direct;
  const rest = /^[ \t]+(?:of|at|in|from|on|for|with)[ \t][^,.!?\n]{1,45},[ \t]*/u.exec(text.slice(index));
  return rest ? nameAt(text, index + rest[0].length, notNames) : null;
}

/** Names the user listed as colleagues, wherever they appear. */
function listedColleagues(t: NormalText, colleagues: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of colleagues) {
    if (name.trim().length < 2) continue;
    for (const m of t.norm.matchAll(new RegExp(bounded(escapePhrase(name).replace(/\s+/g, '\\s+')), 'g'))) {
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
  for (const m of t.norm.matchAll(ROLE_RE)) {
    const end = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = afterTitle(text, end, notNames);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of t.norm.matchAll(APPOSITION_RE)) {
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const d of departmentMentions(t)) {
    const before = text.slice(Math.max(0, d.prepStart - 40), d.prepStart);
    const handle = HANDLE_BEFORE.exec(before);
    if (handle) {
      const start = d.prepStart - before.length + handle.index;
      found.push({ start, end: start + handle[0].replace(/[ \t,]+$/, '').length, name: handle[0].trim().replace(/,$/, ''), clue: 'unit' });
      continue;
    }
    const name = nameBefore(text, d.prepStart, notNames);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => i === 0 || f.start >= found[i - 1].end);
}
