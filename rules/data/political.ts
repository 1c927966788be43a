/**
 * Election vocabulary for the `political` rule: Canadian federal, Ontario and Alberta parties,
 * elected offices, and words that start a sentence or name an election service rather than
 * a candidate. Compiled by hand from Elections Canada's and the provinces' lists of registered
 * parties and the cities' election pages (no text copied).
 */

/** Party names that cannot mean anything else (lower case, plural or collective forms). */
export const PARTIES: readonly string[] = [
  'ndp', 'new democrats', 'new democratic party', 'liberals', 'liberal party', 'conservatives',
  'conservative party', 'tories', 'tory', 'pcs', 'pc party', 'progressive conservatives', 'ucp',
  'united conservative party', 'green party', 'bloc', 'bloc quebecois', 'ppc', "people's party",
  'alberta party', 'wildrose', 'ontario liberals', 'ontario ndp', 'ontario pcs', 'alberta ndp', 'cpc', 'lpc',
];

/** Party words that are ordinary English too: count only when capitalised ("voting Green"). */
export const PARTY_ADJECTIVES: readonly string[] = ['green', 'greens', 'liberal', 'conservative', 'pc', 'new democrat', 'ndper', 'tory'];

/** Candidates with no party: "vote independent". */
export const NO_PARTY: readonly string[] = ['independent', 'independents', 'independent candidates'];

/** Elected offices a candidate runs for. */
export const OFFICES: readonly string[] = [
  'mayor', 'deputy mayor', 'council', 'city council', 'councillor', 'councilor', 'regional councillor',
  'ward \\d+(?: councillor| councilor| council| trustee| school trustee)?', 'regional council', 'school trustee', 'trustee', 'school board', 'mpp', 'mp', 'mla',
  'premier', 'prime minister', 'alderman', 'reeve', 'office', 're-?election', 'parliament', 'legislature',
];

/** Words that show a post is about an election. "Vote" alone is not one: contests have votes too. */
export const ELECTION_WORDS: readonly string[] = [
  'elect', 're-elect', 'reelect', 'election', 'elections', 'by-election', 'ballot', 'ballots', 'riding',
  'mayoral', 'polls', 'campaigning', 'canvassing', 'door-knocking',
];

/** Words that show a post may be about an election: offices and campaign words. */
export const OFFICE_WORDS: readonly string[] = [
  'ward', 'council', 'councillor', 'councilor', 'mayor', 'mpp', 'mp', 'mla', 'party', 'trustee', 'fundraiser',
  'candidate', 'candidates',
];

/** Capitalised words after "vote" that are not a candidate ("Vote Early", "Vote at City Hall"). */
export const NOT_A_NAME: readonly string[] = [
  'early', 'today', 'tomorrow', 'now', 'here', 'online', 'safely', 'safe', 'smart', 'local', 'yes', 'no',
  'advance', 'in', 'at', 'by', 'on', 'for', 'the', 'a', 'an', 'your', 'our', 'this', 'every', 'all', 'info',
  'information', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'apply', 'register', 'registration', 'nomination', 'nominations', 'application',
  'applications', 'candidates', 'candidate', 'thanks', 'thank', 'deadline', 'results', 'sign', 'forms',
  'election', 'elections', 'voting', 'vote', 'voters', 'city', 'council', 'ward', 'option', 'options',
  'best', 'top', 'favourite', 'favorite', 'please', 'go', 'get', 'learn', 'find', 'check', 'call', 'visit',
  'toronto', 'calgary', 'peterborough', 'yyc', 'ptbo', 'to', 'tovotes', 'day', 'days', 'place', 'places',
  'location', 'locations', 'station', 'stations', 'hours', 'period', 'guide', 'kit', 'card', 'cards', 'booth',
  'centre', 'centres', 'center', 'assistance', 'accessible', 'opportunities', 'week', 'weekend', 'is', 'are',
  'will', 'count', 'turnout', 'list', 'help', 'method', 'methods', 'mail', 'proxy', 'officials', 'staff',
  'office', 'clerk', 'open', 'opens', 'closed', 'now', 'and', 'or', 'of', 'counts', 'matters', 'often',
  'again', 'twice', 'responsibly', 'wisely', 'informed', 'running', 'run', 'candidacy', 'nominated',
  'qualified', 'eligible', 'registered', 'campaigning', 'recount', 'ballot', 'ballots', 'poll', 'polls',
  'nominee', 'nominees', 'by-election', 'byelection', 'seat', 'vacancy', 'appointment', 'debate', 'debates',
  'forum', 'meeting', 'meetings', 'profile', 'profiles', 'filings', 'contributions', 'expenses', 'change',
  'canada', 'ontario', 'alberta', 'green', 'vision', 'zero',
];

/** Hashtags that start "#vote…" and are City election information, not a candidate ("#VoteToronto"). */
export const NEUTRAL_VOTE_TAGS: readonly string[] = [
  'early', 'local', 'today', 'safe', 'toronto', 'calgary', 'peterborough', 'yyc', 'ptbo', 'ontario',
  'alberta', 'canada', 'info', 'ready', 'smart', 'by mail', 'bymail', 'advance', 'municipal', 'tovotes',
];

/**
 * Words that name what a team does, not whose campaign it is ("the Outreach team", "Team Green"):
 * a capitalised word before "team" or after "Team" that is one of these is not a candidate.
 * City units (rules/data/city-topics.ts) are excluded too.
 */
export const TEAM_NOT_A_NAME: readonly string[] = [
  'stormwater', 'outreach', 'events?', 'design', 'project', 'projects', 'program', 'programs', 'support', 'volunteers?', 'youth', 'community',
  'engagement', 'safety', 'clean', 'green', 'red', 'blue', 'orange', 'canada', 'toronto', 'calgary', 'peterborough', 'ontario', 'alberta',
  'city', 'elections?', 'accessibility', 'equity', 'climate', 'energy', 'heritage', 'arts', 'culture', 'tourism', 'digital', 'data',
  'research', 'policy', 'strategy', 'service', 'services', 'leadership', 'management', 'admin', 'administration', 'welcome', 'member',
  'voter', 'voting', 'census', 'blitz', 'litter', 'graffiti', 'snow', 'tree', 'trees', 'park', 'pool', 'library', 'legal', 'media',
  'social', 'marketing', 'response', 'emergency', 'health', 'wellness', 'inclusion', 'diversity', 'sustainability', 'pride', 'usa',
  'logistics', 'training', 'recruitment', 'tech', 'technology', 'field', 'ops', 'operations', 'comms', 'web', 'it', 'hr', 'security',
  // organisations: a charity's or a club's campaign is not a candidate's
  'society', 'foundation', 'association', 'club', 'network', 'bank', 'centre', 'center', 'institute', 'alliance', 'coalition', 'league',
  'fund', 'trust', 'board', 'commission', 'committee', 'agency', 'authority', 'corporation', 'company', 'inc', 'ltd', 'group',
  'partners', 'collective', 'initiative', 'hospital', 'university', 'college', 'school', 'church', 'mosque', 'synagogue', 'temple',
  'union', 'chamber', 'bia', 'ymca', 'ywca', 'cup', 'games', 'festival', 'week', 'month', 'day', 'way', 'cross', 'army', 'humanity',
  // what a team is or does at work ("Team Lead applications", "Team Building day")
  'lead', 'leads', 'leader', 'leaders', 'building', 'meeting', 'meetings', 'lunch', 'photo', 'spirit', 'player', 'players', 'members?',
  'captain', 'coach', 'huddle', 'work', 'effort', 'player', 'roster', 'update', 'updates', 'news', 'spotlight', 'shoutout',
];
