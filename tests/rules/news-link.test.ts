import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { newsLink } from '../../rules/news-link';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

type City = 'toronto' | 'calgary' | 'peterborough';
const ctx = (mode: Mode = 'work', city: City = 'toronto', extraDomains?: string[]): Context =>
  ({ mode, platform: 'other', profile: getProfile(city), settings: { extraDomains } });
const spans = (text: string, city: City = 'toronto', extra?: string[]) =>
  newsLink.check({ text }, ctx('work', city, extra)).map((f) => text.slice(f.start, f.end));

// [text, city, expected flagged spans]
const invalid: [string, City, string[]][] = [
  ['Great story: https://www.theglobeandmail.com/canada/toronto/article-bike-lanes/', 'toronto', ['https://www.theglobeandmail.com/canada/toronto/article-bike-lanes/']],
  ['Covered by Global: globalnews.ca/news/10012345/snow/', 'toronto', ['globalnews.ca/news/10012345/snow/']],
  ['regional subdomain calgary.ctvnews.ca/plows-1.234', 'calgary', ['calgary.ctvnews.ca/plows-1.234']],
  ['city subdomain https://toronto.citynews.ca/2025/05/01/x/', 'toronto', ['https://toronto.citynews.ca/2025/05/01/x/']],
  ['portal news section ca.news.yahoo.com/toronto-transit-1.html', 'toronto', ['ca.news.yahoo.com/toronto-transit-1.html']],
  ['news.google.com/stories/abc', 'toronto', ['news.google.com/stories/abc']],
  ['msn path msn.com/en-ca/news/canada/x/ar-AA1', 'toronto', ['msn.com/en-ca/news/canada/x/ar-AA1']],
  ['Canadian local: livewirecalgary.com/2025/03/01/pilot', 'calgary', ['livewirecalgary.com/2025/03/01/pilot']],
  ['Kawarthas: kawarthanow.com/2025/02/02/plows/ and ptbotoday.ca/x', 'peterborough', ['kawarthanow.com/2025/02/02/plows/', 'ptbotoday.ca/x']],
  ['Village Media locals: https://www.torontotoday.ca/local/x-123 and stalberttoday.ca/local-news/y', 'toronto', ['https://www.torontotoday.ca/local/x-123', 'stalberttoday.ca/local-news/y']],
  ['tracking params https://calgarysun.com/news/x?utm_source=facebook&fbclid=IwAR0', 'calgary', ['https://calgarysun.com/news/x?utm_source=facebook&fbclid=IwAR0']],
  ['wrapped https://www.google.com/url?q=https%3A%2F%2Fwww.cp24.com%2Fnews%2Fx&sa=D', 'toronto', ['https://www.google.com/url?q=https%3A%2F%2Fwww.cp24.com%2Fnews%2Fx&sa=D']],
  ['defanged thestar[.]com/news/gta/x.html', 'toronto', ['thestar[.]com/news/gta/x.html']],
  ['look-alike \u0441bc.ca/news/x (Cyrillic)', 'toronto', ['\u0441bc.ca/news/x']],
  ['emoji first 🚌🚧 HTTPS://WWW.BBC.COM/NEWS/X', 'toronto', ['HTTPS://WWW.BBC.COM/NEWS/X']],
  ['French: https://ici.radio-canada.ca/nouvelle/123/x', 'toronto', ['https://ici.radio-canada.ca/nouvelle/123/x']],
];

const valid: [string, City][] = [
  ['Read our news release: https://www.toronto.ca/news/winter-plan/', 'toronto'],
  ['Details at calgary.ca/snow and calgarytransit.com/news', 'calgary'],
  ['Federal info: canada.ca/en/services and ontario.ca/page/x', 'toronto'],
  ['Check mail.yahoo.com or www.msn.com/en-ca/weather', 'toronto'],
  ['Our playlist: youtube.com/watch?v=abc', 'toronto'],
  ['CBC covered it on TV last night (no link)', 'toronto'],
];

describe('news-link', () => {
  test.each(invalid)('flags %s', (text, city, expected) => expect(spans(text, city)).toEqual(expected));
  test.each(valid)('passes %s', (text, city) => expect(spans(text, city)).toEqual([]));

  test('an administrator domain is never news', () => {
    expect(spans('cbc.ca/news/x', 'toronto', ['cbc.ca'])).toEqual([]);
  });

  test('runs in work mode only', () => {
    const post = { text: 'https://www.cbc.ca/news/x' };
    expect(check(post, ctx('work'), { only: ['news-link'] })).toHaveLength(1);
    expect(check(post, ctx('personal'), { only: ['news-link'] })).toEqual([]);
    expect(newsLink.check(post, ctx('personal'))).toEqual([]);
  });

  test('suggests the City site and offers to remove the link', () => {
    const text = 'see cbc.ca/news/x now';
    const [f] = newsLink.check({ text }, ctx('work', 'calgary'));
    expect(f).toMatchObject({ rule: 'news-link', severity: 'warning', suggestion: 'Link to calgary.ca instead.' });
    expect(f.fix).toEqual({ start: 4, end: 17, text: '' });
    expect(f.message).toContain('cbc.ca');
  });
});
