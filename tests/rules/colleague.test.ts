import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { colleague } from '../../rules/colleague';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

const ctx = (mode: Mode = 'personal', colleagues?: string[]): Context =>
  ({ mode, platform: 'facebook', profile: getProfile('toronto'), settings: { colleagues } });
const spans = (text: string, mode: Mode = 'personal', colleagues?: string[]) =>
  colleague.check({ text }, ctx(mode, colleagues)).map((f) => text.slice(f.start, f.end));

// [text, expected spans: the names or handles]
const invalid: [string, string[]][] = [
  ['My coworker Sarah Lee in By-law keeps stealing my lunch.', ['Sarah Lee']],
  ['Our supervisor Dave M. keeps scheduling meetings at 4:55.', ['Dave M.']],
  ['The clerk at the counter, Priya, was rude to me.', ['Priya']],
  ['Tagging @jdoe from Parks for the photos!', ['@jdoe']],
  ['Frankly, our Director of Transportation, Mike Harlan, has no plan.', ['Mike Harlan']],
  ['Priya, our clerk, stayed late again.', ['Priya']],
  ['Lunch with my teammate Raj today 🍜', ['Raj']],
  ['Congrats to Ahmed Ali in Finance on his retirement!', ['Ahmed Ali']],
  ['My boss, Linda Park, won\'t approve my vacation.', ['Linda Park']],
  ['Sam from IT fixed my laptop in two minutes', ['Sam']],
  ['Karen in Payroll lost my timesheet again.', ['Karen']],
  ['Huge thanks to Bylaw Officer Patel for sorting out the noise complaint', ['Patel']],
  ['Shoutout to coworker Jen for covering my shift', ['Jen']],
  ['Yep, Frank from Roads was napping in the truck.', ['Frank']],
  ['Our new Roads foreman Kevin O\'Brien starts Monday.', ["Kevin O'Brien"]],
  ['Thanks to Jenna Clarke at the Sport & Wellness Centre front desk!', ['Jenna Clarke']],
  ['Shoutout to Maria from Water billing and Omar Haddad in City Planning!', ['Maria', 'Omar Haddad']],
  // Emoji before the name: offsets stay on the original text.
  ['🎉🎉 Shoutout to Anita in Parking Tags!', ['Anita']],
];

const valid: string[] = [
  'Morale in Parks is at an all-time low.',
  'Everyone in Roads worked overnight. Thank you!',
  'Great job by our Parks crew this weekend!',
  'Thanks to Councillor Wong from Ward 3 for visiting.',
  'Mayor Chow at City Hall cut the ribbon today.',
  'City Manager Paul Johnson presented the budget to Budget Committee.',
  'Thanks to Jane Doe of the Cabbagetown BIA for the coffee.',
  'Shout-out to Tom at Prairie Roofing for the quick fix.',
  'Our property manager Dave is useless.',
  'Got it from IT yesterday, finally.',
  'Shoutout to Maya in grade 3 for her art.',
  'The guy at the counter today, Greg Whitlock, gave us his cell.',
  'So proud of my friend Sam who is running in our riding!',
  'Thank you to every crew member who worked through the cold snaps.',
  'Our GM says 40 Parks jobs are gone.',
  'Supervisor training starts Monday at City Hall.',
  'Ask your supervisor. Dave will not know.',
];

describe('colleague', () => {
  test.each(invalid)('flags %s', (text, expected) => expect(spans(text)).toEqual(expected));
  test.each(valid)('passes %s', (text) => expect(spans(text)).toEqual([]));

  test('runs in both modes', () => {
    const post = { text: 'Big thanks to Darren Okafor in Roads for plowing my street first' };
    expect(check(post, ctx('work'), { only: ['colleague'] })).toHaveLength(1);
    expect(check(post, ctx('personal'), { only: ['colleague'] })).toHaveLength(1);
  });

  test('names listed in the settings are colleagues wherever they appear', () => {
    expect(spans('Jordan Pike is at it again lol')).toEqual([]);
    expect(spans('Jordan Pike is at it again lol', 'work', ['jordan pike'])).toEqual(['Jordan Pike']);
    expect(spans('lol JORDAN  pike again', 'work', ['jordan pike'])).toEqual(['JORDAN  pike']);
  });

  test('finding: warning with the name in the message and a consent suggestion', () => {
    const [f] = colleague.check({ text: 'My supervisor Dave Lee in Parks is useless.' }, ctx());
    expect(f).toMatchObject({ rule: 'colleague', severity: 'warning', start: 14, end: 22 });
    expect(f.message).toContain('Dave Lee');
    expect(f.suggestion).toBe('Ask Dave Lee before posting, or leave the name out.');
    expect(f.source).toMatch(/Toronto/);
  });

  test('one finding per person even when two clues point at them', () => {
    expect(spans('My coworker Sarah Lee in By-law, our clerk, again.')).toEqual(['Sarah Lee']);
  });
});
