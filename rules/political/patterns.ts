/**
 * Campaign patterns for the `political` rule, over normalised (lower-case) text. Each pattern has
 * cue words; it only runs near them (see `../disrespectful/near.ts`).
 */
import { NO_PARTY, OFFICES, PARTIES, PARTY_ADJECTIVES } from '../data/political';

export interface CuedPattern {
  cues: ReadonlySet<string>;
  re: RegExp;
}

const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const A = "['’]";
const PARTY = `(?:the\\s+)?(?:${alt(PARTIES)})\\b`;
const PARTY_WORD = `(?:the\\s+)?(${alt(PARTY_ADJECTIVES)})\\b`;
const OFFICE = `(?:${alt(OFFICES)})`;
/** After an office or a vote target: the clause ends, or says when or where. */
const CLAUSE_END = '(?=\\s*(?:[.,!?;:#)]|$|\\p{Extended_Pictographic}|\\s(?:in|on|of|this|next|and|or|20\\d\\d|today|tomorrow|candidate|candidates)\\b))';
const WORD = "[a-z][\\w'’.-]*";
/** Up to three words; group 1. Which of them form a name is decided by `nameSpan`. */
const NAME = `(${WORD}(?:\\s+${WORD}){0,2})`;
const VOTE = `\\b(?:please\\s+)?(?:vote|voting|votes|vote\\s+out|elect|cast\\s+(?:your|a|my)\\s+(?:ballot|vote))\\s+(?:for\\s+)?`;
const ENDORSE = `\\b(?:support|supporting|back|backing|join|joining|donate\\s+to|volunteer\\s+(?:for|with)|elect|re-?elect|re-?electing|go)\\s+`;

const VOTE_CUES = 'vote voting votes ballot elect';
export const PARTY_NAME_CUES = [...new Set(PARTIES.flatMap((p) => p.split(/\W+/)))].filter((w) => w.length > 1 && !/^(?:new|the|people|alberta|ontario|united|progressive|party|s)$/.test(w));
const PARTY_CUES = [...new Set([...PARTIES, ...PARTY_ADJECTIVES, ...NO_PARTY].flatMap((p) => p.split(/\W+/)))]
  .filter((w) => w.length > 1 && !/^(?:new|the|people|alberta|ontario|united|progressive)$/.test(w)).join(' ');
const OFFICE_CUES = 'mayor council councillor councilor ward trustee board mpp mp mla premier minister alderman reeve office election parliament legislature';

const cued = (cues: string, source: string): CuedPattern => ({ cues: new Set(cues.split(' ')), re: new RegExp(source, 'gu') });

/** Campaign content on its own. */
export const DIRECT: CuedPattern[] = [
  cued(VOTE_CUES, `${VOTE}${PARTY}`),
  cued(VOTE_CUES, `${VOTE}(?:${alt(NO_PARTY)})${CLAUSE_END}`),
  cued(PARTY_CUES, `${ENDORSE}${PARTY}`),
  cued(PARTY_CUES, `\\b(?:don${A}?t|do\\s+not|never)\\s+(?:vote|let)\\s+(?:for\\s+)?${PARTY}`),
  cued(VOTE_CUES, `${VOTE}(?:our|my|his|her|their)\\s+(?:\\w+\\s+)?candidates?\\b`),
  cued('elect electing reelect reelecting', `\\bre-?elect(?:ing)?\\b(?!ed|ion)(?:\\s+(?:mayor|councillor|deputy\\s+mayor|trustee)?\\s*${WORD}(?:\\s+${WORD})?)?`),
  cued(VOTE_CUES, `\\b(?:deserves?|has\\s+earned|earned|earns?)\\s+(?:your|our)\\s+vote\\b`),
  cued(PARTY_CUES, `\\b(?:defeat|oust|stop|beat|throw\\s+out|kick\\s+out|vote\\s+out)\\s+${PARTY}`),
  cued('campaign', `\\bcampaign\\s+(?:office|headquarters|hq|fundraiser|donations?|contributions?|volunteers?)\\b`),
  cued('years', `\\bfour\\s+more\\s+years\\b`),
  cued(`${PARTY_CUES} vote support`, `\\b(?:${PARTY}|(?:the\\s+)?greens)\\s+(?:have|has|get|gets|deserve|deserves)\\s+my\\s+(?:vote|support)\\b`),
  cued('campaign', `\\b(?:join|support|supporting|back|backing|donate\\s+to|contribute\\s+to|volunteer\\s+(?:for|with|on)|help)\\b[^.!?\\n]{0,60}?\\b(?:mayoral|re-?election|election|council|leadership|political|ward\\s+\\d+)\\s+campaign\\b`),
  cued('knocking canvassing banking', `\\b(?:door[- ]?knocking|canvassing|phone\\s*banking)\\s+(?:for|with)\\s+(?:\\w+\\s+){0,2}(?:campaign|candidate|${PARTY})`),
  cued(PARTY_CUES, `\\b(?:throw|kick|vote)\\s+(?:the\\s+)?(?:${alt(PARTIES)})\\s+out\\b`),
];

/** `vote for him`, `our candidate's fundraiser`: campaign content where the post names an office or election. */
export const IN_CONTEXT: CuedPattern[] = [
  cued(VOTE_CUES, `${VOTE}(?:him|her|them|me)\\b(?:\\s+out\\b)?(?!\\s+(?:in|as|at)\\s+(?:the\\s+)?(?:best|top|contest|poll|awards?)\\b)`),
  cued('candidate candidates', `\\b(?:our|my|his|her|their)\\s+(?:\\w+\\s+)?candidate(?:${A}s|s)?\\s+(?:fundraiser|campaign|event|launch|rally|office|signs?|team)\\b`),
  cued('running', `\\bis\\s+running\\s+for\\s+${OFFICE}\\b`),
  cued('vote', `\\b(?:has|have|gets|get|deserves?)\\s+my\\s+vote\\b`),
  cued('campaign', `\\b(?:donate|donating|donation|contribute|volunteer|volunteering|join)\\b[^.!?\\n]{0,40}?\\b(?:his|her|their|[a-z]+${A}s)\\s+campaign\\b`),
  cued('knock knocking canvass canvassing bank banking', `\\b(?:door[- ]?knock(?:ing)?|canvass(?:ing)?|phone\\s*bank(?:ing)?)\\s+(?:for|with)\\b`),
  cued('candidate choice', `\\b(?:is|are)\\s+the\\s+(?:best|right|only|clear|obvious|strongest)\\s+(?:candidate|choice)\\b`),
];

/** Lawn signs and campaign events: only where the post speaks of an election itself. */
export const IN_ELECTION: CuedPattern[] = [
  cued('sign signs', `\\b(?:lawn|campaign)\\s+signs?\\s+(?:are\\s+|is\\s+)?(?:now\\s+)?(?:available|here)\\b|\\b(?:get|grab|order|request|want|pick\\s+up)\\s+(?:a|your|one\\s+of\\s+our)\\s+(?:lawn|campaign)\\s+signs?\\b`),
  cued('campaign', `\\b(?:join|come\\s+to|attend|rsvp|volunteer\\s+(?:at|for))\\b[^.!?\\n]{0,40}?\\bcampaign\\s+(?:team|launch|kick-?off|event|rally)\\b`),
];

/** Patterns whose group 1 is a name or a party word, checked against the original's capitals. */
export const VOTE_NAME = cued(VOTE_CUES, `${VOTE}${NAME}`);
export const ENDORSE_NAME = cued('endorse endorsing support supporting back backing', `\\b(?:endorse|endorsing|support|supporting|back|backing)\\s+${NAME}`);
export const PARTY_MEMBER = cued('proud lifelong carrying', `\\b(?:proud|lifelong|card-carrying)\\s+${PARTY_WORD}`);
export const VOTE_PARTY_WORD = cued(VOTE_CUES, `${VOTE}${PARTY_WORD}${CLAUSE_END}`);
/** `Let's get Jane Doe elected`. */
export const GET_ELECTED = cued('elected reelected', `\\bget\\s+${NAME}\\s+(?:re-?)?elected\\b`);
/** Words of contests, where "vote for Riverdale" is not an election. */
export const CONTEST = /\b(?:contest|contests|award|awards|poll|best|favourite|favorite|prize|competition|nominees?|finalists?|readers)\b/;
/** `Jane Doe for Mayor`: found from "for <office>"; the name is read backwards from there. */
export const FOR_OFFICE = cued(OFFICE_CUES, `\\bfor\\s+${OFFICE}${CLAUSE_END}`);

/** Campaign slugs and tags (`priyaformayor.ca`, `#Okoye4Ward11`, `#VoteChow2026`, `#ElectAmir`): cheap, run everywhere. */
export const SLUG = /(?<=[a-z])(?:4|for)(?:mayor|council|councillor|ward\d+|trustee|mpp|mp|mla|premier)\b/g;
export const HASHTAG_VOTE = /#vote(?:4|for)?([a-z]+)\d*\b/g;
export const HASHTAG_ELECT = /#(?:re)?elect[a-z]+\d*\b/g;

/** A call to action that makes "is running for council" campaign content. */
export const CALL_TO_ACTION = /\b(?:vote\s+for|volunteer|donate|donation|support\s+(?:him|her|them)|lawn\s+sign|make\s+a\s+(?:\w+\s+)?(?:councillor|mayor|trustee))/;
/** "Thank you to Councillor Lee for Ward 5!" thanks someone; it does not campaign. */
export const THANKS = /\bthanks?\b[^.!?\n]*$/;
/** "Council will vote for Option B": Council deciding, not a voter being asked. */
export const COUNCIL_SUBJECT = /\b(?:council|committee|board|commission|councillors|members)\s+(?:(?:will|would|should|could|can|may|must|to|did|then|also|unanimously|today|again|not)\s+){0,2}$/;
