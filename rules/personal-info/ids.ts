/** Government and payment ID numbers: SIN, health cards, payment cards, licences, passports. */
import { idKeywords } from '../data/personal-info';
import { contains, cueRegex, digitsOf, hasCue, luhn, PARAGRAPH_STOP, type Hit } from './cues';

const HEALTH = cueRegex(idKeywords.health);
const LICENCE = cueRegex(idKeywords.licence);
const PASSPORT = cueRegex(idKeywords.passport);
const SIN = cueRegex(idKeywords.sin);
const CARD = cueRegex(idKeywords.card);
const REFERENCE = cueRegex(idKeywords.reference);
const MEDICAL = cueRegex(idKeywords.medical);
/** Health numbers as people write them, grouped: Alberta 5-4 ("12345-6789"), Ontario 4-3-3 with a separator (+ version code). */
const GROUPED_HEALTH = /^(?:\d{5}[\s-]\d{4}|\d{4}([\s-])\d{3}\1\d{3}(?:[\s-]?[a-z]{2})?)$/;
/** A US ZIP+4 or a postal context: the same 5-4 shape that is not a health number. */
const POSTAL = /\b(?:zip|postal|usa?|u\.s\.|mail(?:ing)?|ship(?:ping)?)\b/;
/** Codes and PINs share the shapes: "parking code 1234 567 890". */
const CODE_BEFORE = /\b(?:code|codes|pin|passcode|password|parking|room|locker|bed|ward)\b[^\n]{0,12}$/;

/** Ontario licence: a letter and 14 digits, 4-5-5. Distinctive enough to need no keyword. */
const ONTARIO_LICENCE = /(?<![a-z0-9])[a-z]\d{4}([\s-]?)\d{5}\1\d{5}(?![a-z0-9])/g;
/** Ontario health card 4-3-3 (+ version code), Alberta 5-4, or nine or ten digits in a row. */
const HEALTH_NUMBER = /(?<![\d-])(?:\d{4}([\s-]?)\d{3}\1\d{3}(?:[\s-]?[a-z]{2}(?![a-z0-9]))?|\d{5}[\s-]?\d{4}|\d{3}([\s-]?)\d{3}\2\d{3})(?![\d])/g;
/** Alberta licence 6-3, or six to nine digits next to a licence word. */
const LICENCE_NUMBER = /(?<![\d-])(?:\d{6}-\d{3}|\d{6,9})(?![\d])/g;
/** Canadian passport: two letters and six digits (older ones: one letter, seven digits). */
const PASSPORT_NUMBER = /(?<![a-z0-9])(?:[a-z]{2}\s?\d{6}|[a-z]\d{7})(?![a-z0-9])/g;
/** SIN: nine digits, 3-3-3 with one kind of separator or none. */
const SIN_NUMBER = /(?<![\d.,-]|\d\s)\d{3}([\s.-]?)\d{3}\1\d{3}(?![\d]|[\s.,-]\d)/g;
/** Payment cards: 13 to 19 digits, in groups of four (Amex 4-6-5) or unbroken. */
const CARD_NUMBER = /(?<![\d.,-]|\d\s)(?:\d{4}([\s-]?)\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}[\s-]\d{6}[\s-]\d{4,5}|\d{13,19})(?![\d]|[.,-]\d)/g;

/** Issuer prefixes of the major card networks (Visa, Mastercard, Amex, Discover, JCB, Diners). */
const CARD_ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|3[068]|62)/;

/** "$120 000 000", "120 000 000 dollars": money written with spaces, not an ID. */
const isAmount = (norm: string, s: number, e: number) => /\$\s?$/.test(norm.slice(Math.max(0, s - 2), s)) || /^\s?(?:\$|dollars|million|billion)/.test(norm.slice(e, e + 9));

/** Collects every match of a global `re`. */
function* matches(re: RegExp, norm: string) {
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) yield m;
}

/** ID numbers in `norm`, most specific kinds first. Needs only that the text holds six digits in a row or grouped. */
export function findIds(norm: string): Hit[] {
  const hits: Hit[] = [];
  const push = (kind: Hit['kind'], m: RegExpExecArray) => hits.push({ kind, start: m.index, end: m.index + m[0].length });
  for (const m of matches(ONTARIO_LICENCE, norm)) push('licence', m);
  for (const m of matches(CARD_NUMBER, norm)) {
    const d = digitsOf(m[0]);
    if (!luhn(d)) continue;
    const s = m.index, e = s + m[0].length;
    if (hasCue(norm, CARD, s, e, 50, 30)) push('card', m);
    else if (CARD_ISSUER.test(d) && norm[s - 1] !== '#' && !hasCue(norm, REFERENCE, s, e, 30, 0)) push('card', m);
  }
  const keyword = contains(HEALTH, norm);
  if (keyword || contains(MEDICAL, norm)) {
    for (const m of matches(HEALTH_NUMBER, norm)) {
      const s = m.index, e = s + m[0].length;
      // A health keyword may sit in the sentence before ("her health number? It's …") or after ("… AHS").
      if (keyword && (hasCue(norm, HEALTH, s, e, 60, 30) || hasCue(norm, HEALTH, s, e, 90, 40, PARAGRAPH_STOP))) push('health', m);
      // The grouped shapes are health numbers wherever a clinic or a doctor is the subject, not a ZIP code.
      else if (GROUPED_HEALTH.test(m[0]) && hasCue(norm, MEDICAL, s, e, 90, 40, PARAGRAPH_STOP) && !hasCue(norm, REFERENCE, s, e, 30, 0)
        && !POSTAL.test(norm.slice(Math.max(0, s - 40), e + 20)) && !CODE_BEFORE.test(norm.slice(Math.max(0, s - 30), s))) push('health', m);
    }
  }
  if (contains(LICENCE, norm)) {
    for (const m of matches(LICENCE_NUMBER, norm)) if (hasCue(norm, LICENCE, m.index, m.index + m[0].length, 50, 20)) push('licence', m);
  }
  if (contains(PASSPORT, norm)) {
    for (const m of matches(PASSPORT_NUMBER, norm)) {
      const s = m.index, e = s + m[0].length;
      if (hasCue(norm, PASSPORT, s, e, 50, 30) && !hasCue(norm, REFERENCE, s, e, 20, 0)) push('passport', m);
    }
  }
  for (const m of matches(SIN_NUMBER, norm)) {
    if (!luhn(digitsOf(m[0]))) continue;
    const s = m.index, e = s + m[0].length;
    if (hasCue(norm, SIN, s, e, 50, 20) || (norm[s - 1] !== '#' && !isAmount(norm, s, e) && !hasCue(norm, REFERENCE, s, e, 30, 0))) push('sin', m);
  }
  return hits;
}
