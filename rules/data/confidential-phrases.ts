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
  "(?:do not|don'?t) (?:share|forward|distribute|circulate)(?= ?[-–—:.,!'\")]|$| (?:this|it|outside|beyond|further|externally)\\b)",
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
  'keep it (?:under wraps|between us|to yourselve?s?|on the down ?low|hush)',
  "mum'?s the word",
  'off the record',
  'hush[- ]hush',
  'you heard it here first',
  "you didn'?t hear (?:it|this|that) from me",
  "(?:don'?t|do not) (?:tell anyone|tell anybody|quote me)",
  "(?:i'?m |we'?re )?not supposed to (?:say|share|tell|post|talk about|mention) (?:this|that|it|anything)",
  "(?:i|we) (?:shouldn'?t|should not) (?:be )?(?:saying|sharing|telling|posting)",
  'top secret',
  'insider (?:info|information|tip|scoop|intel)',
  // "HR is keeping it quiet", not the by-law reminder "please keep it quiet after 11 p.m."
  'keeping (?:it|this|that) (?:quiet|under wraps|hush|secret|on the down ?low)',
  'keep (?:it|this|that) secret',
  '(?:nobody|no one|no-one) (?:else )?knows (?:yet|about (?:it|this|that) yet)',
  'not (?:yet )?public(?: yet)?',
  "(?:is ?n'?t|is not|are ?n'?t|are not) public(?: yet)?",
];

/** Words that make a post about work or the City (for gossip markers, "not announced yet" and leaks). */
export const WORK_CONTEXT =
  '\\b(?:council|councill?ors?|city|mayor|budget|department|branch|division|staff|managers?|director|gm|memo|report|plan|deal|layoffs?|cuts?|contract|project|program|restructur\\w*|reorg\\w*|clos(?:ing|ure)|merg\\w*|hiring|positions?|jobs?|routes?|by-?law|fees?|rates?|taxe?s?|transit|arena|pool|library|work|office|team|union|settlement|hr|boss|supervisors?|employees?|co-?workers?|colleagues?|foreman|finance|payroll|courthouse|depot|yard|facility|hall|museum|archives|centre|center|station|warehouse|garage|plant|evidence|cashier|server room|chief|deputy|police|fire|legal|lawyers?|lawsuit)\\b';

/** "Not announced yet": a finding unless the City promises to publish it ("will be posted when…"). */
export const UNANNOUNCED = [
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) (?:yet |officially )?(?:announced|released)(?: yet)?",
  "(?:won'?t|will not) be (?:public|announced|released|made public) (?:until|till)",
  "(?:has ?n'?t|has not|have ?n'?t|have not) (?:been |yet been )?(?:announced|released|made public)(?: yet)?",
  'yet to be (?:announced|released|made public)',
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) out (?:yet|until|till)",
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) (?:yet )?(?:official|posted|published)(?: yet)?",
  '(?:for|before|until|till) (?:it|they|this|that) (?:to )?comes? out(?! of)',
];
export const PROMISE_CUES =
  "\\b(?:we'?ll (?:post|share|announce|update|let)|will be (?:posted|shared|announced|available|released|published)|stay tuned|check back|watch for|once (?:it|they|available)|when (?:it|they|available)|details to come|coming soon)\\b";

/** Closed meetings of Council or its committees. */
export const CLOSED_MEETING = '(?:in[- ]camera|closed[- ]session|closed[- ]door(?:s)?|behind closed doors|confidential session)';

/** A closed meeting merely announced or scheduled, which is public information. */
export const SCHEDULE_CUES =
  "\\b(?:meets?|to discuss (?:a|an|one|two|three|several)|starts?|begins?|resumes?|reconvenes?|will (?:go|move|meet|convene|recess)|goes into|went into|met in|reported out|reports? out|went in|entered|moved into|came out of|rose from|emerged from|no (?:decisions?|votes?) (?:was|were) (?:made|taken)|is scheduled|scheduled for|public portion|livestream(?:ed)?|agenda|notice of)\\b";

/** "Leak" is about water or gas at least as often as about secrets. */
export const LEAK = '\\bleak(?:ed|s)?\\b';
export const LEAK_EXCLUDE = '\\b(?:water|pipes?|gas|roof|mains?|taps?|faucets?|basements?|toilets?|hydrants?|meters?|sewer|plumbing|fix(?:ed|ing)?|repair(?:ed|s|ing)?|detect(?:ion|ed)?)\\b';

/** Words before "confidential" that say a service keeps the public's information private ("all calls are confidential"). */
export const SERVICE_BEFORE =
  "\\b(?:free|calls?|conversations?|sessions?|submissions?|reports?|complaints?|tips?|information|info|records?|identity|details|privacy|kept|keeps?|remains?|stays?|treated|handled|protected|respects?|anonymous(?:ly)?|report (?:it|fraud|abuse|concerns?)|counselling|support)\\b";
/** Words after "confidential" that name a public service ("confidential counselling", "tip line"). */
export const SERVICE_AFTER =
  "^\\W*(?:and (?:free|anonymous|non-judgmental)|(?:\\w+ ){0,3}(?:support|supports|counsell?ing|counsell?ors?|help|helpline|hotline|tip line|tips?|line|crisis|service|services|advice|clinic|testing|assessment|reporting|by phone|24/7))\\b";

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
  '(?:\\b(?:is|are|was|were)(?: (?:still|now|currently|just|always|literally|actually))?|\\b(?:changed|changes|reset|set|updated) to|:|=|-|–)';

/** Security gaps at a workplace: an alarm disarmed, a vault left unlocked, a door nobody watches. */
export const SECURITY_GAP =
  "\\b(?:alarms?|vaults?|safes?|cameras?|cctv|server room|evidence room|cash room|cashier'?s? office|back door|side door|rear door|loading dock|fire exit|security system)\\b[^.!?\\n]{0,50}?\\b(?:(?:is|are|gets?|stays?|goes|go|was|were|(?:has|have|'s|'ve) been) (?:\\w+ )?(?:unlocked|unarmed|disarmed|disabled|switched off|turned off|propped open|left open|unguarded|unmonitored|down|off|offline|broken|out of order|(?:not|never) (?:set|armed|alarmed|working|monitored|locked|recording|staffed|guarded))|(?:disarmed|disabled|unlocked|unguarded|unmonitored|broken|down) (?:every|each|from|between|during|over|until|on weekends|all (?:night|day|weekend)))\\b|\\b(?:nobody|no one|no-one) (?:is )?(?:on|at|watching|guarding|covering|monitoring) the (?:\\w+ ){0,2}(?:door|gate|entrance|desk|cameras?|monitors?|dock|lot)\\b|\\bguard (?:rotation|schedule) (?:skips|misses|leaves)\\b|\\b(?:doors?|gates?|locks?|windows?) (?:doesn'?t|does not|don'?t|do not|won'?t|will not) (?:latch|lock|close|shut|arm)\\b|\\banyone can (?:just )?(?:walk|get|come|wander) in\\b|\\bno (?:security|guards?)(?: (?:on site|on duty|staff))? (?:after|before|between|overnight|at night|on (?:weekends|sundays|saturdays|holidays))\\b";

/** Personnel matters: discipline, firings and complaints about a named or described employee. */
export const HR_MATTER =
  "\\bdisciplinary (?:hearing|meeting|action|file|investigation|letter|case)s? (?:for|against|of|on|with|into)\\b|\\b(?:is|are|'s|'re|was|were|will be|'ll be|got|gets|going to be|about to be|gonna be)(?: (?:probably|likely|definitely|finally|quietly|getting|being|about to be|going to be|gonna be))* (?:fired|let go|terminated|suspended|disciplined|written up|walked out|demoted)\\b|\\b(?:harassment|misconduct|grievance|hr|workplace) (?:complaint|investigation|case|file|finding)s? (?:against|about|into|on)\\b|\\bhr told me\\b|\\b(?:terminated|fired|let go|suspended|walked out|demoted) (?:yesterday|today|this (?:morning|afternoon|week)|last (?:week|night|friday|monday|tuesday|wednesday|thursday))\\b|\\b(?:investigation|complaint|review) (?:into|against|about|of) (?:the|a|an|our|that) (?:[a-z'-]+ ){0,3}(?:officer|employee|supervisor|manager|director|worker|staffer|inspector|clerk|councill?or|chief|guy|woman|man|colleague|co-?worker|foreman)s? (?:found|substantiated|upheld|confirmed)\\b|\\b(?:is|are|'s|being) (?:being )?investigated for\\b|\\b(?:is|are|'s|'re) (?:now |currently )?under (?:investigation|review) for\\b|\\bperformance improvement plan\\b";

/** Legal advice the City received ("our lawyers advised Council…", "Legal's advice to us"). */
export const LEGAL_ADVICE =
  "\\b(?:our|the city'?s|city|council'?s|the) (?:lawyers?|solicitors?|legal (?:team|department|dept|counsel|staff|services)|counsel|legal)\\b (?:\\w+ )?(?:advised|advises|told|tells|says|said|warned|warns|recommended|recommends|believes?|thinks?|opinion)\\b|\\blegal'?s (?:advice|opinion|view)\\b|\\b(?:law|legal) (?:department|dept|team|services|branch|counsel)(?:'s)? (?:memo|opinion|advice|brief|note|e-?mail|view)\\b|\\blegal (?:advice|opinion) (?:says|said|is that|was that|to (?:us|council|the city)|from (?:our|the city'?s))\\b|\\b(?:advice|opinion) from (?:our|the city'?s) (?:lawyers?|solicitors?|legal)\\b";

/** Procurement before award: who bid what, who is cheapest or leading. */
export const BIDS =
  "\\b(?:lowest|low|cheapest|highest|winning|top|leading) (?:bid|bidder|tender|proposal|quote)s?\\b|\\b(?:bids?|bidders?|tenders?|proposals?|rf[pqi]s?)\\b[^.!?\\n]{0,80}?\\b(?:lowest|cheapest|highest|front-?runner|leading|came in at|is ahead)\\b|\\b(?:ranked|scored|rated) (?:first|top|highest|lowest|last|second|#?1|number one)\\b[^.!?\\n]{0,40}\\b(?:rf[pqi]|bids?|tenders?|proposals?|contract|evaluation)\\b|\\bevaluation (?:committee )?(?:scores|results|rankings) (?:are|came) in\\b|(?<=[a-z] )bid [$][\\d.,]*\\d(?: ?(?:m|k|million|thousand)\\b)?";
