import { describe, expect, test } from 'vitest';
import { confidential } from '../../rules/confidential';
import { check } from '../../rules/index';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

const ctx = (mode: Mode = 'work'): Context => ({ mode, platform: 'other', profile: getProfile('calgary') });
const spans = (text: string, mode: Mode = 'work') => confidential.check({ text }, ctx(mode)).map((f) => text.slice(f.start, f.end));

// [text, mode, expected flagged spans]
const invalid: [string, Mode, string[]][] = [
  ['Sneak peek from the in-camera session: Council is buying the lot.', 'work', ['in-camera']],
  ['Closed session update: the City will settle for $2M.', 'personal', ['Closed session']],
  ['Heard in a closed-door meeting that the branch is closing.', 'personal', ['closed-door']],
  ['Attaching the DRAFT budget (internal use only - not for distribution).', 'work', ['internal use only', 'not for distribution']],
  ['Forwarding an internal memo: "Do not share - cuts coming."', 'work', ['internal memo', 'Do not share']],
  ['The confidential report on the waterfront says costs doubled.', 'personal', ['confidential report']],
  ['Leaked: the new fee schedule 👀', 'personal', ['Leaked']],
  ['Rates go up 8% in May. It hasn\'t been announced yet, so keep that quiet.', 'personal', ["hasn't been announced yet", 'keep that quiet']],
  ["Don't tell anyone but the branch is being cut.", 'personal', ["Don't tell anyone"]],
  ['The fee schedule is embargoed until Monday.', 'work', ['embargoed']],
  ['Privileged legal advice says the by-law will fail.', 'work', ['Privileged legal advice']],
  ['Saw the unreleased audit report today. Yikes.', 'personal', ['unreleased audit report']],
  ['Just between us, the deal is off.', 'personal', ['between us']],
  ['For your eyes only: the reorg chart for Water Services.', 'personal', ['For your eyes only']],
  ["The staff report won't be public until Friday but it recommends closing the pool.", 'work', ["won't be public until"]],
  ['Confidential: the Mayor will name the new transit chief tomorrow.', 'work', ['Confidential']],
  // passwords: the secret value is the span
  ['Our shared drive password is Bowness#2024 lol', 'personal', ['Bowness#2024']],
  ['login for the Parks Instagram is parks_yyc / Summer2024! - post tonight', 'work', ['parks_yyc / Summer2024!']],
  ['wifi password: "Maple2024"', 'personal', ['Maple2024']],
  ['Door code for the depot is 4471#, crews.', 'work', ['4471#']],
  ['🤫🤫 emoji first: in camera today they picked the site', 'personal', ['in camera']],
];

const valid: [string, Mode][] = [
  ['Free, confidential support is available 24/7 from the Distress Centre.', 'work'],
  ['Your information is kept strictly confidential. Call our tip line.', 'work'],
  ['Report fraud confidentially through the City hotline.', 'work'],
  ['All calls to the Employee Assistance Program are confidential.', 'work'],
  ['The Integrity Commissioner investigates complaints confidentially.', 'work'],
  ['Council meets in closed session today to discuss a labour matter. The public meeting resumes at 2 p.m.', 'work'],
  ["Council's closed session starts at 1 p.m.; the public portion resumes at 3 p.m.", 'work'],
  ['Council will go in camera to discuss a legal matter at 2 p.m.', 'work'],
  ['Report a water leak by calling 311. Leaks waste water!', 'work'],
  ['Please do not share your password with anyone.', 'work'],
  ['Reset your myID password yourself at myid.calgary.ca.', 'work'],
  ['Our draft plan is out for public comment until June 30.', 'work'],
  ['The new schedule has not been released yet; it will be posted here when available.', 'work'],
  ['A partnership between us and the YMCA brings free swims.', 'work'],
  ['Noise by-law reminder: please keep it quiet after 11 p.m.', 'work'],
  ['The password is required to sign in.', 'work'],
  // gossip markers and leaks need a post about work
  ["Don't tell anyone but I'm pregnant!! 🤰", 'personal'],
  ['Between you and me, this lasagna beats my mom\'s.', 'personal'],
  ['The leaked photos of the new phone look amazing.', 'personal'],
];

describe('confidential', () => {
  test.each(invalid)('flags %s (%s)', (text, mode, expected) => expect(spans(text, mode)).toEqual(expected));
  test.each(valid)('passes %s', (text, mode) => expect(spans(text, mode)).toEqual([]));

  test('runs in work and personal modes', () => {
    const post = { text: 'The in-camera vote picked the Morrow Park lot.' };
    expect(check(post, ctx('work'), { only: ['confidential'] })).toHaveLength(1);
    expect(check(post, ctx('personal'), { only: ['confidential'] })).toHaveLength(1);
  });

  test('is an error; a password finding asks to change it', () => {
    const [f] = confidential.check({ text: 'password is Hunter22!' }, ctx());
    expect(f).toMatchObject({ rule: 'confidential', severity: 'error' });
    expect(f.suggestion).toMatch(/change it/);
  });
});
