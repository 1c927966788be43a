import { finding } from './finding';
import { findAddresses } from './personal-info/address';
import { findEmails, findPhones } from './personal-info/contact';
import { urlSpans, type Hit, type Kind } from './personal-info/cues';
import { findBirthDates } from './personal-info/dob';
import { findIds } from './personal-info/ids';
import { normalized, toOriginal } from './text';
import type { Finding, Rule } from './types';

/** What each kind of item is called in messages, and how to fix it. */
const WORDING: Record<Kind, { what: string; quote: boolean; suggestion: string }> = {
  email: { what: 'A personal email address', quote: true, suggestion: 'Remove the email address, or share a City contact instead.' },
  phone: { what: 'A personal phone number', quote: true, suggestion: 'Remove the phone number, or share a City contact instead.' },
  sin: { what: 'A Social Insurance Number', quote: false, suggestion: 'Remove the SIN: it should never be posted.' },
  health: { what: 'A health card number', quote: false, suggestion: 'Remove the health card number.' },
  card: { what: 'A payment card number', quote: false, suggestion: 'Remove the card number.' },
  licence: { what: "A driver's licence number", quote: false, suggestion: 'Remove the licence number.' },
  passport: { what: 'A passport number', quote: false, suggestion: 'Remove the passport number.' },
  address: { what: 'A home address', quote: true, suggestion: 'Remove the address, or name only the street or neighbourhood.' },
  dob: { what: 'A date of birth', quote: true, suggestion: 'Remove the date of birth.' },
};

const HAS_DIGIT_RUN = /\d{3}/;
const HAS_DIGIT = /\d/;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;

/**
 * Flags personal information about an identifiable person: personal emails and phones, SIN,
 * health cards, payment cards, licences, passports, home addresses and dates of birth. Business
 * contacts (the City's lines and domains, an office's mailbox, a public facility) are left alone.
 */
export const personalInfo: Rule = {
  id: 'personal-info',
  meta: {
    description: 'Personal information about an identifiable person: contact details, ID numbers, home address, date of birth.',
    modes: ['work', 'personal'],
    severity: 'error',
    source: "Toronto employee guidelines: never reveal anyone's personal information gained through work; Peterborough 4.3.2",
    docs: "Don't post anyone's personal email, phone, home address, birth date or ID numbers (SIN, health card, credit card, licence, passport). Share a City contact instead.",
  },
  check(post, ctx) {
    const t = normalized(post.text);
    // Dash look-alikes (en dash, minus, non-breaking hyphen) become "-"; one unit each, so offsets hold.
    const norm = t.norm.replace(DASHES, '-');
    const hits: Hit[] = [...findEmails(norm, [...ctx.profile.emailDomains, ...(ctx.settings?.extraDomains ?? [])])];
    if (HAS_DIGIT_RUN.test(norm)) {
      const links = urlSpans(norm);
      const inLink = (h: Hit) => links.some(([s, e]) => h.start < e && h.end > s);
      hits.push(...[...findIds(norm), ...findPhones(norm, ctx.profile)].filter((h) => !inLink(h)));
    }
    if (HAS_DIGIT.test(norm)) {
      hits.push(...findBirthDates(norm));
      const original = (s: number, e: number) => {
        const o = toOriginal(t, s, e);
        return post.text.slice(o.start, o.end);
      };
      hits.push(...findAddresses(norm, original, ctx.profile, ctx.mode));
    }
    const kept: Hit[] = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start).map((h) => toFinding(h));

    function toFinding(h: Hit): Finding {
      const { start, end } = toOriginal(t, h.start, h.end);
      const w = WORDING[h.kind];
      const message = w.quote ? `${w.what}: ${post.text.slice(start, end)}` : `${w.what}.`;
      return finding(personalInfo, ctx, start, end, message, { suggestion: w.suggestion, fix: { start, end, text: '' } });
    }
  },
};
