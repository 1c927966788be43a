/**
 * Municipal topics: words and phrases that make a post about City business in any Canadian
 * city. Written for this project from the topics the five source policies and RULES.md name
 * (Council, wards, by-laws, budget and taxes, transit, waste collection, snow clearing,
 * permits and zoning, parks, recreation, libraries, water, roads, City programs and staff),
 * widened with the everyday words residents use for the same services.
 *
 * Each entry is a regular-expression source matched on normalised text (lower case, see
 * `rules/text.ts`) between word boundaries. A space or hyphen in an entry also matches any
 * run of spaces and hyphens (or none), so "green bin" finds "green-bin" and "#greenbin".
 * Bare words that often mean something else ("garbage", "budget", "water", "road") only
 * appear in compounds.
 */
export const CITY_TOPICS: readonly string[] = [
  // Council and governance
  'city council', 'council(?:lors?|llors?)?', 'city hall', 'wards? (?:boundar(?:y|ies)|\\d+|council+ors?)', '(?:my|our|this|each|every|their) ward', 'mayor(?:\'?s)?',
  'deputy mayor', 'city manager', 'city staff', 'city workers?', 'city employees?', 'city services?', 'city programs?',
  'city planners?', 'municipal(?:ity| government| services?| budget| election)?', 'committee of adjustment',
  'in[- ]camera', 'closed session', 'public hearing', 'official plan',
  // By-laws and enforcement
  'by laws?', 'bylaws?', 'by law (?:officers?|enforcement)', 'parking (?:enforcement|tickets?|tags?|rates|bans?|changes|meters?|permits?)',
  'paid parking', 'parking (?:fees?|lots?|apps?)', 'speed cameras?', 'red light cameras?', 'photo radar', 'noise complaints?',
  // Budget and taxes
  'city budget', '(?:operating|capital|municipal|\\d{4}) budget', 'budget (?:cuts?|committee|chief|consultations?|shortfall|deficit)',
  'property tax(?:es)?', 'tax (?:hikes?|increases?|dollars|rate)', 'taxpayers?(?:\'| money| dollars)?', 'mill rate',
  '(?:vacant|empty) homes? tax', 'vacancy tax', 'land transfer tax', 'user fees?', 'water rates?', 'water bills?',
  // Transit
  '(?<!in )transit', 'bus (?:routes?|service|stops?|fares?)', 'buses', 'streetcars?', 'subways?', 'lrt', 'light rail',
  'fare (?:increases?|hikes?|freeze|cap|evasion)', '(?:subway|transit|train|lrt|ctrain|bus|line) stations?', '(?:transit|bus|subway|train) fares?',
  // Waste
  'garbage (?:collection|pick ?up|schedule|day|bins?|trucks?|strike|service|fees?)', 'trash (?:collection|pick ?up|day)',
  'recycling(?: program| collection| pick ?up)?', '(?:green|blue|black|grey|gray) (?:bins?|carts?)', 'compost (?:collection|pick ?up|program)',
  '(?:waste|litter|garbage|trash|recycling) (?:bins?|cans?|receptacles?)', '(?:garbage|bag) tags?', 'leaf collection', 'yard waste', 'waste (?:collection|management)', 'solid waste', 'landfill', 'curbside collection',
  // Snow
  'snow (?:clearing|removal|plowing|ploughing|routes?|budget)', 'plows?', 'ploughs?', 'plowed', 'ploughed', 'snowplows?', 'salt trucks?', 'windrows?',
  'sidewalk clearing', 'street sweeping',
  // Permits, planning, zoning
  '(?<!time |weather |budget )permits?', 'zoning', 'rezoning', 'upzoning', 'development charges?', 'heritage designation', 'secondary suites?',
  'site plan', 'planning department', 'city planning',
  // Parks, recreation, libraries
  'parks', 'park maintenance', 'parks (?:and|&) rec(?:reation)?', 'recreation', 'rec cent(?:re|er)s?', 'community cent(?:re|er)s?',
  'arena (?:deal|funding|proposal|project|plan|vote)', '(?:community|municipal|city|public|local) arenas?', 'rec(?:reation)? programs?', 'ice rinks?', 'outdoor rinks?', 'splash pads?', '(?:public|outdoor|city) pools?', 'aquatics?', 'swim(?:ming)? lessons',
  'librar(?:y|ies)', 'library (?:hours|branch(?:es)?|cards?)', 'day camps?', 'urban forestry', 'tree canopy',
  // Water and sewers
  'water (?:mains?|services|treatment|quality|meters?|billing)', 'watermains?', 'fluorid(?:e|ation)', 'sewers?', 'stormwater', 'boil water',
  // Roads and streets
  'potholes?', 'road (?:work|works|repairs?|construction|closures?|maintenance|salt)', 'roads department', 'repav(?:ing|ed)', 'resurfac(?:ing|ed)', 'tree (?:removal|permits?|planting)',
  'traffic (?:calming|signals?|lights?|lanes?|circles?)', 'roundabouts?', '(?:dog|cat|pet) licen[cs]es?', 'speed (?:bumps?|humps?|limits?)', 'crosswalks?', 'sidewalks?', 'streetlights?',
  'bike (?:lanes?|paths?|network|share|racks?|parking)', 'detours?', 'crossing guards?', 'cycle tracks?', 'bikeshare',
  // Social services and housing
  'shelters?', 'shelter (?:system|beds?|file)', 'encampments?', 'social housing', 'community housing', 'public housing',
  'affordable housing', 'housing (?:strategy|action plan|plan|policy|crisis|targets?|accelerator)', 'paramedics?', 'fire (?:halls?|stations?|services)', 'ems',
  // Big City projects
  '(?:arena|stadium|event cent(?:re|er)) deal', 'event cent(?:re|er)', '311',
  // The employee's own workplace
  '(?:my|our) (?:department|division|branch|unit|section|directorate|senior management|management|leadership|gm|general manager|director)',
];

/**
 * Workplace units named after "in", "from" or "at" ("Karen in Payroll", "Frank from Roads").
 * A City employee posting about someone in one of these is talking about the City. Lower case;
 * same syntax as CITY_TOPICS. Also read by the colleague rule.
 */
export const CITY_DEPARTMENTS: readonly string[] = [
  'hr', 'human resources', 'it', 'i\\.t\\.', 'information technology', 'technology services', 'payroll', 'finance', 'accounting',
  'accounts (?:payable|receivable)', 'revenue(?: services)?', 'tax(?:ation)?(?: office)?', '(?:water|utility) billing', 'billing',
  'purchasing', 'procurement', 'legal(?: services)?', 'clerk\'?s(?: office)?', 'city clerk\'?s(?: office)?', 'communications', '311',
  'customer service', 'call cent(?:re|er)', 'parks(?: (?:and|&) rec(?:reation)?)?', 'recreation', 'forestry', 'urban forestry', 'roads',
  'road operations', 'transportation(?: services)?', 'traffic(?: services)?', 'transit', 'fleet(?: services)?', 'public works', 'works yard',
  'operations', 'engineering', 'infrastructure', 'water(?: services)?', 'wastewater', 'solid waste', 'waste management', 'sanitation',
  'environmental services', 'by laws?', 'bylaws?(?: services| enforcement)?', 'municipal licensing', 'licensing', 'permits?',
  'building(?: services| department)?', 'buildings', 'inspections', 'planning', 'city planning', 'economic development', 'housing',
  'social services', 'children\'?s services', 'employment services', 'shelter services', 'public health', 'paramedic services',
  'ems', 'fire(?: services)?', 'facilities', 'real estate', 'parking(?: tags| enforcement| services)?', 'court services', 'dispatch',
  'city hall', '(?:the )?(?:[a-z&\'’]+\\s+){0,4}(?:front|service|reception|customer service) (?:desk|counter)',
  '(?:the )?(?:[a-z&\'’]+\\s+){0,3}(?:cent(?:re|er)|library|arena|pool|rink|hall|branch) (?:front )?(?:desk|counter|office)', 'the counter', 'the depot', 'the yard', 'asset management', 'capital projects',
];

/**
 * What "the city" (lower case) does when it means the corporation: spending, deciding, fixing,
 * closing ("the city spent", "the city is still mowing"). Same syntax as CITY_TOPICS; matched
 * right after "the city".
 */
export const CITY_ACTIONS: readonly string[] = [
  '(?:still |just |finally |now |already |never |always |really |even )?(?:has|had|have|will|won\'?t|would|wouldn\'?t|should|shouldn\'?t|could|couldn\'?t|can\'?t|cannot|does|doesn\'?t|did|didn\'?t|needs?|keeps?|kept|refuses?|refused|fails?|failed|plans?|planned|wants?|wanted|decided|approved|spent|spends|wasted|wastes|fixed|fixes|cut|cuts|closed|closes|raised|raises|hired|fired|removed|removes|installed|built|builds|paid|pays|charged|charges|ignored|ignores|announced|rolled|chose|started|stopped|banned|bans|allowed|allows|let|lets|put|took|tore|paved|plowed|ploughed|repaved|sent|gave|made|expects?|owes?|mowed|mows)',
  // After "why is": "why is the city still mowing…"
  '(?:still|now|even|really|always) [a-z]+ing',
  '(?:is|was|isn\'?t|wasn\'?t|are) (?:still |now |finally |already |really |even |just )?(?:planning|going to|spending|wasting|cutting|closing|raising|mowing|ignoring|hiring|building|removing|installing|charging|letting|allowing|refusing|failing|trying|doing|making|paying|fixing|repaving|paving|tearing|sending|asking|considering|proposing|thinking)',
];
