import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { missingDisclaimer } from '../../rules/missing-disclaimer';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

type City = 'toronto' | 'calgary' | 'peterborough';
const ctx = (mode: Mode = 'personal', city: City = 'toronto', extraTopics?: string[]): Context =>
  ({ mode, platform: 'x', profile: getProfile(city), settings: { extraTopics } });
const spans = (text: string, city: City = 'toronto', extra?: string[]) =>
  missingDisclaimer.check({ text }, ctx('personal', city, extra)).map((f) => text.slice(f.start, f.end));

// [text, city, expected span: the first City matter the opinion is about]
const invalid: [string, City, string][] = [
  ['Property taxes going up 9% again is outrageous.', 'toronto', 'Property taxes'],
  ['City council voted to raise parking rates. Ridiculous.', 'toronto', 'City council'],
  ['Why does the City keep closing the rec centre early? So frustrating.', 'toronto', 'the City'],
  ["Council shouldn't have approved the tax hike.", 'calgary', 'Council'],
  ['Garbage day got moved and nobody told us.', 'peterborough', 'Garbage day'],
  ['Snow plows left a windrow across my driveway again. Useless.', 'calgary', 'plows'],
  ['My department is a total mess right now.', 'toronto', 'My department'],
  ['The new speed bumps are a waste of money.', 'peterborough', 'speed bumps'],
  ['The TTC is the worst it has ever been.', 'toronto', 'TTC'],
  ['Ward 12 keeps getting ignored. Typical.', 'toronto', 'Ward 12'],
  ['Dispatch in Roads is a joke, nobody answers.', 'calgary', 'Roads'],
  ['The by\u2011law on backyard hens makes zero sense.', 'calgary', 'by\u2011law'],
  ['Bike lanes: the whole plan is a mess 🚲', 'toronto', 'Bike lanes'],
  ['#greenbin pickup skipped AGAIN. Pathetic.', 'toronto', 'greenbin'],
  ['Council members are clowns.', 'peterborough', 'Council'],
  ['I think the Ravine Strategy is the best thing Council has done.', 'toronto', 'Ravine Strategy'],
  // Emoji before the match: offsets stay on the original text.
  ['😡🚌 The Green Line delay is embarrassing.', 'calgary', 'Green Line'],
  // Look-alike letters and zero-width characters do not hide the topic.
  ['The b\u200Budg\u0435t cuts at C\u0456ty Hall are a disgrace.', 'toronto', 'b\u200Budg\u0435t cuts'],
];

const valid: [string, City][] = [
  ['Personally, I think Council got the budget wrong.', 'toronto'],
  ['Council got the budget wrong. (Views my own.)', 'toronto'],
  ['Council got the budget wrong #opinionsmine', 'toronto'],
  ['Council got the budget wrong, not speaking for my employer.', 'calgary'],
  ['In my personal opinion the 29 bus needs more trips at rush hour.', 'toronto'],
  ['Opinions are mine: the transit plan is a mess.', 'peterborough'],
  ['Speaking for myself, the bike lane decision was a bad call.', 'toronto'],
  ['Leaf collection starts Monday, bags out by 7am.', 'peterborough'],
  ['The city is beautiful at night. Best city in the world!', 'toronto'],
  ['My package is in transit and the delivery is a joke.', 'toronto'],
  ['Our wedding budget is a mess lol', 'calgary'],
  ['Highway 413 is a waste of money. Write your MPP.', 'toronto'],
  ['To the jerk who stole my recycling bin: karma is coming.', 'calgary'],
  ['You should put your green bin out by 7am tomorrow.', 'toronto'],
  ['The pool at the community centre should be open by June.', 'peterborough'],
  ['Shared from the City: outdoor pools open Saturday!', 'peterborough'],
  ['The outdoor pools should reopen next week.', 'calgary'],
  ['I think I left my library card at the cafe.', 'toronto'],
  ['Beer prices at the hockey arena are a rip-off.', 'calgary'],
  ['The Uber fare home was a total rip-off.', 'toronto'],
  // A long neighbouring sentence has its own subject: its verdict is not about the topic.
  ['My kitchen is a mess after the party and the dishes are everywhere. Garbage day tomorrow.', 'toronto'],
];

describe('missing-disclaimer', () => {
  test.each(invalid)('flags %s', (text, city, expected) => expect(spans(text, city)).toEqual([expected]));
  test.each(valid)('passes %s', (text, city) => expect(spans(text, city)).toEqual([]));

  test('runs in personal mode only', () => {
    const post = { text: 'The budget cuts at City Hall are a disgrace.' };
    expect(check(post, ctx('personal'), { only: ['missing-disclaimer'] })).toHaveLength(1);
    expect(check(post, ctx('work'), { only: ['missing-disclaimer'] })).toEqual([]);
    expect(missingDisclaimer.check(post, ctx('work'))).toEqual([]);
  });

  test('an administrator topic counts as a City matter', () => {
    expect(spans('The Harbour Commission plan is a disaster.', 'toronto')).toEqual([]);
    expect(spans('The Harbour Commission plan is a disaster.', 'toronto', ['Harbour Commission'])).toEqual(['Harbour Commission']);
  });

  test('finding: warning, clause of the City, suggestion and a "Personally, " fix', () => {
    const text = 'The garbage schedule is a joke.';
    const [f] = missingDisclaimer.check({ text }, ctx('personal', 'peterborough'));
    expect(f).toMatchObject({ rule: 'missing-disclaimer', severity: 'warning', start: 4, end: 20 });
    expect(f.source).toMatch(/Peterborough/);
    expect(f.suggestion).toMatch(/Personally/);
    expect(f.fix).toEqual({ start: 0, end: 1, text: 'Personally, t' });
  });

  test('the fix keeps a name capitalised and skips leading spaces', () => {
    const text = '  TTC service on Line 2 has never been worse.';
    const [f] = missingDisclaimer.check({ text }, ctx());
    expect(f.fix).toEqual({ start: 2, end: 2, text: 'Personally, ' });
    const fixed = text.slice(0, f.fix!.start) + f.fix!.text + text.slice(f.fix!.end);
    expect(missingDisclaimer.check({ text: fixed }, ctx())).toEqual([]);
  });

  test('an opinion in the sentence after the topic counts, one far away does not', () => {
    expect(spans('Ward boundaries redrawn AGAIN?? Makes no sense.')).toEqual(['Ward boundaries']);
    const far = 'Leaf collection starts Monday. We went hiking. The trail was lovely. Dinner was a disaster.';
    expect(spans(far, 'peterborough')).toEqual([]);
  });
});
