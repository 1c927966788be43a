import { describe, expect, test } from 'vitest';
import { COMMERCIAL_CONFIDENTIAL_FILES, scoreRule } from '../fixtures/holdout/score';
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
  // credential frames: what the code opens or the account it guards, a qualifier, then the value
  ['Reminder: the Wi-Fi password at Metro Hall is Tor0nto2025!', 'work', ['Tor0nto2025!']],
  ['login: parks.admin / pw: Greenspace88', 'work', ['Greenspace88']],
  ['Username jsmith_cgy, password Chinook2025 - use it this weekend.', 'work', ['Chinook2025']],
  ['The admin pw for the rec booking system is still changeme123 lol', 'personal', ['changeme123']],
  ["The vault combination for the cashier's office changed to 22-17-40.", 'work', ['22-17-40']],
  ['New code for the back door of the Sport & Wellness Centre: 2580#', 'work', ['2580#']],
  ['Heads up crews: the garage keypad is 7-7-4-1 until Facilities resets it.', 'work', ['7-7-4-1']],
  ['Admin account for the rec software: user ptbo_rec, pass Lift!Lock22', 'work', ['Lift!Lock22']],
  ['The bin enclosure at Southland depot now opens with 8812.', 'work', ['8812']],
  // security gaps, personnel matters, legal advice, bids, early copies
  ['The alarm in the evidence room is disarmed every night from 2 to 3 a.m.', 'work', ['alarm in the evidence room is disarmed']],
  ['The security cameras at the Bay St depot have been down for two weeks.', 'work', ['cameras at the Bay St depot have been down']],
  ['The disciplinary hearing for the Roads supervisor is next Tuesday.', 'personal', ['disciplinary hearing for']],
  ['Apparently Rick from Licensing got suspended for a week.', 'personal', ['got suspended']],
  ['Our lawyers advised Council that the by-law will likely be struck down.', 'work', ['Our lawyers advised']],
  ['The RFP bids came in: Acme Paving bid $3.2M, lowest by far.', 'work', ['bid $3.2M']],
  ['Pre-release lead test results show 4 schools over the limit.', 'personal', ['Pre-release lead test results']],
  ['Draft only, please keep this within the team: the org chart cuts 3 roles.', 'work', ['keep this within the team']],
  ['Strictly between us, the Fire Chief is retiring next month.', 'personal', ['between us']],
  ['Please keep this under your hat - the waterfront deal collapses tomorrow.', 'work', ['keep this under your hat']],
  ["Got an early copy of the audit report - spoiler: it's ugly.", 'personal', ['early copy of']],
  // regression: "is" inside "this" was taken for the verb ("… hires this week is Welcome2026!")
  ['Temp password for all new hires this week is Welcome2026! - please change it on first login.', 'work', ['Welcome2026!']],
  ['Reminder that the side gate at the Shepard landfill is 1-1-0-7 on the keypad.', 'work', ['1-1-0-7']],
  ['Heads up: the server room door doesn\'t latch, anyone can walk in after hours.', 'work', ["door doesn't latch", 'anyone can walk in']],
  ['So the guy in Roads who crashed the plow? Terminated yesterday. HR is keeping it quiet.', 'personal', ['Terminated yesterday', 'keeping it quiet']],
  ["The law department's memo says we should settle the class action.", 'work', ["law department's memo"]],
  // seventh round: a document's own label, more ways to ask for secrecy, decisions not yet made public
  ['The consultant\'s report is marked "Confidential - Draft" but here are the top three findings.', 'work', ['marked "Confidential']],
  ['Memo went out stamped internal, but residents should know the arena is closing.', 'personal', ['stamped internal']],
  ['Still marked DRAFT - DO NOT CIRCULATE, but the fee table looks good.', 'work', ['marked DRAFT - DO NOT CIRCULATE']],
  ["Please don't repost this: the library hours cuts start in May.", 'personal', ["don't repost"]],
  ['The release on the fare freeze went to staff early; embargo lifts Monday at 9.', 'personal', ['embargo lifts']],
  ['My sources at City Hall say the Mayor is about to replace the city manager.', 'personal', ['sources at City Hall']],
  ['A little bird told me council is scrapping the bike lane review.', 'personal', ['A little bird told me']],
  ["Transit is quietly cutting the night bus routes in September, nobody's announced it yet.", 'work', ['quietly cutting', "nobody's announced it"]],
  ['None of the lifeguards have been told yet, but the pool closes for good in June.', 'personal', ['None of the lifeguards have been told yet']],
  ['Our manager told us in confidence that the branch is being merged with Licensing.', 'work', ['in confidence']],
  ['We can\'t officially announce it until June: the grant for the new library came through.', 'work', ["can't officially announce it until"]],
  ["Can't officially say anything, but the depot RFP goes to the same firm again.", 'personal', ["Can't officially say anything, but"]],
  ['The award won\'t be official until June, but the paving contract is going to Acme.', 'work', ["award won't be official until"]],
  ['The review hasn\'t gone to council yet but it recommends closing two fire halls.', 'work', ["hasn't gone to council yet"]],
  ['Heads up before this makes the papers: the pool on Main is closing.', 'personal', ['before this makes the papers']],
  ['Got an early look at the interim findings of the transit audit. Yikes.', 'personal', ['Got an early look at the interim findings']],
  ['Saw the list of layoffs on my director\'s desk this morning. Brutal.', 'personal', ["my director's desk"]],
  // bargaining positions, discipline as a noun, scores before an award
  ["The union's asking for 5% and management won't go above 2% - strike vote next month.", 'personal', ["union's asking for 5%", "management won't go above 2%"]],
  ['Mediation update: we\'re offering 2.5% and they want 4%.', 'work', ["we're offering 2.5%"]],
  ['The foreman at the Bay depot is getting a three-day suspension over the plow crash.', 'personal', ['suspension']],
  ['The harassment investigation at the Eastern Ave yard is still open, what a mess.', 'work', ['harassment investigation at the Eastern Ave yard']],
  ['Acme Paving came out on top in the tender scoring - it goes to committee next month.', 'work', ['came out on top in the tender scoring']],
  // a network key in a post about wifi; a password described, its value in brackets
  ['Wifi at the Civic Centre staff room: network CivicStaff, key Riverside#77', 'work', ['Riverside#77']],
  ['The staff wifi is CityStaff and the key is Maple!2291.', 'work', ['Maple!2291']],
  ['The password for the shared drive is our street name plus the year ("Bloor2025").', 'work', ['Bloor2025']],
  // regression: "are" inside "arena" was taken for the verb, so the value was lost
  ['The alarm code at the arena is 2580.', 'work', ['2580']],
  ['Reminder: the alarm code at Eastview arena changed to 2580.', 'work', ['2580']],
  // things overheard or meant to stay in the room, meetings in private, hiring picks, findings about staff
  ['Overheard the GM on a call: they\'re outsourcing all of Fleet Services next year.', 'personal', ['Overheard the GM on a call']],
  ['The settlement with the contractor was $3.4M. That number was supposed to stay in the room.', 'personal', ['supposed to stay in the room']],
  ['Council voted in private to sell the Hunter St lot.', 'personal', ['Council voted in private']],
  ['The hiring committee picked Jordan for the director role, announcement next week.', 'personal', ['hiring committee picked Jordan for the director role']],
  ['The results of the internal audit of overtime are brutal - three managers flagged for fraud.', 'work', ['flagged for fraud']],
  ["The investigation found the inspector took cash from developers, but that's under wraps for now.", 'personal', ['investigation found the inspector', 'under wraps']],
  ['Our director just told us the bike share contract is being cancelled. Keep it quiet until Friday.', 'personal', ['Keep it quiet until']],
  ["Our team's chat got the heads-up: the Eastview pool won't reopen. They haven't told the public.", 'personal', ["haven't told the public"]],
  ['The fee increases are 12% across the board - got the spreadsheet from Finance before it goes to committee.', 'personal', ['before it goes to committee']],
  ['Our security guard at the Civic Centre only does rounds until 10, after that the place is wide open.', 'personal', ['after that the place is wide open']],
  // rumours from a City workplace, one-on-ones, documents nobody outside has seen, performance plans, offers at the table
  ['Rumour at the depot: three supervisors are about to be let go.', 'personal', ['Rumour at the depot', 'are about to be let go']],
  ['Word from inside City Hall: the Mayor\'s office is shopping around a 6% tax hike.', 'personal', ['Word from inside City Hall']],
  ['A source in Planning says the Galleria rezoning will be approved.', 'personal', ['A source in Planning']],
  ['Also, between the two of us, the department merger is happening in January.', 'personal', ['between the two of us']],
  ['The merger is happening in January - the DM said so in our 1:1.', 'personal', ['in our 1:1']],
  ["The draft budget cuts library materials by 40%. Nobody outside Finance has seen it yet.", 'personal', ['Nobody outside Finance has seen it yet']],
  ['Here are the contract details for the waste haulage deal before council sees them: $18M over 5 years.', 'work', ['before council sees']],
  ['My supervisor says the whole unit is on a performance plan after the audit.', 'personal', ['is on a performance plan']],
  ['They offered the union 2% last night and the union walked away from the table.', 'personal', ['They offered the union 2%']],
  ['The Roads supervisor is suspended until the review is done.', 'personal', ['is suspended']],
  // leave and pay of others, HR documents seen, folders anyone can open, knowing it should not be posted
  ['Guess who got canned at the Roads depot today?', 'personal', ['got canned']],
  ['Our new hire is paid $20K more than me, saw the offer letter on the shared drive.', 'personal', ['offer letter']],
  ['The salary list for all Water Services managers is sitting in a shared folder anyone can open lol.', 'personal', ['shared folder anyone can open']],
  ['I read the whistleblower complaint against the Parks director. It\'s bad.', 'personal', ['whistleblower complaint against']],
  ['Posting this anonymously because I\'ll get in trouble, but our depot has been dumping brine into the creek.', 'personal', ['Posting this anonymously', "I'll get in trouble"]],
  ['From our closed meeting last night: the board wants the Chief gone by June.', 'work', ['closed meeting']],
  ['Quick heads-up before the official notice goes out: all branch hours are being cut by 10% in March.', 'work', ['before the official notice goes out']],
  ["Spoiler from our strategy session: we're closing 4 branches next year. Don't spread it around.", 'work', ["Don't spread"]],
  // withheld, then told: "can't share the specifics yet ..., but <the news>"
  ["Can't share the specifics yet because the paperwork is still with legal, but the rink swap with the school board is a go.", 'work', ["Can't share the specifics yet because the paperwork is still with legal, but"]],
  ['I cannot give you the dollar amounts just yet, but the depot sale closed and crews move in March.', 'personal', ['cannot give you the dollar amounts just yet, but']],
  ["Can't say which site yet, but the new fire hall is going to the old school lot.", 'work', ["Can't say which site yet, but"]],
  // a closed session's outcome, not its schedule
  ['Council came out of closed session and the river lot purchase is officially going ahead.', 'personal', ['closed session']],
  ['Back from the in-camera meeting - they agreed to sell the old depot to a developer.', 'work', ['in-camera']],
  // a credential changed, its value in the next sentence; a network's "code"
  ['FYI crew: the admin password for the booking portal was reset today. It is now Prairie!88 until further notice.', 'work', ['Prairie!88']],
  ['The team login got rotated this morning, new one is rinkdesk / Ice*Time7.', 'work', ['rinkdesk / Ice*Time7']],
  ['Guest wifi at the depot was swapped out. Network PW-YARD, code Gravel2031 if you need it.', 'work', ['Gravel2031']],
  ['Staff heads-up: the office wifi was reset overnight, it is now Kawartha#41 until IT sends the new one.', 'work', ['Kawartha#41']],
  ['The gate code at the salt dome got changed again. It is 3318 now.', 'work', ['3318']],
  // a named colleague on a list of cuts
  ["The reorg memo hasn't gone out yet but Water is folding into Roads next month.", 'work', ["memo hasn't gone out yet"]],
  ['Gutted that Marco in Roads is on the layoff list. Twenty years of service.', 'personal', ['layoff list']],
  ["Hearing two of the supervisors at the yard made the cuts list, nothing's been sent out.", 'work', ['cuts list']],
  ['Our analyst Tess in Finance is apparently on the chopping block again.', 'personal', ['chopping block']],
  // the adverb still flags when someone passes on a secret, even after "can" or "through"
  ['I can tell you confidentially that the Parks budget is getting cut 20% next year.', 'work', ['confidentially']],
  ['Heard confidentially through a friend in HR that the depot manager is being let go.', 'work', ['confidentially', 'is being let go']],
  ['Participation in the pilot was voluntary, but the confidential results show Route 9 is being cut.', 'work', ['confidential']],
  ['Contact me confidentially if you want the numbers from the in-camera budget talks.', 'work', ['confidentially', 'in-camera']],
  ['You can read the confidential legal memo on the shared drive - the City is going to settle.', 'work', ['confidential']],
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
  // hard negatives: instructions without a secret value, schedule notices, public places and processes
  ["Forgot your password? Password reset instructions for the City's online portal are at toronto.ca/myaccount.", 'work'],
  ['Your PIN for the parking kiosk is the last 4 digits of your licence plate.', 'work'],
  ['Council went into closed session for 40 minutes; no decisions were made.', 'work'],
  ['Embargo lifted: the 2026 service plan is now public at peterborough.ca.', 'work'],
  ['The password to my heart is pizza', 'personal'],
  ["Our new off-leash area opens Saturday. Gate code? There isn't one - just latch it behind you!", 'work'],
  ["The Ombudsman's investigation into the permit delays found the City acted fairly.", 'work'],
  ['Council will meet in closed session at 9:30 a.m. to receive legal advice on a property matter; the open session resumes at 11.', 'work'],
  ['Bids for the new transit shelters will be opened publicly on May 5.', 'work'],
  ['The vault at the Peterborough Museum holds 10,000 artifacts.', 'work'],
  ['The burger combo is $9.99 at the concession.', 'work'],
  ['Building code changes take effect Jan 1: read the summary at calgary.ca/building.', 'work'],
  ['Toronto Hydro warns of a phone scam asking for your account PIN. Hang up and call 311.', 'work'],
  // a City topic alone does not make gossip markers a finding; a bare "confidential" needs a post about work
  ["Don't tell anyone but I took the subway for the first time today!", 'personal'],
  ['Between you and me, the new streetcars are so comfy.', 'personal'],
  ["The new library branch is gorgeous, can't wait for it to come out of construction.", 'personal'],
  ["Confidential to my book club: I didn't finish the book 😅", 'personal'],
  ['Council met in closed session this morning on a legal matter and reported out publicly at 2 p.m.', 'work'],
  ['The alarm at the Memorial Centre went off during the game - no emergency, just a faulty sensor.', 'work'],
  // seventh round hard negatives: labels as adjectives, physical leaks, fiction, public processes and City notices
  ['Trail markers are labelled as draft routes on the map until the survey is done.', 'work'],
  ['Bins marked as "do not collect" will be skipped this week.', 'work'],
  ['The leisure pool has a small leak in the deep end and is closed until Friday.', 'work'],
  ["There's a slow leak in the roof at the Kinsmen Centre; the gym is closed until repairs finish.", 'work'],
  ['The leak in the arena\'s ammonia system has been fixed and the rink is open.', 'work'],
  ['Reading a thriller where the whole plot hinges on a leaked memo from the mayor\'s office.', 'personal'],
  ['The embargo lifted this morning and the report is now public at calgary.ca/reports.', 'work'],
  ["The embargo ends at 10 a.m. and we'll post the full report here.", 'work'],
  ['Budget news before it hits the papers: tune in to our live Q&A tonight with the Mayor.', 'work'],
  ['Had a look at the draft Official Plan the City posted - some good ideas in there!', 'personal'],
  ['The new rec centre won\'t be official until the ribbon cutting on June 5 - come celebrate with us!', 'work'],
  ['The decision isn\'t until council votes on May 12; you can watch live at toronto.ca/council.', 'work'],
  ["We can't confirm anything until the investigation by police is complete.", 'work'],
  ["Can't say much but I love this city.", 'personal'],
  ['Thank you to everyone who trusted us in confidence with their stories for the homelessness report.', 'work'],
  ['Our social workers hold everything you tell them in strict confidence.', 'work'],
  ['Calgary came first in the rankings for most livable cities again!', 'work'],
  ["Toronto's proposal came first in the evaluation of FIFA host cities.", 'work'],
  ['A resident received a written warning for long grass under the property standards by-law.', 'work'],
  ['Our booth at Union Station is offering 20% off transit passes this weekend.', 'work'],
  ['During talks the union was asking for 4% - our response is online at calgary.ca/bargaining.', 'work'],
  ['Shhh... the library is a quiet zone, but story time is the exception!', 'work'],
  ['Lifeguard tip: the key is to stay calm. Wifi at the pool is free too.', 'work'],
  ['Spotted the cutest dog in my manager\'s office today, she brought her puppy to work!', 'personal'],
  ['Nobody has announced a snow day yet, so keep an eye on the school boards\' accounts.', 'work'],
  ['Overheard my boss singing in the elevator this morning and honestly it made my day 😂', 'personal'],
  ['The hiring panel picked three finalists for the Youth Poet Laureate - meet them at toronto.ca/poet!', 'work'],
  ['Our selection committee chose the winners of the 2025 Urban Design Awards.', 'work'],
  ['Drivers caught for speeding in school zones face double fines.', 'work'],
  ['Residents flagged for fraud on their rebate application will have to repay it.', 'work'],
  ['Council met in private session at 9 and returned to public session at 10:30.', 'work'],
  ['Share your feedback on the draft bylaw before it goes to council in June: calgary.ca/engage', 'work'],
  ['The skating trail is wide open after the cold snap - enjoy!', 'work'],
  ['Keep it quiet until Friday - we\'re throwing my sister a surprise party!', 'personal'],
  ['The review found the staff at the pool handled the rescue perfectly.', 'work'],
  ['Rumours about the pool closing are false - the Eastview pool is open all summer.', 'work'],
  ['Word from City Hall: the snow route parking ban is in effect as of 7 p.m.', 'work'],
  ['Had a great 1:1 with my manager today about career goals. Feeling supported!', 'personal'],
  ['Council will see the final design on June 4. Have your say before council sees it at calgary.ca/engage.', 'work'],
  ['Nobody has seen a snowfall like this since 1999! Crews are out in full force.', 'work'],
  ['We offered them a tour of the new water treatment plant and they loved it.', 'work'],
  ['Between the two of us, my husband and I ate the whole cake.', 'personal'],
  // services, not people, are suspended; an embargo that has ended is over
  ['Service suspension: Route 7 is suspended between Main and 5th due to a collision. Shuttle buses are running.', 'work'],
  ['Garbage collection is suspended on Christmas Day - your pickup moves to Friday.', 'work'],
  ['The embargoed period for the census data ended today - explore the numbers at calgary.ca/census.', 'work'],  ['Reminder: the Civic Centre parking lot is not public parking on event nights.', 'work'],
  ['So excited to start my parental leave next week! See you in a year, team 👶', 'personal'],
  ["I'm off on medical leave for a few weeks after surgery, back in March.", 'personal'],
  // someone's leave is the colleague rule's matter (dev labels it so), not confidential City information
  ['Our colleague from IT is off on medical leave after surgery. Send good vibes her way!', 'work'],
  ['Read the new Transit performance reviews at calgary.ca/transit - the annual reports are public.', 'work'],
  ["Ontario's Sunshine List is out - saw the salaries of every public employee over $100K.", 'personal'],
  ['The closed meeting provisions of the Municipal Act are explained in our new FAQ.', 'work'],
  ["The integrity commissioner's report on the code of conduct complaint against Councillor Smith is public today.", 'work'],
  ['Our open data portal has files anyone can open and reuse: calgary.ca/opendata.', 'work'],
  ["I'll get in trouble with my wife for buying another kayak lol", 'personal'],
  ["Don't spread the flu: wash your hands and stay home if you're sick.", 'work'],
  ['Before the news release goes out at 10, media can register for the council briefing here.', 'work'],
  ["Contract talks with our transit partners went well, and we're offering 50% off youth passes this summer.", 'work'],
  // "confidential" denied; a credential change without a value; lists that are not about people
  ['Confidential? Not at all. Every committee agenda is posted online a week ahead.', 'work'],
  ["Nothing confidential about it: the draft budget is on calgary.ca for anyone to read.", 'work'],
  ['The password rules changed this spring. It is now 14 characters minimum for staff accounts.', 'work'],
  ['Our login page changed, it is at calgary.ca/myaccount now.', 'work'],
  ['The restructuring list of committees goes to council on Tuesday.', 'work'],
  ['We cannot share the details yet, but stay tuned for the announcement at the pool next week!', 'work'],
  ['Library wifi is free and the postal code for the branch is T2P 2M5.', 'work'],
  ['Council came out of closed session at 4 p.m. and resumed the public meeting.', 'work'],
  ["Tax notices haven't gone out yet - watch your mailbox in May.", 'work'],
  ['Our wireless network was upgraded last month, now 24/7 monitored and 10x faster.', 'work'],
  ['Free wifi at every library branch is new this year and now runs at 500mbps.', 'work'],
  ['Council rose from closed session and publicly approved the land purchase at 5 p.m.', 'work'],
  // "confidentially" as the way the public may use a reporting or support service
  ['Experiencing harassment at work? Speak to a Human Rights advisor confidentially, no judgment.', 'work'],
  ['Our counsellors offer confidential one-on-one sessions for staff.', 'work'],
  ['Take the employee engagement survey by Friday. Participation is voluntary and confidential.', 'work'],
  ['Confidential drop-off for used needles is available at all public health clinics.', 'work'],
  ['Staff can raise concerns confidentially with the Ombudsman\'s office.', 'work'],
  ['City employees can reach the Employee Assistance Program confidentially by phone, any time.', 'work'],
  ['Residents may contact the Integrity Commissioner confidentially online at calgary.ca/integrity.', 'work'],
  ['Spotted waste or wrongdoing in a City contract? Tell us confidentially via the fraud hotline.', 'work'],
  ['Anyone who saw the collision on Crowchild Trail is encouraged to come forward; you can speak to an officer confidentially.', 'work'],
];

describe('confidential', () => {
  test.each(invalid)('flags %s (%s)', (text, mode, expected) => expect(spans(text, mode)).toEqual(expected));
  test.each(valid)('passes %s', (text, mode) => expect(spans(text, mode)).toEqual([]));

  test('runs in work and personal modes', () => {
    const post = { text: 'The in-camera vote picked the Morrow Park lot.' };
    expect(check(post, ctx('work'), { only: ['confidential'] })).toHaveLength(1);
    expect(check(post, ctx('personal'), { only: ['confidential'] })).toHaveLength(1);
  });

  test.each(COMMERCIAL_CONFIDENTIAL_FILES)('held-out posts in %s: precision >= 0.95, recall >= 0.9', (file) => {
    const score = scoreRule(file, 'confidential');
    expect(score.falseAlarms).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('is an error; a password finding asks to change it', () => {
    const [f] = confidential.check({ text: 'password is Hunter22!' }, ctx());
    expect(f).toMatchObject({ rule: 'confidential', severity: 'error' });
    expect(f.suggestion).toMatch(/change it/);
  });
});
