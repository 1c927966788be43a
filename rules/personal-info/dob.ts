/** Dates of birth: a date right after "DOB", "date of birth", "born (on)", "birthday is", "b.". */
import type { Hit } from './cues';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
/** Full dates: 1987-04-12, 12/04/1987, April 12(, 1987), 12 April (1987). */
const NUMERIC = `${YEAR}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:${YEAR}|\\d{2})`;
const WORDED = `${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}[\\s-]+(?:of\\s+)?${MONTH}(?:,?[\\s-]+${YEAR})?`;
/** Keyword, then up to a few words on the same sentence, then the date. "b." takes numeric dates only. */
const DOB = new RegExp(
  `(?<![a-z])(?:(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?:\\s+on)?|birthday\\s*(?:is|:|-|–)|bday\\s*(?:is|:))` +
    `[^.!?\\n\\d]{0,30}?(?<![a-z])(${NUMERIC}|${WORDED})|b\\.\\s?(${NUMERIC}))(?![a-z0-9])`,
  'g',
);
const HAS_KEYWORD = /dob|d\.o\.b|birth|born|bday|b\.\s?\d/;

/** Dates of birth in `norm`; the span is the date itself. Event dates lack the keyword and pass. */
export function findBirthDates(norm: string): Hit[] {
  if (!HAS_KEYWORD.test(norm)) return [];
  const hits: Hit[] = [];
  DOB.lastIndex = 0;
  for (let m = DOB.exec(norm); m; m = DOB.exec(norm)) {
    const date = m[1] ?? m[2];
    const end = m.index + m[0].length;
    hits.push({ kind: 'dob', start: end - date.length, end });
  }
  return hits;
}
