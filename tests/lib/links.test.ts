import { describe, expect, test } from 'vitest';
import { find } from 'linkifyjs';
import { destinations, extractLinks, findUrls, hostIn, isOwnDomain, matchHost } from '../../rules/lib/links';
import { getProfile } from '../../rules/profiles';
import type { Context } from '../../rules/types';

const ctx = (extraDomains?: string[]): Context => ({ mode: 'work', platform: 'other', profile: getProfile('toronto'), settings: { extraDomains } });

// [text, expected spans, expected hosts]
const cases: [string, string[], string[]][] = [
  ['no link here, e.g. node.js or 4.5.6', [], []],
  ['see https://www.cbc.ca/news/x.', ['https://www.cbc.ca/news/x'], ['www.cbc.ca']],
  ['bare cbc.ca/news/canada and www.x.com', ['cbc.ca/news/canada', 'www.x.com'], ['cbc.ca', 'www.x.com']],
  ['UPPER HTTPS://WWW.CP24.COM/NEWS/A', ['HTTPS://WWW.CP24.COM/NEWS/A'], ['www.cp24.com']],
  ['emoji first 😀🚧 bit.ly/AbC12', ['bit.ly/AbC12'], ['bit.ly']],
  ['(cbc.ca/news/canada/toronto/plow-1.7123456) in brackets', ['cbc.ca/news/canada/toronto/plow-1.7123456'], ['cbc.ca']],
  ['defanged thestar[.]com/news and hxxps://bit.ly/x1', ['thestar[.]com/news', 'hxxps://bit.ly/x1'], ['thestar.com', 'bit.ly']],
  ['spelled cbc dot ca please', ['cbc dot ca'], ['cbc.ca']],
  ['zero-width c\u200Bbc.ca/news', ['c\u200Bbc.ca/news'], ['cbc.ca']],
  ['look-alike \u0441bc.ca/news (Cyrillic es)', ['\u0441bc.ca/news'], ['cbc.ca']],
  ['full-width \uFF23\uFF42\uFF43\uFF0E\uFF43\uFF41/news', ['\uFF23\uFF42\uFF43\uFF0E\uFF43\uFF41/news'], ['cbc.ca']],
  ['mail a@b.com is not a web link', [], []],
];

describe('extractLinks', () => {
  test.each(cases)('%s', (text, spans, hosts) => {
    const links = extractLinks(text);
    expect(links.map((l) => text.slice(l.start, l.end))).toEqual(spans);
    expect(links.map((l) => l.host)).toEqual(hosts);
  });

  test('splits host into registrable domain and subdomain, path and decoded params', () => {
    const [l] = extractLinks('x https://ca.news.yahoo.com/a/b?utm_source=fb&Q=Hello%20World#top');
    expect(l).toMatchObject({ host: 'ca.news.yahoo.com', domain: 'yahoo.com', subdomain: 'ca.news', path: '/a/b', params: { utm_source: 'fb', q: 'hello world' } });
  });

  test.each([
    ['https://www.google.com/url?q=https://www.theglobeandmail.com/canada/&sa=D', 'www.theglobeandmail.com'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.cp24.com%2Fnews%2Fx&h=AT0', 'www.cp24.com'],
    ['https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fglobalnews.ca%2Fnews%2F1', 'globalnews.ca'],
    ['https://web.archive.org/web/20250101000000/https://www.cbc.ca/news/x', 'www.cbc.ca'],
    ['https://www-cbc-ca.cdn.ampproject.org/c/s/www.cbc.ca/amp/1.7123', 'www.cbc.ca'],
  ])('unwraps the redirect wrapper %s', (text, target) => {
    const [l] = extractLinks(text);
    expect(l.target?.host).toBe(target);
    expect(destinations(l).map((d) => d.host)).toEqual([l.host, target]);
    expect([l.target!.start, l.target!.end]).toEqual([0, text.length]);
  });

  test('memoises the last text', () => {
    const text = 'a bit.ly/x1 b';
    expect(extractLinks(text)).toBe(extractLinks(text));
  });
});

describe('isOwnDomain, hostIn, matchHost', () => {
  test.each([
    ['toronto.ca/news/x', true],
    ['https://secure.toronto.ca/council', true],
    ['ttc.ca/routes', true],
    ['nottoronto.ca/x', false],
    ['toronto.ca.evil.com/x', false],
    ['cbc.ca/news', false],
  ])('%s own=%s', (text, own) => {
    expect(isOwnDomain(extractLinks(text)[0], ctx())).toBe(own);
  });

  test('administrator domains count, with their subdomains', () => {
    const [l] = extractLinks('see news.myagency.org/x');
    expect(isOwnDomain(l, ctx())).toBe(false);
    expect(isOwnDomain(l, ctx(['www.myagency.org']))).toBe(true);
  });

  test('hostIn needs a label boundary', () => {
    expect(hostIn('a.cbc.ca', 'cbc.ca')).toBe(true);
    expect(hostIn('abccbc.ca', 'cbc.ca')).toBe(false);
  });

  test('matchHost walks parents down to the registrable domain only', () => {
    const set = new Set(['news.yahoo.com', 'ctvnews.ca']);
    expect(matchHost(extractLinks('ca.news.yahoo.com/x')[0], set)).toBe('news.yahoo.com');
    expect(matchHost(extractLinks('calgary.ctvnews.ca/x')[0], set)).toBe('ctvnews.ca');
    expect(matchHost(extractLinks('mail.yahoo.com/x')[0], set)).toBeUndefined();
  });
});

describe('findUrls (linkify on the words that can hold a link)', () => {
  // Each must give what linkify gives on the whole text: same links, same offsets.
  test.each([
    'plain words only, no link at all',
    'one.two three:four localhost and localhost:8080/x',
    '(see cbc.ca/news )\n\nand [x.com] {y.ca} <z.org> "toronto.ca" end.',
    'a@b.com mailto:c@d.ca http://foo https:// ftp://f.org/x',
    'tabs\tcbc.ca\r\nwww.x.com.\u00a0bit.ly/3xY\u3000next\u2003127.0.0.1:80',
    'e.g. node.js 4.5.6 ... :) http: //x.com a.b.c.d.e.f',
    'idn пример.рф münchen.de 例子.中国 xn--80ak6aa92e.com 👍.ws',
    'ex.ample.co.uk/path?q=1&u=https%3A%2F%2Fcbc.ca#f, then (cbc.ca/a_(b)) and cbc.ca/a)',
  ])('%s', (text) => {
    const whole = find(text, 'url').map((m) => ({ href: m.href, start: m.start, end: m.end }));
    expect(findUrls(text)).toEqual(whole);
  });
});
