import {
  BIDS, CLOSED_MEETING, CREDENTIAL_KEYS, CREDENTIAL_VERB, HR_MATTER, LEGAL_ADVICE, PASSWORD_WORDS, SECURITY_GAP, USER_PASS, OPENS_WITH, BARGAINING_CONTEXT, BARGAINING_POSITION, HR_SANCTION, EVALUATION_LEAD, FICTION_FRAME, NETWORK_CONTEXT, NETWORK_KEY, CREDENTIAL_ASIDE, PROCUREMENT, EMPLOYEE, CUT_LIST, CUT_LIST_PERSON, CREDENTIAL_THEN, GOSSIP_SCANS, HR_DOCUMENTS, OPEN_FOLDER, LOCKED_IS_CODE, LEAK, LEAK_EXCLUDE, PROMISE_CUES, SCHEDULE_CUES, SERVICE_AFTER, SERVICE_BEFORE, READER_MAY, SECRECY_MARKERS, UNANNOUNCED, GOSSIP_MARKERS, WORK_CONTEXT,
} from './data/confidential-phrases';
import { finding } from './finding';
import { departmentMentions, firstCityTopic } from './lib/city-topics';
import { normalized, toOriginal } from './text';
import type { Finding, Rule } from './types';
import { matchAll } from './lib/match-all';

const MARKERS = new RegExp(`\\b(?:${SECRECY_MARKERS.join('|')})(?![\\w-])`, 'g');
const GOSSIP = new RegExp(`\\b(?:${GOSSIP_MARKERS.join('|')})(?![\\w-])`, 'g');
const WORK = new RegExp(WORK_CONTEXT);
const NOT_YET = new RegExp(`\\b(?:${UNANNOUNCED.join('|')})(?![\\w-])`, 'g');
const PROMISE = new RegExp(PROMISE_CUES);
const CLOSED = new RegExp(`\\b${CLOSED_MEETING}(?![\\w-])`, 'g');
const SCHEDULE = new RegExp(SCHEDULE_CUES);
const LEAKS = new RegExp(LEAK, 'g');
const LEAK_NOT = new RegExp(LEAK_EXCLUDE);
const CONFIDENTIAL = /\b(?:strictly |highly )?confidential(?:ly)?\b/g;
const SERVICE_PRE = new RegExp(SERVICE_BEFORE);
const SERVICE_POST = new RegExp(SERVICE_AFTER);
const READER = new RegExp(READER_MAY);
/** "Between us, …" as an aside, not "a partnership between us and the YMCA". */
const ASIDE = /(?:^|[.!?(\n:;,-]\s*|\b(?:just|strictly|but|and|so|ok|okay) )between (?:us|you and me|ourselves|the two of us|the (?:three|few) of us)(?=\s*[,.!:;)…-]|\s*$)/g;
/**
 * Keyword, then an optional qualifier ("for the Parks Instagram", "at the Civic Centre", "to get
 * into the dock") with no verb in it, then "is" / ":" / "changed to", then the value (and "user /
 * pass"); or a password word followed directly by a value with a digit ("password Chinook2025").
 */
const VALUE = '(\\S+(?:\\s*/\\s*(?!(?:pw|pwd|pass|password|pin)\\b)\\S+)?)';
const QUALIFIER = '(?: (?:for|to|on|of|at|in|into|inside|by|to get into|to open)\\b(?:(?!\\b(?:is|are|was|were)\\b)[^.:!?\\n]){1,50}?)?';
const CREDENTIAL = new RegExp(`\\b(?:${CREDENTIAL_KEYS}${QUALIFIER}\\s*${CREDENTIAL_VERB}\\s*|${PASSWORD_WORDS} (?=\\S*\\d))${VALUE}`, 'g');
const SECURITY = new RegExp(SECURITY_GAP, 'g');
const PAIR = new RegExp(USER_PASS, 'g');
const OPENS = new RegExp(OPENS_WITH, 'g');
const LOCKED_CODE = new RegExp(LOCKED_IS_CODE, 'g');
const HR = new RegExp(HR_MATTER, 'g');
const LEGAL = new RegExp(LEGAL_ADVICE, 'g');
const BID = new RegExp(BIDS, 'g');
const BARGAINING = new RegExp(BARGAINING_CONTEXT);
const POSITION = new RegExp(BARGAINING_POSITION, 'g');
const SANCTION = new RegExp(HR_SANCTION, 'g');
const EVALUATION = new RegExp(EVALUATION_LEAD, 'g');
const FICTION = new RegExp(FICTION_FRAME);
const BUYING = new RegExp(PROCUREMENT);
const SCANS = new RegExp(`\\b(?:${GOSSIP_SCANS.join('|')})(?![\\w-])`, 'g');
const HR_DOCS = new RegExp(HR_DOCUMENTS, 'g');
const FOLDER = new RegExp(OPEN_FOLDER, 'g');
const PERSON = new RegExp(EMPLOYEE);
const NETWORK = new RegExp(NETWORK_CONTEXT);
const KEY = new RegExp(NETWORK_KEY, 'g');
const ASIDE_VALUE = new RegExp(CREDENTIAL_ASIDE, 'g');
const CUTS = new RegExp(CUT_LIST, 'g');
const ON_LIST = new RegExp(CUT_LIST_PERSON);
const CHANGED_TO = new RegExp(CREDENTIAL_THEN, 'g');
/**
 * Words every match of LEGAL, BID and HR_DOCS holds (one of them at least): a cheap test that
 * skips the whole-text scan on most long posts. Keep them in step with the patterns.
 */
const LEGAL_GATE = /legal|lawyer|solicitor|counsel|law /;
const BID_GATE = /bid|tender|proposal|quote|rf[pqi]|ranked|scored|rated|evaluation/;
const HR_DOCS_GATE = /offer letter|salary list|pay stub|severance|personnel file|hr file|disciplinary file|exit interview|salar|performance review|evaluation|sick days|medical note/;
/** "Confidential? Nope!", "nothing confidential here", "it isn't confidential": the word denied. */
const DENIED_BEFORE = /\b(?:not|n't|nothing|never|no longer|hardly|anything but)\s+(?:\w+\s+)?$/;
const DENIED_AFTER = /^\s*\?+\s*(?:nope|no|nah|not (?:at all|really|here|this time)|hardly|far from it|quite the opposite)\b/;
const EMBARGO_OVER = /\b(?:ended|lifted|expired|is over|was over|no longer|now public|is up)\b/;
/** Things that are suspended or terminated without being people. */
const SERVICE_SUBJECT = /\b(?:route|service|line|collection|program|programs|operations|bus|buses|trains?|ferry|subway|streetcars?|parking|pickup|registration|permits?|licen[cs]e|construction|classes|lessons|swims?|ban|water|power|enforcement|trail|lane|shuttle)s?\b(?:(?!\b(?:he|she|they|who)\b)[^.!?\n])*$/;
/** Cheap gate: none of these stems, no finding. */
const GATE = /confiden|camera|closed|leak|internal|distribut|share|forward|record|embargo|privileg|solicitor|public|announce|releas|between|quiet|eyes|meant|goes public|tell|quote|secret|supposed|shouldn|hear|wraps|hush|mum|pass|pin|login|log-?in|credential|code|pwd|pw\b|combo|combination|alarm|vault|safe|camera|cctv|door|dock|exit|guard|disciplin|fired|let go|terminat|suspend|demot|written up|hr\b|complaint|grievance|performance|lawyer|law\b|legal|counsel|bid|tender|proposal|quote|early|advance|sneak|pre-?release|sitting on|keep|knows|user|opens with|unlocks with|keypad|lockbox|padlock|gate|latch|walk in|insider|official|posted|published|terminat|investigat|redact|out\b|ranked|scored|rated|evaluation|security|guard|circulat|draft|marked|stamped|labell?ed|repost|screenshot|attribution|news|papers|media|press|told|none of|sources?\b|little bird|shh|quietly|look|peek|glimpse|asking|offer|propos|demand|won'?t go|willing to|suspension|warning|reprimand|pink slip|probe|key\b|can'?t|cannot|gone|confidence|desk|until|till|overheard|canned|sacked|salar|offer letter|severance|pay stub|review|personnel|exit interview|trouble|lose my job|anonymous|spread|notice|anyone c|rumou?r|scoop|intel|buzz|gossip|whisper|1:1|1-on-1|one[- ]on[- ]one|check-in|seen|sees?\b|plan\b|pip\b|go(?:es)? (?:to|before)|supposed|wraps|wide open|unattended|picked|chose|selected|went with|caught|flagged|dinged|docked|private|top\b|first\b|leads?\b|won\b|ahead|list\b|chopping|specifics|fine print|particulars|wi-?fi|wireless|router|ssid|hotspot/;

/** Whether a credential value looks like a secret rather than a word ("is required") or a link. */
function isSecret(value: string): boolean {
  const v = value.replace(/[.,;!?)]+$/, '');
  if (v.length < 4 || /^(?:https?:|www\.)|\.(?:ca|com|org|net)\b/.test(v)) return false;
  // Prices, percentages and times are not secrets ("the combo is $9.99", "code is 9:30").
  if (/^[$£€]|%$|^\d{1,2}:\d\d$|^\d{1,2}(?:am|pm)$|^\d{1,2}\/\d{1,2}$|^\d+(?:mbps|gbps|gb|mb|ghz|g|x|km|kg|k)$/.test(v)) return false;
  return /\d/.test(v) || /[#$%^&*@!_~+=]/.test(v);
}

/**
 * Ends of sentences: "!", "?", a line break, or a full stop that is not inside a word or number
 * ("toronto.ca", "2.5%") and not part of "a.m." / "p.m." (so "ends at 10 a.m. and we'll post it" is one sentence).
 */
const SENTENCE_END = /[!?\n]|(?<!\b[ap]\.?m|\b[ap])\.(?![\w])/g;

/** The sentence of `norm` around index i. Sentence ends are found once per text and kept for the next call. */
let lastEnds: { norm: string; ends: number[] } = { norm: '', ends: [] };
function sentenceAt(norm: string, i: number): string {
  if (lastEnds.norm !== norm) {
    const ends: number[] = [];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) ends.push(m.index);
    lastEnds = { norm, ends };
  }
  const ends = lastEnds.ends;
  // First end at or after i (binary search).
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return norm.slice(lo > 0 ? ends[lo - 1] + 1 : 0, lo < ends.length ? ends[lo] : norm.length);
}

/**
 * Flags confidential or privileged City information: closed-session content, documents marked
 * internal or not for distribution, news that is not public yet, leaks, and passwords. "Free and
 * confidential counselling" and "your information is kept confidential" describe a public service
 * and are not flagged; neither is a notice that a closed session will take place.
 */
export const confidential: Rule = {
  id: 'confidential',
  meta: {
    description: 'Confidential or privileged City information: closed sessions, internal documents, unreleased news, passwords.',
    modes: ['work', 'personal'],
    severity: 'error',
    source: 'Toronto employee guidelines, s.2',
    docs: 'Never post what you learned in confidence at work: closed-session (in camera) items, internal or draft documents, news the City has not announced, or passwords. Share only what the City has made public.',
  },
  check(post, ctx) {
    if (!confidential.meta.modes.includes(ctx.mode)) return [];
    const t = normalized(post.text);
    const norm = t.norm;
    if (!GATE.test(norm)) return [];
    const spans: [number, number, string][] = [];
    const add = (s: number, e: number, why: string) => spans.push([s, e, why]);
    for (const m of matchAll(norm, MARKERS)) {
      // An embargo that has ended is over: "the embargoed period ended today".
      if (m[0].startsWith('embargo') && EMBARGO_OVER.test(sentenceAt(norm, m.index))) continue;
      add(m.index, m.index + m[0].length, 'marks information as confidential or not yet public');
    }
    // A post is about work if it has work words or names a City unit ("Rick from Licensing"). Gossip
    // markers need that; news not yet out, personnel and security matters may also rest on a City
    // topic ("the TTC"), which "don't tell anyone but I took the subway" should not.
    const work = WORK.test(norm) || departmentMentions(t).length > 0;
    const city = work || firstCityTopic(t, ctx.profile) !== null;
    if (work) {
      for (const m of matchAll(norm, GOSSIP)) add(m.index, m.index + m[0].length, 'shares something told in confidence');
      for (const m of matchAll(norm, SCANS)) add(m.index, m.index + m[0].length, 'shares something told in confidence');
      for (const m of matchAll(norm, ASIDE)) {
        const s = m.index + m[0].indexOf('between');
        add(s, m.index + m[0].length, 'shares something told in confidence');
      }
    }
    for (const m of matchAll(norm, NOT_YET)) {
      if (city && !PROMISE.test(sentenceAt(norm, m.index))) add(m.index, m.index + m[0].length, 'shares news the City has not announced');
    }
    for (const m of LEGAL_GATE.test(norm) ? matchAll(norm, LEGAL) : []) add(m.index, m.index + m[0].length, 'shares legal advice given to the City');
    for (const m of BID_GATE.test(norm) ? matchAll(norm, BID) : []) add(m.index, m.index + m[0].length, 'shares bids before a contract is awarded');
    // Cheap word tests first. A lead in scoring counts only
    // with a procurement word in its sentence ("came first in the rankings of livable cities" does not).
    if (/evaluation|scor|ranking/.test(norm)) {
      for (const m of matchAll(norm, EVALUATION)) {
        if (BUYING.test(sentenceAt(norm, m.index))) add(m.index, m.index + m[0].length, 'shares bids before a contract is awarded');
      }
    }
    // Bargaining positions; the City publishes its own updates, so a post linking to its site is not a leak.
    if (/asking|offer|propos|demand|tabl|holding|willing|won'?t go/.test(norm) && !ctx.profile.webDomains.some((d) => norm.includes(d))) {
      for (const m of matchAll(norm, POSITION)) {
        if (BARGAINING.test(norm) || /^(?:union|local)/.test(m[0])) add(m.index, m.index + m[0].length, 'shares a bargaining position');
      }
    }
    if (city) {
      for (const m of matchAll(norm, SECURITY)) add(m.index, m.index + m[0].length, 'reveals a security weakness at a City site');
      if (/anyone c(?:an|ould) (?:open|access|see|read|view|edit)/.test(norm)) {
        for (const m of matchAll(norm, FOLDER)) add(m.index, m.index + m[0].length, 'reveals a security weakness at a City site');
      }
      // A person on a list of cuts: "Dana in Payroll is on the layoff list".
      if (/list|block|sheet/.test(norm)) {
        for (const m of matchAll(norm, CUTS)) {
          const sentence = sentenceAt(norm, m.index);
          const o = toOriginal(t, m.index - Math.min(m.index, 200), m.index);
          const lead = post.text.slice(o.start, o.end).split(/[.!?\n]\s*/).pop() ?? '';
          if (ON_LIST.test(sentence) && (PERSON.test(sentence) || NAME.test(lead.trim()))) add(m.index, m.index + m[0].length, 'shares a confidential personnel matter');
        }
      }
      for (const m of HR_DOCS_GATE.test(norm) ? matchAll(norm, HR_DOCS) : []) add(m.index, m.index + m[0].length, 'shares a confidential personnel matter');
      for (const m of matchAll(norm, HR)) {
        // "Route 7 is suspended", "the service was terminated": a service, not a person.
        if (/(?:suspended|terminated|canned|sacked)$/.test(m[0]) && SERVICE_SUBJECT.test(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
        add(m.index, m.index + m[0].length, 'shares a confidential personnel matter');
      }
      // Discipline as a noun needs an employee in its sentence ("a resident received a written warning" does not).
      for (const m of matchAll(norm, SANCTION)) {
        const inquiry = /investigation|probe|complaint|committee|panel/.test(m[0]);
        if (inquiry || PERSON.test(sentenceAt(norm, m.index))) add(m.index, m.index + m[0].length, 'shares a confidential personnel matter');
      }
    }
    for (const m of matchAll(norm, LEAKS)) {
      const around = norm.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
      if (work && !LEAK_NOT.test(around)) add(m.index, m.index + m[0].length, 'shares leaked information');
    }
    for (const m of matchAll(norm, CONFIDENTIAL)) {
      const before = norm.slice(Math.max(0, m.index - 50), m.index);
      const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // A bare "confidential" needs a post about work ("Confidential to my book club: …" is a joke).
      if (DENIED_BEFORE.test(before) || DENIED_AFTER.test(after)) continue;
      // "You can report it confidentially": the way the public may use a service.
      if (m[0].endsWith('ly') && READER.test(before)) continue;
      if (city && !SERVICE_PRE.test(before) && !SERVICE_POST.test(after)) add(m.index, m.index + m[0].length, 'shares confidential information');
    }
    // A leaked memo in a thriller's plot is not the City's (passwords below are checked either way).
    if (spans.length && FICTION.test(norm)) {
      for (let i = spans.length - 1; i >= 0; i--) if (FICTION.test(sentenceAt(norm, spans[i][0]))) spans.splice(i, 1);
    }
    for (const m of matchAll(norm, CREDENTIAL)) {
      if (!isSecret(m[1])) continue;
      const s = m.index + m[0].length - m[1].length;
      const value = m[1].replace(/[.,;?)"'”’]+$/, '');
      const lead = value.length - value.replace(/^["'“‘(]+/, '').length;
      add(s + lead, s + value.length, 'reveals a password or login');
    }
    const valued = [...matchAll(norm, PAIR), ...matchAll(norm, OPENS), ...matchAll(norm, LOCKED_CODE), ...matchAll(norm, ASIDE_VALUE)];
    if (/pass|login|log-in|credential|pin|pw|wi-?fi|wireless|network|router|code|combo|combination/.test(norm) && /chang|reset|updat|rotat|new/.test(norm)) valued.push(...matchAll(norm, CHANGED_TO));
    if (NETWORK.test(norm)) valued.push(...matchAll(norm, KEY));
    for (const m of valued) {
      const value = m[1].replace(/[.,;?)"'”’]+$/, '');
      if (!isSecret(value)) continue;
      const s = m.index + m[0].lastIndexOf(m[1]);
      add(s, s + value.length, 'reveals a password or login');
    }
    const others = spans.length > 0;
    for (const m of matchAll(norm, CLOSED)) {
      // A schedule ("came out of closed session at 3") unless the sentence tells what was decided there.
      const sentence = sentenceAt(norm, m.index);
      if (!others && SCHEDULE.test(sentence) && !(OUTCOME.test(sentence) && !OUTCOME_PUBLIC.test(sentence))) continue;
      add(m.index, m.index + m[0].length, 'shares what was discussed in a closed (in camera) session');
    }
    return merge(spans).map(([s, e, why]) => {
      const span = toOriginal(t, s, e);
      return finding(confidential, ctx, span.start, span.end, `This ${why}. City information that is confidential or not yet public must not be posted.`, {
        suggestion: why.includes('password') ? 'Remove the password and change it, since it has been exposed.' : 'Remove this detail; share only what the City has made public.',
      });
    });
  },
};

/** A first name inside a sentence (not its first word): "Dana in Payroll is on…", "…list, and Sam is on it". */
const NAME = /(?<=\S\s+)(?!(?:The|A|An|I|It|This|That|My|Our|We|They|City|Council|HR|IT)\b)[A-Z][a-z]+(?=\s+(?:from|in|at|on|is|was|'s|and|who|over)\b)|^(?!(?:The|A|An|I|It|This|That|My|Our|We|They|City|Council|HR|IT)\b)[A-Z][a-z]+(?= (?:from|in|at|on|over) )/;

/** What a closed session decided: "… and the land deal is going ahead", "… they agreed to sell". */
const OUTCOME = /\b(?:(?:is|are|'s|'re)(?: officially| definitely)? (?:going ahead|happening|a go|a done deal|dead|off the table|approved|cancell?ed|scrapped|toast)|(?:agreed|decided|voted) to (?!(?:meet|recess|resume|rise|report|move|go|adjourn|reconvene)\b)\w+|(?:picked|chose|selected|green-?lit|killed|scrapped|approved) (?:the|a|an)\b)/;
/** Outcomes reported publicly are public. */
const OUTCOME_PUBLIC = /\b(?:reported out|in public|publicly|open session|public (?:meeting|portion|session)|news release|adopted)\b/;

/** Sorts spans and drops those overlapping an earlier one. */
function merge(spans: [number, number, string][]): [number, number, string][] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number, string][] = [];
  for (const s of spans) if (!out.length || s[0] >= out[out.length - 1][1]) out.push(s);
  return out;
}
