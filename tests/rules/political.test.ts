import { DISRESPECTFUL_POLITICAL_FILES, scoreRule } from '../fixtures/holdout/score';
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
  ["Don't let the Conservatives take this riding.", ["Don't let the Conservatives", 'take this riding']],
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
  ['Donate to Jane\'s campaign today and help us win Ward 5.', ["Donate to Jane's campaign", 'win Ward 5']],
  ['VOTE JANE DOE FOR WARD 5!', ['VOTE JANE DOE']],
  ["I'm voting for Chow. Are you?", ['voting for Chow']],
  ["Let's get Jane Doe elected!", ['get Jane Doe elected']],
  ['Time to throw the Liberals out', ['throw the Liberals out']],
  ['Conservatives have ruined this province. Vote them out!', ['Vote them out']],
  // endorsements and opposition in other shapes
  ['My pick for mayor is Sandra Okafor. She gets it.', ['My pick for mayor is Sandra Okafor']],
  ["Who's your pick for mayor? Mine's Dana Wu 🗳️", ["for mayor? Mine's Dana Wu"]],
  ['Okafor is the only real choice for mayor.', ['is the only real choice for mayor']],
  ['If you care about transit, Liam Fox is your guy for mayor.', ['is your guy for mayor']],
  ['Proud to be #TeamOkafor this election! 🧡', ['#TeamOkafor']],
  ['Sign up to canvass with the Lin campaign this Saturday.', ['canvass with the Lin campaign']],
  ["Sign up to volunteer for Dana Wu's campaign at danawu.ca", ["volunteer for Dana Wu's campaign"]],
  ['Chip in $25 to help Maria Lopez win Ward 9.', ['help Maria Lopez win']],
  ['Mayor Gondek doesn\'t deserve a second term.', ["doesn't deserve a second term"]],
  ["Let's send Dana Wu to city hall!", ['send Dana Wu to city hall']],
  ['We need Priya Sharma on council. Get out and vote!', ['need Priya Sharma on council']],
  ['Proud to stand with Priya Sharma in her run for council.', ['stand with Priya Sharma in her run for council']],
  ["Whatever you do, don't give your vote to Hollis.", ['give your vote to Hollis']],
  ['Give Okafor your vote on October 26.', ['Give Okafor your vote']],
  ['Put a Marr sign on your lawn and show Ward 3 you care!', ['Put a Marr sign on your lawn']],
  ['Lawn signs for Sam Ortiz are in! DM to get one.', ['Lawn signs for Sam Ortiz']],
  ['Keep the Tories out! Vote strategically in this riding.', ['Keep the Tories out']],
  ["Tomorrow I'm casting my ballot for the NDP. Join me!", ['casting my ballot for the NDP']],
  ["On Oct 26, let's make Sandra Okafor our next mayor!", ['make Sandra Okafor our next mayor']],
  ['Donations to my re-election fund can be made at okafor2026.ca', ['Donations to my re-election']],
  ['Big thanks to the volunteers knocking doors for Dana Wu this weekend!', ['knocking doors for Dana Wu']],
  ['Sandra Okafor gets my vote, no question. #yycvotes', ['Sandra Okafor gets my vote']],
  ["Calgary, it's time to fire Mayor Gondek. Vote for change on October 20.", ['fire Mayor Gondek', 'Vote for change']],
  ["Volunteers wanted for Team Okafor's phone bank tonight!", ["Team Okafor's phone bank"]],
  ['Come to the Okafor campaign kickoff at the Legion, 7 p.m.!', ['the Okafor campaign kickoff']],
  ['Proud to have knocked on 500 doors for the Ontario NDP this weekend.', ['knocked on 500 doors for the Ontario NDP']],
  ["Chip in before midnight to keep Okafor's campaign strong.", ["Chip in before midnight to keep Okafor's campaign"]],
  ["Hollis has been a disaster for Ward 2. Let's replace him on October 26.", ["Let's replace him"]],
  ["Tired of gridlock? So am I. That's why I'm backing Priya Sharma.", ["I'm backing Priya Sharma"]],
  ['Election day is coming. Don\'t let Hollis win again.', ["Don't let Hollis win"]],
  ["We're hosting a fundraiser for Councillor Marr's re-election on Friday.", ["fundraiser for Councillor Marr's re-election"]],
  ['Jo Lam is the trustee our kids need. Make it happen Monday.', ['is the trustee our kids need']],
  ["I'm proud to support Sandra Okafor's bid to be our next mayor.", ["support Sandra Okafor's bid to be our next mayor"]],
  ['Time to vote out Councillor Hollis. Ward 2 deserves better.', ['vote out Councillor Hollis']],
  ['Every Liberal vote counts in this riding. Get out there!', ['Every Liberal vote']],
  ['Please consider supporting my campaign for school trustee.', ['my campaign for school trustee']],
  ["I've known Dana Wu for years. She'll be a fantastic councillor. Vote Monday!", ["She'll be a fantastic councillor"]],
  ["Friends, please don't waste your vote on Hollis.", ['waste your vote on Hollis']],
  ['Proud member of the Alberta NDP since 2015 🧡', ['Proud member of the Alberta NDP']],
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
  // held-out hard negatives
  'Canvassing for the United Way campaign starts Monday at City Hall.',
  'Support our campaign to plant 10,000 trees! Donate at calgary.ca/trees.',
  'Donate to our campaign for the food bank! Council members joined us.',
  'Team Canada takes on Sweden tonight. Go Canada!',
  'Join the Green Team! Volunteers help keep parks clean.',
  'Help Fluffy win Best Pet in our contest!',
  'Send Santa to City Hall with your letters!',
  'Ward 5 needs Snow Angels volunteers this winter.',
  'We need Snow Angels in Ward 5.',
  'Help us knock on doors to promote fire safety in Ward 4.',
  'Mayor Chow is the right choice for the keynote at the housing summit.',
  'Tory Lane will be closed for paving Monday.',
  'Re-elected as chair of the library board, Councillor Wu thanked staff.',
  'Our candidate pool for summer lifeguard jobs is strong this year.',
  "Our team is backing Calgary's bid to host the 2030 Commonwealth Games.",
  'Council will elect Jane Doe as deputy mayor.',
  'Council voted to replace Councillor Lee on the committee.',
  'Riverdale gets my vote for best patio!',
  'Team Canada volunteers are at the rink.',
  'Knocking doors for Fire Safety Week in Ward 3',
  "We're supporting United Way this month.",
  "Don't let Winter win: free skate lessons!",
  'Every vote counts in the Best Patio poll.',
  "She'll be a great mayor for the day at our Kids' Council event.",
];

describe('political', () => {
  test.each(invalid)('flags %s', (text, expected) => expect(spans(text)).toEqual(expected));
  test.each(valid)('passes %s', (text) => expect(spans(text)).toEqual([]));

  test.each(DISRESPECTFUL_POLITICAL_FILES)('held-out posts in %s: precision >= 0.95, recall >= 0.85', (file) => {
    const score = scoreRule(file, 'political');
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });

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
