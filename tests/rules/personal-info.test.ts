import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { personalInfo } from '../../rules/personal-info';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

type City = 'toronto' | 'calgary' | 'peterborough';
const ctx = (mode: Mode = 'personal', city: City = 'toronto'): Context => ({ mode, platform: 'other', profile: getProfile(city) });

/** The flagged substrings of `text`, in order. */
const spans = (text: string, mode: Mode = 'personal', city: City = 'toronto') =>
  personalInfo.check({ text }, ctx(mode, city)).map((f) => text.slice(f.start, f.end));

// [text, mode, city, expected flagged spans]
const invalid: [string, Mode, City, string[]][] = [
  // emails: plain, spelled out, free-mail or ISP domains
  ['Reach our student at kim.lee2001@gmail.com to connect.', 'work', 'toronto', ['kim.lee2001@gmail.com']],
  ['Volunteer lead: omar dot h at outlook dot com', 'work', 'calgary', ['omar dot h at outlook dot com']],
  ['write to jo[at]gmail[dot]com', 'personal', 'toronto', ['jo[at]gmail[dot]com']],
  ['ask lee (at) telus (dot) net for the keys', 'personal', 'calgary', ['lee (at) telus (dot) net']],
  ['my personal email is pat@brightwidgets.io', 'personal', 'toronto', ['pat@brightwidgets.io']],
  // phones
  ['His cell is (905) 555-0171, call anytime', 'personal', 'toronto', ['(905) 555-0171']],
  ['text me 1-613-555-0190 ext. 12', 'personal', 'peterborough', ['1-613-555-0190 ext. 12']],
  ['Sign-up: Dana Fox, 2895550162', 'personal', 'toronto', ['2895550162']],
  ['Questions? Ask Mo at 780.555.0125.', 'work', 'calgary', ['780.555.0125']],
  ['Call Rita on her mobile, 705 742 1234, not the office', 'personal', 'peterborough', ['705 742 1234']],
  // ID numbers
  ['my SIN is 130 692 544 help', 'personal', 'toronto', ['130 692 544']],
  ['they asked for 482139763 on the form', 'personal', 'toronto', ['482139763']],
  ['Visa 4111-1111-1111-1111 found', 'personal', 'toronto', ['4111-1111-1111-1111']],
  ['card: 3782 822463 10005', 'personal', 'calgary', ['3782 822463 10005']],
  ['your health card 1234-567-897-XY arrived', 'work', 'peterborough', ['1234-567-897-XY']],
  ['OHIP 9876543210 please', 'personal', 'toronto', ['9876543210']],
  ["Dad's Alberta Health number 12345-6782", 'personal', 'calgary', ['12345-6782']],
  ['Licence D6101-40706-60905 turned in', 'work', 'toronto', ['D6101-40706-60905']],
  ["Alberta driver's licence no. 204815-337 lost", 'personal', 'calgary', ['204815-337']],
  ['passport no. XK 550231 expired', 'personal', 'toronto', ['XK 550231']],
  // dates of birth
  ['Found a wallet, Sam Ito, DOB: 03/14/1990.', 'work', 'calgary', ['03/14/1990']],
  ['My son was born on June 2nd, 2015 at Mount Sinai', 'personal', 'toronto', ['June 2nd, 2015']],
  ['Her date of birth is 14 March 1990', 'personal', 'toronto', ['14 March 1990']],
  ['Grandpa (b. 1944-03-02) turns 80', 'personal', 'toronto', ['1944-03-02']],
  // home addresses
  ['Tree down at 8 Larch Cres. The homeowner, Ann Bo, was home.', 'work', 'toronto', ['8 Larch Cres']],
  ['Prize goes to Lia Park of 31 Cedarvale Rd!', 'work', 'toronto', ['31 Cedarvale Rd']],
  ['She lives at 1204-88 Harbour St with her mom', 'personal', 'toronto', ['1204-88 Harbour St']],
  ['Party at my place: Unit 4, 12 Elm Crt NW', 'personal', 'calgary', ['Unit 4, 12 Elm Crt NW']],
  ['Drop the bikes off at 61 Wolfe Street', 'personal', 'peterborough', ['61 Wolfe Street']],
  ['The resident at 9 Quarry Lane called again', 'personal', 'toronto', ['9 Quarry Lane']],
  ['Residents at 2214 Bowness Rd NW reported the leak; the owner will be billed.', 'work', 'calgary', ['2214 Bowness Rd NW']],
  ['The caller, Jim, 416-555-0111, wants a callback about 311', 'work', 'toronto', ['416-555-0111']],
  ['jane @ gmail . com', 'personal', 'toronto', ['jane @ gmail . com']],
  ['call 416 - 555 - 0142 now', 'personal', 'toronto', ['416 - 555 - 0142']],
  ['my number is 555-0142, call after 5', 'personal', 'toronto', ['555-0142']],
  ['Inspectors visited 12 Ash Rd, owned by Mr. Chen', 'work', 'toronto', ['12 Ash Rd']],
  // quadrant addresses: any Capitalised street name before NW/NE/SW/SE
  ['Someone at 14 Evanston Ridge NW lets their dog bark all night, every night.', 'personal', 'calgary', ['14 Evanston Ridge NW']],
  ['Big thanks to the homeowner at 302 Tuscany Heath SE for letting crews stage there.', 'work', 'calgary', ['302 Tuscany Heath SE']],
  ['The family from 9 Sage Hill Green NW dropped off forty bags of food!', 'personal', 'calgary', ['9 Sage Hill Green NW']],
  // a person named by a noun or a possessive right before the address, whatever cues follow
  ['The guy at 5 Auburn Bay Cove SE never shovels. Mind your own business, they say.', 'personal', 'calgary', ['5 Auburn Bay Cove SE']],
  ['Shout-out to our volunteer of the month, who clears the sidewalk on her street at 40 Lakeview Dr SW every storm.', 'work', 'calgary', ['40 Lakeview Dr SW']],
  ["The old man at 17 Rubidge St yells at every school bus on the block.", 'personal', 'peterborough', ['17 Rubidge St']],
  ['Hats off to Wendy Cho, whose front garden at 27 Hawkwood Blvd NW feeds half the street.', 'work', 'calgary', ['27 Hawkwood Blvd NW']],
  ['This month the best boulevard garden award goes to the Okafors at 118 Panamount Hill NW!', 'work', 'calgary', ['118 Panamount Hill NW']],
  // Alberta health numbers in the grouped 5-4 shape: a health keyword in the sentence before or after, or a medical setting
  ["Renewing my husband's Alberta health card. The number? 40217-3385, and they still lost it.", 'personal', 'calgary', ['40217-3385']],
  ['Pharmacy needed it twice today: 58820 1147 (AHS) is my mom’s, not mine!', 'personal', 'calgary', ['58820 1147']],
  ['The walk-in made my daughter spell out 31905-2268 over the phone. Why ask twice?', 'personal', 'calgary', ['31905-2268']],
  ['AHS card number for the little one is 72011-4093 in case the school asks', 'personal', 'calgary', ['72011-4093']],
  ['Hospital admitting asked for my OHIP three times. 6120 445 918 FK, it is on the card, people!', 'personal', 'toronto', ['6120 445 918 FK']],
  ['Physio front desk keeps typing my number wrong: 7731-209-554', 'personal', 'peterborough', ['7731-209-554']],
  // a contact verb with "me/him/her" as its object makes the number a person's, even next to a business
  ['Bakery fundraiser this weekend - my aunt’s shop has pies left, ping me at 587-555-0163 to reserve one', 'work', 'calgary', ['587-555-0163']],
  ['Need a reliable painter? My brother’s company does great work, hit me up 416 555 0188', 'work', 'toronto', ['416 555 0188']],
  ['Tutoring business taking new students, drop me a line at (705) 555-0104', 'personal', 'peterborough', ['(705) 555-0104']],
  // street names holding a street-type word ("Bay", "Glen", "Hill", "Park"), written as a proper name
  ['Third water main break on our street in a year, right in front of our house at 14 Park Lawn Rd.', 'personal', 'toronto', ['14 Park Lawn Rd']],
  ['Snow plow buried the end of my driveway at 250 Forest Hill Rd again', 'personal', 'toronto', ['250 Forest Hill Rd']],
  ['We live at 6 Glen Manor Dr E and the bins were missed again', 'personal', 'toronto', ['6 Glen Manor Dr E']],
  ['Mail for me goes to 301 Bay St now, new condo!', 'personal', 'toronto', ['301 Bay St']],
  ['Another sinkhole beside our driveway at 77 Cedar Grove Cres, close to the bus stop. Fix it!', 'personal', 'toronto', ['77 Cedar Grove Cres']],
  ['Rats near my front yard at 5 Aylmer St N, again, with the new construction next door', 'personal', 'peterborough', ['5 Aylmer St N']],
  ['New cake business! Give me a shout on 403-555-0121 for orders this week', 'work', 'calgary', ['403-555-0121']],
  // several items in one post
  ['Selling my desk! Text 416.555.0133 or jb88@hotmail.com', 'personal', 'toronto', ['416.555.0133', 'jb88@hotmail.com']],
];

// [text, mode, city]: business contacts, public places, event dates, look-alikes
const valid: [string, Mode, City][] = [
  ['Email parks@toronto.ca or info@yycfoodbank.org for details', 'work', 'toronto'],
  ['Questions? events@gmail.com', 'work', 'toronto'],
  ['Sign up at toronto.ca/recreation or read the story at cbc.ca', 'personal', 'toronto'],
  ['Call 311 or 416-338-0338 for help', 'work', 'toronto'],
  ['Call the Parks office at 416-392-1111 for permits', 'work', 'toronto'],
  ['Free support 24/7 from the crisis centre at 403-266-1212', 'work', 'calgary'],
  ['Toll free: 1-800-555-0100', 'work', 'calgary'],
  ['Call the Scarborough Museum at 416-338-8807 to book a tour', 'work', 'toronto'],
  ['City Hall: 705-742-7777 ext. 1800', 'work', 'peterborough'],
  ['my SIN is 130 692 545', 'personal', 'toronto'],
  ['Visa 4111-1111-1111-1112', 'personal', 'toronto'],
  ['Work order #4532 0151 1283 0366 is closed', 'work', 'toronto'],
  ['Order #482139763 has shipped', 'work', 'toronto'],
  ['The project costs $1 234 567 890 over ten years', 'work', 'toronto'],
  ['A budget of $ 130 692 544 for transit', 'work', 'toronto'],
  ['My SIN card finally came in the mail!', 'personal', 'calgary'],
  ['Registration opens March 3, 2025 at 9 a.m.', 'work', 'toronto'],
  ['Happy 191st birthday, Toronto! Incorporated on March 6, 1834.', 'work', 'toronto'],
  ['Our twins were born in 2015', 'personal', 'toronto'],
  ['Cooling centres: Metro Hall (55 John St) and the Civic Centre (150 Borough Dr)', 'work', 'toronto'],
  ['Open house at the North York Civic Centre, 5100 Yonge St.', 'work', 'toronto'],
  ['Lane closures at 640 Dundas St E (Aquatic Centre) Saturday', 'work', 'toronto'],
  ['Crews are repairing a water main at 45 Elm St today', 'work', 'toronto'],
  ['City Hall is at 800 Macleod Trail SE', 'personal', 'calgary'],
  ['Mattresses dumped in the lane behind 17 Ave SW again', 'personal', 'calgary'],
  ['Over 300 people walk the 5 km loop every week', 'personal', 'toronto'],
  ['Best brunch in town: Lady Marmalade, 265 Broadview Ave. Go!', 'personal', 'toronto'],
  ['Read https://www.cbc.ca/news/toronto-1.7301122345 today', 'personal', 'toronto'],
  ['Ontario health card renewals: see ontario.ca', 'personal', 'toronto'],
  ['Questions about tree permits? Call Toronto Parks at 416-396-7378.', 'work', 'toronto'],
  ['Interested? Email recruitment@ymca.ca or call 416-928-9622.', 'work', 'toronto'],
  ['Flight AC 123456 boarding now, passport in hand!', 'personal', 'toronto'],
  ['Residents near 45 Elm St can pick up sandbags at the Civic Centre.', 'work', 'toronto'],
  ['Home games at 1 Blue Jays Way all summer!', 'work', 'toronto'],
  ['Tickets $250-1000, doors at 7. Call 555-0142 for the box office', 'work', 'toronto'],
  ['Meeting on 2024-05-14 at 10:30; permit 2024-123456 approved', 'work', 'toronto'],
  ['Crews are repaving 17 Ave SE between 28 St and 36 St this week.', 'work', 'calgary'],
  ['Central Library, 800 3 St SE, opens at 9 on Sunday.', 'work', 'calgary'],
  ['Top 10 Patios SE Calgary has to offer, ranked by our team.', 'personal', 'calgary'],
  ['Drove 25 Km NW of town to see the canola in bloom.', 'personal', 'calgary'],
  ['Join us at 220 Riverfront Ave SW for the spring market.', 'work', 'calgary'],
  ['Crews will be at 611 Hawkwood Blvd NW on Monday to repair a water main.', 'work', 'calgary'],
  ['The YWCA crisis line is free and private, day or night: 705-745-4654.', 'work', 'peterborough'],
  // 5-4 numbers that are not health numbers; type words in lower-case phrases; business lines
  ['Ship to our US office, ZIP 98101-2345, by Friday', 'work', 'calgary'],
  ['Clinic invoice 40217-3385 was paid in full', 'work', 'calgary'],
  ['Dentist visit done; parking code 2231 604 118 for the next patient', 'personal', 'toronto'],
  ['Crews are back at our yard at 50 Booth Ave after the storm, near the depot', 'work', 'toronto'],
  ['Score was 10 park walk hill run today, great fun', 'personal', 'toronto'],
  ['Crews are resurfacing 100 Bay St this week, expect delays near the station', 'work', 'toronto'],
  ['Landscaping company booking spring cleanups, call the office at 403-555-0112 for a quote', 'work', 'calgary'],
];

describe('personal-info', () => {
  test.each(invalid)('flags %j (%s, %s)', (text, mode, city, expected) => {
    expect(spans(text, mode, city)).toEqual(expected);
  });

  test.each(valid)('passes %j (%s, %s)', (text, mode, city) => {
    expect(spans(text, mode, city)).toEqual([]);
  });

  test.each(['work', 'personal'] as Mode[])('runs in %s mode through the engine', (mode) => {
    const findings = check({ text: 'Call me at 416-555-0142' }, ctx(mode), { only: ['personal-info'] });
    expect(findings.map((f) => f.rule)).toEqual(['personal-info']);
  });

  test('a finding is an error citing the profile clause, with a removal fix', () => {
    const text = 'Text Jo at 416-555-0142 tonight';
    const [f] = personalInfo.check({ text }, ctx('personal', 'peterborough'));
    expect(f).toMatchObject({ rule: 'personal-info', severity: 'error', source: getProfile('peterborough').sources['personal-info'] });
    expect(f.message).toBe('A personal phone number: 416-555-0142');
    expect(f.suggestion).toMatch(/Remove the phone number/);
    expect(f.fix).toEqual({ start: f.start, end: f.end, text: '' });
  });

  test("an administrator's extra domains count as the employer's", () => {
    const text = 'my email is bo@calgarytransit.com';
    expect(spans(text, 'work', 'calgary')).toEqual(['bo@calgarytransit.com']);
    const withExtra = { ...ctx('work', 'calgary'), settings: { extraDomains: ['calgarytransit.com'] } };
    expect(personalInfo.check({ text }, withExtra)).toEqual([]);
  });

  test('offsets stay right after emoji (surrogate pairs)', () => {
    const text = '🎉🎂 Ava, born May 14, 2012! 🎁 Text 416-555-0177 👶';
    expect(spans(text)).toEqual(['May 14, 2012', '416-555-0177']);
  });

  test('full-width digits and zero-width characters map back to what was typed', () => {
    expect(spans('call me ４１６-５５５-０１２３ 😀')).toEqual(['４１６-５５５-０１２３']);
    expect(spans('mail jane\u200b.doe@gmail.com')).toEqual(['jane\u200b.doe@gmail.com']);
    expect(spans('cell 416\u2013555\u2013\u200b0142 or SIN 046\u2011454\u2011286')).toEqual(['416\u2013555\u2013\u200b0142', '046\u2011454\u2011286']);
  });

  test('a rejected " at " match does not hide the address after it (regression)', () => {
    expect(spans('Reach her at jane.doe1998@gmail.com')).toEqual(['jane.doe1998@gmail.com']);
  });

  test('addresses with only one digit are still checked (regression)', () => {
    expect(spans('Send gifts to her place at 9 Oak Lane.')).toEqual(['9 Oak Lane']);
  });

  // ~3 ms on a quiet machine; catastrophic backtracking takes seconds. The wide margin and a retry
  // keep a busy 2-core CI machine from failing it (50 ms once did under load).
  test('stays fast on text built to backtrack', { retry: 2 }, () => {
    const text = 'a dot b at '.repeat(300) + '1 '.repeat(500);
    const t0 = performance.now();
    personalInfo.check({ text }, ctx());
    expect(performance.now() - t0).toBeLessThan(250);
  });
});
