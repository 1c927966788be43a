import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { political } from '../../rules/political';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

const ctx = (mode: Mode = 'work'): Context => ({ mode, platform: 'other', profile: getProfile('calgary') });
const spans = (text: string) => political.check({ text }, ctx()).map((f) => text.slice(f.start, f.end));

const invalid: [string, string[]][] = [
  ['Vote for Sarah Kim on October 24!', ['Vote for Sarah Kim']],
  ['Vote Jeff Mills for Mayor.', ['Vote Jeff Mills']],
  ['Re-elect Councillor Dan Whitfield!', ['Re-elect Councillor Dan Whitfield']],
  ['Tom Brown for Council!', ['Tom Brown for Council']],
  ['Volunteer at brownforcouncil.ca', ['brownforcouncil']],
  ['Sign up at okoye4ward11.ca', ['okoye4ward11']],
  ['#VoteChow2026 📢 Four more years!', ['#VoteChow2026', 'Four more years']],
  ['Support the NDP this election.', ['Support the NDP']],
  ["Don't vote Conservative.", ['vote Conservative']],
  ["RT if you're voting Green in the provincial election!", ['voting Green']],
  ['Calgary deserves better. Vote independent on October 20!', ['Vote independent']],
  ["Don't let the Conservatives take this riding.", ["Don't let the Conservatives"]],
  ['As a proud Liberal, I ask you to get out and vote for our local candidate.', ['proud Liberal', 'vote for our local candidate']],
  ["Please join me in supporting Priya Sharma's mayoral campaign.", ["join me in supporting Priya Sharma's mayoral campaign"]],
  ["Thanks for coming to our candidate's fundraiser! #Ward3", ["our candidate's fundraiser"]],
  ['My friend Dana is running for council in Ward 11. Please vote for her!', ['is running for council', 'Please vote for her']],
  ['Cast your ballot for Jane Doe on October 26.', ['Cast your ballot for Jane Doe']],
  ['Jane Doe deserves your vote.', ['deserves your vote']],
  ['Proud to endorse Jane Doe in this election.', ['endorse Jane Doe']],
  ['😀🗳️ Vote UCP!', ['Vote UCP']],
  ['Jane Doe for Ward 5 Trustee!', ['Jane Doe for Ward 5 Trustee']],
  ['Elect Jane Doe!', ['Elect Jane Doe']],
  ['Donate to Jane\'s campaign today and help us win Ward 5.', ["Donate to Jane's campaign"]],
  ['VOTE JANE DOE FOR WARD 5!', ['VOTE JANE DOE']],
  ["I'm voting for Chow. Are you?", ['voting for Chow']],
  ["Let's get Jane Doe elected!", ['get Jane Doe elected']],
  ['Time to throw the Liberals out', ['throw the Liberals out']],
  ['Conservatives have ruined this province. Vote them out!', ['Vote them out']],
];

const valid: string[] = [
  'Municipal election day is Monday, October 26. Find your voting place at toronto.ca/elections. #TOvotes',
  'Advance voting runs October 10-16 at all voting places.',
  'The candidate nomination period opens May 1. Learn how to run for council at calgary.ca/elections.',
  "Check that you're on the voter list. Questions? Call the Clerk's office.",
  'Council voted 20-5 today to adopt the Housing Action Plan.',
  'Council will vote for Option B at Wednesday\'s meeting.',
  'Councillor Wong announced a new tree planting program in Ward 12.',
  'Thanks to Councillor Lee for joining us at the park opening!',
  'Vote for your favourite patio in our Best of CaféTO contest!',
  'Election signs may not be placed on City property.',
  'Support the Green Line? Share your feedback at calgary.ca/greenline.',
  'Planning a block party? Apply for a street event permit.',
  'Voting Day is October 20. Accessible voting options are available.',
  'Nominations for Mayor close August 18.',
  'Come to the Vision Zero campaign launch at City Hall.',
  'Green bin collection continues as usual.',
  'Conservative estimates put the cost at $2M.',
  "Thank you to everyone who donated to the City's United Way campaign.",
  'Elected officials attended the opening.',
  'VOTING DAY IS OCTOBER 26. FIND YOUR VOTING PLACE.',
  'Vote Early, Vote Often at our costume contest.',
  'Vote for Riverdale in the Best Neighbourhood contest!',
];

describe('political', () => {
  test.each(invalid)('flags %s', (text, expected) => expect(spans(text)).toEqual(expected));
  test.each(valid)('passes %s', (text) => expect(spans(text)).toEqual([]));

  test('runs in work mode only', () => {
    const post = { text: 'Vote Maria Santos for Ward 9 Councillor!' };
    expect(check(post, ctx('work'), { only: ['political'] })).toMatchObject([{ rule: 'political', severity: 'error' }]);
    expect(check(post, ctx('personal'), { only: ['political'] })).toEqual([]);
  });

  test('finds an endorsement buried in a long post, with offsets after emoji', () => {
    const text = `🎉🎉 Back from the conference! ${'Great panels on housing and transit. '.repeat(20)}My friend Jo Lam is running for council, please vote for him. 🗳️`;
    const found = political.check({ text }, ctx());
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['is running for council', 'please vote for him']);
    expect(found[0].start).toBe(text.indexOf('is running'));
  });

  test('cites the City clause and suggests keeping campaigns off work accounts', () => {
    const [f] = political.check({ text: 'Re-elect Mayor Gondek!' }, ctx());
    expect(f.source).toMatch(/\S/);
    expect(f.suggestion).toMatch(/personal account/);
  });
});
