/**
 * Words that say a named person works with the author. Written for this project from the
 * Toronto guidelines (Personal Use: "other City employees") and the Integrity Commissioner's
 * bulletin (criticism of City staff), with the job titles of municipal workplaces.
 * Regular-expression sources, lower case; a space also matches a hyphen or nothing.
 */

/** Say "works with me" on their own: "a colleague, Sam", "my coworker Sarah Lee". */
export const PEER_ROLES: readonly string[] = [
  'co workers?', 'colleagues?', 'workmates?', 'team ?mates?', 'crew ?mates?',
  'work (?:wife|husband|spouse|bestie|bff|buddy|bud|friend|mom|dad|bro|sis)s?',
  '(?:cubicle|cube|desk|office|lunch|shift|carpool|truck|ride along) (?:buddy|buddies|mates?|neighbou?rs?|partners?|friends?|besties?|pals?)',
];

/** Job titles that make a colleague after "my/our" ("my supervisor Dave", "our Director of Roads, Mike Harlan"). */
export const WORK_ROLES: readonly string[] = [
  'supervisors?', 'managers?', 'boss', 'directors?', 'fore(?:man|woman|person)', 'superintendents?', 'coordinators?',
  'dispatchers?', 'inspectors?', 'clerks?', 'staffers?', 'analysts?', 'planners?', 'technicians?', 'engineers?', 'receptionists?',
  'admin(?:istrator)?s?', '(?:crew|team|shift|site) (?:lead|leader|chief)s?', 'lead hands?', 'gm', 'general managers?',
  'summer students?', 'co op students?', 'interns?', 'new hires?', 'trainees?', '(?:by law|bylaw|enforcement|parking) officers?',
  'caretakers?', 'custodians?', 'lifeguards?', 'librarians?', 'mechanics?', 'labou?rers?', 'operators?', 'paramedics?',
  'firefighters?', 'leaders?', 'deputy directors?', 'executive directors?', 'program (?:manager|coordinator|lead)s?',
  // Trades and posts found mostly in municipal service; the head of a unit; the person whose job one takes or hands over.
  'arborists?', 'foresters?', 'horticulturists?', 'ecologists?', 'crossing guards?', 'investigators?', 'assessors?', 'rangers?',
  'case ?workers?', 'outreach workers?', 'leads?', '(?:unit|section|branch|department|dept|division|team|crew|program|shift) heads?',
  'replacements?', 'predecessors?', 'successors?',
];

/** Titles that make a colleague after plain "the" ("the clerk at the counter, Priya"): jobs found only in public service. */
export const CITY_ROLES: readonly string[] = [
  'clerks?', 'inspectors?', 'dispatchers?', '(?:by law|bylaw|enforcement|parking) officers?', 'fore(?:man|woman)',
  '(?:crew|shift) leads?', 'caretakers?', 'lifeguards?', 'librarians?', 'new hires?', 'trainees?', '(?:summer|co op) students?',
];

/**
 * Titles written before a name as a form of address in municipal service ("Transit Operator
 * Sandeep Gill", "Arborist Kwame Asante"). Not managers, directors or leaders: "Blue Jays
 * Manager John Schneider", "NDP Leader Jagmeet Singh", "Director Greta Gerwig".
 */
export const CIVIC_TITLES: readonly string[] = [
  'supervisors?', 'fore(?:man|woman|person)', 'superintendents?', 'coordinators?', 'dispatchers?', 'inspectors?', 'clerks?',
  'analysts?', 'planners?', 'technicians?', 'engineers?', 'operators?', 'paramedics?', 'firefighters?', 'caretakers?',
  'custodians?', 'lifeguards?', 'librarians?', 'mechanics?', 'labou?rers?', 'arborists?', 'foresters?', 'horticulturists?',
  'ecologists?', 'crossing guards?', 'investigators?', 'assessors?', 'rangers?', '(?:by law|bylaw|enforcement|parking) officers?',
  'lead hands?', 'summer students?', 'co op students?', 'interns?',
];

/**
 * Words of a job title that are never part of a person's name ("Senior Policy Advisor in
 * Housing"), though they do not make a colleague on their own ("my advisor" may be anyone's).
 */
export const TITLE_WORDS: readonly string[] = [
  'senior', 'junior', 'acting', 'interim', 'deputy', 'assistant', 'associate', 'principal', 'policy', 'program', 'project',
  'advis[eo]rs?', 'specialists?', 'consultants?', 'officers?', 'representatives?', 'reps?', 'agents?', 'strategists?',
];

/**
 * Words that make "our … planner" or "my … coordinator" a private hire, not a coworker, when
 * any words may stand between "our" and the title ("Janelle, our wedding planner").
 */
export const PRIVATE_ROLE_WORDS: readonly string[] = [
  'wedding', 'event', 'party', 'property', 'real estate', 'mortgage', 'insurance', 'tax', 'personal', 'private', 'family',
  'hockey', 'soccer', 'baseball', 'softball', 'basketball', 'football', 'league', 'club', 'church', 'school', 'daycare', 'band',
  'condo', 'strata', 'home', 'house', 'kitchen', 'garden', 'landscape', 'interior', 'campaign', 'fitness', 'yoga',
];

/**
 * Workplaces one goes to with a coworker ("carpooling to the works yard with Dominika"); after
 * to/at/from. A City works yard or depot is added where this list is used (see YARD in colleague/find.ts).
 */
export const WORK_PLACES: readonly string[] = [
  'work', 'the office', 'city hall', 'the (?:fleet|transit|bus|city|works|municipal|maintenance) garage', 'the landfill',
  'the(?:\\s+[a-z]+)? transfer station', 'the(?:\\s+[a-z]+)? (?:water|wastewater|sewage|treatment) plant', 'the plant',
];

/**
 * Words allowed between "my/our" and the title ("our new Roads supervisor", "our current
 * division manager"), so "our property manager" or "my wedding coordinator" do not count.
 */
export const ROLE_QUALIFIERS: readonly string[] = [
  'new', 'newest', 'old', 'former', 'current', 'acting', 'interim', 'senior', 'junior', 'deputy', 'assistant', 'associate', 'fellow',
  'lovely', 'amazing', 'awesome', 'wonderful', 'great', 'favou?rite', 'dear', 'hard ?working', 'incredible', 'brilliant',
  'useless', 'lazy', 'terrible', 'horrible', 'beloved', 'retiring', 'fearless', 'intrepid', 'trusty', 'esteemed', 'fabulous',
  'fantastic', 'tireless', 'legendary', 'hilarious', 'patient', 'best', 'sweetest', 'kindest', 'funniest', 'own', 'direct', 'division', 'branch', 'unit', 'section',
  'team', 'crew', 'district', 'area', 'site', 'shift', 'front desk', 'night', 'day',
];

/**
 * Nouns for the group an employee works in: "from my team", "on our crew", "joined our branch".
 * After "my/our" (optionally with a qualifier or a work area) they make a named person a coworker.
 */
export const UNIT_NOUNS: readonly string[] = [
  'team', 'crew', 'unit', 'branch', 'department', 'dept', 'division', 'section', 'shift', 'office', 'work group', 'squad',
];

/** Group nouns that need a work area before them to be a unit: "our permit intake group", not "my running group". */
export const WEAK_UNIT_NOUNS: readonly string[] = ['group', 'side', 'shop', 'desk', 'program', 'squad'];

/** Words before "yard" or "depot" that make it a business or a home, not a City works yard. */
export const YARD_NOT: readonly string[] = ['lumber', 'junk', 'scrap', 'boat', 'ship', 'back', 'front', 'school', 'church', 'train', 'rail', 'salvage', 'home'];

/** Plural words for City staff that a named person can be singled out of ("the crews…, especially Sam"). */
export const STAFF_GROUPS: readonly string[] = ['crews', 'colleagues', 'co ?workers', 'workmates', 'team ?mates'];

/**
 * Words naming a municipal work area, allowed before a unit noun ("the inspection team", "our
 * night shift", "the Roads crew") so that "the hockey team" or "my book club" do not count.
 */
export const WORK_AREAS: readonly string[] = [
  'inspection', 'maintenance', 'operations', 'ops', 'enforcement', 'field', 'paving', 'snow', 'plow', 'plough', 'sanitation',
  'collection', 'garbage', 'recycling', 'water', 'sewer', 'permit', 'permits', 'zoning', 'design', 'project', 'projects',
  'support', 'intake', 'response', 'weekend', 'evening', 'admin', 'management', 'leadership', 'customer', 'service', 'counter',
  'front line', 'frontline', 'street', 'road', 'tree', 'park', 'pool', 'rink', 'library', 'transit', 'bus', 'fleet', 'budget',
  'help', 'reception',
];

/**
 * Units whose name is unambiguous even in lower case ("jenna from accounting"): words that
 * rarely mean anything but a department after from/in.
 */
export const LOWERCASE_UNITS: readonly string[] = [
  'payroll', 'accounting', 'accounts (?:payable|receivable)', 'human resources', 'hr', 'purchasing', 'procurement',
  'by laws?', 'bylaws?', 'public works', 'solid waste', 'wastewater', 'dispatch', 'the depot', 'the yard', 'work', 'the office',
  // City sites that only staff work at: "big mike at the transfer station".
  'the(?:\\s+[a-z]+)? transfer station', 'the landfill', 'the(?:\\s+[a-z]+)? (?:water|wastewater|sewage)(?:\\s+treatment)? plant',
  'the(?:\\s+[a-z]+)? treatment plant', 'the works yard',
];

/**
 * Public officials acting in their role are not "colleagues" for this rule: naming the Mayor
 * or a councillor is public business. A name right after one of these titles is skipped.
 */
export const OFFICIAL_TITLES: readonly string[] = [
  'mayor', 'deputy mayor', 'councill?ors?', 'council members?', 'mpp', 'mp', 'mla', 'premier', 'minister', 'senator',
  'city manager', 'deputy city manager', 'city clerk', 'city solicitor', 'auditor general', 'integrity commissioner',
  'ombudsman?', 'medical officer of health', '(?:fire|police) chief', 'chief', 'president', 'prime minister', 'trustee',
  'candidate', 'coach', 'dr', 'doctor', 'officer', 'constable', 'sergeant', 'judge', 'justice',
];

/** Capitalised words that are never a person's name here. */
export const NOT_NAMES: readonly string[] = [
  'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'we', 'you', 'he', 'she',
  'they', 'it', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody', 'no', 'yes', 'yep', 'and', 'but', 'or', 'so',
  'staff', 'people', 'folks', 'crews', 'crew', 'team', 'city', 'council', 'mayor', 'councillor', 'hr', 'it', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'today', 'tonight', 'yesterday', 'tomorrow', 'thanks', 'thank',
  'shoutout', 'shout', 'kudos', 'congrats', 'congratulations', 'welcome', 'big', 'huge', 'special', 'working', 'life', 'work',
  'morale', 'cuts', 'jobs', 'changes', 'hiring', 'overtime', 'training', 'things', 'guess', 'who', 'what', 'why', 'how', 'when',
  'where', 'free', 'mom', 'mum', 'dad', 'grandma', 'grandpa', 'nana', 'papa', 'auntie', 'wi-fi', 'wifi', 'meet', 'introducing', 'hello', 'please', 'anyway', 'meanwhile', 'however', 'well', 'okay', 'ok', 'again', 'also', 'just', 'still', 'even', 'only', 'all', 'some', 'every', 'each', 'both', 'new', 'old', 'dear', 'hey', 'hi',
  // Place and organisation words: "Civic Centre", "Jackson Park", "Main Branch" are not people.
  'centre', 'center', 'street', 'st', 'ave', 'avenue', 'road', 'rd', 'drive', 'dr', 'library', 'arena', 'square',
  'beach', 'trail', 'museum', 'market', 'church', 'school', 'hospital', 'community', 'civic', 'branch', 'services', 'service',
  'department', 'division', 'unit', 'office', 'station', 'depot', 'yard', 'pool', 'rink', 'club', 'inc', 'ltd', 'bia',
];
