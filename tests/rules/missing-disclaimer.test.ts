import { describe, expect, test } from 'vitest';
import { check } from '../../rules/index';
import { missingDisclaimer } from '../../rules/missing-disclaimer';
import { getProfile } from '../../rules/profiles';
import type { Context, Mode } from '../../rules/types';
import { HOLDOUT_FILES, scoreRule } from '../fixtures/holdout/score';

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
  // Praise is a verdict too: superlatives, comparatives, kudos, pride.
  ["The TTC's new fare cap is the best thing council has done in years.", 'toronto', 'TTC'],
  ["The Mayor's housing plan is the smartest thing to come out of City Hall in a decade.", 'toronto', "Mayor's"],
  ['The new transit routes are so much better than the old ones 👏', 'peterborough', 'transit'],
  ['Kudos to council for finally approving the new bike lanes on 12 Ave.', 'calgary', 'council'],
  ['Honestly proud of our city council for passing the housing strategy.', 'calgary', 'city council'],
  ['The new Vision Zero speed limits are long overdue, great to see.', 'toronto', 'Vision Zero'],
  ['The CTrain extension is a huge win for the northeast 🎉', 'calgary', 'CTrain'],
  ["Council's decision to scrap the plastic bag bylaw was spot on.", 'calgary', 'Council'],
  ['Best. Library. System. Anywhere. 💙', 'peterborough', 'Library'],
  // Everyday verdicts, idioms and intensifiers from a general lexicon.
  ['Honestly the new waste bins on Queen St are an eyesore.', 'toronto', 'waste bins'],
  ['Calgary Transit really dropped the ball on the CTrain closures this weekend', 'calgary', 'Calgary Transit'],
  ['The new roundabout on Lansdowne is a death trap, someone is going to get hurt.', 'peterborough', 'roundabout'],
  ['The new parking meters downtown are confusing as hell.', 'toronto', 'parking meters'],
  ['Hats off to the crews who cleared the ice storm damage in Ward 14, unbelievably fast.', 'toronto', 'Ward 14'],
  ['$40 for a dog licence renewal?? Calgary council is out here printing money', 'calgary', 'dog licence'],
  ['why do the buses never come on time on sundays. every single week', 'peterborough', 'buses'],
  // Sarcasm, rhetorical questions, emoji.
  ['Property taxes up 7.8%. Thanks for nothing, council.', 'calgary', 'Property taxes'],
  ['Ugh, the subway is delayed AGAIN. Thanks TTC 🙃', 'toronto', 'subway'],
  ['Calgary Transit fares going up again? Of course they are 🙄', 'calgary', 'Calgary Transit'],
  ['Garbage tags going up to $3 each. Wonderful. Just wonderful.', 'peterborough', 'Garbage tags'],
  ['Imagine spending $50M renovating City Hall while the shelters are full.', 'toronto', 'City Hall'],
  ['Seriously, who signs off on these road closures? Three detours to get to work.', 'peterborough', 'road closures'],
  ["Toronto's housing plan looks great on paper. We'll see.", 'toronto', 'housing plan'],
  // A neighbouring sentence that points back at the topic, however long.
  ['Another property tax increase? What a waste of money when the roads are still crumbling.', 'toronto', 'property tax'],
  // "the city" in lower case when it acts; employees who say they work there.
  ['Can someone explain why the city spent $2M on a bike lane nobody uses? #TOpoli', 'toronto', 'the city'],
  ['Why is the city still mowing the boulevards in a drought? Makes me crazy.', 'calgary', 'the city'],
  ['as a city worker i can tell you the new scheduling system is a disaster', 'toronto', 'city worker'],
  ["At my job with the City we're still using fax machines in 2025. Make it make sense.", 'toronto', 'the City'],
  // Emphatic one-word sentences are one verdict.
  ['Every. Single. Winter. The sidewalk plow skips our street.', 'peterborough', 'sidewalk'],
  ['Worst. Snow. Clearing. Ever. #toronto', 'toronto', 'Snow. Clearing'],
  // Short verdicts without a judging adjective.
  ['Kinda wild that the city can afford a new logo but not a crossing guard on Monaghan.', 'peterborough', 'crossing guard'],
  ["Tell me why my property tax bill went up 12% and the library is closing early. I'll wait.", 'toronto', 'property tax'],
  ['Whoever planned the detour around the Centre St bridge deserves a medal. Smooth as butter.', 'calgary', 'detour'],
  ['Big fan of the new downtown bike racks, finally somewhere to lock up 🚲', 'peterborough', 'bike racks'],
  // Shouting a word in capitals; a bare verdict two sentences on; pleas.
  ['The splash pad at Millennium Park is closed AGAIN. Third week in a row.', 'peterborough', 'splash pad'],
  ['Zero snow clearing on the sidewalks near the school this morning. Kids walking in the road. Not acceptable.', 'peterborough', 'snow clearing'],
  ["I'm begging council to do something about the potholes on Crowchild 😭", 'calgary', 'council'],
  ['Council just voted to study the issue for another two years. Groundbreaking stuff.', 'toronto', 'Council'],
  ['Love our library system. Calgary got this one right.', 'calgary', 'library'],
  // "should" after a word ending in "it" ("transit should…") is still a demand.
  ['Calgary Transit should run the C-Train later on weekends.', 'calgary', 'Calgary Transit'],
  ['Our ward has waited 4 years for traffic calming. Still nothing.', 'toronto', 'Our ward'],
  ['The shelter hotel plan is the most humane thing the city has done in years.', 'toronto', 'shelter'],
  ['Council finally approved the rink upgrades. Took long enough!', 'peterborough', 'Council'],
  ['Snow removal on side streets in Etobicoke is basically nonexistent. Come on, Toronto.', 'toronto', 'Snow removal'],
  // Rhetorical questions that complain; a next sentence that points back with "whoever" or "at what point".
  ['Third watermain repair on our street this year. At what point does the City just replace the pipe?', 'calgary', 'watermain'],
  ['Biweekly garbage pickup in July? Whoever signed off on this has never lived next to a bin.', 'toronto', 'garbage pickup'],
  ['The new bike lane on Water St keeps flooding. What is the point?', 'peterborough', 'bike lane'],
  // Judging comparisons, how well something works, the way it was handled.
  ['Say what you will about council, the new green bin program actually works.', 'toronto', 'council'],
  ['Our transit app is about five years behind every other city.', 'calgary', 'transit'],
  ['The way council handled the shelter closures was heartless.', 'toronto', 'council'],
  ['If council can find $12M for a parking garage, they can fund the library.', 'peterborough', 'council'],
  // Waits, counts, ratings and repeated increases as complaints.
  ['Seven months for a deck permit. The building department is something else.', 'toronto', 'permit'],
  ['One star for the new permit portal, it logged me out twice.', 'calgary', 'permit'],
  ['Library fines going up again. Families priced out of borrowing books now?', 'toronto', 'Library'],
  ['My councillor has not replied to a single email since May.', 'peterborough', 'councillor'],
  ["Told the permit office my paperwork was done when it wasn't, now I'm paying twice.", 'calgary', 'permit'],
  ['The bus service shows up whenever it feels like it.', 'peterborough', 'bus service'],
  // Abstract nouns and -ing adjectives that judge; what a decision will do.
  ['Towing cars on garbage day is sheer pettiness by bylaw officers.', 'toronto', 'garbage day'],
  ['Watching council vote down the bike plan after two years of work was demoralizing.', 'calgary', 'council'],
  ['Scrapping the shelter expansion will come back to haunt council.', 'toronto', 'shelter'],
  // "City" with a capital C before a noun is the corporation ("a City park", "City-run").
  ['The new City website is hard to navigate on a phone.', 'toronto', 'City website'],
  ['Ten bucks to park at a brand-new City park? That only makes sense on a spreadsheet.', 'calgary', 'City park'],
  ['City-run daycare fees went up yet again.', 'peterborough', 'City-run'],
  // A sentence of one judging word (known by its form: -less, un-/dis-…), after the topic.
  ['Council voted to cut the crossing guards. Shameless.', 'toronto', 'Council'],
  ['Parking enforcement was out at 5am on Boxing Day. Tasteless.', 'calgary', 'Parking enforcement'],
  ['Council delayed the vote a fourth time. So disrespectful.', 'calgary', 'Council'],
  ['The new backyard fire bylaw. Unworkable.', 'peterborough', 'bylaw'],
  ['The city spent $2M on new signs. Cool cool cool.', 'toronto', 'The city'],
  ['Swim lessons sold out in three minutes. Every single year.', 'peterborough', 'Swim lessons'],
  // Mistakes, half-support, not enough, mocking the people in charge, not understanding.
  ['Scrapping the streetcar line was a big mistake.', 'toronto', 'streetcar'],
  ["I'm all for bike lanes, but the Main St ones went in without any consultation.", 'calgary', 'bike lanes'],
  ["The snow clearing budget clearly isn't enough for a city this size.", 'toronto', 'snow clearing'],
  ['The mayor talks a big game about housing.', 'peterborough', 'mayor'],
  ['The transit app was built by someone who has never ridden a bus.', 'calgary', 'transit'],
  ["I don't understand why the City closed the only pool in the east end.", 'toronto', 'the City'],
  ['The garbage strike could have been avoided.', 'toronto', 'garbage strike'],
  // Value and satisfaction, needs, reasonableness.
  ['Water bills here are steep for the service we get.', 'calgary', 'Water bills'],
  ['Green bin pickup has been seamless since the switch.', 'peterborough', 'Green bin'],
  ['Our ward really needs a proper crosswalk on King.', 'toronto', 'Our ward'],
  ['The property tax increase seems reasonable to me.', 'calgary', 'property tax'],
  // Slang verdicts, mock questions, relics; credit and rallying; emphatic counts; beliefs without "I".
  ['Closing the outdoor pools in July is not it.', 'toronto', 'outdoor pools'],
  ['$5 garbage tags and the truck skipped us twice. Make that make sense.', 'peterborough', 'garbage tags'],
  ['the new green bins are flimsy lol who tested these', 'toronto', 'green bins'],
  ['The online permit system is a relic from the 90s.', 'peterborough', 'permit'],
  ['Respect to the snowplow crews out all night on Christmas.', 'calgary', 'snowplow'],
  ['Crews fixed the water main overnight in the rain. Legends.', 'toronto', 'water main'],
  ['The transit fare cap is a lifeline for students. More of this please.', 'toronto', 'transit'],
  ['Our councillor attended exactly zero ward meetings this year.', 'toronto', 'councillor'],
  ['Forty minutes on hold with 311 this morning.', 'toronto', '311'],
  ['Ninety minutes in line for a parking permit. Ninety.', 'calgary', 'parking permit'],
  ['Honestly think council got the patio bylaw right.', 'calgary', 'council'],
  ['Photo radar on our street? Slow down, it works.', 'calgary', 'Photo radar'],
  // Credit given, curiosity about who decided, judging predicates, hardship caused, time without a service.
  ['Credit where it is due, the city crews had the rink flooded by noon.', 'toronto', 'city crews'],
  ['Would love to know who at City Hall thinks a 10-minute crossing light is fine.', 'toronto', 'City Hall'],
  ['A 9% property tax jump in this economy is wild.', 'calgary', 'property tax'],
  ['The fare hike is making it really hard to leave the car at home.', 'calgary', 'fare hike'],
  ['Two weeks without recycling pickup on our block.', 'peterborough', 'recycling pickup'],
  ['Council is going to hurt every small venue with this noise bylaw.', 'peterborough', 'Council'],
  ['The parking meters downtown still take coins only. In 2025.', 'peterborough', 'parking meters'],
  ['The windrows at the end of the driveway are a special kind of punishment.', 'calgary', 'windrows'],
  // Speed as praise.
  ['Reported a streetlight out on the 311 app and it was fixed the next day!', 'toronto', 'streetlight'],
  // An open letter, what a ward deserves, "Priorities, people.", "the fact that… is rough", the city acting after an adverb.
  ["Dear City of Calgary: a 'temporary' detour that lasts two years is not temporary.", 'calgary', 'City of Calgary'],
  ['Ward 9 deserves a councillor who actually answers the phone.', 'toronto', 'Ward 9'],
  ['Transit fare crackdown while the trains run late every morning. Priorities, people.', 'toronto', 'Transit'],
  ['The fact that paid parking is coming to every park is rough.', 'calgary', 'paid parking'],
  ['Love seeing the city finally plant trees along Centre St. Took them long enough.', 'calgary', 'the city'],
  // A verdict in title case for emphasis is still a verdict.
  ['The new transit map is a Total Disaster.', 'toronto', 'transit'],
  // A fragment summing up the people just named: a collective noun, "every one of them".
  ['The mayor and council voted down the rink repairs again. Bunch of gutless wonders, all of them, every time.', 'peterborough', 'mayor'],
  ['Council approved another consultant contract today. Clueless, the whole lot, every single one of them honestly.', 'calgary', 'Council'],
  // Giving in, being bought.
  ['Council keeps bowing to pressure from the landlord lobby on the rental bylaw.', 'toronto', 'Council'],
  ['The zoning changes show the mayor is in the pocket of the big builders.', 'calgary', 'zoning'],
  // Sarcasm that draws a conclusion, a demand made for the public.
  ['The director of parks lives in a condo with no yard. Says a lot about the playground plan.', 'peterborough', 'parks'],
  ['The snow clearing review has sat on a shelf for months and residents have a right to know what it found.', 'calgary', 'snow clearing'],
  // "Whoever approved…" however long the sentence runs.
  ['Read the consultant report on the LRT extension last night. Whoever approved paying that much for a study that says what every rider already knew over coffee should explain it.', 'toronto', 'LRT'],
  // A verdict two sentences on when the one between is a fragment.
  ['The City cut the branch off my tree without asking. Last Tuesday. This town is something else, honestly.', 'calgary', 'The City'],
  // The City's short name as the one who must act.
  ['Toronto needs to stop studying the waterfront and just start building.', 'toronto', 'Toronto'],
  ['Honestly Calgary should finally give up on the gondola idea.', 'calgary', 'Calgary'],
  ["Peterborough can't keep patching the same three streets every spring.", 'peterborough', 'Peterborough'],
  // A demand on the City by its name is an opinion in itself.
  ['Calgary needs way more protected bike lanes downtown.', 'calgary', 'Calgary'],
  // Self-dealing, the penny dropping, shouting "OWN".
  ['Council is cutting rec programs while voting themselves a pay bump next month.', 'calgary', 'Council'],
  ['The lead on snow clearing lives in a condo with underground parking. Makes sense now.', 'peterborough', 'snow clearing'],
  // Hiding things; mocking the one in charge.
  ['Saw the final draft of the shelter review. They buried the real numbers in an appendix.', 'toronto', 'shelter'],
  ['The audit of the arena deal is a whitewash from start to finish.', 'calgary', 'arena deal'],
  ['Our new transit director has never waited for a bus in her entire life.', 'peterborough', 'transit'],
  // The author's own call to a service can be a complaint about it.
  ['I called bylaw on the abandoned van next door twice and nobody ever came. Useless.', 'toronto', 'bylaw'],
  ['Council is about to gut the arts grants and hoping no one notices.', 'toronto', 'Council'],
  ['Our councillor sold the neighbourhood out for a ribbon cutting.', 'peterborough', 'councillor'],
  ['The new transit map was clearly designed by folks who never ride the bus.', 'peterborough', 'transit'],
  // Folding to pressure; a judging -less word in a fragment; the public's right after a report.
  ['The deputy mayor folded under pressure from the arena owners.', 'calgary', 'deputy mayor'],
  ['Council delayed the transit vote for a fourth time. Feckless, honestly.', 'toronto', 'Council'],
  ['Skimmed the internal review of the paramedics dispatch system. Taxpayers have a right to see all of it, not a summary.', 'toronto', 'paramedics'],
  // Announcing a verdict before giving it.
  ["Let's be honest, the ward boundary review was about protecting incumbents.", 'toronto', 'ward boundary'],
  ["I'm just going to say it: council approved the stadium deal without reading it.", 'toronto', 'council'],
  ['Somebody has to say it, the snow clearing budget goes to the wrong streets.', 'toronto', 'snow clearing'],
  // A misdeed named by a mis- verb.
  ['Council misjudged how many drivers would use the parking app.', 'toronto', 'Council'],
  ['The transit budget got misallocated again this spring.', 'toronto', 'transit'],
  ['City Hall mishandling the waste contract cost us a week of pickups.', 'toronto', 'City Hall'],
  // The author's own unit without "my", when the post is about their job.
  ['My boss rejected every leave request this summer. This branch is a shambles.', 'toronto', 'This branch'],
  ["my supervisor moved our shifts with a day's notice, the whole department is run like a circus", 'toronto', 'the whole department'],
  ['My supervisor denied my transfer again. Upper management does not care about anyone below them.', 'calgary', 'Upper management'],
  ['my manager scheduled me for six nights straight. management here is clueless', 'peterborough', 'management'],
];

const valid: [string, City][] = [
  ['Personally, I think Council got the budget wrong.', 'toronto'],
  ['Council got the budget wrong. (Views my own.)', 'toronto'],
  ['Council got the budget wrong #opinionsmine', 'toronto'],
  ['Council got the budget wrong, not speaking for my employer.', 'calgary'],
  ['In my personal opinion the 29 bus needs more trips at rush hour.', 'toronto'],
  ['Opinions are mine: the transit plan is a mess.', 'peterborough'],
  ['Speaking for myself, the bike lane decision was a bad call.', 'toronto'],
  // More ways of saying the view is one's own.
  ["Council's budget is a mess — my opinion only.", 'toronto'],
  ["Council's budget is a mess (not an official City position).", 'toronto'],
  ["Council's budget is a mess. These views don't represent my employer.", 'toronto'],
  ["My two cents: Council's budget is a mess.", 'toronto'],
  ["Council's budget is a mess. Tweets are my own.", 'toronto'],
  ["FWIW I think Council's budget is a mess.", 'toronto'],
  ["Council's budget is a mess. (I don't speak for the City.)", 'toronto'],
  ["Council's budget is a mess. Opinions = mine.", 'toronto'],
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
  // The city as a place, a day out, family news, plain information.
  ['Toronto is the best city in the world, fight me', 'toronto'],
  ['Best brunch spot in the city? Go.', 'toronto'],
  ['The city looks so pretty with all the lights up 🎄', 'toronto'],
  ['Calgary weather is ridiculous, snow in June??', 'calgary'],
  ['Beautiful day at the splash pad with the kids ☀️', 'toronto'],
  ['Great time skating at Nathan Phillips Square last night!', 'toronto'],
  ['So proud of my son who graduated from the fire academy today!', 'toronto'],
  ['Finally finished painting the fence! About time lol', 'calgary'],
  ['Council meets Wednesday to vote on the transit plan. Deputations are open until Monday at noon.', 'calgary'],
  ['Snow\'s coming tonight, plows go out after 5 cm according to the City.', 'calgary'],
  ['Effective Monday, the rec centre pool hours change to 6am-9pm.', 'toronto'],
  ['Improved bus service on the 504 starts next week.', 'toronto'],
  ['The City is pleased to announce the outdoor rinks open December 1.', 'toronto'],
  ['Garbage pickup as usual on Monday, green bins too.', 'toronto'],
  ['Once again the library is hosting the holiday craft fair, come on down!', 'toronto'],
  ['Just a reminder the leaf collection is this week. Sigh, fall is over already.', 'toronto'],
  ['Today I start my new job with the City of Toronto! Nervous and excited 😅', 'toronto'],
  // A workplace unit is a City matter only with a verdict in its own sentence.
  ['Jessica from our Licensing unit finally got called in by HR. About time honestly.', 'toronto'],
  ['Marisol from my department brought homemade tamales to work today 😍', 'toronto'],
  ['Lost my keys somewhere between the subway and work, worst Monday ever', 'toronto'],
  ['Council approved the 2026 budget last night; the tax increase is 3.9%.', 'peterborough'],
  ['Happy Stampede everyone! Transit is free after 9pm tonight so leave the car at home.', 'calgary'],
  ['Leaf collection starts Monday. Yes. We went hiking.', 'toronto'],
  ['REMINDER: NO parking on snow routes tonight, the plows need room!', 'toronto'],
  ['Pool is open again after the repairs, see you there!', 'toronto'],
  ['LEAF COLLECTION STARTS MONDAY AGAIN, BAGS OUT BY 7AM', 'toronto'],
  ['Love this time of year, the leaf collection trucks are out and the kids wave at them.', 'toronto'],
  ['My old supervisor from Water Services, Ray Tanaka, passed away this week. RIP to a great mentor.', 'calgary'],
  ['Had a great chat with Jordan on the transit team about my route idea', 'peterborough'],
  // Disclaimers: speaking "as a parent / resident", "not as City staff", a labelled "Disclaimer:".
  ['Speaking purely as a parent: the crossing guard cuts are a disgrace.', 'toronto'],
  ['Speaking strictly for myself, the transit plan is a mess.', 'calgary'],
  ['Disclaimer: I work for the City. The new transit map is a mess.', 'toronto'],
  ['Posting as a homeowner, not as a City employee: the tax hike is ridiculous.', 'peterborough'],
  ['This is me talking as a cyclist, the bike lane plan is a joke.', 'toronto'],
  ['With my resident hat on: the new parking rates are ridiculous.', 'toronto'],
  ['In a personal capacity, I think the transit plan is a mess.', 'calgary'],
  ['Not on behalf of my employer, but the budget cuts are a disgrace.', 'peterborough'],
  ['My personal take: council got the bike lanes wrong.', 'toronto'],
  // News and plain questions near the new cues; a person's news is not a verdict on the City.
  ['Crews are working well into the night to clear the snow routes.', 'toronto'],
  ['How long until the outdoor rinks open? Kids are itching to skate.', 'calgary'],
  ['It takes a single call to 311 to book a bulky item pickup.', 'toronto'],
  ['Proud of my sister, she just got hired as a transit operator!', 'calgary'],
  ['The library app works on iPhone and Android.', 'peterborough'],
  ['Took the kids to a City pool for lessons this morning.', 'toronto'],
  // A capital word before "City" makes it a name, a function word after it the place.
  ['Kansas City fans took over the subway after the game, what a scene.', 'toronto'],
  ['Honestly the best City in Canada to raise kids.', 'calgary'],
  // One-word sentences that judge nothing: warnings, notices, hashtags, answers.
  ['Black ice on the sidewalks this morning. Careful!', 'toronto'],
  ['Permits for the summer markets are open. Available online.', 'peterborough'],
  ['Snow route parking ban tonight. #yyctraffic', 'calgary'],
  ['Can I put pizza boxes in the green bin? Of course!', 'toronto'],
  ['Leaf collection starts Monday. Daily updates on the app.', 'peterborough'],
  // "a mistake" I made, paramedics who rushed, people who live nearby.
  ['I made a mistake on my parking permit form, had to redo it.', 'toronto'],
  ['Paramedics rushed to the arena when a player went down.', 'calgary'],
  ['The new rec centre was designed by people who live in the neighbourhood.', 'toronto'],
  // "see if it works", a time of day, "exactly two spots left".
  ['Download the transit app and see if it works.', 'calgary'],
  ['Lane swim at the community centre starts at ten. Ten!', 'toronto'],
  ['There are exactly two spots left in day camp, sign up today.', 'peterborough'],
  // One-word sentences about the day, and praise of the author's own people.
  ['Recreation centre yoga class this morning. Peaceful.', 'calgary'],
  ['Council meeting is at 9:30. Agenda item 4 is the park renaming. Informative.', 'toronto'],
  ['The kids swim lessons are Tuesday and Thursday. Every week.', 'toronto'],
  ['Respect to my daughter for biking to the library every day in the rain.', 'peterborough'],
  ['The shelter volunteer shift was a lifeline for me this winter.', 'toronto'],
  ['My son needs a library card for his school project, can I get one online?', 'toronto'],
  ['No complaints, just a question: does anyone know when the outdoor pools open?', 'toronto'],
  ['Transit has been good to me, 20 years of taking the train to work.', 'calgary'],
  ['Reasonable rates for dog licences if you renew before March, just FYI.', 'peterborough'],
  // The verdict is about the author, a shop on the way or a part of the day.
  ['I hate that I missed the leaf collection, totally my fault.', 'peterborough'],
  ['The subway was rerouted so I walked and found an amazing bakery on the way.', 'toronto'],
  ['The bike lane was the best part of my ride today, saw three deer by the river.', 'calgary'],
  // Cues of this round in the author's own life: a blender, a sitter, rent, a pizza place, the weather.
  ['My new blender works really well, smoothies every morning before I catch the subway.', 'toronto'],
  ["If we can find a sitter we're going to the council candidates' debate Thursday.", 'peterborough'],
  ['My sister thought the library was closed on Monday when it was not, so she missed story time.', 'toronto'],
  ['Our rent went up again this year, time to look for a place closer to the C-Train.', 'calgary'],
  ['Five stars for the pizza place next to the library, get the garlic knots.', 'peterborough'],
  ["Pure happiness: my kid's face when the streetcar bell rang.", 'toronto'],
  ["It's depressing how fast summer goes. Last week of day camp already.", 'peterborough'],
  ['Alarming amount of snow this morning, plows are out, drive safe everyone.', 'calgary'],
  ['Plain and simple supper tonight after skating at the outdoor rink.', 'peterborough'],
  // "Not gonna lie" opens a remark about a person as often as about the City.
  ['Not gonna lie, Terrence in Fleet is the funniest guy in the building', 'toronto'],
  ['Back in 2019 we took the streetcar everywhere. In 2025 I bike.', 'toronto'],
  // What will hurt the author, and apps that are not the City's.
  ['My knees are going to kill me after skating at the outdoor rink tonight.', 'calgary'],
  ["It's going to hurt to say goodbye to my team at City Hall.", 'toronto'],
  // The city as a place after an adverb; better luck next time.
  ['The city always looks magical after the first snow, even the bus stops.', 'toronto'],
  // Praise inside a title or a name is not a verdict ("Great Expectations", "Clown Around").
  ['Read Great Expectations by Dickens on the subway ride, what a classic', 'toronto'],
  ["Don't miss the Clown Around show at the library, ages 3-6.", 'peterborough'],
  ['Picked up a new router at Best Buy, then the bus home.', 'calgary'],
  ['We need better weather for the outdoor rink party, fingers crossed.', 'peterborough'],
  ['The new Spotify app is slick, I can finally find my podcasts on the subway.', 'toronto'],
  // A service someone used against someone else: the complaint is about the caller.
  ['My neighbour called bylaw on our kids for playing road hockey AGAIN. Some people need a hobby.', 'toronto'],
  ['Somebody reported us to 311 over the fence height. Unbelievable.', 'calgary'],
  // An insult used as an epithet for a person named by their unit is about the person.
  ['If that clown Marco in Fleet double-books the van again I am taking the bus.', 'peterborough'],
  // The City's name as a place, or the team.
  ['Toronto needs to win tonight or the season is over.', 'toronto'],
  ['Somebody phoned 311 on the guys next door for their leaf blower at 7 am.', 'calgary'],
  ['Toronto must have the best dumpling spots in the country.', 'toronto'],
  ['The couple in 4B complained to bylaw about our wind chimes AGAIN. Get a hobby.', 'peterborough'],
  ['Some genius filed a noise complaint on us for a birthday party at 8 pm. Unreal.', 'calgary'],
  // Near misses of the new verdicts.
  ['Caving to the kids and taking them to the splash pad after dinner.', 'toronto'],
  ['Home in bed with the flu, so the recycling can go out tomorrow.', 'peterborough'],
  ['The bus detour makes sense now that I can see the crane on King St.', 'toronto'],
  ['My dad has never missed a garbage day in his life.', 'calgary'],
  ['Got my OWN library card today!! Best day.', 'peterborough'],
  ['Calgary keeps surprising me, what a sunset tonight.', 'calgary'],
  ['Peterborough should be lovely for the canoe festival this weekend.', 'peterborough'],
  ['Moved away from Calgary in 2019 and I should visit more often.', 'calgary'],
  // The author running themselves down: the judging word is about them, not the City matter.
  ['Stupid question maybe, but does the green bin go out on holiday Mondays?', 'toronto'],
  ['I feel so dumb, I put the recycling out a week early.', 'peterborough'],
  ['Silly me, I thought the library opened at nine on Sundays.', 'calgary'],
  ['Dumb of me to forget the parking permit renewal, paid the late fee.', 'toronto'],
  // A shout that stresses a secret given away (the confidential rule's business), not frustration.
  ['Gate code for the Riverside pool lot is STILL 2580, nobody ever updates it', 'toronto'],
  // "department" of a store, or without a sign the post is about the author's job.
  ['The department store on Queen has a sale this weekend, my coworkers are going.', 'toronto'],
  ['Our department store downtown has the best sales.', 'peterborough'],
  ['This department is so quiet on a Sunday afternoon, love browsing here.', 'calgary'],
  ['The hotel management was great, best stay ever with my coworkers.', 'toronto'],
  ['Management of invasive species in the ravine came up at my team meeting, great discussion.', 'toronto'],
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

  test.each(HOLDOUT_FILES)('held-out posts %s: no false alarm, recall ≥ 0.8 (small files: one miss is 0.1–0.17)', (file) => {
    const s = scoreRule(file, 'missing-disclaimer');
    expect(s.falseAlarms).toEqual([]);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  test('held-out posts, all files: precision ≥ 0.95, recall ≥ 0.9', () => {
    const s = scoreRule(HOLDOUT_FILES, 'missing-disclaimer');
    expect(s.precision, s.falseAlarms.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('an opinion in the sentence after the topic counts, one far away does not', () => {
    expect(spans('Ward boundaries redrawn AGAIN?? Makes no sense.')).toEqual(['Ward boundaries']);
    const far = 'Leaf collection starts Monday. We went hiking. The trail was lovely. Dinner was a disaster.';
    expect(spans(far, 'peterborough')).toEqual([]);
  });
});
