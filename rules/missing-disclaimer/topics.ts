/**
 * City matters this rule finds on top of the shared `cityTopics`: "City" with a capital C used
 * as an adjective before a noun ("a brand-new City park", "City crews", "City-run daycare").
 * Written in capitals mid-phrase it names the corporation, as "the City" does; a capital word
 * before it makes it part of a place's name instead ("Kansas City fans", "Man City", "New
 * York City pizza"), and a function word after it is the place ("best City in Canada").
 */
import { escapePhrase, type TopicMatch } from '../lib/city-topics';
import type { Profile } from '../types';
import { toOriginal, type NormalText } from '../text';
import { matchAll } from '../lib/match-all';

/** "City" + a hyphenated adjective or a following lower-case word (checked below). */
const CITY_BEFORE_NOUN = /(?<![A-Za-z0-9])City(?:[-\u2010\u2011](?:run|owned|operated|funded|wide|managed|issued)(?![a-z])|\s+([a-z][a-z'’-]{2,}))/g;

/** Words after "City" that are not the noun it describes ("the best City in Canada", "this City is…"). */
const NOT_A_NOUN = new Set(
  ('and or nor but yet so for of in on at to by with from into onto over under than then that this these those which who whom whose ' +
    'is was are were be been being has had have will would can could should shall may might must does did do ever even ' +
    'too very really just also still now here there where when while if as like about after before since until around ' +
    'its his her their our your my all any some every each both either neither much many more most such what how why ' +
    'centre center limits life living folks people boy girl kid kids slicker slickers lights skyline vibes feels living').split(' '),
);

/** Capital words before "City" that do not make it part of a name: articles, possessives, sentence openers. */
const PLAIN_BEFORE = /^(?:The|A|An|Our|My|Your|Their|This|That|Every|Each|No|Any|Some|New|Brand|So|And|But|Why|How|Whole|Entire|Another|I)$/;

/**
 * "city crews" in lower case: the place has no crews, so it is the corporation's ("the city crews had our street cleared");
 * "the city finally planted…": an adverb then a verb other than looks/feels/is says the city acts.
 */
const CITY_CREWS = /(?<![a-z0-9])(?:city (?:crews?|trucks?|inspectors?|contractors?)|the city(?= (?:finally|just|still|now|already|never|always|actually|apparently) (?!(?:looks?|feels?|seems?|smells?|sounds?|sparkles?|glows?|is|was|has|gets?|got)(?![a-z]))[a-z]+))(?![a-z0-9])/g;

/** The extra City matters in `t`, in text order. */
export function cityAdjectiveTopics(t: NormalText): TopicMatch[] {
  const out: TopicMatch[] = [];
  if (t.norm.includes('city ')) {
    for (const m of matchAll(t.norm, CITY_CREWS)) {
      const span = toOriginal(t, m.index, m.index + m[0].length);
      out.push({ start: span.start, end: span.end, normStart: m.index, normEnd: m.index + m[0].length, topic: m[0] });
    }
  }
  if (!t.original.includes('City')) return out;
  for (const m of matchAll(t.original, CITY_BEFORE_NOUN)) {
    if (m[1] && (NOT_A_NOUN.has(m[1].toLowerCase()) || /ly$/.test(m[1]))) continue;
    const before = /([A-Za-z][\w'’.]*)[\s"“(]*$/.exec(t.original.slice(Math.max(0, m.index - 40), m.index));
    if (before && /^[A-Z]/.test(before[1]) && !PLAIN_BEFORE.test(before[1])) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const normStart = t.map.findIndex((o) => o >= start);
    let normEnd = normStart;
    while (normEnd < t.map.length - 1 && t.map[normEnd] < end) normEnd++;
    const span = toOriginal(t, normStart, normEnd);
    if (!out.some((o) => o.normStart === normStart)) out.push({ start: span.start, end: span.end, normStart, normEnd, topic: t.norm.slice(normStart, normEnd) });
  }
  return out.sort((a, b) => a.normStart - b.normStart);
}

/**
 * The City's short name ("Toronto", "Calgary") as the one who must act: "Calgary needs to stop…",
 * "Toronto should finally…", "Peterborough has to build…". A place cannot stop commissioning
 * studies; the corporation can. Team talk ("Toronto needs to win tonight") is left out.
 */
const ACTOR_CACHE = new Map<string, RegExp>();
function actorPattern(profile: Profile): RegExp | null {
  const short = profile.name.replace(/^(?:the\s+)?city\s+of\s+/i, '').trim().toLowerCase();
  if (!short || /\s/.test(short)) return null;
  let re = ACTOR_CACHE.get(short);
  if (!re) {
    re = new RegExp(
      `(?<![a-z0-9])(?<!(?:in|of|at|to|from|visit|visiting|around|near|outside|across|downtown|leave|left|love|miss|north|south|east|west) )${escapePhrase(short)}` +
        `(?= (?:(?:really|just|still|finally|seriously|desperately|clearly|badly|actually|honestly|urgently) )?` +
        `(?:needs? to|has to|have to|should(?:n['’]?t)?|must|ought to|has got to|can['’]?t keep|cannot keep|refuses to|keeps (?:on )?(?!(?:winning|losing|growing|getting|changing|surprising|amazing|impressing|shining|rocking)(?![a-z]))[a-z]+ing|` +
        `needs? (?:(?:way|a lot|far|much|so much) )?(?:more|fewer|less|better|a (?:real|new|better|proper|serious))(?! (?:goals?|scoring|offen[cs]e|defen[cs]e|depth|wins?|points|players?|luck|sleep|coffee|snow|sun|rain)(?![a-z])))` +
        ` (?!(?:win|score|beat|play|trade|sign|draft|make the playoffs|re ?sign|fire the coach|host|bid|be|have|feel|look|seem|love|miss|visit|see|try)(?![a-z]))[a-z])`,
      'g',
    );
    ACTOR_CACHE.set(short, re);
  }
  return re;
}

/** A City matter that is itself a demand on the City ("Calgary needs more bike lanes"): an opinion without another cue. */
export type DemandTopic = TopicMatch & { demand?: boolean };

/** "<City> needs to / should / must / needs more …": the City's short name as the subject of a demand. */
export function cityAsActorTopics(t: NormalText, profile: Profile): DemandTopic[] {
  const re = actorPattern(profile);
  if (!re || !/ (?:needs?|has|have|should|must|ought|can['’]?t|cannot|refuses|keeps) /.test(t.norm)) return [];
  const out: DemandTopic[] = [];
  for (const m of matchAll(t.norm, re)) {
    const span = toOriginal(t, m.index, m.index + m[0].length);
    out.push({ start: span.start, end: span.end, normStart: m.index, normEnd: m.index + m[0].length, topic: m[0], demand: true });
  }
  return out;
}

/**
 * The author's own place of work, named without "my": "this department", "the whole division",
 * "this office", "upper management", "management here". For a City employee that is a City unit, but only where the post shows it is
 * about their job, by naming their manager, boss, supervisor, team, shift or coworkers ("my
 * manager just cancelled summer vacation. this department is so badly run"); elsewhere "this
 * department" is as often a store's or a hospital's.
 */
const OWN_WORK = /(?<![a-z])(?:(?:my|our) (?:(?:new|direct|acting|interim|area|section|unit|division|branch|department|site|shift|team|senior) )?(?:manager|managers|boss|bosses|supervisor|supervisors|director|team ?lead|lead hand|foreman|forewoman|superintendent|coworkers?|co-workers?|colleagues?|team|crew|shift|workplace|employer|union steward)|at work)(?![a-z])/;
const WORKPLACE = /(?<![a-z])(?:(?:this|that|the|whole|entire)(?: (?:whole|entire|damn|stupid|bloody))? (?:department|dept|division|branch|directorate|section)(?! (?:store|stores|of (?:the )?(?:environment|health|justice|defen[cs]e|education|labou?r|transportation|motor|national)))|(?:this|that|the whole|the entire) (?:office|workplace)|(?:the |our )?(?:upper|senior|middle) management|the higher ups|(?=management)(?<=(?:^|[.!?,;:\n(]\s*|(?:^|\s)(?:the|and|but|so|while|because|then|now|and then) ))management(?= (?:here|has|have|is|are|was|were|just|still|keeps?|decided|cancel+ed|cut|refuses?|won['’]?t|doesn['’]?t|don['’]?t|never|always|clearly|really)(?![a-z])))(?![a-z])/g;

/** "this department", "the whole division": the author's own unit, when the post is about their job. */
export function ownWorkplaceTopics(t: NormalText): TopicMatch[] {
  if (!/(?:department|dept|division|branch|directorate|section|office|workplace|management|higher ups)/.test(t.norm) || !OWN_WORK.test(t.norm)) return [];
  const out: TopicMatch[] = [];
  for (const m of matchAll(t.norm, WORKPLACE)) {
    const span = toOriginal(t, m.index, m.index + m[0].length);
    out.push({ start: span.start, end: span.end, normStart: m.index, normEnd: m.index + m[0].length, topic: m[0] });
  }
  return out;
}

/** Shared topics plus the extra ones, by position, without overlaps (a shared topic wins). */
export function withCityAdjectives(topics: TopicMatch[], t: NormalText, profile?: Profile): DemandTopic[] {
  const extra = [...cityAdjectiveTopics(t), ...ownWorkplaceTopics(t), ...(profile ? cityAsActorTopics(t, profile) : [])].filter((e) => !topics.some((m) => e.normStart < m.normEnd && m.normStart < e.normEnd));
  if (extra.length === 0) return topics;
  return [...topics, ...extra].sort((a, b) => a.normStart - b.normStart);
}
