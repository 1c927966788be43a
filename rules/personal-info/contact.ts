/** Email addresses and phone numbers that reach a person rather than an organisation. */
import { businessPhoneCues, mailTlds, personalContactCues, personalMailDomains, roleMailboxes } from '../data/personal-info';
import type { Profile } from '../types';
import { cueDistance, cueRegex, digitsOf, SENTENCE_STOP, type Hit } from './cues';

const PERSONAL = cueRegex(personalContactCues);
const BUSINESS = cueRegex(businessPhoneCues);
const ROLES = new Set(roleMailboxes);
const TLDS = new Set(mailTlds);

const WORD = '[a-z0-9_%+-]+';
/** "." or a spelled-out dot: " dot ", "[dot]", "(dot)". */
const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\s+\.\s+|\.)`;
/** "@" or a spelled-out at: " at ", "[at]", "(at)". */
const AT = String.raw`(?:\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+|\s*@\s*)`;
// Bounded repeats keep the scan linear on text like "a dot a dot a dot ...".
const EMAIL = new RegExp(`(?<![a-z0-9_%+.-])${WORD}(?:${DOT}${WORD}){0,4}${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+){1,4}`, 'g');
/** EMAIL tried at one place only: the scan visits only the places an address can start. */
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
/**
 * After the "@" or the spelled "at" of an address: maybe a closing bracket, then a domain label,
 * a dot and the start of a second label. Every form of AT ends so, followed by EMAIL's domain.
 */
const AFTER_AT = new RegExp(`(?:@|at)\\s*[\\])}>]?\\s*[a-z0-9-]+${DOT}[a-z0-9-]`, 'y');
/** Characters of a local-part word: [a-z0-9_%+-]. */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 37 || c === 43 || c === 45;

/**
 * Where an address can start. Its local part is at most five words joined by four dots, so at
 * most nine runs of word characters (a spelled "dot" is one) before its "@" or "at": it starts at
 * the start of one of the last nine (ten, to spare) word runs before one. Sorted, without repeats.
 */
function emailStarts(norm: string): number[] {
  const starts = new Set<number>();
  const add = (q: number) => {
    AFTER_AT.lastIndex = q;
    if (!AFTER_AT.test(norm)) return;
    let runs = 0;
    for (let j = q - 1; j >= 0 && runs < 10; j--) {
      if (isWordChar(norm.charCodeAt(j)) && (j === 0 || !isWordChar(norm.charCodeAt(j - 1)))) {
        starts.add(j);
        runs++;
      }
    }
  };
  for (let q = norm.indexOf('@'); q >= 0; q = norm.indexOf('@', q + 1)) add(q);
  // " at " and "(at)": "at" after a space or an opening bracket.
  for (let q = norm.indexOf('at'); q >= 0; q = norm.indexOf('at', q + 1)) if (q > 0 && /[\s[({<]/.test(norm[q - 1])) add(q);
  return [...starts].sort((x, y) => x - y);
}

/** The first match of EMAIL at or after `from`, as a global `EMAIL.exec` from `from` would find it. */
function nextEmail(norm: string, starts: number[], from: number): RegExpExecArray | null {
  for (const s of starts) {
    if (s < from) continue;
    EMAIL_AT.lastIndex = s;
    const m = EMAIL_AT.exec(norm);
    if (m) return m;
  }
  return null;
}
const OBFUSCATED = /[[({<]\s*(?:at|@)\s*[\])}>]|\sat\s+[a-z0-9_-]+(?:\.[a-z]|\s+dot\s|\s*[[({<]\s*dot)/;
const SPELLED = /[[({<]\s*(?:at|dot)\s*[\])}>]|\s(?:at|dot)\s/;
const SPLIT_AT = new RegExp(AT);
const SPLIT_DOT = new RegExp(DOT, 'g');

/** Government domains are offices, whatever the City. */
const GOVERNMENT = /(?:^|\.)(?:gc\.ca|gov|gouv\.qc\.ca|on\.ca|ab\.ca|gov\.on\.ca|alberta\.ca|ontario\.ca|canada\.ca)$/;

const endsWithDomain = (domain: string, d: string) => domain === d || domain.endsWith(`.${d}`);

/**
 * Personal email addresses, written plainly or spelled out ("jane dot doe at gmail dot com").
 * `officeDomains` are the employer's (the profile's, plus any an administrator added).
 */
export function findEmails(norm: string, officeDomains: readonly string[]): Hit[] {
  if (!norm.includes('@') && !OBFUSCATED.test(norm)) return [];
  const hits: Hit[] = [];
  const starts = emailStarts(norm);
  let from = 0;
  for (let m = nextEmail(norm, starts, from); m; m = nextEmail(norm, starts, from)) {
    const text = m[0];
    const [localRaw, domainRaw] = text.split(SPLIT_AT);
    from = m.index + 1; // a rejected "her at jane.doe" must not hide "jane.doe@…"
    if (domainRaw === undefined) continue;
    let labels = domainRaw.split(SPLIT_DOT);
    // "gmail dot com dot" and trailing words: keep labels up to the last known top-level domain.
    let last = labels.length - 1;
    while (last > 0 && !TLDS.has(labels[last]) && SPELLED.test(text)) last--;
    if (last < 1) continue;
    labels = labels.slice(0, last + 1);
    const domain = labels.join('.');
    const local = localRaw.split(SPLIT_DOT).join('.');
    const plainAt = !text.includes('@') && !/[[({<]\s*at/.test(text);
    if (plainAt && /\s\.\s/.test(text)) continue;
    const free = personalMailDomains.some((d) => endsWithDomain(domain, d));
    // "sign up at toronto.ca" is not an address: a bare " at " needs a spelled dot or a free-mail domain.
    if (plainAt && !/\sdot\s|[[({<]\s*dot/.test(text) && !free) continue;
    if (officeDomains.some((d) => endsWithDomain(domain, d)) || GOVERNMENT.test(domain)) continue;
    if (ROLES.has(local)) continue;
    const end = m.index + text.length - (domainRaw.length - spelledLength(domainRaw, last));
    if (free || cueDistance(norm, PERSONAL, m.index, end, 40, 20, SENTENCE_STOP) < Infinity) {
      hits.push({ kind: 'email', start: m.index, end });
      from = end;
    }
  }
  return hits;
}

/** Length of `domainRaw` up to the end of its label number `last`. */
function spelledLength(domainRaw: string, last: number): number {
  SPLIT_DOT.lastIndex = 0;
  let count = 0;
  for (let m = SPLIT_DOT.exec(domainRaw); m; m = SPLIT_DOT.exec(domainRaw)) if (++count > last) return m.index;
  return domainRaw.length;
}

/** North American numbers: +1, dots, spaces, dashes, brackets, extensions; or ten/eleven digits in a row. */
const PHONE = /(?<![\d+]|\d[\s.-])(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})(?:\s?[./-]\s?|\s)?[2-9]\d{2}(?:\s?[./-]\s?|\s)?\d{4}(?:\s*(?:ext\.?|extension|x)\s*\d{1,5})?(?![\d])/g;
/** An organisation's email next to a phone number makes the number the organisation's too. */
const ORG_EMAIL = new RegExp(`[a-z0-9._%+-]+@(?!(?:${personalMailDomains.map((d) => d.replace(/\./g, '\\.')).join('|')})(?![a-z0-9.-]))[a-z0-9-]+(?:\\.[a-z0-9-]+)+`, 'g');
/** Seven-digit local numbers ("555-0142"): only right after a personal cue ("call me at"). */
const LOCAL = /(?<![\d+.,-]|\d\s)[2-9]\d{2}[\s.-]\d{4}(?![\d]|[\s.-]\d)/g;
const TOLL_FREE = /^(?:800|888|877|866|855|844|833)/;
const PHONE_LIKE = /\d{3}\D{0,3}\d{4}/;

/** Personal phone numbers: skips the City's published lines and numbers written as an organisation's. */
export function findPhones(norm: string, profile: Profile): Hit[] {
  if (!PHONE_LIKE.test(norm)) return [];
  const hits: Hit[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(norm); m; m = PHONE.exec(norm)) {
    const ext = m[0].search(/\s*(?:ext|x)/);
    let digits = digitsOf(ext >= 0 ? m[0].slice(0, ext) : m[0]);
    if (digits.length === 11) digits = digits.slice(1);
    if (profile.phones.includes(digits)) continue;
    const s = m.index, e = s + m[0].length;
    const personal = cueDistance(norm, PERSONAL, s, e, 40, 25, SENTENCE_STOP);
    const cityExchange = profile.phones.some((p) => p.length === 10 && p.slice(0, 6) === digits.slice(0, 6));
    if (personal === Infinity && (cityExchange || TOLL_FREE.test(digits))) continue;
    const business = Math.min(cueDistance(norm, BUSINESS, s, e, 60, 20, SENTENCE_STOP), cueDistance(norm, ORG_EMAIL, s, e, 60, 40, SENTENCE_STOP));
    if (business < personal) continue;
    hits.push({ kind: 'phone', start: s, end: e });
  }
  LOCAL.lastIndex = 0;
  for (let m = LOCAL.exec(norm); m; m = LOCAL.exec(norm)) {
    const s = m.index, e = s + m[0].length;
    if (hits.some((h) => s < h.end && e > h.start)) continue;
    if (cueDistance(norm, PERSONAL, s, e, 25, 0, SENTENCE_STOP) < Infinity) hits.push({ kind: 'phone', start: s, end: e });
  }
  return hits;
}

