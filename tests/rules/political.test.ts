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
  // round 10: a campaign's brand, events, team and roles
  ['Tickets are on sale for the Priya Nair for Council breakfast.', ['Priya Nair for Council']],
  ["Join us at Ana Lopez's campaign kickoff on Saturday!", ["Join us at Ana Lopez's campaign"]],
  ["Reminder: Jean Tremblay's campaign kickoff is tonight at 7.", ["Jean Tremblay's campaign kickoff"]],
  ["I'm co-chairing my friend Ruth Ansah's campaign, so DM me to volunteer.", ["Ruth Ansah's campaign"]],
  ["Ruth Ansah's campaign for the Ward 8 seat could use a few more hands.", ["Ruth Ansah's campaign for the Ward 8 seat"]],
  ['Proud to be canvassing with Team Bellamy in Ward 5 tonight.', ['canvassing with Team Bellamy']],
  ['Drivers needed on election day for the Castillo team.', ['for the Castillo team']],
  ['Count me in for Team Adeyemi! Ward 14', ['in for Team Adeyemi']],
  ['Our campaign still needs scrutineers for election night.', ['Our campaign still needs scrutineers']],
  ["I'll be scrutineering for Grace Obi on election night.", ['scrutineering for Grace Obi']],
  ['Spent Saturday dropping off literature for the Liberal candidate.', ['dropping off literature for the Liberal candidate']],
  // the employee's own candidacy
  ["I'm running for Ward 11 councillor! More soon.", ["I'm running for Ward 11 councillor"]],
  ['I filed my nomination papers this morning.', ['I filed my nomination papers']],
  // endorsement in other tenses and shapes
  ["I've endorsed Ahmed Rahimi for Ward 2 trustee.", ["I've endorsed Ahmed Rahimi"]],
  ['Proud to endorse Keisha Adeyemi for council in Ward 14.', ['endorse Keisha Adeyemi']],
  ["That's why I'm throwing my support behind Grace Obi for council.", ['throwing my support behind Grace Obi']],
  ['Tom Bergstrom has my full support for mayor.', ['Tom Bergstrom has my full support']],
  ['Jen Park is the only mayoral candidate worth your vote.', ['worth your vote']],
  ['This Ward 3 race is easy: Marr.', ['race is easy: Marr']],
  ['There is only one name on the ballot for mayor: Tom Bergstrom.', ['only one name on the ballot for mayor: Tom Bergstrom']],
  ['Vote for the candidate who will fight for transit: Lina Castillo.', ['Vote for the candidate who will fight for transit: Lina Castillo']],
  ['Keisha Adeyemi: the councillor Ward 14 deserves.', ['the councillor Ward 14 deserves']],
  ["Can't wait to call Grace Obi our councillor.", ['call Grace Obi our councillor']],
  ['Every $10 helps put Grace Obi on council.', ['put Grace Obi on council']],
  ['Castillo 2026: a mayor for all of us.', ['Castillo 2026: a mayor for']],
  // coy endorsement and opposition
  ["Don't forget to vote Monday. Ward 2 folks, you know who I'd pick 😉", ["you know who I'd pick"]],
  ['Not telling anyone how to vote, but Councillor Mbeki has done nothing for us.', ['Not telling anyone how to vote, but']],
  ['Anyone but Hollister on October 26.', ['Anyone but Hollister']],
  ['Mike Ferreira had his chance. Show him the door on the 20th.', ['Show him the door']],
  ['Petrov has to go. #yycvotes', ['Petrov has to go']],
  ["Remember Councillor Petrov's record when you mark your ballot.", ["Remember Councillor Petrov's record when you mark your ballot"]],
  ['Conservatives = cuts. Remember that at the ballot box.', ['Remember that at the ballot box']],
  ['The Liberals have failed us. Time for a change on June 2.', ['Time for a change on June']],
  // getting a candidate on the ballot; signs
  ['Rachel Kim needs 25 signatures to get on the ballot for council.', ['Rachel Kim needs 25 signatures']],
  ['Please sign her nomination papers at the library.', ['sign her nomination papers']],
  ['Got my Keisha Adeyemi lawn sign up today!', ['my Keisha Adeyemi lawn sign']],
  ['So many Castillo signs on my street! 🗳️', ['So many Castillo signs']],
  ['Lawn signs are going up for Grace Obi all over Ward 6!', ['Lawn signs are going up for Grace Obi']],
  ["Big weekend ahead: we're launching Sam Reyes' campaign for Ward 4 on Saturday.", ["Sam Reyes' campaign for Ward 4"]],
  ['If you want a mayor who gets things done, mark your ballot for Castillo.', ['mark your ballot for Castillo']],
  ["Thrilled to announce I'll be seeking re-election as your Ward 6 councillor.", ["I'll be seeking re-election"]],
  ["Going door to door for Keisha this weekend, who's joining me?", ['Going door to door for Keisha']],
  ['Phone bank tonight for Ruth Ansah, 6-9 pm. Pizza provided!', ['Phone bank tonight for Ruth Ansah']],
  ['The NDP is the only party with a real housing plan. Remember that on June 2.', ['Remember that on June 2']],
  ["Hey Peterborough, let's turn Ward 2 orange on the 26th!", ['turn Ward 2 orange']],
  ['Stand with Keisha on October 26.', ['Stand with Keisha']],
  ["On the 20th, let's elect a councillor who shows up.", ["let's elect a councillor who"]],
  ['Keep Ward 8 moving forward. Keep Ruth Ansah.', ['Keep Ruth Ansah']],
  ['Keep Grace Obi on council!', ['Keep Grace Obi']],
  ["I'll be answering your questions live tonight about my platform for Ward 2.", ['my platform for Ward 2']],
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
  // round 10 near misses: offices and programs, charities, awards, neutral election news
  'Join Councillor Wu for Council office hours on Friday.',
  'Join Councillor Wu for Ward 5 office hours.',
  "I've endorsed Maria Lopez for project management on LinkedIn.",
  'Proud to endorse Jane Doe for the Volunteer Award in Ward 5.',
  "The Canadian Cancer Society's campaign kickoff is Monday in Ward 5.",
  "Toronto Public Health's campaign launch at City Hall, with Councillor Wu.",
  "Proud to join the Canadian Red Cross's campaign launch at City Hall with Councillor Obi.",
  "Mayor Bergstrom's campaign launch for the new Clean Streets program is Monday at City Hall.",
  "Mayor Castillo's campaign to plant a million trees reaches 600,000 this week.",
  'Jane Doe needs 500 signatures on her petition to save the Ward 5 park.',
  'Mark Smith needs 20 more signatures on the Ward 5 street party permit application.',
  'Anyone but Edmonton on Friday! Go Flames',
  'Anyone but residents of Ward 5 must register for the program online.',
  "Council's decision was easy: Riverdale Park gets the splash pad.",
  'I submitted my nomination forms for the Volunteer Awards.',
  'Candidates must file their nomination papers with the Clerk by August 18.',
  "I'm running for the bus every morning now that the 504 is rerouted.",
  "I'm running for charity in the Calgary Marathon. Sponsor me!",
  'Thanks to the Logistics team for a smooth election day!',
  'On election day, the Outreach team will be at voting places.',
  'Our Election Services team is hiring for election day. Join the Logistics team!',
  'Grab your free Slow Down lawn sign from the Ward 5 office.',
  'You know who I\'d pick for best patio in Ward 5 😉',
  "You know who I'd call? 311. They fixed our Ward 5 pothole in a day.",
  "We're not telling you who to vote for, but we will tell you where: toronto.ca/elections",
  'Which mural is worth your vote? Voting closes Friday in our Ward 5 contest.',
  'Only one name on the ballot for Ward 3: Jane Doe has been acclaimed as councillor.',
  'We still need scrutineers to observe the recount, said the Clerk.',
  'Sign up for our Team Green litter blitz in Ward 4 this Saturday!',
  'Huge thanks to the Harvest team and Team Rubicon for helping residents in Ward 5 after the flood.',
  'Throwing our support behind the Ward 4 Food Bank this holiday season!',
  'Mayor Chow: Remember to bring your ID when you vote on October 26!',
  'Councillor Wu reminds everyone: remember, when you vote, bring ID.',
  'Mayor Chow thanks voters. Remember that advance polls close Friday at the polls near you.',
  'Time for a change on Monday: Councillor Wu opens the Ward 5 bike lane.',
  'Winter has to go! 🗳️ Vote for your favourite rink in our contest.',
  'Put Fluffy in the Calgary Zoo contest!',
  'Congratulations to Grace Obi, who was elected chair of the Board of Health.',
  'Honoured to be re-elected as co-chair of our Joint Health and Safety Committee.',
  'Going door to door for Fire Safety Week in Ward 3 this Saturday.',
  'Keep Calgary Beautiful.',
  'Keep Off The Grass signs go up in Ward 5.',
  "Let's turn Ward 5 green with 500 new trees this fall.",
  'Mark your ballot for the Best Patio award by October 20!',
  'Our team is seeking a second term of funding for the pilot.',
  'Please remember that on October 26 voting places open at 10 a.m.',
  'Stand with Ukraine: rally at City Hall on October 12.',
  'Staff will be going door to door for the Census on October 14.',
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
