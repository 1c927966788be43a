// What the options page accepts as typed: official account keys and web domains.
import { describe, expect, test } from 'vitest';
import { lines, parseAccount, parseDomains, splitKey } from '../../entrypoints/options/edit';

describe('parseAccount', () => {
  test.each([
    ['x:@TorontoComms', 'x:@TorontoComms'],
    ['X: TorontoComms', 'x:@TorontoComms'],
    ['twitter:@cityofcalgary', 'x:@cityofcalgary'],
    ['facebook:City of Toronto', 'facebook:City of Toronto'],
    ['LinkedIn : City of Peterborough ', 'linkedin:City of Peterborough'],
  ])('%s → %s', (input, key) => expect(parseAccount(input)).toEqual({ key }));

  test.each(['TorontoComms', 'mastodon:@city', 'x:', 'x:@has space', 'x:@abcdefghijklmnop', ''])('refuses %j', (input) => {
    expect(parseAccount(input)).toHaveProperty('error');
  });
});

test('splitKey names the site', () => expect(splitKey('linkedin:jane doe')).toEqual({ site: 'LinkedIn', account: 'jane doe' }));

test('lines: trimmed, no blanks, no repeats in any case', () => expect(lines(' a \n\nB\nb\r\nc')).toEqual(['a', 'B', 'c']));

test('parseDomains: URLs and www. reduced to the domain; anything else is bad', () => {
  expect(parseDomains('https://www.Toronto.ca/news?x=1\ncalgary.ca.\nptbo\nhttp://\nlibrary.peterborough.on.ca')).toEqual({
    domains: ['toronto.ca', 'calgary.ca', 'library.peterborough.on.ca'],
    bad: ['ptbo', 'http://'],
  });
});
