/**
 * Phrases that mark information as confidential, privileged or not yet public. Written for this
 * project from the policies' categories (Toronto guidelines s.2 and Conflict of Interest Policy:
 * confidential or privileged City information; Peterborough 4.3.1: closed-session items; Calgary:
 * internal messages to employees) and the ways people say such things in posts. Each entry is a
 * regular-expression fragment matched on normalised (lower-case) text at word boundaries.
 */

/** Markers that a document or item is confidential or not yet public: always a finding. */
export const SECRECY_MARKERS: readonly string[] = [
  'not for (?:public )?(?:distribution|release|circulation|publication)',
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
  'un(?:released|announced|published) (?:\\w+ )?(?:report|draft|budget|plan|memo|list|numbers|figures|study|audit|results|decision|deal)',
  '(?:internal|leaked|confidential) (?:memo|e-?mail|document|doc|report|briefing|brief|slide|slides|deck|numbers|list|note|message|draft|budget)s?',
];

/**
 * Gossip markers ("don't tell anyone", "between us"): a finding only in a post about work, since
 * people say the same about birthdays and lasagna.
 */
export const GOSSIP_MARKERS: readonly string[] = [
  'keep (?:this|that)(?: one)? (?:quiet|under wraps|between us|to yourselve?s?|on the down ?low|hush)',
  'keep it (?:under wraps|between us|to yourselve?s?|on the down ?low|hush)',
  "mum'?s the word",
  'off the record',
  'hush[- ]hush',
  'you heard it here first',
  "you didn'?t hear (?:it|this|that) from me",
  "(?:don'?t|do not) (?:tell anyone|tell anybody|quote me)",
  "(?:i'?m|we'?re) not supposed to (?:say|share|tell|post|talk about)",
  "(?:i|we) (?:shouldn'?t|should not) (?:be )?(?:saying|sharing|telling|posting)",
  'top secret',
  'not (?:yet )?public(?: yet)?',
  "(?:is ?n'?t|is not|are ?n'?t|are not) public(?: yet)?",
];

/** Words that make a post about work or the City (for gossip markers, "not announced yet" and leaks). */
export const WORK_CONTEXT =
  '\\b(?:council|councill?ors?|city|mayor|budget|department|branch|division|staff|managers?|director|gm|memo|report|plan|deal|layoffs?|cuts?|contract|project|program|restructur\\w*|reorg\\w*|clos(?:ing|ure)|merg\\w*|hiring|positions?|jobs?|routes?|by-?law|fees?|rates?|taxe?s?|transit|arena|pool|library|work|office|team|union|settlement)\\b';

/** "Not announced yet": a finding unless the City promises to publish it ("will be posted when…"). */
export const UNANNOUNCED = [
  "(?:is ?n'?t|is not|are ?n'?t|are not|not) (?:yet |officially )?(?:announced|released)(?: yet)?",
  "(?:won'?t|will not) be (?:public|announced|released|made public) (?:until|till)",
  "(?:has ?n'?t|has not|have ?n'?t|have not) (?:been |yet been )?(?:announced|released|made public)(?: yet)?",
  'yet to be (?:announced|released|made public)',
];
export const PROMISE_CUES =
  "\\b(?:we'?ll (?:post|share|announce|update|let)|will be (?:posted|shared|announced|available|released|published)|stay tuned|check back|watch for|once (?:it|they|available)|when (?:it|they|available)|details to come|coming soon)\\b";

/** Closed meetings of Council or its committees. */
export const CLOSED_MEETING = '(?:in[- ]camera|closed[- ]session|closed[- ]door(?:s)?|behind closed doors|confidential session)';

/** A closed meeting merely announced or scheduled, which is public information. */
export const SCHEDULE_CUES =
  "\\b(?:meets?|to discuss (?:a|an|one|two|three|several)|starts?|begins?|resumes?|reconvenes?|will (?:go|move|meet|convene|recess)|goes into|is scheduled|scheduled for|public portion|livestream(?:ed)?|agenda|notice of)\\b";

/** "Leak" is about water or gas at least as often as about secrets. */
export const LEAK = '\\bleak(?:ed|s)?\\b';
export const LEAK_EXCLUDE = '\\b(?:water|pipes?|gas|roof|mains?|taps?|faucets?|basements?|toilets?|hydrants?|meters?|sewer|plumbing|fix(?:ed|ing)?|repair(?:ed|s|ing)?|detect(?:ion|ed)?)\\b';

/** Words before "confidential" that say a service keeps the public's information private ("all calls are confidential"). */
export const SERVICE_BEFORE =
  "\\b(?:free|calls?|conversations?|sessions?|submissions?|reports?|complaints?|tips?|information|info|records?|identity|details|privacy|kept|keeps?|remains?|stays?|treated|handled|protected|respects?|anonymous(?:ly)?|report (?:it|fraud|abuse|concerns?)|counselling|support)\\b";
/** Words after "confidential" that name a public service ("confidential counselling", "tip line"). */
export const SERVICE_AFTER =
  "^\\W*(?:and (?:free|anonymous|non-judgmental)|(?:\\w+ ){0,3}(?:support|supports|counsell?ing|counsell?ors?|help|helpline|hotline|tip line|tips?|line|crisis|service|services|advice|clinic|testing|assessment|reporting|by phone|24/7))\\b";

/** Credential keywords followed by "is", ":" or "=" and a value. */
export const CREDENTIAL_KEYS =
  "(?:password|passcode|passphrase|passwd|pwd|pw|pin(?: number)?|login|log-?in|credentials|user ?name and password|wi-?fi (?:password|code|key)|(?:door|alarm|lock|gate|entry|keypad|access|building|security|lockbox) code)";
