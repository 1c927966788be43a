/**
 * Does this text talk about City matters, and where?
 *
 * Matches on normalised text (see `rules/text.ts`) and reports spans in both the normalised
 * and the original text. Sources: the general municipal vocabulary in `rules/data/city-topics.ts`,
 * the profile's name, aliases and own topics, an administrator's extra topics, "the City"
 * written with a capital C, and workplace units after "in/from/at" ("Karen in Payroll").
 */
import { CITY_ACTIONS, CITY_DEPARTMENTS, CITY_TOPICS } from '../data/city-topics';
import { normalized, toOriginal, type NormalText } from '../text';
import type { Profile } from '../types';
import { matchAll } from './match-all';

export interface TopicMatch {
  /** Span in the original text. */
  start: number;
  end: number;
  /** Span in the normalised text. */
  normStart: number;
  normEnd: number;
  /** The normalised words that matched. */
  topic: string;
  /** Only a workplace unit after in/from/at ("Karen in Payroll"): a City matter only with a verdict in its own sentence. */
  unit?: boolean;
}

/**
 * Separators allowed where a list entry has a space: spaces, hyphens, underscores, or none
 * (#greenbin), and periods for emphasis ("Snow. Clearing.").
 */
const GAP = '[\\s\\-\\u2010-\\u2015_.]*';

/** Turns list entries into one alternation; a space in an entry matches GAP. */
export function alternation(entries: readonly string[], gap = GAP): string {
  return entries.map((e) => `(?:${e.replace(/ /g, gap)})`).join('|');
}

/** Escapes a plain phrase (profile topics, settings) for use in a pattern. */
export function escapePhrase(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps a source so it only matches whole words. */
export const bounded = (source: string) => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;

/**
 * The general topics as patterns of at most 100 entries: one pattern of them all is too big for
 * V8 to compile to native code and runs several times slower on every post.
 */
const GENERAL: string[] = [];
for (let i = 0; i < CITY_TOPICS.length; i += 100) GENERAL.push(alternation(CITY_TOPICS.slice(i, i + 100)));
/** Words after a unit that say it is one, even in lower case ("in parks ops", "from roads crew"). */
const UNIT_SUFFIXES = 'ops|operations|team|crew|dept|department|office|division|branch|unit|section|yard|depot';
/** "in/from/at (our|the|my)? <unit> <suffix>?"; group 1 is the unit, group 2 the suffix. */
const DEPARTMENT_AFTER = `(?:in|from|at|with|of) (?:our |the |my )?(${alternation(CITY_DEPARTMENTS)})( (?:${UNIT_SUFFIXES}))?`.replace(/ /g, '\\s+');
const DEPARTMENT_RE = new RegExp(bounded(DEPARTMENT_AFTER), 'g');
/** "the City" / "City's": a capital C says it is the corporation, not the place. */
const CAPITAL_CITY_RE = /(?<![a-z0-9])(?:the\s+city(?:['’]s)?|city['’]s)(?![a-z0-9])/g;
/**
 * "the city" in lower case is the corporation when it acts ("the city spent $2M", "why is the
 * city still mowing…"), the place otherwise ("the city is lovely", "best brunch in the city").
 */
const ACTING_CITY_RE = new RegExp(bounded(`(?:why (?:does|is|did|would|won't|can't|isn't|doesn't|didn't|do) )?the city(?= (?:${alternation(CITY_ACTIONS)})(?![a-z]))`), 'g');

const cache = new Map<string, RegExp[]>();

/** The patterns for a profile plus extra topics, compiled once per combination. */
function topicPatterns(profile: Profile, extra: readonly string[]): RegExp[] {
  const key = `${profile.id}\u0000${profile.topics.length}\u0000${profile.aliases.length}\u0000${extra.join('\u0001')}`;
  let res = cache.get(key);
  if (!res) {
    const own = [profile.name, ...profile.aliases, ...profile.topics, ...extra].filter((p) => p.trim()).map(escapePhrase);
    res = [alternation(own), ...GENERAL].map((source) => new RegExp(bounded(source), 'g'));
    if (cache.size > 32) cache.clear();
    cache.set(key, res);
  }
  return res;
}

/**
 * A unit named in one word must be written as a name ("in Planning", not "in planning");
 * an acronym of up to three letters in capitals ("in IT", not "in it").
 */
export function looksLikeUnit(written: string): boolean {
  if (/^[a-z.]{1,4}$/i.test(written) && written.replace(/\./g, '').length <= 3) return written === written.toUpperCase();
  return /[\s\-\u2010-\u2015_]/.test(written) || /^[A-Z0-9]/.test(written);
}

function span(t: NormalText, normStart: number, normEnd: number): TopicMatch {
  const { start, end } = toOriginal(t, normStart, normEnd);
  return { start, end, normStart, normEnd, topic: t.norm.slice(normStart, normEnd) };
}

function push(t: NormalText, out: TopicMatch[], normStart: number, normEnd: number, unit = false): void {
  out.push(unit ? { ...span(t, normStart, normEnd), unit } : span(t, normStart, normEnd));
}

/**
 * Every mention of a City matter in `text`, in order of position. Overlapping mentions are
 * merged into one ("The City" + "City of Toronto" → "The City of Toronto").
 */
export function cityTopics(text: string | NormalText, profile: Profile, extraTopics: readonly string[] = []): TopicMatch[] {
  const t = typeof text === 'string' ? normalized(text) : text;
  const patterns = topicPatterns(profile, extraTopics);
  if (lastTopics.t === t && lastTopics.patterns === patterns) return lastTopics.value;
  const value = findTopics(t, patterns);
  lastTopics = { t, patterns, value };
  return value;
}

/** The last answer of `cityTopics`: `commercial`, `confidential` and `missing-disclaimer` ask about the same text. Callers must not change it. */
let lastTopics: { t: NormalText | null; patterns: RegExp[] | null; value: TopicMatch[] } = { t: null, patterns: null, value: [] };

function findTopics(t: NormalText, patterns: RegExp[]): TopicMatch[] {
  const found: TopicMatch[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(t.norm); m; m = re.exec(t.norm)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      push(t, found, m.index, m.index + m[0].length);
    }
  }
  for (const m of matchAll(t.norm, CAPITAL_CITY_RE)) {
    const c = m.index + m[0].indexOf('city');
    if (t.original[t.map[c]] === 'C') push(t, found, m.index, m.index + m[0].length);
  }
  for (const m of matchAll(t.norm, ACTING_CITY_RE)) {
    const at = m.index + m[0].lastIndexOf('the city');
    push(t, found, at, at + 8);
  }
  for (const d of departmentMentions(t)) push(t, found, d.unitNormStart, d.unitNormEnd, true);
  found.sort((a, b) => a.normStart - b.normStart || b.normEnd - a.normEnd);
  const merged: TopicMatch[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (!last || f.normStart >= last.normEnd) merged.push(f);
    else if (f.normEnd > last.normEnd) merged[merged.length - 1] = { ...span(t, last.normStart, f.normEnd), ...(last.unit && f.unit ? { unit: true } : {}) };
    else if (last.unit && !f.unit) delete last.unit;
  }
  return merged;
}

export interface DepartmentMention {
  /** Original offset of "in/from/at…" and the span of the unit's name. */
  prepStart: number;
  unitStart: number;
  unitEnd: number;
  unitNormStart: number;
  unitNormEnd: number;
}

/** Workplace units named after in/from/at/with/of ("from Roads", "in our Finance team", "at the front desk"). */
export function departmentMentions(text: string | NormalText): DepartmentMention[] {
  const t = typeof text === 'string' ? normalized(text) : text;
  if (lastDepartments.t === t) return lastDepartments.value;
  const value = findDepartments(t);
  lastDepartments = { t, value };
  return value;
}

/** The last answer of `departmentMentions`: `cityTopics`, `colleague` and `confidential` ask about the same text. Callers must not change it. */
let lastDepartments: { t: NormalText | null; value: DepartmentMention[] } = { t: null, value: [] };

function findDepartments(t: NormalText): DepartmentMention[] {
  const out: DepartmentMention[] = [];
  for (const m of matchAll(t.norm, DEPARTMENT_RE)) {
    const unitNormStart = m.index + m[0].lastIndexOf(m[1]);
    const unitNormEnd = unitNormStart + m[1].length;
    const unit = toOriginal(t, unitNormStart, unitNormEnd);
    if (!m[2] && !looksLikeUnit(t.original.slice(unit.start, unit.end))) continue;
    out.push({ prepStart: t.map[m.index], unitStart: unit.start, unitEnd: unit.end, unitNormStart, unitNormEnd });
  }
  return out;
}

/** The first City matter mentioned in `text`, or null. */
export function firstCityTopic(text: string | NormalText, profile: Profile, extraTopics: readonly string[] = []): TopicMatch | null {
  return cityTopics(text, profile, extraTopics)[0] ?? null;
}
