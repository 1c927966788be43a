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
const CLAUSE_END = '(?=\\s*(?:[.,!?;:#)]|\\s[-–—]+\\s|$|\\p{Extended_Pictographic}|\\s(?:in|on|of|this|next|and|or|20\\d\\d|today|tomorrow|candidate|candidates|campaign|team|signs?|hq)\\b))';
const WORD = "[a-z][\\w'’.-]*";
/** Up to three words; group 1. Which of them form a name is decided by `nameSpan`. */
const NAME = `(${WORD}(?:\\s+${WORD}){0,2})`;
const VOTE = `\\b(?:please\\s+)?(?:vote\\s+out|voting\\s+out|vote|voting|votes|elect|cast(?:ing)?\\s+(?:your|a|my|our)\\s+(?:ballots?|votes?)|mark(?:ing)?\\s+(?:your|a|my|our)\\s+ballots?)\\s+(?:for\\s+)?`;
const ENDORSE = `\\b(?:support|supporting|back|backing|join|joining|donate\\s+to|volunteer\\s+(?:for|with)|elect|re-?elect|re-?electing|go)\\s+`;

/** Words that may stand between a canvassing verb and "for/with": when and where ("door-knocking tonight in Ward 4 for …"). */
const WHEN_WHERE = `(?:\\s+(?:tonight|today|tomorrow|again|all\\s+(?:day|weekend|evening)|this\\s+(?:morning|afternoon|evening|weekend)|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|around|across|through(?:out)?)\\s+(?:the\\s+)?(?:ward\\s+\\d+|[a-z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*)?)))?(?:\\s+(?:tonight|today|tomorrow|again|this\\s+(?:morning|afternoon|evening|weekend)|(?:in|around|across)\\s+(?:the\\s+)?(?:ward\\s+\\d+|[a-z][\\w'’-]*)))?`;
/** Judgements of a candidate: "the only serious choice", "the most qualified candidate". */
const CHOICE_ADJ = 'only|real|right|best|clear|obvious|smart|strongest|true|serious|sensible|logical|credible|viable|responsible|natural|rational|sane|reasonable|competent|qualified|honest|worthy|better|logical|one|most|strong|proven';
/** Adverbs that firm up a judgement: "is hands down the best candidate". */
const FIRMLY = '(?:hands\\s+down|clearly|easily|by\\s+far|definitely|absolutely|simply|obviously|truly|honestly|without\\s+(?:a\\s+)?doubt|far\\s+and\\s+away)';
const VOTE_CUES = 'vote voting votes ballot ballots elect';
/** Campaigns that are not elections: charity drives and City programs. */
export const NOT_ELECTION_CAMPAIGN = 'united\\s+way|charity|charitable|food|toy|coat|blood|awareness|safety|tree|trees|cleanup|clean-up|recycling|vaccination|fundraising\\s+for|census|surveys?|consultations?|outreach|wellness|heat|flood|water\\s+meter';
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
  // "volunteering at the UCP phone bank", "come out to the NDP fundraiser": joining a party's campaign event
  cued(PARTY_CUES, `\\b(?:join|joining|volunteer\\w*|come\\s+(?:out\\s+)?to|attend\\w*|help\\w*|see\\s+you\\s+at)\\b[^.!?\\n]{0,30}?${PARTY}\\s+(?:phone\\s*bank|campaign\\s+(?:office|event|launch|hq)|fundraiser|canvass|blitz|nomination\\s+meeting)\\b`),
  cued(`${PARTY_CUES} vote support`, `\\b(?:${PARTY}|(?:the\\s+)?greens)\\s+(?:have|has|get|gets|deserve|deserves)\\s+my\\s+(?:vote|support)\\b`),
  cued('campaign', `\\b(?:join|support|supporting|back|backing|donate\\s+to|contribute\\s+to|volunteer\\s+(?:for|with|on)|help)\\b[^.!?\\n]{0,60}?\\b(?:mayoral|re-?election|election|council|leadership|political|ward\\s+\\d+)\\s+campaign\\b`),
  cued('knocking knocked canvassing canvassed banking banked doors scrutineer scrutineers scrutineering literature pamphlets flyers signs', `\\b(?:door[- ]?knock(?:ing|ed)|(?:putting|put|planting|planted|setting|set)\\s+up\\s+(?:lawn\\s+|yard\\s+)?signs|knock(?:ing|ed)\\s+on\\s+(?:[\\d,]+\\s+|hundreds\\s+of\\s+|thousands\\s+of\\s+)?doors|canvass(?:ing|ed)|phone\\s*bank(?:ing|ed)|scrutineer(?:ing|s)?|(?:dropp(?:ing|ed)(?:\\s+off)?|hand(?:ing|ed)\\s+out|deliver(?:ing|ed))\\s+(?:flyers|literature|pamphlets))${WHEN_WHERE}\\s+(?:for|with)\\s+(?!(?:\\w+\\s+){0,2}(?:${NOT_ELECTION_CAMPAIGN})\\b)(?:\\w+\\s+){0,2}(?:campaign|candidate|${PARTY})`),
  cued(PARTY_CUES, `\\b(?:throw|kick|vote|keep)\\s+(?:the\\s+)?(?:${alt(PARTIES)})\\s+out\\b`),
  cued(PARTY_CUES, `${PARTY}\\s+all\\s+the\\s+way\\b`),
  cued('vote', `\\bvote\\s+(?:him|her|them)\\s+out\\b`),
  cued('member supporter volunteer', `\\b(?:proud|lifelong|card-carrying|longtime|long-time)\\s+(?:member|supporter|volunteer)\\s+of\\s+${PARTY}`),
  // "She'll be a fantastic councillor"
  cued('be make', `\\b(?:he|she|they)(?:${A}ll|\\s+will|\\s+would)\\s+(?:be|make)\\s+(?:a|an|our|the)\\s+(?:great|fantastic|excellent|amazing|wonderful|strong|terrific|outstanding|fine|good|better|best)\\s+${OFFICE}${CLAUSE_END}`),
  cued('campaign run bid candidacy', `\\b(?:my|our)\\s+(?:re-?election\\s+)?(?:campaign|run|bid|candidacy)\\s+for\\s+(?:the\\s+)?${OFFICE}${CLAUSE_END}`),
  // "Jo Lam is the trustee our kids need"
  cued('need needs deserve deserves', `(?:\\bis\\s+|(?<=\\p{L}\\s*[:–—]\\s+))the\\s+(?:\\w+\\s+)?${OFFICE}\\s+(?:we|our\\s+\\w+|this\\s+(?:city|ward|riding)|ward\\s+\\d+|toronto|calgary|peterborough)\\s+(?:need|needs|deserve|deserves)\\b`),
  // "a fundraiser for Councillor Marr's re-election"
  cued('reelection election', `\\b(?:fundrais\\w*|donat\\w*|volunteer\\w*|support\\w*|help\\w*|campaign\\w*)\\b[^.!?\\n]{0,40}?\\b(?:[a-z]+${A}s|his|her|their|my|our)\\s+re-?election\\b`),
  cued('win take flip hold', `\\b(?:win|take|flip|hold)\\s+(?:ward\\s+\\d+|this\\s+riding|the\\s+riding)\\b(?!['’]|\\s+(?:cup|trophy|award|prize|title|championship|challenge|contest))`),
  cued('reelection election', `\\b(?:my|our|his|her|their)\\s+re-?election\\s+(?:fund|campaign|team|bid|effort|war\\s+chest)\\b`),
  cued('elect reelect', `\\bhelp\\s+(?:us\\s+|me\\s+)?(?:re-?)?elect\\s+(?:a|an|the|our|more|new)\\b`),
  // "X doesn't deserve a second term", "a one-term mayor"
  cued('term', `\\b(?:(?:doesn${A}?t|does\\s+not|don${A}?t|do\\s+not|never)\\s+deserves?|deserves?|earned|has\\s+earned)\\s+(?:a\\s+)?(?:second|another|third|fourth|new)\\s+term\\b|\\bone[- ]term\\s+(?:mayor|councillor|premier|trustee)\\b`),
  // "X is my pick for mayor", "the only real choice for council"
  cued('pick choice candidate option guy gal man woman person', `\\b(?:is|are)\\s+(?:${FIRMLY}\\s+)?(?:(?:my|our|your)\\s+|the\\s+(?:(?:${CHOICE_ADJ})\\s+){1,2})(?:pick|choice|candidate|option|guy|gal|man|woman|person)\\s+for\\s+${OFFICE}${CLAUSE_END}`),
  // supporting someone's run: "stand with Priya in her run for council", "flyers for Okafor's mayoral run"
  cued('run bid', `\\b(?:support|supporting|stand\\s+with|standing\\s+with|volunteer\\w*|donat\\w+|backing|behind|join|joining|endorse\\w*|flyers?|proud\\s+of|help(?:ing|ed)?)\\b[^.!?\\n]{0,60}?(?:\\b(?:mayoral|council|councillor|re-?election|trustee)\\s+(?:run|bid)\\b|\\b(?:his|her|their|[a-z]+${A}s)\\s+(?:run|bid)\\s+(?:for|to\\s+(?:be|become))\\s+(?:our\\s+|the\\s+)?(?:next\\s+|new\\s+)?${OFFICE}\\b)`),
];

/** `vote for him`, `our candidate's fundraiser`: campaign content where the post names an office or election. */
export const IN_CONTEXT: CuedPattern[] = [
  // Siding with someone else's endorsement: "the Herald's endorsement says it all", "I agree with the Star's endorsement", "endorsed Lee and so do I"
  cued('endorsement endorsed', `\\b(?:agree\\w*\\s+with|second(?:ing)?|co-?sign(?:ing)?|echo(?:ing)?)\\s+(?:the\\s+)?(?:(?!(?:committee|council|staff|board|panel|city|mayor|province|ministry|agency|union)${A})[a-z]+${A}s?\\s+|their\\s+|this\\s+)?endorsement\\b(?!\\s+of\\s+(?:the|this|a|an|our)\\b)|\\bendorsement\\s+(?:says\\s+it\\s+all|is\\s+spot\\s+on|is\\s+(?:exactly\\s+)?right|nails\\s+it|gets\\s+it\\s+right)\\b|\\bendorsed\\s+[^.!?\\n]{1,40}?\\band\\s+so\\s+(?:do|will|did)\\s+(?:i|we)\\b`),
  cued(VOTE_CUES, `${VOTE}(?:him|her|them|me)\\b(?:\\s+out\\b)?(?!\\s+(?:in|as|at)\\s+(?:the\\s+)?(?:best|top|contest|poll|awards?)\\b)`),
  cued('candidate candidates', `\\b(?:our|my|his|her|their)\\s+(?:\\w+\\s+)?candidate(?:${A}s|s)?\\s+(?:fundraiser|campaign|event|launch|rally|office|signs?|team)\\b`),
  cued('running', `\\bis\\s+running\\s+for\\s+${OFFICE}\\b`),
  cued('vote', `\\b(?:has|have|gets|get|deserves?)\\s+my\\s+vote\\b`),
  cued('campaign', `\\b(?:donate|donating|donation|contribute|volunteer|volunteering|join)\\b[^.!?\\n]{0,40}?\\b(?:his|her|their|[a-z]+${A}s)\\s+campaign\\b`),
  cued('replace defeat unseat oust fire', `\\b(?:let${A}?s|time\\s+to|we\\s+(?:must|need\\s+to|have\\s+to|can))\\s+(?:replace|defeat|unseat|oust|fire)\\s+(?:him|her|them)\\b`),
  cued('vote', `\\bvote\\s+for\\s+(?:real\\s+)?(?:change|a\\s+change|new\\s+leadership|a\\s+fresh\\s+start)\\b`),
  cued('knock knocking canvass canvassing bank banking doors', `\\b(?:door[- ]?knock(?:ing)?|knock(?:ing)?\\s+on\\s+doors|canvass(?:ing)?|phone\\s*bank(?:ing)?)${WHEN_WHERE}\\s+(?:for|with)\\b(?!\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}(?:${NOT_ELECTION_CAMPAIGN})\\b)`),
  cued('candidate choice', `\\b(?:is|are)\\s+(?:${FIRMLY}\\s+)?the\\s+(?:(?:${CHOICE_ADJ})\\s+){1,2}(?:candidate|choice)\\b(?!\\s+(?:for|to|of)\\s+(?!${OFFICE}\\b))(?![^.!?\\n]{0,60}\\b(?:acclaimed|acclamation|registered|certified))`),
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
export const MY_PICK = cued('pick choice vote candidate endorsement', `\\bmy\\s+(?:(?:pick|choice|vote|candidate|endorsement)\\s+for\\s+${OFFICE}\\s*(?:is|:|-|goes\\s+to|=)|vote\\s+(?:goes|is\\s+going|will\\s+go)\\s+to|endorsement\\s*[:\\-–—])\\s+${NAME}`);
/** `Chip in to help Jane Doe win Ward 9`, `send Jane Doe to City Hall`, `give your vote to Doe`. */
export const HELP_NAME = cued('help helping send win elected', `\\b(?:help|helping)\\s+${NAME}\\s+(?:win|get\\s+(?:re-?)?elected|take\\s+(?:the\\s+)?(?:seat|ward|riding))\\b`);
export const SEND_NAME = cued('send put', `\\b(?:send|put)\\s+${NAME}\\s+(?:to|on|in|at)\\s+(?:city\\s+hall|council|ottawa|queen${A}s\\s+park|the\\s+legislature|parliament|the\\s+school\\s+board)\\b`);
export const GIVE_VOTE = cued('vote ballot', `\\b(?:give|giving|gave|lend|lending)\\s+(?:your|my|our)\\s+(?:vote|ballot)\\s+to\\s+${NAME}`);
/** `Ward 7 needs Tom Reyes`: needs a full name, or an election around it. */
export const NEEDS_NAME = cued('needs', `\\b(?:ward\\s+\\d+|calgary|toronto|peterborough|(?:our|this|the)\\s+(?:city|ward|riding)|city\\s+hall|council)\\s+needs\\s+${NAME}`);
/** `Put a Marr sign on your lawn`. */
export const NAME_SIGN = cued('sign signs', `\\b(?:put|get|grab|order|request|want|take|display)\\s+(?:a|an|your)\\s+([a-z][\\w'’.-]*)\\s+(?:lawn\\s+|yard\\s+|campaign\\s+|election\\s+)?signs?\\s+(?:on|in)\\s+(?:your|the)\\s+(?:front\\s+)?(?:lawn|yard|window)`);
/** `#TeamOkafor`, `Join Team Marr`: only where the post speaks of an office or election. Not cued: hashtags are one word. */
export const TEAM_NAME = /(?:#|\bjoin\s+)team\s*([a-z][\w'’-]*)/g;
/** `Come meet our candidate Sam Ortiz`. */
export const OUR_CANDIDATE = cued('candidate', `\\b(?:our|my)\\s+(?:(?:local|own|new|ward\\s+\\d+|mpp|mp|mla|council|mayoral|trustee)\\s+){0,2}candidate,?\\s+${NAME}`);
/** `Canvass with the Lin campaign`: a named campaign that is not a charity's. */
export const CANVASS_NAME = cued('canvass canvassing knock knocking bank banking flyers', `\\b(?:canvass(?:ing)?|door[- ]?knock(?:ing)?|knock(?:ing)?\\s+on\\s+doors|phone\\s*bank(?:ing)?|(?:drop|hand\\s+out)\\s+flyers)\\s+(?:for|with)\\s+(?:the\\s+)?(?!(?:${NOT_ELECTION_CAMPAIGN})\\b)([a-z][\\w'’.-]*)(?:${A}s)?\\s+(?:campaign|team)\\b`);
/** `We need Priya Sharma on council`, `Toronto needs Jo Lam as mayor`. */
export const NEED_ON = cued('need needs', `\\bneeds?\\s+${NAME}\\s+(?:(?:at|in|to)\\s+city\\s+hall\\b|(?:on|as)\\s+(?:the\\s+|our\\s+)?${OFFICE}${CLAUSE_END})`);
/** `Give Okafor your vote`. */
export const GIVE_NAME_VOTE = cued('give', `\\bgive\\s+${NAME}\\s+(?:your|a|my|our)\\s+(?:vote|ballot|support|first\\s+choice)\\b`);
/** `Volunteer for Dana Wu's campaign`: a named person's campaign, not a charity's. */
export const NAMED_CAMPAIGN = cued('campaign', `\\b(?:donate|donating|volunteer|volunteering|join|joining|support|supporting|help|helping|canvass|canvassing|work\\s+on|working\\s+on|chip\\s+in|contribute|give|keep)\\b[^.!?\\n]{0,40}?\\b(?:for\\s+|to\\s+|on\\s+)?(${WORD}(?:\\s+${WORD})?)${A}s\\s+(?:\\w+\\s+)?campaign\\b`);
/** `Don't let Hollis near the mayor's chair`. */
export const KEEP_FROM_OFFICE = cued('chair chairs seat seats office offices chamber chambers hall', `\\b(?:(?:don${A}?t|do\\s+not|never)\\s+let|keep)\\s+(?:(?:that|this|the)\\s+(?:[a-z-]+\\s+){0,2}?)?(${WORD}(?:\\s+${WORD}){0,2}?)\\s+(?:(?:any|some)where\\s+near|near|(?:far\\s+)?(?:out\\s+of|away\\s+from)|(?:back\\s+)?(?:in|into|near))\\s+(?:the\\s+)?(?:(?:mayor${A}?s|council|premier${A}?s|councillor${A}?s)\\s+(?:chair|office|seat|chamber)s?\\b|city\\s+hall${CLAUSE_END})`);
/** `I'm all in for Marr`, `rooting for Jane Doe`: only in a post about an election. */
export const ROOTING_FOR = cued('all rooting cheering behind stand', `\\b(?:all\\s+in\\s+for|rooting\\s+for|cheering\\s+for|stand\\s+with|(?:i${A}m|i\\s+am|we${A}re|we\\s+are)\\s+(?:100%\\s+|fully\\s+|firmly\\s+)?(?:behind|with))\\s+${NAME}`);
/** `Lawn signs for Sam Ortiz are in`. */
export const SIGNS_FOR = cued('sign signs', `\\b(?:lawn|yard|campaign|election|window)\\s+signs?\\s+(?:(?:are|is)\\s+)?(?:(?:going|popping)\\s+up\\s+|up\\s+|out\\s+|available\\s+|in\\s+)?for\\s+${NAME}`);
/** `Who's your pick for mayor? Mine's Dana Wu`. */
export const MINE_IS = cued('mine', `\\bfor\\s+${OFFICE}\\s*[?.!]+\\s*(?:mine${A}?s|mine\\s+is|my\\s+(?:pick|vote|choice)\\s+is)\\s+${NAME}`);
/** `Let's make Sandra Okafor our next mayor`, `can't wait to see Okafor as mayor`. */
export const NEXT_OFFICE = cued('make see want need as call', `\\b(?:make|see|want|need|elect|choose|pick|call)\\s+${NAME}\\s+(?:as\\s+)?(?:our|the|your|as|ward\\s+\\d+${A}s|(?:toronto|calgary|peterborough)${A}s)\\s+(?:next\\s+|new\\s+)?${OFFICE}${CLAUSE_END}`);
/** `Volunteers knocking doors for Dana Wu`: canvassing for a named person, not a charity. */
export const CANVASS_FOR = cued('canvass canvassing knock knocking doors door bank banking flyers scrutineer scrutineering literature pamphlets', `\\b(?:(?:go(?:ing)?|went)\\s+door[- ]to[- ]door|canvass(?:ing)?|door[- ]?knock(?:ing)?|knock(?:ing)?\\s+(?:on\\s+)?doors|phone\\s*bank(?:ing)?|scrutineer(?:ing)?|(?:drop(?:ping)?(?:\\s+off)?|hand(?:ing)?\\s+out|deliver(?:ing)?)\\s+(?:flyers|literature|pamphlets))(?:\\s+in\\s+(?:ward\\s+\\d+|[a-z]+))?(?:\\s+(?:tonight|today|tomorrow|this\\s+(?:weekend|week|morning|afternoon|evening)|on\\s+\\w+day))?\\s+(?:for|with)\\s+${NAME}`);
/** `Sandra Okafor gets my vote`: the name is read backwards from the verb. */
export const GETS_MY_VOTE = cued('vote support ballot', `\\b(?:has|gets|got|earned|earns|deserves|will\\s+get|has\\s+earned)\\s+my\\s+(?:full\\s+|complete\\s+|total\\s+|unwavering\\s+|100%\\s+)?(?:vote|support|ballot)\\b`);
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

/**
 * Campaign slugs and tags (`priyaformayor.ca`, `#Okoye4Ward11`, `#VoteChow2026`, `#ElectAmir`): cheap, run everywhere.
 * The letter before "4"/"for" is checked after it, not by a lookbehind tried at every position: the same matches.
 */
export const SLUG = /(?:4|for)(?<=[a-z](?:4|for))(?:mayor|council|councillor|ward\d+|trustee|mpp|mp|mla|premier)\b/g;
export const HASHTAG_VOTE = /#vote(?:4|for)?([a-z]+)\d*\b/g;
export const HASHTAG_ELECT = /#(?:re)?elect[a-z]+\d*\b/g;

/** A call to action that makes "is running for council" campaign content. */
export const CALL_TO_ACTION = /\b(?:vote\s+for|volunteer|donate|donation|support\s+(?:him|her|them)|lawn\s+sign|make\s+a\s+(?:\w+\s+)?(?:councillor|mayor|trustee)|(?:his|her|their)\s+campaign\s+(?:page|website|site|account))/;
/** "Thank you to Councillor Lee for Ward 5!" thanks someone; it does not campaign. */
export const THANKS = /\bthanks?\b[^.!?\n]*$/;
/** "Council will vote for Option B": Council deciding, not a voter being asked. */
export const COUNCIL_SUBJECT = /\b(?:council|committee|board|commission|councillors|members)\s+(?:(?:will|would|should|could|can|may|must|to|did|then|also|unanimously|today|again|not|voted|votes|decided|agreed)\s+){0,2}$/;

/** What follows a City program's campaign, not a candidate's: "the Mayor's campaign launch for the new Clean Streets program". */
export const PROGRAM_AFTER = /^[^.!?\n]{0,50}?\b(?:program|programme|initiative|strategy|pilot|project|drive|challenge|pledge|awareness|plan)\b/;
/** A neutral result after the name: "Jane Doe has been acclaimed". */
export const NEUTRAL_RESULT = /^\s+(?:has\s+been|have\s+been|was|were|is)\s+(?:acclaimed|elected|declared|returned|sworn)\b/;

/** Nouns of a campaign's own events and things, after "Jane Doe for Council" ("the Jane Doe for Council dinner"). */
const CAMPAIGN_THING = '(?:campaign\\s+)?(?:dinner|gala|bbq|barbecue|breakfast|brunch|lunch|pub\\s+night|fundraiser|rally|kick-?off|launch|office(?!\\s+hours)|headquarters|volunteers?|website|page|buttons?|t-?shirts?|merch|event|social)';
/** `the Jane Doe for Council dinner`: a campaign brand before one of its events. Name read backwards. */
export const FOR_OFFICE_THING = cued(OFFICE_CUES, `\\bfor\\s+${OFFICE}(?=\\s+${CAMPAIGN_THING}\\b)`);

/** `Jean Tremblay's campaign kickoff`, `Ruth Ansah's campaign for the Ward 8 seat`: a person's campaign; group 1 holds the name (read from its end). */
export const PERSON_CAMPAIGN = cued('campaign candidacy', `\\b(${WORD}(?:\\s+${WORD}){0,2})(?:${A}s|(?<=s)${A})\\s+(?:(?:mayoral|council|re-?election|ward\\s+\\d+)\\s+(?:campaign|candidacy)\\b(?!\\s+(?:for|to|on|against|about)\\b)|(?:(?:mayoral|council|re-?election|trustee|leadership|ward\\s+\\d+)\\s+)?(?:campaign|candidacy)\\s+(?:kick-?off|launch|rally|office|hq|headquarters|bbq|barbecue|event|fundraiser|team|volunteers?|page|website|signs?|for\\s+(?:the\\s+)?(?:(?:ward\\s+\\d+\\s+|council\\s+|\\w+\\s+)?seat|${OFFICE})))\\b`);

/** Running a named person's campaign: `I'm co-chairing my neighbour Ruth Ansah's campaign`. */
export const RUN_NAMED_CAMPAIGN = cued('campaign', `\\b(?:launch\\w*|kick(?:ing)?\\s+off|co-?chair\\w*|chair(?:ing|s|ed)?|manag(?:e|es|ing|ed)|lead(?:ing|s)?|organi[sz]\\w*|coordinat\\w*|running|run|work(?:ing|ed)?\\s+(?:on|for)|sign(?:ed)?\\s+up\\s+(?:for|with))\\b[^.!?\\n]{0,40}?\\b(${WORD}(?:\\s+${WORD})?)(?:${A}s|(?<=s)${A})\\s+(?:\\w+\\s+)?campaign\\b`);

/** `with Team Bellamy`, `for the Castillo team`: a candidate's team, where the post speaks of an election. */
export const NAMED_TEAM = cued('team campaign', `(?:\\b(?:with|for|on|join|joining|from|of|in\\s+for)\\s+|^|(?<=[\\n.!?]\\s*))(?:team\\s+([a-z][\\w'’-]*)|the\\s+([a-z][\\w'’-]*)\\s+(?:campaign|team))\\b`);

/** The employee's own candidacy: `I'm running for council in Ward 2`, `I filed my nomination papers`. */
export const OWN_CANDIDACY: CuedPattern[] = [
  cued('running run candidate', `\\b(?:i${A}m|i\\s+am|i${A}ll\\s+be|i\\s+will\\s+be|i${A}ve\\s+decided\\s+to|i\\s+have\\s+decided\\s+to|i\\s+plan\\s+to|i\\s+intend\\s+to|i${A}m\\s+going\\s+to)\\s+(?:(?:officially|proudly|once\\s+again|again|now)\\s+)?(?:running|run|a\\s+candidate)\\s+(?:again\\s+)?for\\s+(?:re-?election\\s+(?:as|in|to)\\s+|the\\s+)?${OFFICE}${CLAUSE_END}`),
  cued('nomination', `\\b(?:i|we)\\s+(?:(?:just|officially|finally)\\s+)?(?:filed|submitted|handed\\s+in)\\s+my\\s+nomination\\s+papers?\\b|\\b(?:announce|announcing)\\s+my\\s+(?:candidacy|campaign|intention\\s+to\\s+run)\\b`),
  cued('seeking seek reelection term', `\\b(?:i|i${A}ll|i\\s+will|i${A}m|i\\s+am|i\\s+plan\\s+to|i\\s+intend\\s+to)\\s+(?:be\\s+)?(?:(?:proudly|officially|once\\s+again|again)\\s+)?(?:seek|seeking|run|running)\\s+(?:for\\s+)?(?:re-?election|a\\s+(?:second|third|fourth|new)\\s+term)\\b`),
  cued('platform', `\\bmy\\s+(?:campaign\\s+|election\\s+)?platform\\s+for\\s+(?:the\\s+)?${OFFICE}${CLAUSE_END}`),
  cued('ballot', `\\b(?:proud|excited|honou?red|thrilled|happy|humbled)\\s+to\\s+be\\s+on\\s+the\\s+ballot\\b`),
  cued('candidate', `\\b(?:i${A}m|i\\s+am|i${A}ll\\s+be|i\\s+will\\s+be)\\s+(?:(?:officially|proudly|now)\\s+)?(?:(?:running|standing)\\s+as\\s+)?(?:the|a|an)\\s+(?:(?:${alt(PARTIES)}|${alt(PARTY_ADJECTIVES)}|independent|mayoral|council|trustee|mpp|mp|mla)\\s+){1,2}candidate\\b`),
  cued('hat', `\\b(?:throw(?:ing|n)?|threw|toss(?:ing|ed)?)\\s+my\\s+hat\\s+in(?:to)?\\s+the\\s+ring\\s+for\\s+${OFFICE}${CLAUSE_END}`),
];

/** Roles only a campaign recruits: `we still need scrutineers for election night`. Only in a post about an election. */
export const CAMPAIGN_ROLES = cued('scrutineers canvassers knockers bankers drivers', `\\b(?:we|i|our\\s+campaign|the\\s+campaign|our\\s+team|my\\s+campaign)\\s+(?:still\\s+|really\\s+|urgently\\s+|also\\s+)?(?:need|needs|are\\s+looking\\s+for|am\\s+looking\\s+for|could\\s+use)\\s+(?:\\w+\\s+){0,2}(?:scrutineers|canvassers|door[- ]?knockers|phone\\s*bankers)\\b`);

/** First-person endorsement in other tenses: `I've endorsed Jane Doe`, `throwing my support behind Jane Doe`. */
export const ENDORSED = cued('endorsed backed endorse endorsing behind', `(?:\\b(?:i|we)(?:${A}ve|\\s+have)\\s+(?:(?:officially|proudly|formally|just|already)\\s+)?(?:endorsed|backed)|(?<=\\b(?:proud|happy|pleased|excited|honou?red|thrilled|glad)\\s+to\\s+)(?:endorse|be\\s+endorsing)|\\b(?:throw(?:ing)?|threw|put(?:ting)?|lend(?:ing)?)\\s+(?:my|our)\\s+(?:full\\s+|whole\\s+|complete\\s+)?(?:support|weight)\\s+behind)\\s+${NAME}`);

/** A coy endorsement: `you know who I'd pick 😉`, `not telling anyone how to vote, but…`. */
export const KNOW_WHO = cued('know', `\\byou\\s+(?:all\\s+|already\\s+|probably\\s+)?know\\s+(?:who|which\\s+(?:one|candidate|name))\\s+(?:i${A}d|i\\s+would|i${A}m|i\\s+am|i${A}ll|i\\s+will|we${A}re|i)\\s+(?:be\\s+)?(?:pick|choose|vote|voting|back|backing|support|supporting|go\\s+with|going\\s+with|choosing|picking)\\b`);
export const NOT_TELLING = cued('tell telling', `\\b(?:not|never|won${A}?t|wouldn${A}?t)\\s+(?:gonna\\s+|going\\s+to\\s+)?tell(?:ing)?\\s+(?:you|anyone|anybody|people|folks|y${A}?all)\\s+(?:how|who|what)\\s+to\\s+vote(?:\\s+for)?[^a-z]{0,8}but\\b`);
/** After "not telling you how to vote, but": an office holder or a party named in what follows. */
export const NAMED_OFFICIAL = new RegExp(`\\b(?:councillor|councilor|mayor|trustee|premier|mpp|mla|mp)\\s+([a-z][\\w'’-]*)|${PARTY}`, 'gu');

/** `Anyone but Hollister`: opposing a person at an election. */
export const ANYONE_BUT = cued('anyone anybody', `\\b(?:anyone|anybody)\\s+but\\s+${NAME}`);
/** Removal idioms: `show him the door on the 20th`. Only with an election or a date near. */
export const SHOW_DOOR = cued('door packing boot', `\\b(?:show|shown|showing)\\s+(?:him|her|them|(${WORD}(?:\\s+${WORD})?))\\s+the\\s+door\\b|\\bsend\\s+(?:him|her|them)\\s+packing\\b|\\bgive\\s+(?:him|her|them)\\s+the\\s+boot\\b`);
/** A date of voting: municipal elections are in October, and "at the polls" says it outright. */
export const VOTING_DAY = /\b(?:oct(?:ober)?|nov(?:ember)?)\.?\s+\d{1,2}\b|\belection\s+(?:day|night)\b|\bat\s+the\s+(?:polls|ballot\s+box)\b/;
/** Any near date, which makes an idiom of removal ("show him the door on the 20th") a vote. */
export const VOTING_TIME = /\b(?:on|by|this|next)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b(?:oct(?:ober)?\.?|nov(?:ember)?\.?|june?|may)\s+\d{1,2}\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\belection\s+(?:day|night)\b|\bthis\s+fall\b|\bat\s+the\s+(?:polls|ballot\s+box)\b/;

/** Helping a candidate onto the ballot: `Rachel Kim needs 25 signatures`, `sign her nomination papers`. */
export const NEEDS_SIGNATURES = cued('signatures nominators', `\\b(?:needs|is\\s+(?:collecting|gathering|looking\\s+for))\\s+(?:just\\s+|only\\s+)?(?:\\d+|a\\s+few|some|a\\s+handful\\s+of)\\s+(?:more\\s+)?(?:signatures|nominators)\\b(?![^.!?\\n]{0,60}\\bpetition)`);
export const SIGN_NOMINATION = cued('nomination', `\\bsign\\s+(?:his|her|their|${WORD}${A}s)\\s+nomination\\s+(?:papers?|forms?)\\b`);

/** `Picked up my Keisha Adeyemi lawn sign`: a person's name on a lawn sign. */
export const PERSON_SIGN = cued('sign signs', `\\b(?:my|our|a|an|your|the|their|his|her)\\s+${NAME}\\s+(?:lawn|yard|campaign|window|election)\\s+signs?\\b`);

/** `worth your vote`, `the choice is easy: Marr`, `only one name on the ballot for mayor: Tom Bergstrom`. Only where the post speaks of an office or election. */
export const WORTH_VOTE = cued('worth', `\\bworth\\s+(?:your|a|my|our)\\s+vote\\b`);
export const EASY_CHOICE = cued('easy simple obvious clear brainer choice name option', `\\b(?:race|vote|ballot|(?:choice|pick)\\s+for\\s+${OFFICE})\\s+(?:is|was|this\\s+time\\s+is)\\s+(?:easy|simple|obvious|clear|a\\s+no-?brainer)\\s*[:\\-–—]\\s*${NAME}|\\bonly\\s+(?:one\\s+)?(?:real\\s+|serious\\s+)?(?:name|choice|option)\\s+(?:on\\s+the\\s+ballot\\s+)?for\\s+${OFFICE}[^.!?\\n:]{0,20}:\\s*${NAME}`);

/** `so many Castillo signs`: signs counted by a name. Only with a voting signal (an election word, 🗳️, a #…votes tag). */
/** `Okafor signs are going up all over Ward 2`: a name's signs spreading, at the start of a sentence. Only where the post names an office or election. */
export const SIGNS_UP = cued('signs', `(?:^|(?<=[\\n.!?:]\\s*))${NAME}\\s+(?:lawn\\s+|yard\\s+|campaign\\s+)?signs\\s+(?:are\\s+|were\\s+)?(?:(?:going|popping|springing)\\s+up|sprouting|everywhere|all\\s+over)\\b`);
/** Kinds of signs that are not a candidate's name: "Parking signs are going up all over Ward 2". */
export const SIGN_KINDS = /^(?:road|street|parking|detour|closure|construction|stop|speed|school|yield|exit|welcome|warning|no|for|sale|open|house|garage|yard|lawn|new|the|more|these|those|our|city|ward|election|voting|vote|information|info|notice|notices|wayfinding|trail|park|bike|transit|bus|snow|route|tow|private|event|festival|pride|protest|rally|holiday|christmas)$/;
export const MANY_SIGNS = cued('signs', `\\b(?:so\\s+many|lots\\s+of|more|\\d+|hundreds\\s+of|dozens\\s+of|all\\s+the)\\s+${NAME}\\s+(?:lawn\\s+|yard\\s+)?signs\\b`);

/** `Remember Councillor Petrov's record when you vote`, `Time for a change on June 2`: only with a party or an office holder named near. */
export const REMEMBER_AT_POLLS = cued('remember change leadership accordingly', `\\bremember\\b(?!\\s+(?:to|your|you|when)\\b)[^.!?\\n]{0,80}?\\b(?:when\\s+you\\s+(?:vote|mark\\s+your\\s+ballot|go\\s+to\\s+the\\s+polls|cast\\s+your\\s+(?:vote|ballot))|at\\s+the\\s+(?:ballot\\s+box|polls)|on\\s+(?:election|voting)\\s+day|on\\s+(?:oct(?:ober)?|nov(?:ember)?|june?|may)\\.?\\s+\\d{1,2})\\b|\\bvote\\s+accordingly\\b|\\btime\\s+for\\s+(?:a\\s+)?(?:change|new\\s+leadership|fresh\\s+leadership|something\\s+new)\\s+(?:on|in|this)\\s+(?:october|november|june|may|\\d|election|voting|the\\s+\\d)`);

/** `Vote for the candidate who will fight for transit: Lina Castillo`. */
export const CANDIDATE_WHO = cued('candidate person choice', `\\b(?:vote|voting|pick|choose|support|elect)\\s+(?:for\\s+)?the\\s+(?:candidate|person|one)\\s+(?:who|that)\\b[^.!?\\n:]{0,80}[:\\-–—]\\s*${NAME}`);

/** `Petrov has to go`: only with a voting signal. Name read backwards. */
export const HAS_TO_GO = cued('go', `\\s(?:has|have|needs|need|must|gotta)\\s+(?:to\\s+)?go\\b(?!\\s+(?:to|through|back|out|in|on|with|for|ahead|over|up|down)\\b)`);

/** `Castillo 2026: a mayor for everyone`: a name, a year, and a slogan about the office. */
export const NAME_YEAR = cued('mayor councillor councilor trustee', `(?:^|[\\n.!?]\\s*)([a-z][\\w'’-]*)\\s+20\\d\\d\\b[^.!?\\n]{0,12}?(?:a|the|your|our)\\s+(?:mayor|councillor|councilor|trustee)\\s+(?:for|who|that)\\b`);
/** A voting signal without the word "election": the ballot-box emoji or a voting hashtag. */
export const VOTING_SIGNAL = /\u{1F5F3}|#\w*(?:votes?|vote\d+|elxn\d*|elect\w*|poli|leg)\b/iu;

/** `Let's turn Ward 2 orange`: a party's colour on a ward or riding. */
export const PARTY_COLOUR = cued('orange blue red', `\\b(?:turn|paint|keep|make)\\s+(?:ward\\s+\\d+|this\\s+riding|the\\s+riding|our\\s+riding)\\s+(?:orange|blue|red)\\b`);
/** `On the 20th, let's elect a councillor who shows up`. */
export const ELECT_ONE_WHO = cued('elect', `\\blet${A}?s\\s+(?:finally\\s+)?elect\\s+(?:a|an|some)\\s+(?:\\w+\\s+)?${OFFICE}\\s+(?:who|that)\\b`);
/** `Keep Ruth Ansah.`, `Keep Ruth Ansah on council`: a person kept in office. */
export const KEEP_NAME = cued('keep', `\\bkeep\\s+${NAME}(?=\\s*(?:[.!]|$)|\\s+(?:on|in|at)\\s+(?:council|city\\s+hall|ward\\s+\\d+|office)\\b)`);

/** `Bergstrom needs every vote he can get`, `she'd love your vote`. Name read backwards for the first. */
export const NEEDS_VOTES = cued('vote votes support', `\\s(?:needs|need|could\\s+use)\\s+(?:every|your|our|all\\s+the)\\s+(?:vote|votes|support)\\b`);
export const WOULD_LOVE_VOTE = cued('vote support', `\\b(?:he|she|they|i)(?:${A}d|\\s+would)\\s+(?:love|appreciate|be\\s+grateful\\s+for|value)\\s+your\\s+(?:vote|support)\\b`);
/** `Jane is officially a candidate for council`: with a call to action, like "is running for council". */
export const IS_CANDIDATE = cued('candidate', `\\b(?:is|are)\\s+(?:now\\s+|officially\\s+)*(?:a\\s+)?candidate\\s+for\\s+(?:(?:toronto|calgary|peterborough)\\s+)?${OFFICE}${CLAUSE_END}`);
/** `Liberals out! 🗳️`: only with a voting signal. */
export const PARTY_OUT = cued(PARTY_CUES, `${PARTY}\\s+out\\s*(?=[!.]|$|\\p{Extended_Pictographic})`);
/** `On October 26, choose Sam Reyes`: a person chosen on a voting day. */
export const CHOOSE_NAME = cued('choose pick', `\\b(?:choose|pick|chose)\\s+${NAME}`);
/** `Grateful to everyone who signed my nomination papers`, `officially on the ballot for Ward 2`. */
export const ON_BALLOT = cued('nomination ballot', `\\bsigned\\s+my\\s+nomination\\s+(?:papers?|forms?)\\b|\\b(?:i${A}m|i\\s+am|officially|now)\\s+(?:officially\\s+)?on\\s+the\\s+ballot\\s+for\\s+(?:the\\s+)?${OFFICE}${CLAUSE_END}`);
/** `the Obi victory party`: a candidate's election-night party. */
export const VICTORY_PARTY = cued('victory', `\\b(?:the|our|a|at)\\s+([a-z][\\w'’-]*)\\s+(?:victory|election[- ]night)\\s+(?:party|celebration|bash)\\b`);

/** Roles on a campaign, for a party or a person: `poll captain for the Greens`, `official agent for Jane Doe`. Group 1: a name. */
export const ROLE_FOR = cued('captain canvasser scrutineer agent manager treasurer', `\\b(?:poll\\s+captain|sign\\s+captain|canvasser|scrutineer|official\\s+agent|campaign\\s+(?:manager|chair|co-?chair|treasurer))\\s+(?:for|with|on)\\s+(?:${PARTY}|${NAME})`);
/** `the NDP candidate's town hall`. */
export const PARTY_CANDIDATE_EVENT = cued(PARTY_CUES, `${PARTY}\\s+candidate(?:${A}s|s${A}?)?\\s+(?:town\\s+hall|rally|event|fundraiser|office|launch|bbq|barbecue|meet\\s+and\\s+greet|debate\\s+watch)\\b`);

/** `Is there anyone better for Ward 7 than Dan Whitfield?`. */
export const BETTER_THAN = cued('better', `\\b(?:anyone|anybody|someone|no\\s+one|nobody)\\s+better\\s+(?:for|to\\s+represent|to\\s+lead)\\s+(?:the\\s+)?${OFFICE}\\s+than\\s+${NAME}`);
/** `the worst councillor this ward has ever had`: only with a voting date or an election. */
export const EVER_HAD = cued('ever', `\\b(?:the\\s+)?(?:worst|best|greatest|most\\s+useless)\\s+${OFFICE}\\s+(?:this\\s+(?:ward|city|riding)|we${A}ve|we\\s+have|toronto|calgary|peterborough|ward\\s+\\d+)\\s+(?:has\\s+|have\\s+)?ever\\s+had\\b`);
/** `Another four years of Petrov?`. */
export const YEARS_OF = cued('years', `\\b(?:another|four\\s+more|4\\s+more)\\s+(?:four\\s+|4\\s+)?years\\s+(?:of|with)\\s+${NAME}(?=\\s*(?:[?.!,;:]|$)|\\s+(?:in|as|at|on)\\b)`);
/** `If you live in Ward 9, Dev Sharma is your guy`: name read backwards, where the post names an office. */
export const YOUR_GUY = cued('guy gal pick choice candidate person', `\\s(?:is|are)\\s+(?:your|my|our)\\s+(?:guy|gal|pick|choice|candidate|person)\\b(?!\\s+(?:for|to|of)\\b)`);
/** `Grace Obi is the ONLY pro-transit candidate in Ward 6`: a modifier makes it a judgement, not an acclamation. */
export const ONLY_CANDIDATE = cued('candidate', `\\b(?:is|are)\\s+the\\s+only\\s+(?!registered|certified|nominated|remaining|other|declared)[\\w-]+\\s+candidate\\b`);
/** `Don't vote for that crook Pettigrew`, `never put this clown Vance back on council`: a described person the reader is told to keep out. Group 1: the words, the name last. */
export const OPPOSE_DESCRIBED = cued('let put send vote voting elect reelect', `\\b(?:don${A}?t|do\\s+not|never)\\s+(?:(?:vote|voting)(?:\\s+for)?|let|put|send|re-?elect|elect)\\s+(?:that|this)\\s+((?:[a-z-]+\\s+){1,2}?${WORD})(?=\\s+(?:back|win|in|on|into|onto|anywhere|near|again|to|as)\\b|\\s*(?:[.,!?;:]|$))`);
/** `Sam Reyes would make an excellent councillor`: name read backwards. */
export const NAME_WOULD_MAKE = cued('be make', `\\s(?:would|will|${A}d|${A}ll)\\s+(?:be|make)\\s+(?:a|an|our|the)\\s+(?:great|fantastic|excellent|amazing|wonderful|strong|terrific|outstanding|fine|good|better|best)\\s+${OFFICE}${CLAUSE_END}`);
/** `Don't give him another term`. */
export const ANOTHER_TERM = cued('term', `\\bgive\\s+(?:him|her|them|${WORD}(?:\\s+${WORD})?)\\s+(?:another|a\\s+second|a\\s+third|a\\s+fourth|four\\s+more\\s+years\\s+in)\\s+(?:term|office)\\b(?!\\s+of\\b)`);
