/**
 * Phrases that mark information as confidential, privileged or not yet public. Written for this
 * project from the policies' categories (Toronto guidelines s.2 and Conflict of Interest Policy:
 * confidential or privileged City information; Peterborough 4.3.1: closed-session items; Calgary:
 * internal messages to employees) and the ways people say such things in posts. Each entry is a
 * regular-expression fragment matched on normalised (lower-case) text at word boundaries.
 */

/** Markers that a document or item is confidential or not yet public: always a finding. */
export const SECRECY_MARKERS: readonly string[] = [
  'not for (?:public )?(?:distribution|release|circulation|publication|consumption|eyes|viewing)',
  '(?:for )?internal (?:use )?only',
  'for internal use',
  // "Do not share - …", not the City's advice "do not share your password".
  "(?:do not|don'?t) (?:share|forward|distribute|circulate|repost|re-?share|screenshot|copy|spread)(?= ?[-–—:.,!'\")]|$| (?:this|it|outside|beyond|further|externally)\\b)",
  // A document's own label: "marked DRAFT - DO NOT CIRCULATE", "stamped internal use only".
  '(?:marked|stamped|labell?ed|watermarked|flagged) (?:as )?["\'“‘]?(?:draft[ -–—]+)?(?:do not|don\'t) (?:circulate|distribute|share|copy|forward|release|disclose)',
  // The label stands alone ("marked confidential, but…"), not as an adjective ("labelled as draft routes").
  '(?:marked|stamped|labell?ed|watermarked|flagged) (?:as )?["\'“‘]?(?:draft|confidential|internal|secret|privileged|restricted|sensitive|protected)\\b(?![\\w-]* (?!(?:and|or|but|so|yet|until|till|though|lol)\\b)[a-z])',
  'not for (?:attribution|quoting|quotation)',
  '(?:for )?(?:your )?eyes only',
  'not (?:to be|meant to be|supposed to be) (?:shared|public|made public|released|posted)',
  'embargoed',
  'under embargo',
  'privileged (?:and confidential|legal advice|legal opinion|legal|advice|information|communication|document|memo)',
  'solicitor[- ]client (?:privilege|advice)',
  'before (?:it|this|they|we)(?:\'s| is| are)? (?:officially )?(?:announced|released|public|made public|goes public|go public)',
  'before (?:the|any) (?:official )?announcement',
  'ahead of the (?:official )?announcement',
  'un(?:released|announced|published|redacted) (?:\\w+ )?(?:report|version|copy|file|minutes|draft|budget|plan|memo|list|numbers|figures|study|audit|results|decision|deal)',
  '(?:internal|leaked|confidential) (?:memo|e-?mail|document|doc|report|briefing|brief|slide|slides|deck|numbers|list|note|message|draft|budget|hr file|file|minutes)s?',
  // An early or pre-release copy, and results held back ("we're sitting on them until…").
  '(?:early|advance|advanced|sneak) (?:copy|draft|version|look at the (?:draft|report|budget|numbers))(?: of)?',
  'pre-?release (?:\\w+ ){0,2}(?:results|report|numbers|figures|data|draft|copy|version|budget|findings)',
  'sitting on (?:it|them|this|that|the (?:\\w+ )?(?:results|report|numbers|data|findings)) (?:until|till)',
  'keep (?:this|it|that) (?:within|inside|in) (?:the|our) (?:team|branch|division|department|office|room|building|group|unit|section|family)',
  'keep (?:this|it|that) (?:confidential|internal|private|in-house)',
  'embargo(?:ed)? (?:until|till|til)',
];

/**
 * Gossip markers ("don't tell anyone", "between us"): a finding only in a post about work, since
 * people say the same about birthdays and lasagna.
 */
export const GOSSIP_MARKERS: readonly string[] = [
  'keep (?:this|that)(?: one)? (?:quiet|under wraps|under your hats?|close to (?:the|your) chest|between us|to yourselve?s?|on the (?:down ?low|dl|d\\.l\\.)|hush|zipped)',
  'keep it (?:under wraps|between us|to (?:yourselve?s?|ourselves|myself|themselves)|on the down ?low|hush)',
  '(?:keep|kept|keeping) (?:this|that|it) to (?:ourselves|myself|yourselve?s?|themselves)',
  // "Legal told us in confidence", "she mentioned it in strict confidence".
  "in (?:strict(?:est)? |complete |total )?confidence(?<=\\b(?:told|tells|said|says|mentioned|whispered|shared (?:it|this|that)(?: with (?:me|us))?|let (?:me|us) know) (?:(?:me|us|the team|staff|everyone) )?in (?:strict(?:est)? |complete |total )?confidence)",
  "mum'?s the word",
  'off the record',
  'hush[- ]hush',
  'you heard it here first',
  "you didn'?t hear (?:it|this|that) from me",
  "(?:don'?t|do not) (?:tell anyone|tell anybody|quote me)",
  "(?:i'?m |we'?re )?not supposed to (?:say|share|tell|post|talk about|mention) (?:this|that|it|anything)",
  "(?:i|we) (?:shouldn'?t|should not) (?:be )?(?:saying|sharing|telling|posting)",
  'top secret',
  // "My sources at City Hall say…", "a little bird told me".
  // (Each starts from its rarer word and looks behind for the common one, so a long post is not scanned from every "a" or "is".)
  'sources?(?<=\\b(?:my|our|a|some|several|two|multiple) sources?) (?:at|in|inside|within|close to) (?:city hall|council|the (?:city|mayor|department|branch|division|office|union))',
  'a little bird (?:told|tells) me',
  // The poster knows it should not be posted: "I'll get in trouble for this", "posting this anonymously".
  "(?:i'?ll|i will|i could|i'?d|i would|i might|i'?m going to|i'?m gonna) (?:probably )?(?:get (?:in|into) trouble|get fired|lose my job|be fired)(?: for (?:this|posting|saying|sharing))?",
  'posting (?:this )?anonymously',
  // "Rumour at the depot:", "word from inside City Hall", "a source in Planning says".
  "(?:rumou?rs?|the scoop|intel|the buzz|gossip|whispers?|a source|one source|word) (?:(?:from|going around|around|at|in|inside|within) )+(?:city hall|the (?:mayor'?s office|office|depot|yard|department|branch|division|hall|garage|station|plant)|planning|finance|hr|transit|parks|council|roads|bylaw|legal)\\b",
  // A City action nobody was told about: "they're quietly dropping the pilot".
  'quietly(?<=\\b(?:is|are|\'s|\'re|been|was|were) quietly) (?:dropping|scrapping|cutting|killing|shelving|closing|cancell?ing|axing|selling|ending|shutting|pulling|dropped|scrapped|cut|killed|shelved|closed|cancell?ed|axed|sold|ended)',
  'insider (?:info|information|tip|scoop|intel)',
  // Things heard or kept from the public: "overheard the GM on a call", "supposed to stay in the room".
  "overheard (?:the |my |our |a |two |some )?(?:[\\w'-]+ )?(?:gm|manager|director|boss|supervisor|councill?or|mayor|chief|deputy|commissioner|hr|executives?|senior (?:staff|leadership|management)|leadership team)s?\\b(?:[^.!?\\n]{0,30}?\\b(?:say|says|saying|said|talking|tell|telling|discussing|mention(?:ed|ing)?|on (?:a|the|his|her|their) (?:call|phone))\\b|:)",
  'supposed to (?:stay|remain|be kept) (?:in (?:the|this) room|private|quiet|internal|secret|confidential|between us|under wraps)',
  'under wraps(?<=\\b(?:is|\'s|are|\'re|being|kept|stays?|remains?) under wraps)',
  "keep (?:it|this|that) quiet (?:until|till|for now|for a (?:few )?(?:days|weeks?))",
  // "HR is keeping it quiet", not the by-law reminder "please keep it quiet after 11 p.m."
  'keeping (?:it|this|that) (?:quiet|under wraps|hush|secret|on the down ?low)',
  'keep (?:it|this|that) secret',
  '(?:nobody|no one|no-one) (?:else )?knows (?:yet|about (?:it|this|that) yet)',
  // "Not public yet", not "the lot is not public parking" (public as an adjective of a noun).
  "not (?:yet )?public(?: yet)?(?! (?!(?:yet|and|or|but|so|until|till|because|as|for|to|in|on|at|by|with|though|either|anymore|now|lol)\\b)[a-z])",
  "(?:is ?n'?t|is not|are ?n'?t|are not) public(?: yet)?(?! (?!(?:yet|and|or|but|so|until|till|because|as|for|to|in|on|at|by|with|though|either|anymore|now|lol)\\b)[a-z])",
];

/** Words that make a post about work or the City (for gossip markers, "not announced yet" and leaks). */
export const WORK_CONTEXT =
  '\\b(?:council|councill?ors?|city|mayor|budget|department|branch|division|staff|managers?|director|gm|memo|report|plan|deal|layoffs?|cuts?|contract|project|program|restructur\\w*|reorg\\w*|clos(?:ing|ure)|merg\\w*|hiring|positions?|jobs?|routes?|by-?law|fees?|rates?|taxe?s?|transit|arena|pool|library|work|office|team|union|settlement|hr|boss|supervisors?|employees?|co-?workers?|colleagues?|foreman|finance|payroll|courthouse|depot|yard|facility|hall|museum|archives|centre|center|station|warehouse|garage|plant|evidence|cashier|server room|chief|deputy|police|fire|legal|lawyers?|lawsuit|inspectors?|auditors?|audits?|committees?|crews?|procurement|tenders?|rfps?|hires?|shared drive|intranet)\\b';

/** "Not announced yet": a finding unless the City promises to publish it ("will be posted when…"). */
export const UNANNOUNCED = [
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) (?:yet |officially )?(?:announced|released)(?: yet)?",
  "(?:won'?t|will not) be (?:public|announced|released|made public) (?:until|till)",
  // A decision that is not final yet: "the award won't be official until June".
  "(?:award|contract|deal|decision|appointment|hire|hiring|sale|purchase|closure|layoffs?|cuts?|settlement) (?:won'?t|will not|is ?n'?t|is not) (?:be )?(?:official|confirmed|final) (?:until|till|yet)",
  "(?:announcement|release|award|news)(?: date)? (?:is ?n'?t|is not|won'?t be|will not be|not) (?:\\w+ )?(?:until|till|before)",
  // An embargo still in force: "embargo lifts Thursday", not "embargo lifted: now public".
  "embargo (?:lifts|ends|expires|comes off|is up (?:at|on|tomorrow)|(?:will|won'?t|doesn'?t|does not) (?:be )?(?:lift|lifted|end|expire))",
  "(?:can'?t|cannot|can not) (?:(?:officially|publicly) (?:say|share|talk about|reveal|confirm|tell you) (?:anything|much|too much|a lot|more|details|specifics)|(?:say|share|talk about|reveal|confirm|tell you) (?:anything|much|too much|a lot|more|details|specifics) (?:yet|officially|publicly)),? but\\b",
  // Withheld, then told anyway: "can't give you the specifics yet (they're still being signed), but the deal is on".
  "(?:can'?t|cannot|can not|not allowed to|not able to|unable to) (?:(?:officially|publicly) )?(?:say|share|talk about|reveal|confirm|tell you|give(?: you)?|spill|post|disclose|go into) (?:(?:the|all the|any|many|most|of the|any of the) )?(?:(?:[\\w-]+ ){0,2}(?:details|specifics|fine print|particulars|numbers|figures|names|terms|dollar amounts?)|who|where|which (?:one|ones|site|team|branch)|how much|the name) (?:yet|publicly|officially|just yet)\\b[^.!?\\n]{0,100}?\\bbut\\b",
  // "Nobody's announced it", "none of the crews have been told yet".
  "(?:nobody|no one|no-one)(?:'s| has| have)? (?:officially )?(?:announced|been told) (?:it|this|that|anything|yet)",
  "(?:none|not one) of (?:the |us|them|our )(?:\\w+ )?(?:has|have|'ve)? ?(?:been|were|was) told yet",
  // "We can't (officially) announce it until June", "can't say anything till council votes".
  "(?:can'?t|cannot|can not|aren'?t allowed to|are not allowed to|not allowed to) (?:(?:officially|publicly) (?:announce|say|share|talk about|reveal|confirm) (?:(?:this|it|that|anything|much) )?|(?:announce|talk about|say) (?:this|it|that) (?:officially |publicly )?)(?:until|till|before)",
  // Not gone before Council yet: a report still with staff.
  "(?:has ?n'?t|has not|have ?n'?t|have not|not) (?:yet )?(?:gone|been) (?:to|before) (?:council|committee|the board)(?: yet)?",
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) (?:yet )?public yet",
  "(?:is ?n'?t|is not|are ?n'?t|are not|'s not|'re not|not) out there yet",
  // "Nobody outside Finance has seen it yet", "before council sees them".
  "(?:nobody|no one|no-one) (?:outside (?:of )?(?:[\\w&'-]+ ){1,2})?(?:has|have|'s) (?:seen|read|heard about) (?:it|this|that|them)(?: yet)?",
  "before (?:council|committee|the public|anyone else|residents|the media|the press|the board|the mayor) (?:sees?|gets?|hears?|knows?|reads?|finds? out)\\b",
  "before (?:the |our |any )?official (?:notice|announcement|memo|release|news release|press release|media release|e-?mail|letter|news)s? (?:goes|go|is sent|gets sent|comes|is|gets) out",
  // "They haven't told the public", "before it goes to committee".
  "(?:has ?n'?t|has not|have ?n'?t|have not) (?:yet )?told (?:the public|residents|the residents|anyone|the media|the press|the crews|staff|the staff|the union|the families)(?: yet)?",
  "(?:before|ahead of) (?:it|this|they|the (?:report|budget|plan|numbers|list)) (?:goes|go|gets|get|is presented|is tabled) (?:to|before) (?:council|committee|the board|cabinet)",
  // "Before it hits the news".
  '(?:before|ahead of) (?:it|this|they|that|anything) (?:hits?|makes?|gets? (?:in|into|to)|reach(?:es)?) the (?:news|papers|paper|media|press)',
  "(?:has ?n'?t|has not|have ?n'?t|have not) (?:been |yet been )?(?:announced|released|made public)(?: yet)?",
  'yet to be (?:announced|released|made public)',
  // Personnel news not sent yet: "the reorg memo hasn't gone out", "the layoff notices that haven't been sent yet".
  "(?:announcement|memo|list|news|notices?|letters?|e-?mail)s?(?<=\\b(?:reorg|restructuring|layoff|lay-off|termination|severance|redundancy|cuts?|staff|hr) (?:announcement|memo|list|news|notices?|letters?|e-?mail)s?)(?: (?:that|which))? (?:has ?n'?t|has not|have ?n'?t|have not|is ?n'?t|is not|are ?n'?t|are not) (?:yet )?(?:gone out|been sent(?: out)?|been shared|been released|out)(?: yet)?",
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) out (?:yet|until|till)",
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) (?:yet )?(?:official|posted|published)(?: yet)?",
  // A look at a document before its release: "got a look at the preliminary audit findings".
  "(?:got|had|getting|gotten|grabbed|snuck|sneaking) (?:a |an )?(?:early |quick |first |sneak |little )?(?:look|peek|glimpse) at (?:the |our |a )?(?:[\\w'-]+ ){0,2}(?:preliminary|interim|unreleased|internal|confidential|consultant'?s?) (?:[\\w'-]+ ){0,3}(?:findings|results|recommendations|report|budget|numbers|plan|map|audit|review|figures|data|list|scores|options)",
  "(?:sneak peek|early look|advance look|first look) at (?:the |our |a )?(?:[\\w'-]+ ){0,2}(?:preliminary|interim|unreleased|internal|confidential|consultant'?s?) (?:[\\w'-]+ ){0,3}(?:findings|results|recommendations|report|budget|numbers|plan|map|audit|review|figures|data|list|scores|options)",
  '(?:for|before|until|till) (?:it|they|this|that) (?:to )?comes? out(?! of)',
];
export const PROMISE_CUES =
  "\\b(?:we'?ll (?:post|share|announce|update|let)|will be (?:posted|shared|announced|available|released|published)|stay tuned|check back|watch for|once (?:it|they|available)|when (?:it|they|available)|details to come|coming soon|tune in|watch live|join us|feedback|comments?|input|have your say|survey|consultation)\\b";

/** Closed meetings of Council or its committees. */
export const CLOSED_MEETING = '(?:in[- ]camera|closed[- ]session|closed[- ]door(?:s)?|behind closed doors|confidential session|closed (?:meeting|portion)(?! (?:provisions?|rules?|polic(?:y|ies)|procedures?|investigat\\w*|by-?laws?|requirements?|exceptions?|protocols?))|private session|(?:council|committee|they) (?:voted|met|decided|agreed) (?:\\w+ )?in private)';

/** A closed meeting merely announced or scheduled, which is public information. */
export const SCHEDULE_CUES =
  "\\b(?:meets?|to discuss (?:a|an|one|two|three|several)|starts?|begins?|resumes?|reconvenes?|will (?:go|move|meet|convene|recess)|goes into|went into|met in|reported out|reports? out|went in|entered|moved into|came out of|rose from|emerged from|no (?:decisions?|votes?) (?:was|were) (?:made|taken)|is scheduled|scheduled for|public portion|livestream(?:ed)?|agenda|notice of)\\b";

/** "Leak" is about water or gas at least as often as about secrets. */
export const LEAK = '\\bleak(?:ed|s)?\\b';
export const LEAK_EXCLUDE = "\\b(?:water|pipes?|gas|roof|mains?|taps?|faucets?|basements?|toilets?|hydrants?|meters?|sewer|plumbing|fix(?:ed|ing)?|repair(?:ed|s|ing)?|detect(?:ion|ed)?|pools?|tanks?|ceilings?|tubs?|hoses?|oil|fuel|diesel|propane|ammonia|chlorine|coolant|hydraulic|air|tires?|radiators?|boilers?|valves?|hvac|deep end|drips?|dripping|puddles?|plumbers?|windows?|splash pads?|rinks?)\\b|\\b(?:small|slow|minor|tiny|big|major|bad|huge) leaks? (?:in|at|under|behind|near|on) (?:the|our|my|a)\\b";

/** Words before "confidential" that say a service keeps the public's information private ("all calls are confidential"). */
export const SERVICE_BEFORE =
  "\\b(?:free|calls?|conversations?|sessions?|submissions?|reports?|complaints?|tips?|information|info|records?|identity|details|privacy|kept|keeps?|remains?|stays?|treated|handled|protected|respects?|anonymous(?:ly)?|report (?:it|fraud|abuse|concerns?)|counselling|support|voluntary and(?=\\s*$)|your (?:responses|answers|feedback|survey))\\b";
/** Words after "confidential" that name a public service ("confidential counselling", "tip line"). */
export const SERVICE_AFTER =
  "^\\W*(?:and (?:free|anonymous|non-judgmental)|(?:[\\w-]+ ){0,3}(?:sessions|appointments|consultations|one-on-ones|drop-?offs?|disposal|shredding|screenings?|check-?ups|support|supports|counsell?ing|counsell?ors?|help|helpline|hotline|tip line|tips?|line|crisis|service|services|advice|clinic|testing|assessment|reporting|by phone|24/7|whistle-?blow\\w*|ombuds\\w*)|" +
  // The way to reach a service: "(report) confidentially through the program / online / by phone",
  // not "confidentially through a friend".
  "(?:through|via|using|online|by (?:phone|calling|e-?mail|mail|text(?:ing)?|contacting|visiting))\\b(?! (?:a|my|the|our|his|her|their|one|some) (?:\\w+ )?(?:friend|grapevine|source|contact|colleague|co-?worker|boss|manager|supervisor|insider|mutual|buddy|pal|person|guy|someone)))\\b";

/**
 * Before the adverb "confidentially": the reader (or the public) may use a service that way ("you
 * can report it confidentially", "residents may call confidentially"), not someone telling a secret
 * ("I can tell you confidentially").
 */
export const READER_MAY =
  "(?:\\b(?:you|residents?|staff|employees|anyone|callers?|people|workers|members|tenants|parents|youth|students|victims|witnesses|the public|everyone)(?: (?:can|may|could)(?![\\w'’])| (?:are|is) (?:able|welcome|encouraged|invited) to)" +
  // or an imperative that opens the sentence: "Speak to an advisor confidentially", "Report it confidentially"
  "|(?:^|[.!?:]\\s+)(?:please )?(?:speak|talk|reach out|reach|contact|call|report|ask|chat|connect|meet|get help|get support|raise|submit|share your concerns?|book)(?! me\\b))(?: (?:also|always|still|now|easily|safely))?(?: (?!(?:tell|say|share|confirm|reveal|let|whisper|know)\\b)[\\w-]+){1,5}\\s*$";

/** Things a code, PIN or combination opens, and accounts a password protects. */
const LOCKED = '(?:wi-?fi|wireless|network|door|alarm|lock|lockbox|padlock|gate|entry|keypad|access|building|security|garage|vault|safe|bike cage|cage|server room|elevator|panel|fob|cabinet|closet|storage|locker|shed|compound|trailer|room)';
const ACCOUNT = '(?:admin|administrator|master|account|e-?mail|voicemail|phone|laptop|computer|system|portal|vpn|router|guest|staff|shared|team|root)';

/** Credential keywords: "password", "admin pw", "gate code", "vault combination", "login". */
export const CREDENTIAL_KEYS =
  `(?:(?:${ACCOUNT} |${LOCKED} )?(?:password|passcode|passphrase|passwd|pwd|pw|pin(?: number| code)?|login|log-?in|credentials|user ?name and password)|(?:wi-?fi|wireless|network) (?:code|key)|${LOCKED} (?:code|combo|combination)s?|(?:combo|combination)(?: lock)?|code(?= to (?:the|our|get|open|unlock|enter)\\b| (?:for|to|on|of|at) (?:the |our )?(?:[\\w&'-]+ ){0,3}${LOCKED}s?\\b)|keypad|lockbox|padlock)`;

/** "user X, pass Y" / "username X / password Y": group 1 is the password. */
export const USER_PASS = "\\b(?:user(?: ?name)?|login|id)[:=]? ?\\S+?[,;/]? (?:and |& )?(?:pass|pw|pwd|password)[:=]? ?(\\S*\\d\\S*)";

/** "The side gate at the landfill is 1-1-0-7": a thing that locks, then a code-shaped value (group 1). */
export const LOCKED_IS_CODE = `\\b${LOCKED}s?\\b(?: (?:at|for|to|on|of|in|by)\\b(?:(?!\\b(?:is|are|was|were)\\b)[^.:!?\\n]){1,50}?)? (?:is|:) (\\d(?:-?\\d){3,7}[#*]?)(?![\\w/])`;

/** "The enclosure opens with 8812": group 1 is the code. */
export const OPENS_WITH = "\\b(?:opens|unlocks|open|unlock|gets? (?:you )?in|disarms?) with (?:the )?(?:code |pin |combo |combination )?(\\S*\\d\\S*)";

/** Keywords that may be followed by the value directly ("password Chinook2025"). */
export const PASSWORD_WORDS = '(?:password|passcode|passwd|pwd|pw)';

/** Between the keyword and the value: "is", "is still", "changed to", ":", "=", a dash. */
export const CREDENTIAL_VERB =
  '(?:\\b(?:is|are|was|were)\\b(?: (?:still|now|currently|just|always|literally|actually))?|\\b(?:changed|changes|reset|set|updated) to|:|=|-|–)';

/** Security gaps at a workplace: an alarm disarmed, a vault left unlocked, a door nobody watches. */
export const SECURITY_GAP =
  "\\b(?:alarms?|vaults?|safes?|cameras?|cctv|server room|evidence room|cash room|cashier'?s? office|back door|side door|rear door|loading dock|fire exit|security system)\\b[^.!?\\n]{0,50}?\\b(?:(?:is|are|gets?|stays?|goes|go|was|were|(?:has|have|'s|'ve) been) (?:\\w+ )?(?:unlocked|unarmed|disarmed|disabled|switched off|turned off|propped open|left open|unguarded|unmonitored|down|off|offline|broken|out of order|(?:not|never) (?:set|armed|alarmed|working|monitored|locked|recording|staffed|guarded))|(?:disarmed|disabled|unlocked|unguarded|unmonitored|broken|down) (?:every|each|from|between|during|over|until|on weekends|all (?:night|day|weekend)))\\b|\\b(?:nobody|no one|no-one) (?:is )?(?:on|at|watching|guarding|covering|monitoring) the (?:\\w+ ){0,2}(?:door|gate|entrance|desk|cameras?|monitors?|dock|lot)\\b|\\bguard (?:rotation|schedule) (?:skips|misses|leaves)\\b|\\b(?:doors?|gates?|locks?|windows?) (?:doesn'?t|does not|don'?t|do not|won'?t|will not) (?:latch|lock|close|shut|arm)\\b|\\banyone can (?:just )?(?:walk|get|come|wander) in\\b|\\b(?:after (?:that|hours|close|closing|\\d{1,2}(?: ?[ap]\\.?m\\.?)?)|at night|overnight)\\b[^.!?\\n]{0,30}?\\b(?:is|are|'s|stays?|left) (?:wide open|unlocked|unguarded|unattended)\\b|\\bno (?:security|guards?)(?: (?:on site|on duty|staff))? (?:after|before|between|overnight|at night|on (?:weekends|sundays|saturdays|holidays))\\b";

/** Personnel matters: discipline, firings and complaints about a named or described employee. */
export const HR_MATTER =
  "\\bdisciplinary (?:hearing|meeting|action|file|investigation|letter|case)s? (?:for|against|of|on|with|into)\\b|\\b(?:is|are|'s|'re|was|were|will be|'ll be|got|gets|going to be|about to be|gonna be)(?: (?:probably|likely|definitely|finally|quietly|getting|being|about to be|going to be|gonna be))* (?:fired|let go|terminated|suspended|disciplined|written up|walked out|demoted|canned|sacked|laid off|made redundant|packaged out|surplussed)\\b|\\b(?:harassment|misconduct|grievance|hr|workplace|whistle-?blower|discrimination|bullying) (?:complaint|investigation|case|file|finding|report)s? (?:against|about|into|on)\\b|\\bhr told me\\b|\\b(?:terminated|fired|let go|suspended|walked out|demoted) (?:yesterday|today|this (?:morning|afternoon|week)|last (?:week|night|friday|monday|tuesday|wednesday|thursday))\\b|\\b(?:investigation|complaint|review) (?:into|against|about|of) (?:the|a|an|our|that) (?:[a-z'-]+ ){0,3}(?:officer|employee|supervisor|manager|director|worker|staffer|inspector|clerk|councill?or|chief|guy|woman|man|colleague|co-?worker|foreman)s? (?:found|substantiated|upheld|confirmed)\\b|\\b(?:is|are|'s|being) (?:being )?investigated for\\b|\\b(?:is|are|'s|'re) (?:now |currently )?under (?:investigation|review) for\\b|\\bperformance improvement plan\\b|\\b(?:is|are|was|were|'s|'re|been|being|put|placed) on (?:a |an )?(?:performance|improvement|pip)(?: improvement)?(?: plan)?\\b";

/** Legal advice the City received ("our lawyers advised Council…", "Legal's advice to us"). */
export const LEGAL_ADVICE =
  "\\b(?:our|the city'?s|city|council'?s|the) (?:lawyers?|solicitors?|legal (?:team|department|dept|counsel|staff|services)|counsel|legal)\\b (?:\\w+ )?(?:advised|advises|told|tells|says|said|warned|warns|recommended|recommends|believes?|thinks?|opinion)\\b|\\blegal'?s (?:advice|opinion|view)\\b|\\b(?:law|legal) (?:department|dept|team|services|branch|counsel)(?:'s)? (?:memo|opinion|advice|brief|note|e-?mail|view)\\b|\\blegal (?:advice|opinion) (?:says|said|is that|was that|to (?:us|council|the city)|from (?:our|the city'?s))\\b|\\b(?:advice|opinion) from (?:our|the city'?s) (?:lawyers?|solicitors?|legal)\\b";

/** Procurement before award: who bid what, who is cheapest or leading. */
export const BIDS =
  "\\b(?:lowest|low|cheapest|highest|winning|top|leading) (?:bid|bidder|tender|proposal|quote)s?\\b|\\b(?:bids?|bidders?|tenders?|proposals?|rf[pqi]s?)\\b[^.!?\\n]{0,80}?\\b(?:lowest|cheapest|highest|front-?runner|leading|came in at|is ahead)\\b|\\b(?:ranked|scored|rated) (?:first|top|highest|lowest|last|second|#?1|number one)\\b[^.!?\\n]{0,40}\\b(?:rf[pqi]|bids?|tenders?|proposals?|contract|evaluation)\\b|\\bevaluation (?:committee )?(?:scores|results|rankings) (?:are|came) in\\b|(?<=[a-z] )bid [$][\\d.,]*\\d(?: ?(?:m|k|million|thousand)\\b)?";

/** Bargaining positions: "the union is asking for 4%, we're offering 2.5%" (with a bargaining word in the post). */
export const BARGAINING_CONTEXT = '\\b(?:bargain\\w*|negotiat\\w*|talks|mediat\\w*|arbitrat\\w*|collective agreement|strike|lock-?out|cupe|iaff|afscme|(?:at|to|from) the table)\\b';
export const BARGAINING_POSITION =
  "\\b(?:union|local \\d+|city|management|employer|we|they|our side|the other side)(?:'re|'s| is| are)? (?:(?:still|now|only) )?(?:asking for|offering|proposing|demanding|tabling|tabled|holding (?:out )?(?:at|for)|willing to (?:go|settle) (?:to|for|at|up to)|won'?t go (?:above|past|over|below|under)|(?:offered|proposed|tabled|put) (?:the union|the city|management|the employer|us|them)(?: with)?) (?:a |an |only |just |up to )?(?:\\$?\\d[\\d.,]*\\s*(?:%|percent|per cent|k\\b|m\\b|million\\b)|\\d+ per cent)(?! ?(?:off|discounts?|rebates?|savings|cash ?back)\\b)";

/** Discipline named as a noun: "getting a two-week suspension", "handed a written warning". */
export const HR_SANCTION =
  "\\b(?:flagged|caught|investigated|disciplined|reprimanded|dinged|docked) for (?:fraud|theft|time theft|harassment|misconduct|stealing|falsifying|drinking|sleeping|padding|fudging|timesheet)|\\b(?:hiring|interview) (?:committee|panel) (?:picked|chose|selected|went with|is going with|recommended|offered)\\b[^.!?\\n]{0,40}?\\b(?:for|as) (?:the |a |our )?(?:[\\w-]+ ){0,3}(?:role|job|position|director|manager|chief|supervisor|posting|lead)\\b|\\binvestigation (?:found|concluded|determined|substantiated) (?:that )?(?:the|a|an|our|one|two|three) (?:[\\w'-]+ ){0,2}(?:officer|employee|supervisor|manager|director|worker|staffer|inspector|clerk|chief|foreman|colleague|co-?worker)s?\\b|\\b(?:suspension|written warning|final warning|reprimand|demotion|termination letter|pink slip)s?\\b(?<=\\b(?:getting|gets|got|get|given|handed|facing|faces|receiving|received|receives|slapped with) (?:a |an )?(?:[\\w-]+ ){0,3}(?:suspension|written warning|final warning|reprimand|demotion|termination letter|pink slip)s?)|\\b(?:hr|harassment|misconduct|workplace|internal) (?:investigation|probe|complaint)s? (?:at|in|into) (?:the|our) (?:[\\w&'-]+ ){0,3}(?:depot|yard|office|branch|division|department|station|unit|team|shop|garage|centre|center|hall|plant)\\b";

/** Scores before an award: "came out on top in the evaluation for the … tender" (with a procurement word in the sentence). */
export const EVALUATION_LEAD =
  "\\b(?:came out on top|came (?:in )?first|placed first|finished first|topped|is leading|are leading|is ahead|are ahead|won|leads) (?:in |on )?(?:the )?(?:[\\w-]+ ){0,2}(?:evaluation|scoring|scores|rankings?)\\b";

/** A story, not the City: a leaked memo in a thriller, an embargo in a TV plot. */
export const FICTION_FRAME = '\\b(?:thriller|novel|movie|film|episode|sitcom|tv show|storyline|plot (?:twist|hinges|line)|the plot|whole plot|spy)\\b';

/** A network key: "the key is Maple!2291" in a post about wifi. */
export const NETWORK_CONTEXT = '\\b(?:wi-?fi|wireless|network|router|ssid|hotspot)\\b';
export const NETWORK_KEY = '\\b(?:key|pass|(?<!(?:postal|promo|discount|coupon|area|qr|zip|dress|building|bar|source|access) )code)(?:\\s*(?:is|:|=)\\s*| (?=\\S*\\d))(\\S+)';

/** A password described, then its value in brackets or quotes: "the password is the mascot plus the year (gopher2025)". */
export const CREDENTIAL_ASIDE =
  "\\b(?:password|passcode|pass ?phrase|pin|pw|pwd)\\b[^.!?\\n]{0,60}?[(\"“'‘]([\\w!#$@%&*.-]*\\d[\\w!#$@%&*.-]*)[)\"”'’]";
export const PROCUREMENT = '\\b(?:tenders?|bids?|bidders?|rf[pqi]s?|procurement|contracts?|vendors?|suppliers?|contractors?)\\b';

/** Who a sanction is about: an employee or a person, not "a resident received a written warning". */
export const EMPLOYEE = '\\b(?:(?:supervisor|manager|employee|staffer|worker|colleague|co-?worker|foreman|officer|inspector|driver|operator|clerk|lifeguard|director|coordinator|analyst|guy|boss)s?|staff|chiefs?|foremen|he|she|they|him|her|woman|man|women|men)\\b';

/**
 * Things seen or heard in private at work. The common verb ("saw", "said") is looked for behind the
 * rarer words, so the pattern does not scan ahead from every "said" in a long post.
 */
export const GOSSIP_SCANS: readonly string[] = [
  // A document seen where it was not meant to be seen: "saw the shortlist on my manager's desk".
  "(?:my|the|our|his|her|their) (?:manager|boss|director|supervisor|gm|chief|commissioner|councill?or|mayor|deputy)'?s (?:desk|screen|monitor|printer|inbox|e-?mail|computer|laptop|whiteboard|office|files?)(?<=\\b(?:saw|seen|spotted|read|noticed|glimpsed|peeked at|snooped|found)\\b[^.!?\\n]{0,60}? (?:on|in|at|from) (?:my|the|our|his|her|their) (?:manager|boss|director|supervisor|gm|chief|commissioner|councill?or|mayor|deputy)'?s (?:desk|screen|monitor|printer|inbox|e-?mail|computer|laptop|whiteboard|office|files?))",
  // What a manager said in a one-on-one.
  "in (?:our|my|a|today'?s) (?:1:1|1-on-1|one-on-one|one on one|check-in)(?<=\\b(?:said|told me|mentioned|confirmed|let slip|admitted)\\b[^.!?\\n]{0,30}? in (?:our|my|a|today'?s) (?:1:1|1-on-1|one-on-one|one on one|check-in))",
  "(?:in|during) (?:our|my|today'?s) (?:1:1|1-on-1|one-on-one|one on one)\\b[^.!?\\n]{0,40}?\\b(?:said|told me|mentioned|confirmed|let slip|admitted)",
];

/** HR documents seen by the poster: an offer letter, severance numbers; someone's salary or review (the verb looked for behind the document). */
export const HR_DOCUMENTS =
  "(?:offer letters?|salary list|pay stubs?|severance (?:packages?|deals?|agreements?|numbers)|personnel files?|hr files?|disciplinary files?|exit interviews?)\\b(?<=\\b(?:saw|seen|found|read|opened|came across|looked at|got a look at) (?:the |a |his |her |their |someone'?s |everyone'?s |all (?:the )?)?(?:[\\w'-]+ ){0,2}(?:offer letters?|salary list|pay stubs?|severance (?:packages?|deals?|agreements?|numbers)|personnel files?|hr files?|disciplinary files?|exit interviews?))|(?:salary|salaries|performance reviews?|evaluations?|sick days|medical notes?)\\b(?<=\\b(?:saw|seen|found|read|opened|came across|looked at|got a look at) (?:his|her|their|someone'?s|everyone'?s|[\\w-]+'s) (?:[\\w'-]+ ){0,2}(?:salary|salaries|performance reviews?|evaluations?|sick days|medical notes?))";

/** A folder of City files anyone can open. */
export const OPEN_FOLDER = "\\b(?:shared (?:folder|drive)|folder|drive|files?|spreadsheet)\\b[^.!?\\n]{0,30}?\\banyone (?:can|could) (?:open|access|see|read|view|edit)\\b";

/**
 * A person on a list of job cuts: "Sam in Payroll is on the layoff list", "the names on the
 * restructuring list" next to a person, "she's on the chopping block".
 */
export const CUT_LIST =
  "\\b(?:layoff|lay-off|laid-off|restructuring|reorg|redundancy|termination|severance|cuts?|chopping|surplus|elimination|position elimination)s? (?:list|block|sheet|spreadsheet)s?\\b";
export const CUT_LIST_PERSON =
  "\\b(?:is|are|'s|'re|was|were|being|got put|been put|ended up|made it) (?:also |now |apparently |officially )?(?:on|one of (?:the )?(?:names|people|ones|staff) on)\\b|\\b(?:names?|who'?s|who is|people|staff|employees?) on (?:the|that|this)\\b|\\b(?:made|landed on|ended up on|added to|put on) (?:the|that|this)\\b";

/** A credential changed, then its value in the next words: "the login changed this week. It's admin / Pass#1". */
export const CREDENTIAL_THEN =
  "\\b(?:(?:shared |team |admin |new |wi-?fi |network |door |gate |alarm )?(?:password|passcode|passwd|login|log-?in|credentials|pin|pw|pwd)s?|wi-?fi|wireless|network|router|(?:door|gate|alarm|keypad|lockbox|lock|entry|access|vault|safe|cage|room|locker) (?:code|combo|combination)s?)\\b[^\\n]{0,80}?\\b(?:changed|reset|updated|rotated|new)\\b[^\\n]{0,60}?\\b(?:it'?s|it is|its|now|new one is|new one'?s|they'?re|they are|use)(?: now| just)?:? ((?=[^\\s/]*[\\d#$%^&*@!_~+=])\\S+(?:\\s*/\\s*\\S+)?|\\S+\\s*/\\s*(?=\\S*[\\d#$%^&*@!_~+=])\\S+)";
