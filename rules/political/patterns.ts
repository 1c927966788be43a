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
const CLAUSE_END = '(?=\\s*(?:[.,!?;:#)]|$|\\p{Extended_Pictographic}|\\s(?:in|on|of|this|next|and|or|20\\d\\d|today|tomorrow|candidate|candidates|campaign|team|signs?|hq)\\b))';
const WORD = "[a-z][\\w'’.-]*";
/** Up to three words; group 1. Which of them form a name is decided by `nameSpan`. */
const NAME = `(${WORD}(?:\\s+${WORD}){0,2})`;
const VOTE = `\\b(?:please\\s+)?(?:vote\\s+out|voting\\s+out|vote|voting|votes|elect|cast(?:ing)?\\s+(?:your|a|my|our)\\s+(?:ballots?|votes?))\\s+(?:for\\s+)?`;
const ENDORSE = `\\b(?:support|supporting|back|backing|join|joining|donate\\s+to|volunteer\\s+(?:for|with)|elect|re-?elect|re-?electing|go)\\s+`;

const VOTE_CUES = 'vote voting votes ballot ballots elect';
/** Campaigns that are not elections: charity drives and City programs. */
export const NOT_ELECTION_CAMPAIGN = 'united\\s+way|charity|charitable|food|toy|coat|blood|awareness|safety|tree|trees|cleanup|clean-up|recycling|vaccination|fundraising\\s+for';
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
  cued('knocking knocked canvassing canvassed banking banked doors', `\\b(?:door[- ]?knock(?:ing|ed)|knock(?:ing|ed)\\s+on\\s+(?:[\\d,]+\\s+|hundreds\\s+of\\s+|thousands\\s+of\\s+)?doors|canvass(?:ing|ed)|phone\\s*bank(?:ing|ed))\\s+(?:for|with)\\s+(?!(?:\\w+\\s+){0,2}(?:${NOT_ELECTION_CAMPAIGN})\\b)(?:\\w+\\s+){0,2}(?:campaign|candidate|${PARTY})`),
  cued(PARTY_CUES, `\\b(?:throw|kick|vote|keep)\\s+(?:the\\s+)?(?:${alt(PARTIES)})\\s+out\\b`),
  cued(PARTY_CUES, `${PARTY}\\s+all\\s+the\\s+way\\b`),
  cued('vote', `\\bvote\\s+(?:him|her|them)\\s+out\\b`),
  cued('member supporter volunteer', `\\b(?:proud|lifelong|card-carrying|longtime|long-time)\\s+(?:member|supporter|volunteer)\\s+of\\s+${PARTY}`),
  // "She'll be a fantastic councillor"
  cued('be make', `\\b(?:he|she|they)(?:${A}ll|\\s+will|\\s+would)\\s+(?:be|make)\\s+(?:a|an|our|the)\\s+(?:great|fantastic|excellent|amazing|wonderful|strong|terrific|outstanding|fine|good|better|best)\\s+${OFFICE}${CLAUSE_END}`),
  cued('campaign run bid candidacy', `\\b(?:my|our)\\s+(?:re-?election\\s+)?(?:campaign|run|bid|candidacy)\\s+for\\s+(?:the\\s+)?${OFFICE}${CLAUSE_END}`),
  // "Jo Lam is the trustee our kids need"
  cued('need needs deserve deserves', `\\bis\\s+the\\s+(?:\\w+\\s+)?${OFFICE}\\s+(?:we|our\\s+\\w+|this\\s+(?:city|ward|riding)|ward\\s+\\d+|toronto|calgary|peterborough)\\s+(?:need|needs|deserve|deserves)\\b`),
  // "a fundraiser for Councillor Marr's re-election"
  cued('reelection election', `\\b(?:fundrais\\w*|donat\\w*|volunteer\\w*|support\\w*|help\\w*|campaign\\w*)\\b[^.!?\\n]{0,40}?\\b(?:[a-z]+${A}s|his|her|their|my|our)\\s+re-?election\\b`),
  cued('win take flip hold', `\\b(?:win|take|flip|hold)\\s+(?:ward\\s+\\d+|this\\s+riding|the\\s+riding)\\b(?!['’]|\\s+(?:cup|trophy|award|prize|title|championship|challenge|contest))`),
  cued('reelection election', `\\b(?:my|our|his|her|their)\\s+re-?election\\s+(?:fund|campaign|team|bid|effort|war\\s+chest)\\b`),
  cued('elect reelect', `\\bhelp\\s+(?:us\\s+|me\\s+)?(?:re-?)?elect\\s+(?:a|an|the|our|more|new)\\b`),
  // "X doesn't deserve a second term", "a one-term mayor"
  cued('term', `\\b(?:(?:doesn${A}?t|does\\s+not|don${A}?t|do\\s+not|never)\\s+deserves?|deserves?|earned|has\\s+earned)\\s+(?:a\\s+)?(?:second|another|third|fourth|new)\\s+term\\b|\\bone[- ]term\\s+(?:mayor|councillor|premier|trustee)\\b`),
  // "X is my pick for mayor", "the only real choice for council"
  cued('pick choice candidate option guy gal man woman person', `\\b(?:is|are)\\s+(?:(?:my|our|your)\\s+|the\\s+(?:(?:only|real|right|best|clear|obvious|smart|strongest|true)\\s+){1,2})(?:pick|choice|candidate|option|guy|gal|man|woman|person)\\s+for\\s+${OFFICE}${CLAUSE_END}`),
  // supporting someone's run: "stand with Priya in her run for council", "flyers for Okafor's mayoral run"
  cued('run bid', `\\b(?:support|supporting|stand\\s+with|standing\\s+with|volunteer\\w*|donat\\w+|backing|behind|join|joining|endorse\\w*|flyers?|proud\\s+of|help)\\b[^.!?\\n]{0,60}?(?:\\b(?:mayoral|council|councillor|re-?election|trustee)\\s+(?:run|bid)\\b|\\b(?:his|her|their|[a-z]+${A}s)\\s+(?:run|bid)\\s+(?:for|to\\s+(?:be|become))\\s+(?:our\\s+|the\\s+)?(?:next\\s+|new\\s+)?${OFFICE}\\b)`),
];

/** `vote for him`, `our candidate's fundraiser`: campaign content where the post names an office or election. */
export const IN_CONTEXT: CuedPattern[] = [
  cued(VOTE_CUES, `${VOTE}(?:him|her|them|me)\\b(?:\\s+out\\b)?(?!\\s+(?:in|as|at)\\s+(?:the\\s+)?(?:best|top|contest|poll|awards?)\\b)`),
  cued('candidate candidates', `\\b(?:our|my|his|her|their)\\s+(?:\\w+\\s+)?candidate(?:${A}s|s)?\\s+(?:fundraiser|campaign|event|launch|rally|office|signs?|team)\\b`),
  cued('running', `\\bis\\s+running\\s+for\\s+${OFFICE}\\b`),
  cued('vote', `\\b(?:has|have|gets|get|deserves?)\\s+my\\s+vote\\b`),
  cued('campaign', `\\b(?:donate|donating|donation|contribute|volunteer|volunteering|join)\\b[^.!?\\n]{0,40}?\\b(?:his|her|their|[a-z]+${A}s)\\s+campaign\\b`),
  cued('replace defeat unseat oust fire', `\\b(?:let${A}?s|time\\s+to|we\\s+(?:must|need\\s+to|have\\s+to|can))\\s+(?:replace|defeat|unseat|oust|fire)\\s+(?:him|her|them)\\b`),
  cued('vote', `\\bvote\\s+for\\s+(?:real\\s+)?(?:change|a\\s+change|new\\s+leadership|a\\s+fresh\\s+start)\\b`),
  cued('knock knocking canvass canvassing bank banking doors', `\\b(?:door[- ]?knock(?:ing)?|knock(?:ing)?\\s+on\\s+doors|canvass(?:ing)?|phone\\s*bank(?:ing)?)\\s+(?:for|with)\\b(?!\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}(?:${NOT_ELECTION_CAMPAIGN})\\b)`),
  cued('candidate choice', `\\b(?:is|are)\\s+the\\s+(?:best|right|only|clear|obvious|strongest)\\s+(?:candidate|choice)\\b(?!\\s+(?:for|to|of)\\s+(?!${OFFICE}\\b))`),
  cued('donate donating contribute chip give', `\\b(?:donate|donating|contribute|chip\\s+in|give)\\b[^.!?\\n]{0,30}?\\b(?:the|our|my)\\s+campaign\\b(?![^.!?\\n]{0,30}\\b(?:${NOT_ELECTION_CAMPAIGN})\\b)`),
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
/** `Every Liberal vote counts`. */
export const PARTY_VOTE = cued('vote votes', `\\b(?:every|each|a)\\s+${PARTY_WORD}\\s+votes?\\b`);
/** `My pick for mayor is Jane Doe`. */
export const MY_PICK = cued('pick choice vote candidate', `\\bmy\\s+(?:pick|choice|vote|candidate)\\s+for\\s+${OFFICE}\\s*(?:is|:|-|goes\\s+to|=)\\s+${NAME}`);
/** `Chip in to help Jane Doe win Ward 9`, `send Jane Doe to City Hall`, `give your vote to Doe`. */
export const HELP_NAME = cued('help helping send win elected', `\\b(?:help|helping)\\s+${NAME}\\s+(?:win|get\\s+(?:re-?)?elected|take\\s+(?:the\\s+)?(?:seat|ward|riding))\\b`);
export const SEND_NAME = cued('send', `\\bsend\\s+${NAME}\\s+to\\s+(?:city\\s+hall|council|ottawa|queen${A}s\\s+park|the\\s+legislature|parliament|the\\s+school\\s+board)\\b`);
export const GIVE_VOTE = cued('vote ballot', `\\b(?:give|giving|gave|lend|lending)\\s+(?:your|my|our)\\s+(?:vote|ballot)\\s+to\\s+${NAME}`);
/** `Ward 7 needs Tom Reyes`: needs a full name, or an election around it. */
export const NEEDS_NAME = cued('needs', `\\b(?:ward\\s+\\d+|calgary|toronto|peterborough|(?:our|this|the)\\s+(?:city|ward|riding)|city\\s+hall|council)\\s+needs\\s+${NAME}`);
/** `Put a Marr sign on your lawn`. */
export const NAME_SIGN = cued('sign signs', `\\b(?:put|get|grab|order|request|want|take|display)\\s+(?:a|an|your)\\s+([a-z][\\w'’.-]*)\\s+(?:lawn\\s+|yard\\s+|campaign\\s+|election\\s+)?signs?\\s+(?:on|in)\\s+(?:your|the)\\s+(?:front\\s+)?(?:lawn|yard|window)`);
/** `#TeamOkafor`, `Join Team Marr`: only where the post speaks of an office or election. Not cued: hashtags are one word. */
export const TEAM_NAME = /(?:#|\bjoin\s+)team\s*([a-z][\w'’-]*)/g;
/** `Come meet our candidate Sam Ortiz`. */
export const OUR_CANDIDATE = cued('candidate', `\\b(?:our|my)\\s+candidate,?\\s+${NAME}`);
/** `Canvass with the Lin campaign`: a named campaign that is not a charity's. */
export const CANVASS_NAME = cued('canvass canvassing knock knocking bank banking flyers', `\\b(?:canvass(?:ing)?|door[- ]?knock(?:ing)?|knock(?:ing)?\\s+on\\s+doors|phone\\s*bank(?:ing)?|(?:drop|hand\\s+out)\\s+flyers)\\s+(?:for|with)\\s+(?:the\\s+)?(?!(?:${NOT_ELECTION_CAMPAIGN})\\b)([a-z][\\w'’.-]*)(?:${A}s)?\\s+(?:campaign|team)\\b`);
/** `We need Priya Sharma on council`, `Toronto needs Jo Lam as mayor`. */
export const NEED_ON = cued('need needs', `\\bneeds?\\s+${NAME}\\s+(?:(?:at|in|to)\\s+city\\s+hall\\b|(?:on|as)\\s+(?:the\\s+|our\\s+)?${OFFICE}${CLAUSE_END})`);
/** `Give Okafor your vote`. */
export const GIVE_NAME_VOTE = cued('give', `\\bgive\\s+${NAME}\\s+(?:your|a|my|our)\\s+(?:vote|ballot|support|first\\s+choice)\\b`);
/** `Volunteer for Dana Wu's campaign`: a named person's campaign, not a charity's. */
export const NAMED_CAMPAIGN = cued('campaign', `\\b(?:donate|donating|volunteer|volunteering|join|joining|support|supporting|help|helping|canvass|canvassing|work\\s+on|working\\s+on|chip\\s+in|contribute|give|keep)\\b[^.!?\\n]{0,40}?\\b(?:for\\s+|to\\s+|on\\s+)?(${WORD}(?:\\s+${WORD})?)${A}s\\s+(?:\\w+\\s+)?campaign\\b`);
/** `Don't let Hollis near the mayor's chair`. */
export const KEEP_FROM_OFFICE = cued('chair seat office', `\\b(?:don${A}?t\\s+let|keep)\\s+${NAME}\\s+(?:near|out\\s+of|away\\s+from|anywhere\\s+near|in)\\s+(?:the\\s+)?(?:mayor${A}?s|council|premier${A}?s|councillor${A}?s)\\s+(?:chair|office|seat|chamber)s?\\b`);
/** `I'm all in for Marr`, `rooting for Jane Doe`: only in a post about an election. */
export const ROOTING_FOR = cued('all rooting cheering behind stand', `\\b(?:all\\s+in\\s+for|rooting\\s+for|cheering\\s+for|stand\\s+with|(?:i${A}m|i\\s+am|we${A}re|we\\s+are)\\s+(?:100%\\s+|fully\\s+|firmly\\s+)?(?:behind|with))\\s+${NAME}`);
/** `Lawn signs for Sam Ortiz are in`. */
export const SIGNS_FOR = cued('sign signs', `\\b(?:lawn|yard|campaign|election|window)\\s+signs?\\s+for\\s+${NAME}`);
/** `Who's your pick for mayor? Mine's Dana Wu`. */
export const MINE_IS = cued('mine', `\\bfor\\s+${OFFICE}\\s*[?.!]+\\s*(?:mine${A}?s|mine\\s+is|my\\s+(?:pick|vote|choice)\\s+is)\\s+${NAME}`);
/** `Let's make Sandra Okafor our next mayor`, `can't wait to see Okafor as mayor`. */
export const NEXT_OFFICE = cued('make see want need as', `\\b(?:make|see|want|need|elect|choose|pick)\\s+${NAME}\\s+(?:as\\s+)?(?:our|the|your|as)\\s+(?:next\\s+|new\\s+)?${OFFICE}${CLAUSE_END}`);
/** `Volunteers knocking doors for Dana Wu`: canvassing for a named person, not a charity. */
export const CANVASS_FOR = cued('canvass canvassing knock knocking doors bank banking flyers', `\\b(?:canvass(?:ing)?|door[- ]?knock(?:ing)?|knock(?:ing)?\\s+(?:on\\s+)?doors|phone\\s*bank(?:ing)?|(?:drop(?:ping)?|hand(?:ing)?\\s+out)\\s+flyers)\\s+(?:for|with)\\s+${NAME}`);
/** `Sandra Okafor gets my vote`: the name is read backwards from the verb. */
export const GETS_MY_VOTE = cued('vote support ballot', `\\b(?:has|gets|got|earned|earns|deserves|will\\s+get|has\\s+earned)\\s+my\\s+(?:vote|support|ballot)\\b`);
/** `Time to fire Mayor Gondek`. */
export const REPLACE_OFFICIAL = cued('fire oust dump replace unseat defeat retire', `\\b(?:fire|oust|dump|replace|unseat|defeat|retire)\\s+(?:mayor|councillor|councilor|premier|trustee|mpp|mp|mla)\\s+${NAME}`);
/** `Volunteers wanted for Team Okafor's phone bank`, `the Okafor campaign kickoff`. */
export const TEAM_ACTIVITY = cued('team', `\\bteam\\s+([a-z][\\w'’-]*?)(?:${A}s)?\\s+(?:phone\\s*bank(?:ing)?|canvass(?:ing)?|campaign|office|hq|volunteers?|rally|kick-?off|launch|signs?|door[- ]?knocking)\\b`);
export const NAME_CAMPAIGN_EVENT = cued('campaign', `\\b(?:the|join|for|with|to)\\s+([a-z][\\w'’-]*)\\s+campaign\\s+(?:kick-?off|launch|rally|office|hq|headquarters|bbq|barbecue|event|fundraiser|team|volunteers?)\\b`);
/** `That's why I'm backing Priya Sharma`: first person, a full name (two capitalised words). */
export const I_BACK = cued('backing supporting support endorsing endorse behind', `\\b(?:i${A}m|i\\s+am|we${A}re|we\\s+are|i|we)\\s+(?:(?:proudly|fully|firmly|strongly|also|now)\\s+)?(?:backing|supporting|support|endorsing|endorse|behind)\\s+${NAME}`);
/** `Don't waste your vote on Hollis`. */
export const WASTE_VOTE = cued('waste', `\\bwaste\\s+(?:your|a|my|our)\\s+(?:vote|ballot)\\s+on\\s+${NAME}`);
/** `Don't let Hollis win again`. */
export const LET_WIN = cued('win', `\\b(?:don${A}?t|do\\s+not|never|can${A}?t)\\s+let\\s+${NAME}\\s+win\\b`);
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
export const COUNCIL_SUBJECT = /\b(?:council|committee|board|commission|councillors|members)\s+(?:(?:will|would|should|could|can|may|must|to|did|then|also|unanimously|today|again|not|voted|votes|decided|agreed)\s+){0,2}$/;
