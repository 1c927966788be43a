import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { getProfile } from '../../rules/profiles';
import { shortenedLink } from '../../rules/shortened-link';
import type { Context, Mode } from '../../rules/types';

const ctx = (mode: Mode = 'work', extraDomains?: string[]): Context =>
  ({ mode, platform: 'other', profile: getProfile('toronto'), settings: { extraDomains } });
const spans = (text: string, extra?: string[]) => shortenedLink.check({ text }, ctx('work', extra)).map((f) => text.slice(f.start, f.end));

const invalid: [string, string[]][] = [
  ['Winter parking: bit.ly/TOwinter ❄️', ['bit.ly/TOwinter']],
  ['Apply: https://tinyurl.com/TOYouth2025', ['https://tinyurl.com/TOYouth2025']],
  ['UPPER BIT.LY/YYC-SNOW for the map', ['BIT.LY/YYC-SNOW']],
  ['emoji first 🚧🚧 ow.ly/4nT2QzYYC and t.co/AbC123', ['ow.ly/4nT2QzYYC', 't.co/AbC123']],
  ['maps subdomain maps.app.goo.gl/Xy12AbC9', ['maps.app.goo.gl/Xy12AbC9']],
  ['affiliate amzn.to/3xQpLmN', ['amzn.to/3xQpLmN']],
  ['LinkedIn lnkd.in/gAb3Cd and rebrand.ly/yyc-pools', ['lnkd.in/gAb3Cd', 'rebrand.ly/yyc-pools']],
  ['news brand nyti.ms/3AbCdEf', ['nyti.ms/3AbCdEf']],
  ['defanged bit[.]ly/x1Y2', ['bit[.]ly/x1Y2']],
  ['unknown shortener shape xq.gd/a1B2c3', ['xq.gd/a1B2c3']],
];

const valid: string[] = [
  'Full link: https://www.toronto.ca/services-payments/streets-parking/',
  'Watch the video: youtu.be/dQw4w9WgXcQ',
  'Survey: forms.gle/abc123XYZ',
  'Short host but a real page: cbc.ca/news',
  'Visit ttc.ca/routes for details',
];

describe('shortened-link', () => {
  test.each(invalid)('flags %s', (text, expected) => expect(spans(text)).toEqual(expected));
  test.each(valid)('passes %s', (text) => expect(spans(text)).toEqual([]));

  test("the City's own short domain never counts", () => {
    expect(spans('bit.ly/TO311', ['bit.ly'])).toEqual([]);
  });

  test('runs in work mode only', () => {
    const post = { text: 'bit.ly/abc123' };
    expect(check(post, ctx('work'), { only: ['shortened-link'] })).toHaveLength(1);
    expect(check(post, ctx('personal'), { only: ['shortened-link'] })).toEqual([]);
  });

  test('warns and suggests the full link', () => {
    const [f] = shortenedLink.check({ text: 'see bit.ly/x1' }, ctx());
    expect(f).toMatchObject({ rule: 'shortened-link', severity: 'warning', start: 4, end: 13 });
    expect(f.suggestion).toMatch(/full link/);
  });
});
