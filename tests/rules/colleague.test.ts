import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { colleague } from '../../rules/colleague';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';
import { HOLDOUT_FILES, scoreRule } from '../fixtures/holdout/score';

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
  // "from my team/crew/unit", work areas before the unit, lower-case units and names.
  ["Shoutout to Priya from my team at the water treatment plant, she's the only competent one there lol", ['Priya']],
  ['Huge thanks to Tomasz from my crew for pulling a double during the storm.', ['Tomasz']],
  ['Thanks @kwong_yyc from our unit for the great presentation today', ['@kwong_yyc']],
  ['Shout out to Nkechi in our permit intake group, she cleared 60 files today', ['Nkechi']],
  ['big thanks to ahmed on our night crew for covering', ['ahmed']],
  ['ugh jenna from accounting microwaved fish again 🤢', ['jenna']],
  ["@sarah.k from work is the reason I'm still sane this week ❤️", ['@sarah.k']],
  ['Shoutout to Dylan in parks ops for finding my lost keys', ['Dylan']],
  ['Sat beside Bogdan from the Scarborough yard at the union meeting.', ['Bogdan']],
  ['my lead hand mike is on vacation so the whole crew is lost lol', ['mike']],
  // Names after a unit, in appositions, welcomes and lists.
  ['The new guy on our crew, Tavish, is already outworking all of us', ['Tavish']],
  ['Shoutout to Liam, my partner on the inspection team, for catching that gas leak.', ['Liam']],
  ['Big welcome to Deshawn, who just joined our branch!', ['Deshawn']],
  ['Please welcome Oluwaseun Adeyemi, who joined our Water Resources team this week.', ['Oluwaseun Adeyemi']],
  ['Please join me in welcoming Harpreet Sandhu to the Roads team!', ['Harpreet Sandhu']],
  ['Welcome to the new hire in permits, Jasmine! 🎉', ['Jasmine']],
  ['Day 3 of training the new hire, Ezinne. She\'s sharp!', ['Ezinne']],
  ['Lunch with the best work wife ever, @dani.r 💕', ['@dani.r']],
  ['Huge thanks to Okonkwo and Ferreira in Engineering for the quick turnaround.', ['Okonkwo', 'Ferreira']],
  ['Thanks to the inspectors in Building, especially Farah Qureshi, for the site visit.', ['Farah Qureshi']],
  ["Joanne at the Wellness Centre desk is the sweetest, she remembered my kid's name!", ['Joanne']],
  // Working alongside someone: a known given name, or a he/she that follows.
  ['Working the front counter with Bev today, she knows every resident by name', ['Bev']],
  ['Another shift with Gurpreet on the garbage truck, he never stops singing 😂', ['Gurpreet']],
  // Workplace companions, affectionate titles, "as our new …", several singled out of a crew.
  ['Lunch date with my cubicle buddy Ngozi 🥗', ['Ngozi']],
  ['My shift partner @jrod403 got engaged this weekend!!', ['@jrod403']],
  ['Celebrating 20 years of service for our fearless leader Gwen today 🎉', ['Gwen']],
  ['Welcoming Yusuf Demir as our new Senior Planner in Community Planning.', ['Yusuf Demir']],
  ['Hats off to the Streets crew, especially Mateus and Ivy, for the overnight pothole blitz.', ['Mateus', 'Ivy']],
  ['Drinks after work with the permits crew tonight, Giselle is buying 🍻', ['Giselle']],
  ['Thanks to Meg and Dario at the Arena front office for setting up the tournament.', ['Meg', 'Dario']],
  ['Join me in congratulating Chinedu Obi on his promotion to Manager, Solid Waste Operations.', ['Chinedu Obi']],
  // A unit named with the City's own name.
  ['Thanks to Jen, Omar and Luc from Toronto Water for the tour!', ['Jen', 'Omar', 'Luc']],
  // Any words between "our" and the title, before or after the name (not a private hire: see the valid list).
  ['Thanks to Marguerite, our parking enforcement coordinator, for the quick fix.', ['Marguerite']],
  ['Rashid Khan, our senior budget analyst, ran the numbers overnight.', ['Rashid Khan']],
  ['Our crossing guard supervisor Imelda retires Friday.', ['Imelda']],
  // Described, then named: "a woman named …", "a guy called …" after a title.
  ['My new supervisor is a woman named Farida who used to be a paramedic.', ['Farida']],
  ['Training my successor this month, a sharp young guy called Desmond.', ['Desmond']],
  // A relative clause about running or leaving a City unit.
  ['The woman who manages our permit counter, Lucia, never misses a detail.', ['Lucia']],
  ['Farewell to Bjorn Lindqvist, who is retiring from Transportation Services after 28 years.', ['Bjorn Lindqvist']],
  // Welcomes with new titles, a civic title written before the name, the head of one's unit.
  ['Welcome aboard to our newest forester, Tamsin Reid!', ['Tamsin Reid']],
  ['Shoutout to Arborist Kwesi Boateng for saving the old oak on Elm St.', ['Kwesi Boateng']],
  ['Supervisor Mike Chen from Roads approved the closure.', ['Mike Chen']],
  ['The new head of our branch, Marguerite Oyelaran, starts Monday.', ['Marguerite Oyelaran']],
  ['Our section head Ines Duarte signed off on the plan.', ['Ines Duarte']],
  ['Special thanks to the Roads crews, especially our night foreman Gus, for the overnight patching.', ['Gus']],
  // Getting a City post; doing the job together; going to a City site together; working under someone.
  ["Still can't believe Hamish got the supervisor position over everyone else.", ['Hamish']],
  ['Anjali and I were on the same night shift again lol', ['Anjali']],
  ['Me and Teodor plowed the whole of Ward 7 overnight.', ['Teodor']],
  ['Driving to the works yard with Oksana every morning this week.', ['Oksana']],
  ['Working under Beatriz Lopes in Licensing taught me everything.', ['Beatriz Lopes']],
  // A unit written "X & Y", someone at a City counter, someone who hired the author into a unit.
  ['Props to Benedikt in Streets & Sanitation for the fast pothole fix.', ['Benedikt']],
  ['The guy at the Licensing counter, Ferris, sorted it out in minutes.', ['Ferris']],
  ['Ruth Ngata hired me into Fleet Services back in 2012.', ['Ruth Ngata']],
  ['Shout out to our IT service desk, Wen fixed my login in five minutes', ['Wen']],
  // Known by their unit, given a post, a title and a City unit after the name, reporting to, addressed after "my coworkers".
  ['Our bylaw lady Marta knows every fence rule by heart.', ['Marta']],
  ['So they made Alasdair the acting foreman, wild.', ['Alasdair']],
  ['Thanks to Odile Brassard, coordinator of Recreation programs, for the partnership.', ['Odile Brassard']],
  ['Reporting to Karima Haddad now that the reorg is done, she is great.', ['Karima Haddad']],
  ['Drinks with my former colleagues from Planning, miss you Ines and Rafe!', ['Ines', 'Rafe']],
  ['Kofi and I finished our last inspection together before he retires.', ['Kofi']],
  ['Just heard Ambrose from the transit garage is leaving for the TTC.', ['Ambrose']],
  // "Name, who started in <unit>", "the 311 agent Name", "Name, the arborist", "Name (Parks Planning)".
  ["Tilda, who started in Children's Services the same year as me, retired today.", ['Tilda']],
  ['Shoutout to the 311 agent Philippa who stayed on the line with my dad.', ['Philippa']],
  ['Kudos to Bram, the arborist who saved the old elm on our street.', ['Bram']],
  ['Thank you Orla Keane (Parks Planning) for the walking tour.', ['Orla Keane']],
  // A City word that is also a surname after a known given name; a welcome into a unit written as a name; who runs a unit's function.
  ['Ryan Hall from Payroll still owes me twenty bucks.', ['Ryan Hall']],
  ['We warmly welcome Marcus Ortiz to Transportation Services this week.', ['Marcus Ortiz']],
  ['Welcoming Tanya Ivanova into Parks & Recreation today!', ['Tanya Ivanova']],
  ['The lady who oversees Parks permits, Gloria Reyes, ignored three emails.', ['Gloria Reyes']],
  ['Leonard Wu, who runs Fleet maintenance, has never driven a plow.', ['Leonard Wu']],
  ['Trivia: the woman in charge of Roads dispatch, Paula Ng, has never driven a plow.', ['Paula Ng']],
  ["The guy who does payroll, Tom Baxter, still can't add.", ['Tom Baxter']],
  ['Raj Mehta (he manages Fleet Services) drives a Prius lol', ['Raj Mehta']],
  ['Meet Priya Das, who just started in Planning.', ['Priya Das']],
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
  // Friends, family, hobbies, businesses, officials.
  'Shoutout to my sister Priya for running her first marathon!',
  'Jake from my softball team hit a home run lol',
  'Went for drinks with Hannah from my book club, such a good night',
  'Shoutout to Marcus from my gym for the new deadlift PR 💪',
  'my roommate tyler from uni is visiting this weekend',
  'Dinner with my team from the softball league tonight 🥎',
  'Had lunch with Sarah from the lumber yard, she sold us the wood for the deck.',
  'Worked out with Jake at the gym, legs are dead.',
  'Working on the deck with Grandpa this weekend.',
  'Welcome to the team, Bella! (our new puppy 🐶)',
  'Thanks to the staff at Terroni, especially Maria, for a great anniversary dinner.',
  'Thanks to Councillor Bravo and her staff, especially Amy, for the help with our permit.',
  'Deputy Mayor Ausma Malik and Councillor Paula Fletcher toured the site today.',
  'Thank you to our realtor, Janelle Wu, for finding us the perfect home!',
  "Our daughter's teacher Ms. Alvarez is the best. Thank you!",
  // Near misses of the constructions above: private hires, other employers, family, famous people, things.
  'Janelle, our wedding planner, thought of everything.',
  'My brother Devin got the manager job at Costco.',
  'Steve got the manager job at Costco, so proud of him.',
  'Emma got the lead role in the school play!',
  'NDP Leader Jagmeet Singh visited Peterborough today.',
  'Blue Jays Manager John Schneider made the right call tonight.',
  'Thanks to the guy at the hotel front desk, Bob, for the upgrade.',
  'Stuck at the office with Halloween decorations everywhere.',
  "Heading to the office with Jordan Peterson's book lol",
  'The lady who runs our church program, Sue, is retiring.',
  'The guy who runs the gas station, Bob, gave me a free coffee.',
  'Happy birthday to my Dad, who retired from the City after 30 years.',
  'Marco and I were on the same shift at Tim Hortons back in high school.',
  'Jess and I inspected every open house in Leslieville this weekend.',
  "My mom's supervisor Dave is a jerk.",
  'Big thanks to the crews and volunteers, especially our sponsor Tim Hortons!',
  'Met a guy named Rocco at the bar.',
  "Great turnout at Saturday's Business Breakfast at City Hall.",
  'Free Wi-Fi at City Hall: connect to the guest network.',
  'Excited to start my new role as Senior Policy Advisor in Housing Secretariat.',
  'The Leafs named Craig Berube head coach.',
  'The province appointed Jane Doe as the new director of Ontario Health.',
  'My tax guy Bob saved me a fortune.',
  'Our snow guy Marco plowed the driveway at 5am.',
  'Thanks to Jane Smith, director of Finance at Acme, for the donation.',
  'Dinner with our team from the softball league, miss you Jake!',
  'Volunteers, please report to Nathan Phillips Square at 8am.',
  'Amy Chen, the new manager of Finance at Loblaw, is my cousin.',
  'Reporting to Jury Duty tomorrow, wish me luck.',
  'The parking guy at the mall, Steve, waved us through.',
  'Our building guy Carlos fixed the leak in an hour.',
  'Sarah, who works in finance at RBC, says rates will drop.',
  'Tom, who moved to the city last year, loves the beaches.',
  'Mike, the engineer at Magna, explained the whole thing.',
  'Ben, the foreman at our cottage build, is a legend.',
  'Amy, the dispatcher at the taxi company, was lovely.',
  'Met Jenna (Planning Committee chair) at the open house.',
  'My HR lady at the agency, Brenda, got me the contract.',
  'Interim Chief Librarian Moe Hosseini-Ara opened the new branch.',
  'General Manager of Transportation Services Barbara Gray announced the new bike lanes today.',
  "My son's hockey team manager Lisa was great. Our team lead on the parent committee, Raj, did the snacks.",
  // A pronoun's contraction is not a name; a welcome to a place or a council body, or "to" a verb.
  "Can't talk now, I'm at work until six.",
  "Call me after lunch, I'll be at work till then.",
  'Welcome Ana Silva to finance the new arena.',
  'Please welcome Joan Tran to Budget Committee as its new chair.',
  'Welcome Tom Hanks to Toronto! Enjoy the film festival.',
  'Tickets for the show at Massey Hall are on sale.',
  'The guy who does my taxes, Tom Baxter, is a genius.',
  'The lady running the bake sale, Tina, was lovely.',
  'The guy in charge of parking at the mall, Joe, waved us through.',
];

describe('colleague', () => {
  test.each(invalid)('flags %s', (text, expected) => expect(spans(text)).toEqual(expected));
  test.each(valid)('passes %s', (text) => expect(spans(text)).toEqual([]));

  // Singled out by name for recognition, or claimed as "our own", in a post that speaks for a City unit.
  test.each([
    ['Our Solid Waste crew had a big year. I want to acknowledge Tomasz Wojcik, who is heading into surgery next week.', ['Tomasz Wojcik']],
    ['Huge week for the Transit office. Congratulations to Amara Singh, who finally finished her engineering licence!', ['Amara Singh']],
    ['Proud of my crew this winter. Special recognition to Deepa Rao, she covered every night shift in February.', ['Deepa Rao']],
    ['The Recreation office is buzzing: our very own Hugo Lemaire just ran his first marathon.', ['Hugo Lemaire']],
    ['News from the Forestry team: our own Bea Kowalski is off on leave until spring.', ['Bea Kowalski']],
    ['Quiet week in the Roads office. Wishing Marco Bellini a speedy recovery after his knee surgery.', ['Marco Bellini']],
    ['A bittersweet day for our Payroll team: farewell to Joan Whitby, who retires after 31 years.', ['Joan Whitby']],
  ] as [string, string[]][])('work account: flags %s', (text, expected) => expect(spans(text, 'work')).toEqual(expected));

  test.each([
    'Thank you to Tim Hortons for donating coffee to our Roads crew this week!',
    'Our Parks team thanks Mayor Chow for visiting the new splash pad. She loved it.',
    'Our Forestry team wants to recognize Jane Goodall of the Jane Goodall Institute, who spoke to us about trees.',
    'Our Library team is proud to celebrate Viola Desmond this Heritage Day - her courage changed Canada.',
    'Kudos to Lakeview Roofing for the fast repair on our depot roof.',
    'Best wishes to Canada Post on its anniversary from our Mail Services team.',
    'So proud of our very own Marcus Lee, who just finished his first marathon!',
  ])('work account: passes %s', (text) => expect(spans(text, 'work')).toEqual([]));

  test.each([
    'Our soccer team had a great season. Shout-out to Emma Lin, who scored 12 goals!',
    'Our team won the trivia night! Thanks to Raj Patel, who knew every capital city.',
    'So proud of our very own Sophie Tran, she turns five today!',
  ])('personal account: a team that is not a City unit: passes %s', (text) => expect(spans(text)).toEqual([]));

  test('personal account: recognising someone from a City unit', () => {
    expect(spans('Lunch with my old Transit crew today. Shout-out to Raj Patel, who is retiring next month after 30 years.')).toEqual(['Raj Patel']);
  });

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

  test.each(HOLDOUT_FILES)('held-out posts %s: no false alarm, recall ≥ 0.8 (small files: one miss is 0.1–0.17)', (file) => {
    const s = scoreRule(file, 'colleague');
    expect(s.falseAlarms).toEqual([]);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  test('held-out posts, all files: precision ≥ 0.95, recall ≥ 0.9', () => {
    const s = scoreRule(HOLDOUT_FILES, 'colleague');
    expect(s.precision, s.falseAlarms.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('one finding per person even when two clues point at them', () => {
    expect(spans('My coworker Sarah Lee in By-law, our clerk, again.')).toEqual(['Sarah Lee']);
  });
});
