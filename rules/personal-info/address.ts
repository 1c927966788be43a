/** Home street addresses: number + street name + street type, told apart from public places by cues. */
import { homeCues, publicPlaceCues, streetTypes } from '../data/personal-info';
import type { Mode, Profile } from '../types';
import { cueDistance, cueRegex, PARAGRAPH_STOP, type Hit } from './cues';

const HOME = cueRegex(homeCues);
const PUBLIC = cueRegex(publicPlaceCues);

/** Street types that are also common words ("walk", "park", "green"): only as a Capitalised Name. */
const WEAK_TYPES = new Set(['way', 'lane', 'trail', 'tr', 'point', 'pt', 'path', 'landing', 'hill', 'common', 'green', 'manor', 'bay',
  'view', 'rise', 'link', 'estates', 'glen', 'park', 'pk', 'walk', 'wynd', 'mall', 'loop', 'row', 'close', 'line', 'gate', 'place',
  'square', 'grove', 'gardens', 'heights', 'terrace', 'circle', 'court', 'mews', 'cr', 'av']);
const TYPES = new Set(streetTypes);
/** Words that never start or make up a street name. */
const NOT_NAME = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'our', 'my', 'your',
  'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'more', 'less', 'other', 'few', 'many', 'km', 'kg', 'm', 'am', 'pm',
  'hours', 'days', 'years', 'weeks', 'months', 'minutes', 'people', 'per', 'x', 'is', 'are', 'was', 'were', 'new', 'all', 'each']);

const TYPE_ALT = [...TYPES].sort((a, b) => b.length - a.length).join('|');
const DIR = '(?:\\s+(?:n|s|e|w|ne|nw|se|sw|north|south|east|west|n\\.e|n\\.w|s\\.e|s\\.w)\\.?(?![a-z0-9]))?';
/** Optional unit ("unit 4, ", "apt 3b ", "12-"), house number, 1-3 name words, street type, direction. */
const ADDRESS = new RegExp(
  `(?<![a-z0-9-])(?:(?:unit|apt|apartment|suite|#)\\s*\\.?\\s*\\d+[a-z]?\\s*,?\\s*)?(?:\\d{1,5}[a-z]?\\s*-\\s*)?(\\d{1,6}[a-z]?)` +
    `((?:\\s+(?:st\\.?|saint|mt\\.?|mount)?\\s*[a-z0-9][a-z0-9'’-]*){1,3}?)\\s+(${TYPE_ALT})\\.?(?![a-z0-9])${DIR}`,
  'g',
);
const HAS_ADDRESS = /\d\s+[a-z]/;
/** A further street type right after a matched address, then an optional direction. */
const NEXT_TYPE = new RegExp(`\\s+(${TYPE_ALT})\\.?(?![a-z0-9])${DIR}`, 'y');

/** Lower case, no punctuation, single spaces: how addresses are compared to the profile's. */
const canonical = (s: string) => s.replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/** True when the street name words look like a name, not a phrase ("17 ave", "300 people walk"). */
function isStreetName(words: string[], type: string, original: string): boolean {
  if (words.length === 0) return false;
  let typeInName = false;
  for (const w of words) {
    if (NOT_NAME.has(w)) return false;
    if (TYPES.has(w) && !['st', 'mount', 'mt', 'saint'].includes(w)) typeInName = true;
  }
  if (words.some((w, i) => /^\d/.test(w) && !/^\d+(?:st|nd|rd|th)?$/.test(w) || (/^\d+$/.test(w) && (i > 0 || words.length > 1)))) return false;
  // A street-type word inside the name ("Glen Manor Dr", "Bay St", "Forest Hill Rd") is a proper name only when
  // the writer Capitalised every word, as with weak types.
  if (WEAK_TYPES.has(type) || typeInName) {
    // Weak types need the name and type Capitalised as the writer typed them ("Oak Lane", not "bike lane").
    const tokens = original.split(/[\s,]+/).filter((t) => /^[A-Za-z]/.test(t) && !/^(?:unit|apt|apartment|suite)$/i.test(t));
    return tokens.every((t) => /^[A-Z]/.test(t));
  }
  return true;
}

/**
 * Addresses in `norm` that are someone's home. A home cue (lives at, homeowner, my place, a person
 * "of"/"from" the address) nearer than a public-place cue makes it a home; with neither, personal
 * posts count it as a home and work posts (road works, events) do not.
 */
export function findAddresses(norm: string, original: (s: number, e: number) => string, profile: Profile, mode: Mode): Hit[] {
  if (!HAS_ADDRESS.test(norm)) return [];
  const hits: Hit[] = [];
  const publicAddresses = profile.publicAddresses.map(canonical);
  // Quadrant addresses (Calgary, Edmonton, Ottawa): a number, Capitalised name words and NW/NE/SW/SE make an
  // address whatever the street type ("14 Evanston Ridge NW", "5 Auburn Bay Cove SE"). Found first, so a
  // shorter match ("5 Auburn Bay") does not cut them.
  const quads: [number, number][] = [];
  if (quadrantGate(norm)) {
    QUADRANT.lastIndex = 0;
    for (let m = QUADRANT.exec(norm); m; m = QUADRANT.exec(norm)) {
      const s = m.index, e = s + m[0].length;
      if (!isQuadrantAddress(m[2].trim().split(/\s+/), original(s, e))) {
        QUADRANT.lastIndex = s + 1;
        continue;
      }
      quads.push([s, e]);
    }
  }
  const decide = (s: number, e: number, text: string) => {
    const canon = canonical(text);
    if (publicAddresses.some((p) => p === canon || p.startsWith(`${canon} `) || canon.startsWith(`${p} `))) return;
    const home = Math.min(cueDistance(norm, HOME, s, e, 80, 80, PARAGRAPH_STOP), personNearby(original, s));
    const pub = cueDistance(norm, PUBLIC, s, e, 60, 60, PARAGRAPH_STOP);
    if (home < pub || (home === Infinity && pub === Infinity && mode === 'personal')) hits.push({ kind: 'address', start: s, end: e });
  };
  const streets: [number, number][] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(norm); m; m = ADDRESS.exec(norm)) {
    const s = m.index;
    let e = s + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    const words = m[2].trim().split(/\s+/).map((w) => w.replace(/\.$/, ''));
    if (!isStreetName(words, m[3], original(s, e))) {
      ADDRESS.lastIndex = s + 1;
      continue;
    }
    // The shortest reading stops at the first type word: "88 Glen Manor" of "88 Glen Manor Dr". Take the longer.
    for (let i = 0, name = [...words]; i < 2; i++) {
      NEXT_TYPE.lastIndex = e;
      const x = NEXT_TYPE.exec(norm);
      if (!x || name.length >= 3) break;
      name = [...name, norm.slice(s, e).replace(/\.$/, '').split(/\s+/).pop()!.toLowerCase()];
      const end = e + x[0].length - (x[0].endsWith('.') ? 1 : 0);
      if (!isStreetName(name, x[1], original(s, end))) break;
      e = end;
      ADDRESS.lastIndex = Math.max(ADDRESS.lastIndex, end);
    }
    // The longer reading wins: "Unit 4, 12 Elm Crt NW" over "12 Elm Crt NW", "5 Auburn Bay Cove SE" over "5 Auburn Bay".
    const overlap = quads.findIndex(([a, b]) => s < b && e > a);
    if (overlap >= 0 && quads[overlap][1] - quads[overlap][0] >= e - s) continue;
    if (overlap >= 0) quads.splice(overlap, 1);
    streets.push([s, e]);
  }
  for (const [s, e] of [...quads, ...streets].sort((x, y) => x[0] - y[0])) decide(s, e, norm.slice(s, e));
  return hits;
}

/** A quadrant ("SW", "n.e.") after a space; QUAD_GATE below wants a digit 3 to 61 characters before it on its line. */
const QUAD_WORD = /\s(?:nw|ne|sw|se|[ns]\.[ew]\.?)(?![a-z0-9])/g;
const DIGIT = /\d/;

/**
 * The same as `/\d[^\n]{2,60}?\s(?:nw|ne|sw|se|[ns]\.[ew]\.?)(?![a-z0-9])/.test(norm)`, found from
 * the rare quadrant word back to a digit instead of from every digit forward.
 */
function quadrantGate(norm: string): boolean {
  QUAD_WORD.lastIndex = 0;
  for (let m = QUAD_WORD.exec(norm); m; m = QUAD_WORD.exec(norm)) {
    const q = m.index;
    const from = Math.max(q - 61, norm.lastIndexOf('\n', q - 1) + 1, 0);
    for (let d = from; d <= q - 3; d++) if (DIGIT.test(norm[d])) return true;
  }
  return false;
}
const QUADRANT = /(?<![a-z0-9-])(?:\d{1,5}[a-z]?\s*-\s*)?(\d{1,6}[a-z]?)((?:\s+[a-z0-9][a-z0-9'’-]*){1,4}?)\s+(?:nw|ne|sw|se|[ns]\.[ew]\.?)(?![a-z0-9])(?!,?\s+(?:calgary|edmonton|ottawa|yyc|yeg|side|quadrant|communit(?:y|ies)|area|neighbou?rhoods?)\b)/g;

/** Name words as the writer typed them: Capitalised or numbered ("17", "4th"), not function words, quadrant in capitals. */
function isQuadrantAddress(words: string[], text: string): boolean {
  if (!/\s(?:NW|NE|SW|SE|[NS]\.[EW]\.?)$/.test(text)) return false;
  if (words.some((w) => NOT_NAME.has(w))) return false;
  const tokens = text.replace(/^[\d\s-]+[A-Za-z]?\s+/, '').split(/\s+/).slice(0, -1);
  if (tokens.length === 0) return false;
  // "behind 17 Ave SW" is a street, not an address: a street type needs a name before it.
  if (tokens.length === 1 && TYPES.has(tokens[0].toLowerCase().replace(/\.$/, ''))) return false;
  if (!tokens.every((t) => /^[A-Z][A-Za-z'’-]*\.?$/.test(t) || /^\d{1,3}(?:st|nd|rd|th)?$/.test(t))) return false;
  // A name, not only numbers ("Highway 2 NW" aside): at least one word of letters.
  return tokens.some((t) => /^[A-Z]/.test(t));
}

const PERSON_BEFORE = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z][a-z'’-]+,?\s+(?:of|from)\s*$/;

/** 0 when a capitalised name stands right before "of/from <address>" ("Maria Gonzalez of 18 ..."). */
function personNearby(original: (s: number, e: number) => string, start: number): number {
  const before = original(Math.max(0, start - 40), start);
  // "The woman at 12 …", "the family from …", "her block at …", "his driveway on …".
  if (PERSON_NOUN_BEFORE.test(before) || POSSESSED_BEFORE.test(before)) return 0;
  const m = PERSON_BEFORE.exec(before);
  if (!m) return Infinity;
  const word = /([A-Za-z'’-]+),?\s+(?:of|from)\s*$/.exec(before)![1].toLowerCase();
  return NOT_PERSON.has(word) ? Infinity : 0;
}

/** A person named by a noun right before "at/from/of <address>". */
const PERSON_NOUN_BEFORE = /\b(?:the|that|this|a|an|some|my|our|his|her|their)\s+(?:(?:old|older|elderly|young|nice|sweet|crazy|nosy|nosey|angry|grumpy|new|same|retired)\s+)?(?:lady|ladies|woman|women|man|men|guy|gal|gentleman|fellow|dude|couple|family|kid|kids|boy|girl|senior|widow|widower|homeowner|owner|owners|tenant|tenants|renter|renters|neighbou?rs?|landlord|landlady|folks|granny|grandma|grandpa)\s+(?:who (?:lives|lived|is|was)\s+)?(?:at|from|of|on|in)\s*$/i;
/** Somewhere a person lives, owned: "her block at …", "his driveway on …", "Jo's house at …", "our driveway at …". */
const POSSESSED_BEFORE = /\b(?:my|our|My|Our)\s+(?:own\s+)?(?:(?:front|back|side)\s+yard|(?:(?:front|back|side)\s+)?(?:house|home|place|driveway|backyard|lawn|porch|doorstep|townhouse|condo|apartment|basement|bungalow|duplex))\s+(?:at|on)\s*$|\b(?:her|his|their|whose|[A-Z][a-z]+['’]s)\s+(?:own\s+)?(?:(?:front|back|side|corner)\s+)?(?:block|street|house|home|place|driveway|yard|backyard|garden|lawn|walk|sidewalk|porch|doorstep|door|townhouse|condo|apartment|unit|basement|boulevard)\s+(?:at|on)\s*$|\bthe\s+(?!(?:Flames|Oilers|Leafs|Raptors|Jays|Stampeders|Roughnecks|Hitmen|Petes|Lakers|Senators|Argos|Elks|Wranglers)\b)[A-Z][a-z]+s\s+(?:at|from|of)\s*$/;

/** Capitalised words before "of/at" that are not people. */
const NOT_PERSON = new Set(['city', 'town', 'township', 'county', 'region', 'province', 'corner', 'intersection', 'located', 'open',
  'here', 'there', 'us', 'now', 'today', 'tonight', 'tomorrow', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'located', 'meet', 'starts', 'begins', 'join', 'held', 'event', 'party', 'sale', 'crews', 'crew', 'work', 'works']);
