/**
 * Finds people the author presents as City staff: a name next to a job title ("my supervisor
 * Dave Lee", "Priya, our clerk") or to a workplace unit ("Karen in Payroll", "@jdoe from Parks"),
 * and any name the user listed as a colleague in the settings.
 */
import { CITY_DEPARTMENTS } from '../data/city-topics';
import { CITY_ROLES, LOWERCASE_UNITS, OFFICIAL_TITLES, PEER_ROLES, CIVIC_TITLES, PRIVATE_ROLE_WORDS, ROLE_QUALIFIERS, STAFF_GROUPS, UNIT_NOUNS, WEAK_UNIT_NOUNS, WORK_AREAS, WORK_PLACES, WORK_ROLES, YARD_NOT } from '../data/colleague-roles';
import { alternation, bounded, departmentMentions, escapePhrase, looksLikeUnit } from '../lib/city-topics';
import { normalize, normalized, toOriginal, type NormalText } from '../text';
import { HANDLE, handleOrName, knownFirstName, lowerNameAt, nameAt, nameBefore, personBefore, precedingWord, pronounFollows, withFollowing, withListed, type NameSpan } from './names';
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
const FROM_UNIT_RE = new RegExp(`(?:${MY_UNIT}|${YARD}|${alternation([...LOWERCASE_UNITS, ...WORK_PLACES], GAP)})(?![a-z0-9])`, 'y');
/** A unit description that a name follows: "the new guy on our crew, Tavish", "drinks with the permits crew tonight, Giselle…". */
const UNIT_THEN_NAME_RE = new RegExp(`${MY_UNIT}(?:\\s+(?:today|tonight|this\\s+(?:morning|afternoon|week)))?(?![a-z0-9])(?=[ \\t]*,)`, 'y');
/** Where those two may start: right after a preposition. The big patterns then run anchored there only, which is much faster. */
const PREPOSITION_RE = /(?<![a-z0-9])(from|on|in|of|at|with|to)\s+/g;

let lastPrepositions: { norm: string; list: RegExpExecArray[] } = { norm: '', list: [] };

/** Matches of the sticky `re` right after a preposition in `allowed`; index is the preposition's. */
function afterPrepositions(norm: string, re: RegExp, allowed: ReadonlySet<string>): { index: number; end: number }[] {
  const out: { index: number; end: number }[] = [];
  // Both callers scan the same text: its prepositions are found once.
  if (lastPrepositions.norm !== norm) lastPrepositions = { norm, list: matchAll(norm, PREPOSITION_RE) };
  for (const p of lastPrepositions.list) {
    if (!allowed.has(p[1])) continue;
    re.lastIndex = p.index + p[0].length;
    const m = re.exec(norm);
    if (m) out.push({ index: p.index, end: re.lastIndex });
  }
  return out;
}
const FROM_PREPS = new Set(['from', 'on', 'in', 'of', 'at']);
const THEN_PREPS = new Set(['on', 'in', 'from', 'with', 'to']);
/** After a name: "Liam, my partner on the inspection team", "Deshawn, who just joined our branch". */
const UNIT_APPOSITION_RE = new RegExp(
  `(?:(?:my|our)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:on|in|from|at)|who\\s+(?:just\\s+|recently\\s+|has\\s+|have\\s+)?(?:joined|started\\s+(?:in|on|with)|transferred\\s+(?:to|into)|moved\\s+(?:over\\s+)?to|works\\s+(?:in|on|with)))\\s+(?:${MY_UNIT}|${ANY_UNIT})(?![a-z])`,
  'y',
);
/** Where an apposition may start: ", my…", ", our…" or ", who…"; the costly pattern runs anchored there. */
const APPOSITION_START = /[,(–—]\s*(?=(?:my|our|who)\s)|[(–—]\s*(?=(?:he|she)\s)/g;
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
/** After a welcomed name, a City unit written as a name: "… Daniel Park to Engineering & Construction Services", "… to Calgary Transit". */
const TO_DEPARTMENT_RE = new RegExp(
  `^[ \\t]+(?:to|into)[ \\t]+(?:the[ \\t]+)?(?:[\\p{L}&'’-]+[ \\t]+){0,2}?(${alternation(CITY_DEPARTMENTS.filter((d) => !/^(?:it|i\\.t\\.|311|city hall)$|desk|counter|depot|yard/.test(d)), '[ \\t]+')})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** After "welcome ": "to the team, Sam!" (anchored at the end of WELCOME_RE's match). */
const WELCOME_TO_UNIT_RE = new RegExp(`(?:to|into)\\s+${MY_UNIT}[ \\t]*[,!]*[ \\t]*`, 'y');
/** Working alongside someone: "another shift with Gurpreet", "working the front counter with Bev". */
const WORK_WITH_RE = /(?<![a-z])(?:(?:work(?:ing|ed|s)?|shifts?)(?:\s+(?!out(?![a-z]))[a-z'’]+){0,4}?\s+(?:with|under)|report(?:ing|ed|s)?\s+(?:directly\s+)?to)\s+/g;

/** One named out of a staff group: "thanks to the inspectors in Building, especially Farah Qureshi". */
const SINGLED_OUT_RE = new RegExp(
  bounded(`(?:${STAFF_GROUPS.join('|')}|${WORK_ROLES.filter((r) => r.endsWith('s?')).map((r) => r.slice(0, -1)).join('|')})`.replace(/ /g, GAP) + `|${MY_UNIT}`) +
    `[^.!?\\n]{0,60}?,?\\s+(?:especially|particularly|notably|including|and especially)\\s+`,
  'g',
);

/** A title before the one singled out: "especially our summer lead Aaliyah" (not "our sponsor Tim Hortons"). */
const DESCRIBED_RE = new RegExp(`^(?:my|our)\\s+(?:[a-z&'’-]+\\s+){0,2}?(?:${PEER}|${WORK}|${CITY})\\s+`);

const SINGLED_OUT_GATE = /(?:especially|particularly|notably|including)\s/;

const CIVIC = alternation(CIVIC_TITLES, GAP);
/** A civic title after a name with "the": "Kudos to Nils, the arborist who saved the maple" (not "Dave, the plumber"). */
const THE_CIVIC_RE = new RegExp(`[,(–—]\\s*the\\s+(?:(?:${QUALIFIERS})\\s+){0,2}(?:arborists?|foresters?|horticulturists?|crossing\\s+guards?|(?:by-?\\s?law|enforcement|parking)\\s+officers?|dispatchers?|lead\\s+hands?|fore(?:man|woman))(?![a-z])`, 'g');
/** A private setting right after a title: "the lifeguard at our cottage lake", "the planner for our wedding". */
const PRIVATE_TAIL_RE = new RegExp(`^[^.!?,;]{0,40}?(?<![a-z])(?:${alternation([...PRIVATE_ROLE_WORDS, 'cottage', 'lake', 'camp', 'resort', 'hotel', 'store', 'shop', 'mall', 'gym', 'company', 'firm', 'agency', 'bank', 'restaurant', 'hospital', 'taxi', 'dealership', 'parents?', 'pta', 'condo board'], '\\s+')})(?![a-z])`);
/** A City unit in brackets after a name: "Gemma Walsh (Parks Planning)". */
const PAREN_UNIT_RE = new RegExp(`\\(\\s*(?:the\\s+)?(${alternation(CITY_DEPARTMENTS.filter((d) => !/^(?:it|i\\.t\\.)$|desk|counter/.test(d)))})(?![a-z0-9])[^()]{0,40}\\)`, 'g');

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
  // "our team lead on the parent committee, Raj": a private setting between the title and the name.
  if (rest) return PRIVATE_TAIL_RE.test(normalize(rest[0]).norm) ? null : handleOrName(text, index + rest[0].length, notNames);
  const clause = text.slice(index, index + 80);
  const named = /named|called/i.test(clause) && NAMED_AFTER_TITLE.exec(clause);
  if (named) return handleOrName(text, index + named[0].length, notNames);
  return owned ? lowerNameAt(text, at, notNames) : null;
}

/** A title, then the person described and named in the same clause: "my replacement, a 23-year-old named Brody", "our inspector, a guy called Rocco". */
const NAMED_AFTER_TITLE = /^[^.!?\n]{0,40}?(?<![\p{L}\p{N}])(?:an?[ \t]+(?:[^\s.!?,]+[ \t]+){0,3}?(?:named|called)|named)[ \t]+/iu;

const OWN = '(?:my|our)\\s+';
/** Any words between "my/our" and a title, but not a possessive ("my mom's supervisor") or a private hire ("our wedding planner"). */
const LOOSE_WORDS = `(?:(?!(?:${alternation(PRIVATE_ROLE_WORDS, '\\s+')})(?![a-z]))(?![a-z-]+['’]s?\\s)[a-z&'’-]+\\s+){1,3}`;
/** "Anneliese, our crossing guard coordinator", "Ike Nwosu, our senior financial analyst". */
const LOOSE_APPOSITION_RE = new RegExp(`${OWN}${LOOSE_WORDS}(?:${PEER}|${WORK})(?![a-z])`, 'y');
/** "our crossing guard coordinator Anneliese" (any words before the title). */
const LOOSE_OWNED_RE = new RegExp(`${OWN}${LOOSE_WORDS}(?:${PEER}|${WORK})(?![a-z0-9])`, 'y');
/** Where "my"/"our" start: the costly pattern runs anchored there only. */
const OWN_RE = /(?<![a-z0-9])(?:my|our)\s/g;

/** Places staff work at, for going there with someone: "carpooling to the works yard with Dominika", "at the office with Sam". */
const PLACE = `(?:${alternation(WORK_PLACES, '\\s+')}|${YARD})`;
const PLACE_BEFORE_WITH_RE = new RegExp(
  `(?<![a-z])(?:(?:at|from|to)\\s+(?!work\\s)${PLACE}|(?:at|from)\\s+work|(?:carpool|driv|drove|rid|rode|walk|bik|cycl|commut|head|bus)[a-z]*\\s+to\\s+work)\\s+$`,
);
const WITH_RE = /\swith\s+/g;

/** What may follow a name that ends its phrase: punctuation, the end, or a function word. */
const ENDS_PHRASE = /^(?:[ \t]*(?:[.,!?;:)\n]|$)|[ \t]+(?:every|each|and|&|to|from|on|at|for|today|tonight|this|all|since|again|in|after|before|who|when|because|while|until|now|lately|these|most)(?![\p{L}]))/u;

/** The head of one's unit: "the new head of our department, Clive", "manager of my section Dave". */
const OF_OWN_RE = /(?<![a-z])(head|chief|director|manager|supervisor|boss|lead)\s+of\s+(?:my|our)\s+$/;
const OF_OWN_AT_RE = /\sof\s+(?:my|our)\s+/g;
const HEAD_OF_UNIT_RE = new RegExp(`(?:[a-z&'’-]+\\s+){0,2}?(?:${UNIT})(?![a-z0-9])`, 'y');

/** The function a person runs inside a unit: "who runs Transit scheduling", "who manages Roads dispatch". */
const RUN_FUNCTIONS = ['scheduling', 'dispatch', 'planning', 'operations', 'intake', 'payroll', 'billing', 'maintenance', 'enforcement', 'inspections?', 'permits?', 'licensing', 'programming', 'communications', 'training', 'budgets?', 'hiring', 'procurement', 'service', 'design'].join('|');
/** Units and sites one may run, lead or leave, after "who": "the guy who runs our fleet garage, Wojtek". */
const RUN_PLACE = `(?:(?:my|our)\\s+${LOOSE_WORDS.replace('{1,3}', '{0,3}?')}(?:${UNIT}|${WEAK_UNIT}|garage|yard|depot|plant|station|site|counter)|${YARD}|the\\s+city|(?:[a-z&'’-]+\\s+)?(?:${alternation(CITY_DEPARTMENTS.filter((d) => !/^(?:it|i\\.t\\.|311)$/.test(d)))})(?:\\s+(?:${RUN_FUNCTIONS}))?)`;
const RUN_VERB = `(?:(?:just|recently|now|still|also)\\s+)?(?:runs|ran|manages|managed|leads|led|supervises|heads|oversees|handles|does|schedules|coordinates|is\\s+in\\s+charge\\s+of|works\\s+(?:in|at|on|for)|(?:is\\s+|was\\s+)?(?:leaving|left|retiring\\s+from|retired\\s+from)|has\\s+been\\s+(?:with|in|at)|(?:started|began|worked)\\s+(?:in|at|with|for)|joined|transferred\\s+(?:to|into)|moved\\s+(?:over\\s+)?to)`;
/** Role described by a relative clause, then the name: "the guy who runs our fleet garage, Wojtek". */
const RUNS_THEN_NAME_RE = new RegExp(`(?<![a-z])(?:(?:who|that)\\s+${RUN_VERB}|(?<=(?:guy|gal|woman|man|lady|person|fellow|dude|one)\\s+)(?:in\\s+charge\\s+of|running|managing|heading|handling))\\s+${RUN_PLACE}(?![a-z])[ \\t]*,[ \\t]*`, 'y');
/** Where RUNS_THEN_NAME_RE may start: the costly pattern runs anchored there only. */
const RUNS_CUE_RE = /(?:who|that|in\s+charge|running|managing|heading|handling)\s/g;

/**
 * The matches `matchAll` would give for RUNS_THEN_NAME_RE made global. Each starts with a cue word
 * after a non-letter, and a cue's own match (the word and a space) holds no other start, so trying
 * the sticky pattern at each cue past the last match finds the same matches.
 */
function runsThenName(norm: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const c of matchAll(norm, RUNS_CUE_RE)) {
    if (c.index < end) continue;
    RUNS_THEN_NAME_RE.lastIndex = c.index;
    const m = RUNS_THEN_NAME_RE.exec(norm);
    if (m) { out.push(m); end = m.index + m[0].length; }
  }
  return out;
}
/** After "Name, who …": "Hélène Gagnon, who is leaving Corporate Finance after 11 years". */
const WHO_RUNS_RE = new RegExp(`(?:who|(?<=[(–—]\\s*)(?:he|she))\\s+${RUN_VERB}\\s+${RUN_PLACE}(?![a-z])`, 'y');

/** Two people doing the job together: "Priyanka and me on the same shift", "@dee_plans and I presented the plan". */
const AND_RE = /(?<![a-z])(?:and|&)\s+/g;
const ME_AFTER_RE = /(?:me|i|myself)(?![a-z'’])/y;
const ME_BEFORE_RE = /(?:^|[^a-z])(?:me|i)\s+$/;
const PAIR_WORK_RE = new RegExp(
  `^[^.!?\\n]{0,100}?(?<![a-z])(?:(?:on|in|for)\\s+the\\s+same\\s+(?:[a-z]+\\s+){0,2}?(?:shift|crew|truck|rotation|call|site\\s+visit)s?|(?:co-?)?presented\\s+(?:the|our|a)\\s+(?:[a-z0-9'’-]+\\s+){0,4}?(?:plan|report|proposal|budget|study|by-?law|strategy|findings|update)|(?:patrolled|plowed|ploughed)\\s|(?:at|from)\\s+${PLACE}(?![a-z])|(?:our|the)\\s+(?:[a-z]+\\s+){0,2}?(?:inspection|shift|patrol|rounds|site\\s+visit|audit)s?\\s+together)`,
);

/** Getting a post: "Trevor Mbeki got the foreman job" ("the lead role in the play" is not a post). */
const POST_ROLES = alternation([...WORK_ROLES, ...CITY_ROLES].filter((r) => !/^leads\?$|^leaders\?$/.test(r)), GAP);
const GOT_POST_RE = new RegExp(
  `(?<![a-z])(?:got|landed|snagged|was\\s+(?:given|offered|handed)|is\\s+getting|applied\\s+for)\\s+(?:the|a|an|that|this|my)\\s+(?:[a-z-]+\\s+){0,2}?(?:${POST_ROLES})\\s+(?:job|position|role|posting|spot|gig|promotion)(?![a-z])`,
  'g',
);
/** "at Costco", "for Tim Hortons": another employer named in `rest` (a City department or the City's own name is not one). */
function outsideEmployer(rest: string, notNames: ReadonlySet<string>): boolean {
  const m = /(?<![\p{L}])(?:at|with|for|from|of)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’&-]*)/u.exec(rest);
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/['’]s$/, '');
  return !/^(?:city|council|committee|ward)$/.test(word) && !notNames.has(word) && !DEPARTMENT_IN_RE.test(word);
}

/** Someone close to the author, not a coworker: "my brother Devin got the manager job". */
const KIN = new Set(['mom', 'dad', 'mother', 'father', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'partner', 'spouse', 'friend', 'bestie', 'cousin', 'aunt', 'uncle', 'niece', 'nephew', 'kid', 'neighbour', 'neighbor', 'roommate', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancée', 'grandma', 'grandpa', 'bro', 'sis']);

/** Who brought the author in: "Sharon Kowalczyk … hired me into Waste & Recycling", "Dave trained me at the City". */
const HIRED_ME_RE = new RegExp(
  `(?<![a-z])(?:hired|trained|mentored|onboarded|recruited|supervised)\\s+me\\s+(?:into|in|at|for|to|on)\\s+(?:the\\s+city(?![a-z])|(?:the\\s+|our\\s+)?(${alternation(CITY_DEPARTMENTS)})(?![a-z0-9])|${MY_UNIT}(?![a-z])|(?=[a-z]+(?:\\s+[a-z]+)?\\s+(?:&|and)\\s+[a-z]))`,
  'g',
);
/**
 * A unit named as two capitalised words joined by "&" or "and", one of them a City department
 * or work area: "Waste & Recycling", "Parks and Recreation", "Roads & Traffic Services" (original text).
 */
const AREA_WORD = new RegExp(`^(?:${alternation([...WORK_AREAS, ...CITY_DEPARTMENTS.filter((d) => /^[a-z]+$/.test(d) && d !== 'it')])})$`, 'i');
const AMP_BEFORE_RE = /(?<![\p{L}\p{N}])(?:in|from|at|with|of|into)[ \t]+(?:the[ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)$/u;
const AMP_AFTER_RE = /[ \t](?:&|and)[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+Services)?(?![\p{L}\p{N}])/uy;
const isAmpUnit = (m: AmpUnit) => m.words.some((w) => AREA_WORD.test(w));
const AMP_RE = /[ \t](?:&|and)[ \t]+[A-Z]/g;
interface AmpUnit { index: number; end: number; words: string[] }
/** Every "in Waste & Recycling"-like unit, found from its "&"/"and" (cheap) rather than by scanning the whole text. */
function ampUnits(text: string): AmpUnit[] {
  const out: AmpUnit[] = [];
  for (const a of text.includes('&') || text.includes(' and ') ? matchAll(text, AMP_RE) : []) {
    const from = Math.max(0, a.index - 45);
    const before = AMP_BEFORE_RE.exec(text.slice(from, a.index));
    AMP_AFTER_RE.lastIndex = a.index;
    const after = before && AMP_AFTER_RE.exec(text);
    if (after) out.push({ index: from + before.index, end: AMP_AFTER_RE.lastIndex, words: [...before[1].split(/[ \t]+/), after[1]] });
  }
  return out;
}

/**
 * Someone at a City unit's counter or desk, then the name: "the new guy at the Public Works
 * counter, Trevor". The words before the comma must name a City department.
 */
const PERSON_AT_UNIT_RE = new RegExp(
  `(?<![a-z])(?:guy|gal|woman|man|lady|person|kid|fellow|dude|girl|boy|one)\\s+(?:at|from|in|on|behind)\\s+(?:the|our|my)\\s+((?:[a-z&'’-]+\\s+){0,4}?(?:counter|desk|office|window|wicket|${UNIT}|${WEAK_UNIT}|yard|depot|garage|plant))[ \\t]*,$`,
);
const COMMA_RE = /,[ \t]*/g;
const PERSON_AT_GATE = /(?:guy|gal|woman|man|lady|person|kid|fellow|dude|girl|boy|one)\s+(?:at|from|in|on|behind)\s+(?:the|our|my)\s/;
const DEPARTMENT_IN_RE = new RegExp(bounded(alternation(CITY_DEPARTMENTS.filter((d) => !/^(?:it|i\\.t\\.)$|desk|counter/.test(d)))));
/** An official's title ending here: "City Manager" before "Paul Johnson" is public business. */
const OFFICIAL_END_RE = new RegExp(`(?<![a-z])(?:${OFFICIAL_TITLES.join('|')})$`);

/** Departments that are also services people buy or meet privately ("my tax guy", "the parking guy at the mall", "the building super"). */
const PRIVATE_SERVICES = /^(?:it|i\\|tax|finance|accounting|legal|real estate|billing|\(\?:water|communications|housing|water|fire|ems|customer service|technology services|information technology|operations|infrastructure|engineering|facilities|recreation|transit|planning|parking|buildings?|traffic|dispatch|transportation|call|the|\(\?:the)(?![a-z])/;

/** "our payroll guy Stefan", "the bylaw lady, Marta": a person known by the City unit they work in. */
const UNIT_PERSON_RE = new RegExp(
  bounded(`(?:my|our|the)\\s+(?:${alternation(CITY_DEPARTMENTS.filter((d) => !/[\\[]/.test(d) && !PRIVATE_SERVICES.test(d)), '\\s+')})\\s+(?:guy|gal|lady|woman|man|person|dude|girl|agent|rep|worker|staffer|employee|${CIVIC})`),
  'g',
);
const UNIT_PERSON_GATE = new RegExp(`(?:guy|gal|lady|woman|man|person|dude|girl|agent|rep|worker|staffer|employee|${CIVIC})\\s`);

/** Being given a post: "they made Gordon the acting supervisor", "appointed Ada Lee as our new clerk". */
const MADE_ROLE_RE = new RegExp(`^[ \\t]+(?:as\\s+)?(?:the|our|my|a|an)\\s+(?:(?:${QUALIFIERS})\\s+){0,3}(?:${WORK}|${CITY})(?![a-z])`);
const MADE_RE = /(?<![a-z])(?:made|named|appointed|promoted|picked|chose|tapped)\s+/g;

/** "Claude Morin, manager of Recreation programs": a title and a City unit after a name. */
const TITLE_OF_UNIT_RE = new RegExp(
  `(?:(?:the|a|an|our)\\s+)?(?:(?:${QUALIFIERS})\\s+){0,2}(?:${WORK}|${CITY})\\s+(?:of|in|at|for|with)\\s+(?:the\\s+|our\\s+)?(${alternation(CITY_DEPARTMENTS.filter((d) => !/^(?:it|i\\.t\\.|311)$|desk|counter/.test(d)))})(?![a-z0-9])`,
  'y',
);
const TITLE_START = /[,(–—]\s*(?=[a-z])/g;

/** Names addressed after a group of coworkers: "Lunch with my old coworkers from Roads, miss you Trevor and Jas!" */
const STAFF_PLURAL_RE = new RegExp(bounded(`(?:my|our)\\s+(?:(?:${QUALIFIERS})\\s+){0,2}(?:co\\s?-?workers|colleagues|workmates)`));
const VOCATIVE_RE = /(?<![a-z])(?:miss|love|thank)\s+(?:you|ya|u)(?:\s+(?:guys|all|both))?[ \t]*,?[ \t]*/g;

/** Capitalised name candidates in a sentence. */
const NAME_START_RE = /(?<![\p{L}\p{N}@'’])\p{Lu}/gu;

/** A job title written as a title before a name: "Transit Operator Sandeep Gill", "Arborist Kwame Asante". */
const TITLE_CASE_ROLE_RE = new RegExp(`(?:${[...CIVIC_TITLES, ...CITY_ROLES].join('|').replace(/ /g, '[ \\t]+')})[ \\t]+(?=[A-Z])`, 'iy');
/** Capitalised words of the original text, where a title may start. */
const CAPITALISED_RE = /(?<![A-Za-z0-9])[A-Z][a-z]/g;
const OFFICIAL_WORD_RE = new RegExp(`^(?:${OFFICIAL_TITLES.join('|')})$`);
/** Words after a capitalised title that make it a name of a thing: "Transit Operator Appreciation Day". */
const THING_WORDS = /^(?:day|week|month|year|award|awards|appreciation|training|program|programme|exam|course|job|jobs|position|positions|role|posting|postings|recruitment|conference|association|union|team|crew|services?|office|hall|centre|center|fair|session|sessions|meeting|class|certification|licen[cs]e|test|of|and|for)$/i;

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

/** "our own Jenna Morales", "our very own Sam": the author's group claiming a person, in a post about a work unit. */
const OUR_OWN_RE = /(?<![a-z])our\s+(?:very\s+)?own\s+/g;
/** Singling out a person by name, then saying who they are ("who…", "he/she…"): "I want to recognize Dana Ruiz, who…", "a shout-out to Omar for his…". */
const RECOGNIZE_RE = /(?<![a-z])(?:recogni[sz](?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|(?:shout[\s-]?outs?|kudos|props|hats?\s+off|gratitude|thank\s+you|thanks|congratulations|congrats|recognition|appreciation|farewell|goodbye|best\s+wishes|well\s+wishes)\s+(?:go(?:es)?\s+)?(?:out\s+)?to|thank(?:s|ed|ing)?|wish(?:es|ing)?)\s+/g;
const RECOGNIZE_GATE = /recogni|acknowledg|congrat|shout|kudos|props|hats?\s+off|gratitude|appreciation|thank|farewell|goodbye|wish/;
/** A work account's post speaks for a City work unit: "our Water Services team", "the Parks office", "my crew", a department by name. */
const WORK_UNIT_RE = new RegExp(`(?<![a-z])(?:(?:my|our)\\s+(?:[a-z&'’-]+\\s+){0,3}|the\\s+(?:[a-z&'’-]+\\s+){1,3})(?:${UNIT}|${WEAK_UNIT}|office|depot|yard)(?![a-z])|(?<![a-z])(?:my|our)\\s+(?:co-?workers|colleagues|staff)(?![a-z])`);
/** A City unit of the author's on any account: "our Transit crew", "my permits team" (not "our soccer team"). */
const MY_UNIT_RE = new RegExp(`(?<![a-z])(?:my|our|the)\\s+(?:[a-z]+\\s+)?(?:(?:${AREA})\\s+){1,2}(?:${UNIT}|${WEAK_UNIT})(?![a-z])`);
/** What may follow a singled-out name: the end of a phrase, a relative clause or the reason ("for", "on"). */
const AFTER_SINGLED = /^(?:[ \t]*(?:[.,!?;:)\n\u2013\u2014-]|$)|[ \t]+(?:who|for|on|and|as|after|this|today|a|all|the\s+best|well|luck|\p{Extended_Pictographic}))/u;

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
export function findColleagues(text: string, colleagues: readonly string[] = [], cityWords: readonly string[] = [], work = true): Mention[] {
  const t = normalized(text);
  const notNames = new Set(cityWords);
  const found: Mention[] = listedColleagues(t, colleagues);
  const placeUnit = placeUnitPattern(cityWords);
  for (const m of placeUnit && t.norm.match(placeUnit.gate) ? matchAll(t.norm, placeUnit.re) : []) {
    const name = personBefore(text, t.map[m.index], notNames);
    if (name) found.push(...withListed(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  for (const m of matchAll(t.norm, ROLE_RE)) {
    // Someone else's boss: "my mom's supervisor Dave".
    if (/['’]s\s*$/.test(t.norm.slice(Math.max(0, m.index - 3), m.index))) continue;
    // An official's title: "Interim Chief Librarian Moe Hosseini-Ara".
    if (OFFICIAL_WORD_RE.test(precedingWord(text, t.map[m.index]))) continue;
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
    const at = m.index + m[0].length;
    UNIT_APPOSITION_RE.lastIndex = at;
    WHO_RUNS_RE.lastIndex = at;
    LOOSE_APPOSITION_RE.lastIndex = at;
    const runEnd = WHO_RUNS_RE.test(t.norm) ? t.map[WHO_RUNS_RE.lastIndex] ?? text.length : -1;
    // "who moved to the city" is a place; "who joined the City" the employer. Another employer after the unit rules it out.
    const runs = runEnd >= 0 && !/the\s+city$/.test(text.slice(0, runEnd)) && !outsideEmployer(text.slice(runEnd, runEnd + 40), notNames);
    const clue = UNIT_APPOSITION_RE.test(t.norm) || runs || LOOSE_APPOSITION_RE.test(t.norm);
    const name = clue && nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  for (const m of / the /.test(t.norm) ? matchAll(t.norm, THE_CIVIC_RE) : []) {
    const after = toOriginal(t, m.index, m.index + m[0].length).end;
    if (outsideEmployer(text.slice(after, after + 40), notNames) || PRIVATE_TAIL_RE.test(t.norm.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of t.norm.includes('(') ? matchAll(t.norm, PAREN_UNIT_RE) : []) {
    const unit = toOriginal(t, m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length);
    // "(Planning Committee chair)" is a councillor's role.
    if (!looksLikeUnit(text.slice(unit.start, unit.end)) || /committee|council|chair|candidate|ward/.test(m[0])) continue;
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  const owned = /(?:my|our)\s/.test(t.norm);
  for (const o of owned ? matchAll(t.norm, OWN_RE) : []) {
    LOOSE_OWNED_RE.lastIndex = o.index;
    if (!LOOSE_OWNED_RE.test(t.norm)) continue;
    const name = afterTitle(text, toOriginal(t, o.index, LOOSE_OWNED_RE.lastIndex).end, notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of owned ? matchAll(t.norm, OF_OWN_AT_RE) : []) {
    const end = m.index + m[0].length;
    HEAD_OF_UNIT_RE.lastIndex = end;
    if (!OF_OWN_RE.test(t.norm.slice(Math.max(0, m.index - 12), end)) || !HEAD_OF_UNIT_RE.test(t.norm)) continue;
    const name = afterTitle(text, toOriginal(t, m.index, HEAD_OF_UNIT_RE.lastIndex).end, notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of /(?:who|that|charge\s+of|running|managing|heading|handling)\s/.test(t.norm) && t.norm.includes(',') ? runsThenName(t.norm) : []) {
    const name = handleOrName(text, toOriginal(t, m.index, m.index + m[0].length).end, notNames);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  for (const m of matchAll(t.norm, WITH_RE)) {
    if (!PLACE_BEFORE_WITH_RE.test(t.norm.slice(Math.max(0, m.index - 60), m.index + 1))) continue;
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = handleOrName(text, at, notNames);
    // One unknown capitalised word must end the phrase ("with Dominika every morning"), not qualify a noun ("with Halloween decorations").
    if (!name || /['’]s$/.test(name.name)) continue;
    if (!name.name.startsWith('@') && !name.name.includes(' ') && !knownFirstName(name.name, notNames) && !ENDS_PHRASE.test(text.slice(name.end, name.end + 20))) continue;
    found.push(...withFollowing(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  // The end of the sentence from `from`, looking at most 200 characters ahead (long texts stay linear).
  const sentenceEnd = (from: number) => { const m = /[.!?\n]/.exec(text.slice(from, from + 200)); return m ? from + m.index : Math.min(text.length, from + 200); };
  const amps = ampUnits(text);
  for (const m of amps) {
    if (text.startsWith('into', m.index) || !isAmpUnit(m)) continue;
    const name = personBefore(text, m.index, notNames);
    if (name) found.push(...withListed(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  for (const c of PERSON_AT_GATE.test(t.norm) ? matchAll(t.norm, COMMA_RE) : []) {
    const m = PERSON_AT_UNIT_RE.exec(t.norm.slice(Math.max(0, c.index - 90), c.index + 1));
    if (!m || (!/^(?:my|our)\s/.test(m[0].replace(/^\S+\s+\S+\s+/, '')) && !DEPARTMENT_IN_RE.test(m[1]))) continue;
    const name = handleOrName(text, toOriginal(t, c.index, c.index + c[0].length).end, notNames);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  const ands = matchAll(t.norm, AND_RE);
  for (const m of ands) {
    ME_AFTER_RE.lastIndex = m.index + m[0].length;
    if (!ME_AFTER_RE.test(t.norm)) continue;
    const at = t.map[m.index];
    // "Anjali and I …": a capitalised word right before "and I" is a name even at the start of a sentence.
    const name = personBefore(text, at, notNames) ?? nameBefore(text, at, notNames, true);
    const rest = text.slice(at, sentenceEnd(at) + 1);
    if (name && PAIR_WORK_RE.test(rest.toLowerCase()) && !outsideEmployer(rest, notNames)) found.push({ ...name, clue: 'unit' });
  }
  for (const m of ands) {
    if (!ME_BEFORE_RE.test(t.norm.slice(Math.max(0, m.index - 4), m.index))) continue;
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = handleOrName(text, at, notNames);
    const rest = name ? text.slice(name.end, sentenceEnd(name.end) + 1) : '';
    if (name && PAIR_WORK_RE.test(rest.toLowerCase()) && !outsideEmployer(rest, notNames)) found.push({ ...name, clue: 'unit' });
  }
  // The pattern first and the cue test only when it found something: the pattern costs less than the test.
  const gotPosts = matchAll(t.norm, GOT_POST_RE);
  for (const m of gotPosts.length && /(?:got|landed|snagged|given|offered|handed|getting|applied\s+for)\s+(?:the|a|an|that|this|my)\s/.test(t.norm) ? gotPosts : []) {
    // "… got the manager job at Costco": another employer, unless it is the City itself.
    const after = toOriginal(t, m.index, m.index + m[0].length).end;
    if (outsideEmployer(/^[ \t]+(?:at|with|for)[ \t]/.test(text.slice(after)) ? text.slice(after, after + 60) : '', notNames)) continue;
    const name = nameBefore(text, t.map[m.index], notNames);
    if (name && !KIN.has(precedingWord(text, name.start))) found.push({ ...name, clue: 'title' });
  }
  for (const m of /(?:hired|trained|mentored|onboarded|recruited|supervised)\s+me\s/.test(t.norm) ? matchAll(t.norm, HIRED_ME_RE) : []) {
    if (m[1]) {
      const unit = toOriginal(t, m.index + m[0].lastIndexOf(m[1]), m.index + m[0].lastIndexOf(m[1]) + m[1].length);
      if (!looksLikeUnit(text.slice(unit.start, unit.end))) continue;
    } else if (/(?:&|and)\s+[a-z]/.test(t.norm.slice(m.index + m[0].length - 1, m.index + m[0].length + 40))) {
      // Only an "X & Y" unit followed: it must be a City unit as written ("into Waste & Recycling").
      const at = toOriginal(t, m.index, m.index + m[0].length).end;
      const amp = amps.find((a) => a.index < at && a.end > at);
      if (!amp || !isAmpUnit(amp)) continue;
    }
    // The one who hired: the first name in the sentence before the verb.
    const end = t.map[m.index];
    const from = Math.max(0, end - 120);
    const window = text.slice(from, end);
    const start = from + Math.max(0, ...['.', '!', '?', '\n'].map((c) => window.lastIndexOf(c) + 1));
    for (const c of matchAll(text.slice(start, end), NAME_START_RE)) {
      const name = nameAt(text, start + c.index, notNames);
      if (name && !KIN.has(precedingWord(text, name.start))) { found.push({ ...name, clue: 'title' }); break; }
    }
  }
  for (const c of matchAll(text, CAPITALISED_RE)) {
    TITLE_CASE_ROLE_RE.lastIndex = c.index;
    const m = TITLE_CASE_ROLE_RE.exec(text);
    if (!m) continue;
    const title = text.slice(Math.max(0, m.index - 30), m.index + m[0].length).trimEnd().toLowerCase().replace(/\s+/g, ' ');
    if (!/^\p{Lu}/u.test(m[0]) || /^(?:my|our)$/.test(precedingWord(text, m.index)) || OFFICIAL_WORD_RE.test(precedingWord(text, m.index)) || OFFICIAL_END_RE.test(title)) continue;
    const name = nameAt(text, m.index + m[0].length, notNames);
    if (!name || name.name.split(' ').some((w) => THING_WORDS.test(w)) || outsideEmployer(text.slice(name.end, name.end + 40).replace(/^[ \t]+(?=(?:at|with|for|from)[ \t])/, ' '), notNames)) continue;
    if (name.name.includes(' ') || knownFirstName(name.name, notNames)) found.push({ ...name, clue: 'title' });
  }
  // The pattern first and the gate only when it found something: the pattern costs less than the gate.
  const unitPersons = matchAll(t.norm, UNIT_PERSON_RE);
  for (const m of unitPersons.length && UNIT_PERSON_GATE.test(t.norm) ? unitPersons : []) {
    if (PRIVATE_TAIL_RE.test(t.norm.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const name = afterTitle(text, toOriginal(t, m.index, m.index + m[0].length).end, notNames, true);
    if (name) found.push({ ...name, clue: 'unit' });
  }
  for (const m of /(?:made|named|appointed|promoted|picked|chose|tapped)\s/.test(t.norm) ? matchAll(t.norm, MADE_RE) : []) {
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = nameAt(text, at, notNames, true);
    const rest = name ? normalize(text.slice(name.end, name.end + 80)).norm : '';
    const role = name && MADE_ROLE_RE.exec(rest);
    if (name && role && !outsideEmployer(text.slice(name.end + role[0].length, name.end + role[0].length + 40), notNames)) found.push({ ...name, clue: 'title' });
  }
  for (const m of t.norm.includes(',') || t.norm.includes('(') ? matchAll(t.norm, TITLE_START) : []) {
    TITLE_OF_UNIT_RE.lastIndex = m.index + m[0].length;
    const role = TITLE_OF_UNIT_RE.exec(t.norm);
    if (!role) continue;
    const unitAt = toOriginal(t, role.index + role[0].length - role[1].length, role.index + role[0].length);
    if (!looksLikeUnit(text.slice(unitAt.start, unitAt.end)) || outsideEmployer(text.slice(unitAt.end, unitAt.end + 40), notNames)) continue;
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  for (const m of /(?:miss|love|thank)\s+(?:you|ya|u)/.test(t.norm) ? matchAll(t.norm, VOCATIVE_RE) : []) {
    const window = t.norm.slice(Math.max(0, m.index - 200), m.index);
    const sentence = window.slice(Math.max(...['.', '!', '?', '\n'].map((c) => window.lastIndexOf(c) + 1)));
    if (!STAFF_PLURAL_RE.test(sentence)) continue;
    const name = handleOrName(text, toOriginal(t, m.index, m.index + m[0].length).end, notNames);
    if (name) found.push(...withFollowing(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  const welcome = t.norm.includes('welcom');
  for (const m of welcome ? matchAll(t.norm, WELCOME_RE) : []) {
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const name = nameAt(text, at, notNames, true);
    const after = normalize(text.slice(name?.end ?? 0, (name?.end ?? 0) + 80)).norm;
    const dept = name && !TO_UNIT_RE.test(after) ? TO_DEPARTMENT_RE.exec(text.slice(name.end, name.end + 80)) : null;
    // The unit as written ("to Finance", not "to finance the trip"), not a council body ("to Budget Committee").
    const deptOk = !!dept && looksLikeUnit(dept[1]) && !/^[ \t]+(?:committee|council|board)/i.test(text.slice(name!.end + dept[0].length, name!.end + dept[0].length + 12));
    if (name && (TO_UNIT_RE.test(after) || AS_ROLE_RE.test(after) || deptOk)) found.push({ ...name, clue: 'unit' });
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
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    // "especially our summer lead Aaliyah": a description of the person may come before the name.
    DESCRIBED_RE.lastIndex = 0;
    const described = DESCRIBED_RE.exec(normalize(text.slice(at, at + 60)).norm);
    const name = handleOrName(text, at, notNames) ?? (described ? handleOrName(text, at + described[0].length, notNames) : null);
    if (name) found.push(...withFollowing(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  for (const m of matchAll(t.norm, WORK_WITH_RE)) {
    const at = toOriginal(t, m.index, m.index + m[0].length).end;
    const handle = HANDLE.exec(text.slice(at));
    if (handle) { found.push({ start: at, end: at + handle[0].length, name: handle[0], clue: 'unit' }); continue; }
    const name = nameAt(text, at, notNames, true);
    // A capitalised word dropped after the name made it a place ("report to Nathan Phillips Square").
    if (name && /^[ \t]+\p{Lu}/u.test(text.slice(name.end, name.end + 3))) continue;
    if (name && (knownFirstName(name.name.split(' ')[0], notNames) || pronounFollows(text, name.end))) found.push({ ...name, clue: 'unit' });
  }
  for (const m of matchAll(t.norm, APPOSITION_RE)) {
    const name = nameBefore(text, t.map[m.index], notNames, true);
    if (name) found.push({ ...name, clue: 'title' });
  }
  const depts = departmentMentions(t);
  for (const d of depts) {
    const name = personBefore(text, d.prepStart, notNames);
    if (name) found.push(...withListed(text, name, notNames).map((n) => ({ ...n, clue: 'unit' as const })));
  }
  // A person named as one of "our own", or singled out for recognition, where the post speaks for a work unit.
  const ourOwn = t.norm.includes('own ');
  const recognize = RECOGNIZE_GATE.test(t.norm);
  // On a work account any team of ours is a City team; on a personal one only a City unit counts (not "our soccer team").
  if ((ourOwn || recognize) && ((work && WORK_UNIT_RE.test(t.norm)) || depts.length > 0 || MY_UNIT_RE.test(t.norm))) {
    for (const [re, on] of [[OUR_OWN_RE, ourOwn], [RECOGNIZE_RE, recognize]] as const) {
      for (const m of on ? matchAll(t.norm, re) : []) {
        const at = toOriginal(t, m.index, m.index + m[0].length).end;
        const name = nameAt(text, at, notNames);
        if (!name || OFFICIAL_WORD_RE.test(precedingWord(text, name.start)) || KIN.has(precedingWord(text, name.start))) continue;
        if (!name.name.includes(' ') && !knownFirstName(name.name, notNames)) continue;
        const rest = text.slice(name.end, name.end + 40);
        if ((re === RECOGNIZE_RE && !(AFTER_SINGLED.test(rest) && (/^[ \t]*,?[ \t]+who(?:se)?(?![a-z])/.test(rest) || pronounFollows(text, name.end)))) || /^['’]s/.test(rest) || outsideEmployer(rest.replace(/^[ \t]*,?[ \t]*(?:who[ \t]+\S+[ \t]+)?/, ' '), notNames)) continue;
        found.push({ ...name, clue: re === OUR_OWN_RE ? 'unit' : 'title' });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => i === 0 || f.start >= found[i - 1].end);
}
