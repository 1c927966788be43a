import { describe, expect, test } from 'vitest';
import { commercial } from '../../rules/commercial';
import { check } from '../../rules/index';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';

type City = 'toronto' | 'calgary' | 'peterborough';
const ctx = (mode: Mode = 'work', city: City = 'toronto'): Context => ({ mode, platform: 'other', profile: getProfile(city) });
const spans = (text: string, city: City = 'toronto') => commercial.check({ text }, ctx('work', city)).map((f) => text.slice(f.start, f.end));

// [text, city, expected flagged spans]
const invalid: [string, City, string[]][] = [
  ['Use promo code SPRING15 at checkout at LeafyGreens.', 'toronto', ['Use promo code']],
  ['Get 25% off boots at Trailhead with the code SNOW25 🥾', 'calgary', ['25% off', 'with the code']],
  ['Save $10 on your first order!', 'toronto', ['Save $10']],
  ['BUY NOW - limited-edition mugs while supplies last!', 'peterborough', ['BUY NOW', 'while supplies last']],
  ['Switch to Bell Fibe today and your first month is free!', 'toronto', ['Switch to Bell Fibe today', 'first month is free']],
  ['Proud partner post #ad', 'toronto', ['#ad']],
  ['This post is sponsored by Rexall.', 'toronto', ['sponsored by']],
  ['Made 35% in two months with bitcoin trading, DM me for my referral link', 'toronto', ['Made 35% in', 'DM me for my referral']],
  ['I put savings in crypto and earned 40% with CoinRise.', 'toronto', ['crypto and earned']],
  ['I sell candles on the side - message me for a catalogue!', 'calgary', ['I sell candles on the side', 'message me for a catalogue']],
  ['Our favourite mittens: https://www.amazon.ca/dp/B0123?tag=parkscrew-20', 'toronto', ['https://www.amazon.ca/dp/B0123?tag=parkscrew-20']],
  ['Gear list here: gearhub.example.com/list?ref=yycparks', 'calgary', ['gearhub.example.com/list?ref=yycparks']],
  ['WINNER!! As a valued customer you have been selected to receive a £900 prize reward! To claim call 09061701461.', 'toronto', ['WINNER!', 'you have been selected', 'call 09061701461']],
  ['FreeMsg: txt STOP to 87070 to end', 'toronto', ['FreeMsg', 'txt STOP']],
  ['U R entitled to the latest colour mobiles for Free! Call FREE on 08002986030', 'calgary', ['08002986030']],
  ['6 chances to win CASH! txt CSH11 to 87575. Cost 150p/day, 16+ TsandCs apply', 'toronto', ['txt CSH11 to 87575', '150p/day', 'TsandCs']],
  ["You've been chosen for a $1000 gift card. Click to claim!", 'toronto', ["You've been chosen"]],
  ['Shout-out to Kawartha Dairy - the best ice cream around! Stop in today 🍦', 'peterborough', ['best ice cream around', 'Stop in']],
  ['Need a plumber? Call Joe at Flowright - tell him Parks sent you.', 'toronto', ['Need a plumber', 'tell him Parks sent you']],
  ["Check out my husband's new food truck! Find them at Olympic Plaza.", 'calgary', ["my husband's", 'Find them at']],
  // weak signals need two kinds: a recommendation plus a call to visit or a named business
  ['Shout out to Riverside Bakery - best croissants in Toronto. Go grab some!', 'toronto', ['best croissants in Toronto', 'Go grab some']],
  ['Huge thanks to Summit Plumbing Ltd. They are the best in Calgary, give them a call!', 'calgary', ['They are the best', 'give them a call']],
  // a discount in a sentence about a private business, even in a post that also mentions City programs
  ['Thanks to all our volunteers! Gloves from GripRight - order with code PARK25 for 25% off. More events at calgary.ca/parks.', 'calgary', ['with code', '25% off']],
  ['🎉🎉 emoji first: 15% off at Joe\'s Cafe', 'toronto', ['15% off']],
];

const valid: [string, City][] = [
  ['Registration for City summer camps opens March 1. Fees start at $155/week; fee assistance is available.', 'peterborough'],
  ['Get 10% off City of Toronto fitness memberships this January at any community centre.', 'toronto'],
  ['Our Economic Development team met 40 local manufacturers to speed up permits. When local businesses grow, we all grow.', 'calgary'],
  ['Toronto businesses: apply for the Main Street grant at toronto.ca/business.', 'toronto'],
  ['Musicfest is back! Free concerts every Wednesday in July.', 'peterborough'],
  ['Planning a block party? The permit is free for residential streets: toronto.ca/streetevents', 'toronto'],
  ['Council is negotiating to buy the old mall lot.', 'toronto'],
  ['Thanks to the 3,000 residents who shared feedback. Buy-in made this possible.', 'toronto'],
  ['Winners of our snowplow naming contest will be announced next week.', 'toronto'],
  ['Tracking on a news link is not an affiliate: thestar.com/news/x?ref=rss', 'toronto'],
  ['Stop by City Hall to pick up your free compost this Saturday!', 'peterborough'],
  ['This was the best turnout ever for our spring cleanup - thank you!', 'calgary'],
  ['Congratulations to the winner of our photo contest! Claim your prize at City Hall.', 'toronto'],
  ["Our crews won't regret the new plows - they are a big upgrade!", 'toronto'],
];

describe('commercial', () => {
  test.each(invalid)('flags %s', (text, city, expected) => expect(spans(text, city)).toEqual(expected));
  test.each(valid)('passes %s', (text, city) => expect(spans(text, city)).toEqual([]));

  test('runs in work mode only', () => {
    const post = { text: 'Use my promo code SAVE20 for 20% off!' };
    expect(check(post, ctx('work'), { only: ['commercial'] }).length).toBeGreaterThan(0);
    expect(check(post, ctx('personal'), { only: ['commercial'] })).toEqual([]);
  });

  test('is an error citing the City clause', () => {
    const [f] = commercial.check({ text: 'use code SAVE20' }, ctx('work', 'peterborough'));
    expect(f).toMatchObject({ rule: 'commercial', severity: 'error' });
    expect(f.source).toBe(getProfile('peterborough').sources.commercial ?? commercial.meta.source);
  });
});
