import { describe, expect, test } from 'vitest';
import { cityTopics, departmentMentions, firstCityTopic, looksLikeUnit } from '../../rules/lib/city-topics';
import { getProfile } from '../../rules/profiles';

const topics = (text: string, city = 'toronto', extra: string[] = []) =>
  cityTopics(text, getProfile(city), extra).map((m) => text.slice(m.start, m.end));

describe('cityTopics', () => {
  test.each([
    ['Snow clearing on my street and the green bin pickup', 'toronto', ['Snow clearing', 'green bin']],
    ['Calgary Transit and the CTrain', 'calgary', ['Calgary Transit', 'CTrain']],
    ['The City of Peterborough budget consultation', 'peterborough', ['The City of Peterborough', 'budget consultation']],
    ['Why does the City keep doing this', 'toronto', ['the City']],
    ['The City’s plan', 'toronto', ['The City’s']],
    ['by-law, bylaw and by law', 'toronto', ['by-law', 'bylaw', 'by law']],
    ['#GreenBin #TTC', 'toronto', ['GreenBin', 'TTC']],
    ['Karen in Payroll', 'toronto', ['Payroll']],
    ['🚌🚌 the TTC', 'toronto', ['TTC']],
    // "the city" in lower case when it acts is the corporation.
    ['why the city spent $2M on it', 'toronto', ['the city']],
    ['Why is the city still mowing the boulevards?', 'calgary', ['the city']],
    ['the city should hire more plows', 'toronto', ['the city', 'plows']],
    ['The new roundabout and the garbage tags', 'peterborough', ['roundabout', 'garbage tags']],
  ])('%s', (text, city, expected) => expect(topics(text, city)).toEqual(expected));

  test.each([
    'The city is lovely at night',
    'My package is in transit',
    'Our wedding budget is tight',
    'We are in planning mode',
    'I got it from it',
    'The nurses on the ward were great',
    'weather permitting, if time permits',
    'the city looks so pretty tonight',
    'best brunch spot in the city?',
    'the city is buzzing',
  ])('no City matter in %s', (text) => expect(topics(text)).toEqual([]));

  test('adds the profile topics and an administrator’s extra topics', () => {
    expect(topics('Gardiner delays', 'toronto')).toEqual(['Gardiner']);
    expect(topics('Gardiner delays', 'calgary')).toEqual([]);
    expect(topics('The Harbour Commission met', 'toronto', ['harbour commission'])).toEqual(['Harbour Commission']);
  });

  test('firstCityTopic returns the first mention or null', () => {
    expect(firstCityTopic('nothing here', getProfile('toronto'))).toBeNull();
    expect(firstCityTopic('TTC and Council', getProfile('toronto'))?.topic).toBe('ttc');
  });
});

describe('departmentMentions', () => {
  test('units after in/from/at, written as names', () => {
    const text = 'Sam from IT, Jo in Finance, Al at the front desk, got it from it, in finance';
    expect(departmentMentions(text).map((d) => text.slice(d.unitStart, d.unitEnd))).toEqual(['IT', 'Finance', 'front desk']);
  });

  test('a unit word after the unit makes a lower-case one count', () => {
    const text = 'Dylan in parks ops, Jo from roads crew, we walked in parks';
    expect(departmentMentions(text).map((d) => text.slice(d.unitStart, d.unitEnd))).toEqual(['parks', 'roads']);
  });

  test.each([['IT', true], ['it', false], ['Payroll', true], ['payroll', false], ['water billing', true]] as const)(
    'looksLikeUnit(%s) is %s',
    (written, expected) => expect(looksLikeUnit(written)).toBe(expected),
  );
});
