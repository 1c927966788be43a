/**
 * Vocabularies for the personal-info rule.
 *
 * Sources: free-mail and Canadian ISP mail domains as listed on the providers' own sign-up
 * pages (Google, Microsoft, Yahoo, Apple, Proton, Shaw, Telus, Rogers, Bell/Sympatico,
 * Cogeco, Videotron, Eastlink, SaskTel); street-type abbreviations from Canada Post's
 * addressing guidelines (Appendix, street types and directions); ID keywords from the
 * Service Canada (SIN), Ontario Ministry of Health (OHIP), Alberta Health (AHCIP), Ontario
 * and Alberta driver-licence and Passport Canada pages. Cue words were written for this rule
 * from RULES.md "What is not personal information" (business vs personal contact details).
 */

/** Mail domains that belong to individuals, not organisations (registrable part, lower case). */
export const personalMailDomains = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'outlook.ca', 'hotmail.com', 'hotmail.ca', 'live.com', 'live.ca',
  'msn.com', 'yahoo.com', 'yahoo.ca', 'ymail.com', 'rocketmail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'gmx.com', 'gmx.net', 'mail.com', 'zoho.com', 'yandex.com',
  'fastmail.com', 'hushmail.com', 'tutanota.com', 'tuta.io', 'inbox.com', 'hey.com',
  'shaw.ca', 'telus.net', 'telus.com', 'rogers.com', 'sympatico.ca', 'bell.net', 'bellnet.ca', 'cogeco.ca', 'cogeco.net',
  'videotron.ca', 'eastlink.ca', 'sasktel.net', 'mts.net', 'xplornet.com', 'xplornet.ca', 'execulink.com', 'nexicom.net',
  'teksavvy.com', 'distributel.ca', 'start.ca', 'primus.ca', 'look.ca',
];

/** Local parts of role or organisation mailboxes: business contacts, not a person's. */
export const roleMailboxes = [
  'info', 'information', 'contact', 'contactus', 'hello', 'admin', 'office', 'events', 'event', 'registration',
  'register', 'volunteer', 'volunteers', 'support', 'help', 'helpdesk', 'service', 'services', 'customerservice',
  'sales', 'media', 'press', 'news', 'noreply', 'no-reply', 'webmaster', 'feedback', 'inquiries', 'enquiries',
  'reception', 'bookings', 'booking', 'programs', 'parks', 'recreation', 'permits', 'billing', 'accounts',
];

/** Top-level domains accepted at the end of a spelled-out ("dot com") address. */
export const mailTlds = ['com', 'ca', 'net', 'org', 'me', 'io', 'co', 'info', 'biz', 'edu', 'gov', 'us', 'uk', 'ch', 'de', 'fr', 'app', 'dev'];

/** Words that say a phone number or email reaches an individual. */
export const personalContactCues = [
  'cell', 'cellphone', 'cell phone', 'mobile', 'text me', 'text him', 'text her', 'text them', 'text', 'texting', 'txt',
  'call me', 'my number', 'my phone', 'my cell', 'my email', 'my e-mail', 'his number', 'her number', 'their number',
  'his phone', 'her phone', 'his cell', 'her cell', 'his email', 'her email', 'home number', 'home phone', 'personal',
  'new number', 'whatsapp', 'signal', 'reach me', 'reach her', 'reach him', 'dm me', "'s number", "'s phone", "'s cell",
  "'s email", 'home email',
  // A contact verb with "me/him/her/them" as its object reaches a person: "message me", "hit me up", "ping her".
  'message me', 'msg me', 'pm me', 'inbox me', 'ping me', 'ring me', 'buzz me', 'phone me', 'contact me', 'reach out to me',
  'get in touch with me', 'get a hold of me', 'get ahold of me', 'hit me up', 'hmu', 'holler at me', 'give me a call',
  'give me a shout', 'give me a ring', 'drop me a line', 'whatsapp me', 'email me', 'e-mail me', 'call or text',
  'message him', 'message her', 'message them', 'call him', 'call her', 'call them', 'ping him', 'ping her', 'contact him',
  'contact her', 'contact them', 'reach them', 'shoot me', 'send me a text', 'send me a message', 'text or call', 'me at', 'me on',
];

/** Words that say a phone number is an organisation's line. */
export const businessPhoneCues = [
  'call 311', 'office', 'line', 'hotline', 'helpline', 'help line', 'info line', 'desk', 'front desk', 'hall',
  'city hall', 'centre', 'center', 'department', 'dept', 'services', 'service', 'branch', 'reception', 'switchboard',
  'toll-free', 'toll free', 'available', '24/7', '24 hours', 'monday', 'weekdays', 'business hours', 'agents', 'clinic',
  'hospital', 'crisis', 'support', 'program', 'registration', 'inquiries', 'enquiries', 'the city', "city's",
  'call us', 'contact us', 'reach us', 'our team', 'inc', 'ltd', 'llc', 'corp', 'company', 'business', 'store', 'shop',
  'restaurant', 'salon', 'quote', 'quotes', 'estimate', 'bookings', 'reservations', 'orders', 'box office', 'museum',
  'library', 'arena', 'school', 'association', 'society', 'foundation', 'bia', 'tickets', 'parks', 'recreation', 'transit',
  'water', 'public works', 'public health', 'bylaw', 'by-law', 'licensing', 'permits', 'planning', 'councillor',
  "councillor's office", 'ward office', 'city of',
];

/** Street types (long and Canada Post short forms), lower case, without the trailing period. */
export const streetTypes = [
  'st', 'street', 'ave', 'av', 'avenue', 'rd', 'road', 'cres', 'cr', 'crescent', 'dr', 'drive', 'blvd', 'boul', 'boulevard',
  'crt', 'ct', 'court', 'way', 'lane', 'ln', 'trail', 'trl', 'tr', 'pl', 'place', 'terr', 'terrace', 'cir', 'circle',
  'circ', 'pkwy', 'parkway', 'hwy', 'highway', 'sq', 'square', 'gate', 'gdns', 'gardens', 'grove', 'grv', 'hts', 'heights',
  'row', 'close', 'mews', 'line', 'sideroad', 'point', 'pt', 'path', 'landing', 'hill', 'hl', 'common', 'cmn', 'green',
  'grn', 'manor', 'bay', 'view', 'rise', 'link', 'estates', 'glen', 'park', 'pk', 'walk', 'wynd', 'mall', 'loop',
];

/** Words that make an address someone's home. */
export const homeCues = [
  'lives', 'live at', 'live on', 'i live', 'we live', 'living', 'lived', 'home', 'house', 'residence', 'resident',
  'homeowner', 'homeowners', 'tenant', 'tenants', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'my address',
  'address is', 'address:', 'home address', 'my place', 'our place', 'her place', 'his place', 'their place', "'s place",
  "'s house", 'apartment', 'condo', 'garage sale', 'yard sale', 'moved to', 'moving to', 'property owner', 'the owner', 'owned by', 'her address', 'his address', 'their address',
  'mailing address', 'residents at', 'residents of',
  'property', 'complaint', 'complaints', 'complained', 'occupant', 'occupants', 'landlord', 'family',
];

/** Words that make an address a public facility, business or venue rather than a home. */
export const publicPlaceCues = [
  'centre', 'center', 'hall', 'library', 'arena', 'rink', 'pool', 'aquatic', 'park', 'community', 'civic', 'school',
  'church', 'station', 'yard', 'depot', 'clinic', 'hospital', 'office', 'offices', 'building', 'plaza', 'square', 'mall',
  'store', 'shop', 'restaurant', 'cafe', 'café', 'bakery', 'pub', 'bar', 'legion', 'museum', 'gallery', 'theatre',
  'theater', 'market', 'venue', 'facility', 'complex', 'headquarters', 'hq', 'courthouse', 'shelter', 'firehall',
  'fire hall', 'fire station', 'police', 'garage', 'stadium', 'field', 'pavilion', 'hotel', 'inn', 'closure',
  'closures', 'closed', 'repair', 'repairs', 'construction', 'watermain', 'open house', 'brunch', 'lunch', 'dinner',
  'breakfast', 'menu', 'pizza', 'coffee', 'patio', 'opens', 'opening', 'grand opening', 'located', 'location', 'tickets',
  'festival', 'concert', 'event', 'events', 'meeting', 'rally', 'workshop', 'business', 'company', 'studio', 'gym',
  'game', 'games', 'match', 'tournament', 'near', 'block', 'blocks', 'between', 'outside', 'in front of', 'across from',
  'intersection', 'corner',
];

/** Keywords that must stand near a number for it to count as an ID of that kind. */
export const idKeywords = {
  health: ['health card', 'health number', 'health care number', 'healthcare number', 'health insurance', 'ohip', 'ahcip',
    'alberta health', 'ontario health', 'phn', 'personal health number', 'health #', 'care card', 'ahs', 'ahs number',
    'health care card', 'healthcare card', 'medical card', 'medicare', 'health no', 'health no.', 'ahc', 'ahc number'],
  /** Medical settings: enough, with the grouped Alberta 5-4 format, to read it as a health number. */
  medical: ['clinic', 'walk-in', 'doctor', "doctor's", 'hospital', 'pharmacy', 'pharmacist', 'medical', 'emergency',
    'triage', 'nurse', 'physio', 'lab', 'bloodwork', 'blood work', 'dentist', 'prescription', 'appointment', 'health'],
  licence: ['licence', 'license', "driver's", 'drivers', 'driver', 'dl', 'd.l.', 'permis'],
  passport: ['passport'],
  sin: ['sin', 's.i.n.', 'social insurance', 'nas'],
  card: ['card', 'credit', 'visa', 'mastercard', 'amex', 'american express', 'debit', 'cc', 'payment'],
  /** Words that make a long number a reference, not a card or SIN. */
  reference: ['order', 'work order', 'invoice', 'account', 'acct', 'reference', 'ref', 'confirmation', 'tracking',
    'ticket', 'case', 'file', 'permit', 'application', 'receipt', 'transaction', 'claim', 'po', 'serial', 'policy',
    'roll', 'folio', 'isbn', 'id', 'flight', 'booking', 'seat', 'gate', 'route', 'bus', 'model', 'part', 'lot'],
};
