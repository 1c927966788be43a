/**
 * Constructions of contempt that carry no insult noun of their own, as regex sources over
 * normalised (lower-case) text, each run only near its cue words. They are shapes of language,
 * not listed sentences: the mocking question ("how dense can you be"), the ironic comparison
 * ("about as useful as a …"), the pointing determiner ("look at this clown"), the blame frame
 * ("people like you are the reason …"), the provocation followed by a consequence ("do that
 * again and I'll …"), harm promised to whoever comes next, and pile-ons ("flood her inbox").
 */
import { ADDRESS_NOUNS, ANIMAL_INSULTS, CONDESCENDING_VOCATIVES, DISMISSIVE, HARSH_ADDRESS_NOUNS, INSULT_ADJECTIVES_STRONG, INSULT_NOUNS } from '../data/insults';
import { GROUP_ADJECTIVES } from '../data/threats';
import type { Cued } from '../data/threats';
import type { PhraseKind } from './phrases';

export interface Construction extends Cued {
  kind: PhraseKind;
  /** Gives way to a more specific hit it overlaps (see `phrases`). */
  weak?: boolean;
  /** A small regex every match must contain: windows without it are not searched (see `GATES` in `phrases`). */
  gate?: string;
}

const A = "['’]";
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Adjectives of a person's lack of wit, decency or worth: what a mocking question asks about. */
const LOW_WORDS = [
  'dense', 'thick', 'stupid', 'dumb', 'clueless', 'brainless', 'ignorant', 'daft', 'dim', 'dimwitted', 'obtuse',
  'gormless', 'senile', 'brain-?dead', 'braindead', 'idiotic', 'moronic', 'incompetent', 'useless', 'worthless',
  'pathetic', 'lazy', 'entitled', 'spineless', 'gutless', 'disgusting', 'illiterate', 'dumber', 'stupider',
];
const LOW = `(?:${LOW_WORDS.join('|')})`;
/** The same without the words people use of themselves ("too lazy to cook tonight"). */
/** Cue words of `LOW` (the plain-letter ones). */
const LOW_CUES = LOW_WORDS.filter((w) => /^[a-z]+$/.test(w));
const LOW_OTHERS = `(?:${LOW_WORDS.filter((w) => !['lazy', 'useless', 'pathetic', 'entitled'].includes(w)).join('|')})`;

/**
 * Insult nouns that also name real things or plain facts ("the clown at the party", "the thief
 * who took my bike", "a crash-test dummy"): after a pointing word they need an intensifier first.
 */
const LITERAL = new Set([
  'clown', 'clowns', 'troll', 'trolls', 'puppet', 'puppets', 'thief', 'thieves', 'crook', 'crooks', 'fraud', 'frauds',
  'con artist', 'con artists', 'bully', 'bullies', 'thug', 'thugs', 'snitch', 'snitches', 'hack', 'hacks', 'bum', 'bums',
  'dummy', 'dummies', 'liar', 'liars', 'hypocrite', 'hypocrites', 'bigot', 'bigots', 'coward', 'cowards', 'scum',
  'freak', 'freaks', 'creep', 'creeps', 'hick', 'hicks', 'redneck', 'rednecks', 'sellout', 'sellouts', 'shill', 'shills',
  'stooge', 'stooges', 'lackey', 'lackeys', 'clown show', 'clownshow', 'clown car', 'fool', 'fools',
  // also things, animals, films or food: "snowflakes falling", "jerk chicken", "a git repo", "the Muppets"
  'snowflake', 'snowflakes', 'weasel', 'weasels', 'git', 'gits', 'neanderthal', 'neanderthals', 'dumbo', 'psycho', 'psychos',
  'jerk', 'jerks', 'muppets', 'clod', 'clods', 'old bat',
  // "this piece of garbage keeps crashing" is as often a printer or an app
  ...INSULT_NOUNS.filter((w) => /^(?:piece|sack|bag) of /.test(w)),
]);
/** Nouns that only ever insult a person ("muppet", "bonehead", "loser"). */
const FIGURATIVE = `(?:${alt(INSULT_NOUNS.filter((w) => !LITERAL.has(w) && !w.includes('(')))})`;
const ANY_INSULT = `(?:${alt(INSULT_NOUNS.filter((w) => !w.includes('(')))})`;
/** Cue words of the insult nouns (their first word): the pointing patterns run only near one. */
const NOUN_CUES = [...new Set(INSULT_NOUNS.filter((w) => !w.includes('(')).map((w) => w.split(/[\s-]+/)[0]))].join(' ');
/** Words that make any insult noun after them figurative: "this absolute clown". */
const INTENSIFIER = '(?:absolute|complete|total|utter|f[\\w*@#$!]*(?:ing|in)|freaking|stupid|dumb|brainless|useless|pathetic|clueless|incompetent|brain-?dead|bloody|damn|damned)';
/** Verbs and words after "this muppet …" that show a person being pointed at. */
const POINTED = `(?:who|that|just|keeps?|kept|thinks?|thought|decided|can${A}?t|cannot|couldn${A}?t|won${A}?t|didn${A}?t|doesn${A}?t|actually|really|over\\s+there|in\\s+the|on\\s+the|at\\s+the|[a-z]+ing)\\b`;

/** Who a comparison can be about: the reader, a third person, or a person word. */
const SUBJECT = `(?:you|u|he|she|they|guy|man|woman|lady|dude|councillor|councilor|mayor|manager|supervisor|boss|clerk|driver|neighbou?r|landlord|ref|referee|officer|inspector|coworker|co-worker|colleague)`;
const BE = `(?:${A}re|${A}s|\\s+are|\\s+is|\\s+was|\\s+were|\\s+r)`;

/** Harm verbs a person can promise ("gonna punch …"); not "shoot" (photos) or "hit" (the gym). */
const HARM = '(?:punch|kill|stab|slap|strangle|choke|murder|smack|deck|throttle|beat\\s+up|run\\s+over|knock\\s+out|sucker[\\s-]?punch|headbutt)';
/** Whoever the harm is promised to when not named: the next one to do something, whoever. */
const ANYONE = '(?:the\\s+next\\s+(?:\\w+\\s+)?(?:person|guy|one|idiot|driver|man|woman|kid|customer|resident|caller|dude|clown|jerk|moron)|whoever|anyone|anybody|someone|somebody|(?:the|this|that|these|those)\\s+(?:guy|guys|woman|man|lady|kid|kids|person|people|driver|dude|idiot|moron|jerk|clown|punk|punks|neighbou?r|neighbou?rs|customer|caller|ref|referee))';
/** A future said by the speaker, or a sentence that starts with "gonna …". */
const I_WILL = `(?:(?:^|[.!?]\\s+|\\n)(?:gonna|going\\s+to|about\\s+to|imma|ima)|\\bi(?:${A}m|\\s+am)\\s+(?:about\\s+to|gonna|going\\s+to)|\\b(?:i|we)(?:${A}ll|\\s+will))(?:\\s+(?:literally|seriously|honestly|really|personally|just|f[\\w*@$!]*ing))?`;

/** Provocations a threat is attached to: "do that again", "one more word", "touch my car again". */
const PROVOKE = `(?:keep\\s+it\\s+up|keep\\s+(?:talking|pushing|running\\s+(?:your|ur)\\s+mouth)|(?:do|try|say|pull|post)\\s+(?:that|this|it)\\s+(?:again|one\\s+more\\s+time)|one\\s+more\\s+(?:word|time|comment|post)(?:\\s+(?:like\\s+that|out\\s+of\\s+you))?|(?:touch|park\\s+in|block)\\s+(?:my|our|me)\\b[^.!?\\n]{0,25}?\\s+again|come\\s+(?:near|back\\s+to|around)\\s+[^.!?\\n]{0,25}?\\s+again|show\\s+(?:your|ur)\\s+face\\s+[^.!?\\n]{0,25}?again)`;

/** Where a sentence starts: the text's start, after end punctuation, a colon, a line break or an emoji. */
const START = '\\b(?<=(?:^|[.!?:…\\n]|\\p{Extended_Pictographic})\\s*)';
/** A short place after the exclamation, then its end: "Utter clowns in Fleet this week." */
const LOCATIVE_END = `|(?=\\s+(?!in\\s+love\\b)(?:in|at|on|from)\\s+(?:the\\s+)?[a-z]+(?:\\s+[a-z]+)?(?:\\s+(?:this\\s+(?:week|morning|year|month)|today|again|lately))?(?=\\s*(?:[.!?…]|$|\\p{Extended_Pictographic})))`;
/** Where an exclamation about a person stops: end punctuation, an emoji, or a tag like "over here", "every last one". */
const EXCLAIM_END_STRICT = `(?=\\s*(?:[.!?…,;]|$|\\p{Extended_Pictographic})|\\s+(?:over\\s+(?:here|there)|in\\s+charge|at\\s+(?:city\\s+hall|the\\s+top)|all\\s+of\\s+(?:them|you|${A}em)|every\\s+(?:last\\s+|single\\s+)?(?:one|1)|the\\s+(?:whole\\s+)?lot|as\\s+usual|again|lol|lmao|smh|honestly|seriously|running\\s+(?:this|the)|down\\s+there)\\b)`;
const EXCLAIM_END = `(?:${EXCLAIM_END_STRICT}${LOCATIVE_END})`;

/** Insult nouns a bare exclamation can be about; not tips, snow or code ("Total hack!", "Absolute snowflakes!"). */
const EXCLAIMED = `(?:${alt([...INSULT_NOUNS.filter((w) => !w.includes('(') && !/^(?:hacks?|snowflakes?|gits?|(?:piece|sack|bag) of .*)$/.test(w)), ...ADDRESS_NOUNS.filter((w) => !/^(?:witch|witches|princess|divas?|pests?|nuisance|menace)$/.test(w))])})`;
/** The same without nouns that also name real people or things (clowns at a fair, thieves in the news): those need an adjective. */
const EXCLAIMED_FIG = `(?:${alt([...INSULT_NOUNS.filter((w) => !w.includes('(') && !LITERAL.has(w)), ...ADDRESS_NOUNS.filter((w) => !/^(?:witch|witches|princess|divas?|goons?|gremlins?|toad|tyrants?|dictators?|pests?|nuisance|menace)$/.test(w))])})`;
/** Adjectives that make the noun after them an attack: "greedy clowns", "lazy bums". */
const ATTACK_ADJ = `(?:${[...INSULT_ADJECTIVES_STRONG, 'greedy', 'overpaid', 'arrogant', 'smug', 'crooked', 'petty', 'nasty', 'miserable', 'bitter', 'vindictive', 'two-faced', 'power-hungry', 'self-serving', 'whiny', 'nosy', 'raging'].join('|')})`;
const ADDRESSED = `(?:${alt(ADDRESS_NOUNS)})`;
/** Cue word of each noun phrase: its first word that is not a common one ("old bat" → "bat", "clown show" → "clown"). */
const rareCues = (phrases: readonly string[]) => [...new Set(phrases.filter((p) => !p.includes('(')).map((p) => {
  const words = p.split(/[\s-]+/);
  return words.find((w) => !/^(?:a|an|the|of|for|old|human|big|real|sad|poor|piece|sack|bag|show|car)$/.test(w)) ?? words[0];
}))].join(' ');
const EXCLAIM_CUES = rareCues([...INSULT_NOUNS, ...ADDRESS_NOUNS]);
const ADDRESS_CUES = rareCues(ADDRESS_NOUNS);
/** Insult nouns that also name real clowns, fools or sincere praise, for a hail whose relative clause holds the failing against them. */
const HAIL_LITERAL = alt(['clown', 'clowns', 'fool', 'fools', 'troll', 'trolls', 'jerk', 'jerks', 'dummy', 'dummies', 'muppet', 'muppets', 'genius', 'geniuses', 'einsteins', 'rocket scientists', 'brain surgeons']);
/** Words of a reading or tutoring program: "Learn to read!" on its poster is an invitation. */
const LEARNING = '(?:literacy|tutor|tutors|tutoring|classes|courses?|workshops?|lessons|learners|register|sign\\s+up)';
const VOCATIVE = `(?:${alt(CONDESCENDING_VOCATIVES)})`;
const DISMISS = `(?:${DISMISSIVE.join('|')})`;

export const CONSTRUCTIONS: readonly Construction[] = [
  // --- mocking someone's wits: "imagine being this dense", "how stupid can you be", "are you blind or something"
  { kind: 'insult', cue: 'imagine', re: `\\bimagine\\s+(?:actually\\s+|really\\s+)?being\\s+(?:this|so|that|as|such\\s+an?)\\s+(?:\\w+\\s+)?(?:${LOW}|${FIGURATIVE})\\b` },
  { kind: 'insult', cue: LOW_CUES.join(' '), re: `\\bhow\\s+(?:\\w+ly\\s+)?${LOW_OTHERS}\\s+(?:can|could|are|is|must)\\s+(?:you|u|he|she|they|people|someone|somebody|anyone|one\\s+person|this\\s+(?:guy|woman|man|person|clown)|that\\s+(?:guy|woman|man|person|clown))\\b(?!\\s+(?:think|imagine|expect)\\s+(?:it|this|that)\\b)` },
  { kind: 'insult', cue: [...LOW_CUES, 'blind', 'deaf'].join(' '), re: `\\bare\\s+(?:you|u|ya)\\s+(?:just\\s+|really\\s+|actually\\s+|seriously\\s+|honestly\\s+)?(?:(?:this|that|so|really\\s+that)\\s+(?:${LOW}|blind)\\b|(?:${LOW}|blind|deaf|illiterate)\\s+or\\s+(?:something|what|just|are|did|do)\\b)` },
  // "a special kind of stupid", "a whole new level of dumb"
  { kind: 'insult', cue: 'stupid dumb dense thick stupidity idiocy dumbness moron idiot', re: `\\b(?:special\\s+(?:kind|brand|breed|type)\\s+of|(?:whole\\s+)?new\\s+level\\s+of|next[\\s-]+level)\\s+(?:stupid|dumb|dense|thick|stupidity|idiocy|dumbness|moron|idiot)(?=\\s*(?:[^\\w\\s]|$)|\\s+(?:and|but|or|lol|lmao|right|there|here|you|going|if|to|that|who|on|in|at|from)\\b)` },
  // "too senile to figure out the app", "you're too dumb to read": said of someone else
  { kind: 'insult', cue: LOW_CUES.join(' '), re: `\\b(?:(?:you|u|he|she|they|people|ppl|whoever)(?:${A}re|${A}s|\\s+are|\\s+is|\\s+was|\\s+were|\\s+r)?|(?:this|that)\\s+(?:guy|woman|man|person|lady|dude)(?:${A}s|\\s+is|\\s+was)?|[a-z]+\\s*,)\\s+(?:just\\s+|way\\s+|far\\s+|simply\\s+|clearly\\s+|obviously\\s+)?too\\s+${LOW_OTHERS}\\s+to\\s+[a-z]+` },
  // ironic comparisons: "you're about as useful as a screen door", "as worthless as you are"
  { kind: 'insult', cue: 'useful helpful useless dumb thick dense stupid dim ugly smart bright sharp clever intelligent', re: `\\b${SUBJECT}${BE}\\s+(?:(?:just|exactly)\\s+)?(?:about|roughly|approximately|nearly)?\\s*as\\s+(?:(?:(?:useful|helpful)|(?<=about\\s+as\\s+)(?:smart|bright|sharp|clever|intelligent))\\s+as\\s+(?:an?|the|two|three|some)\\s+(?!(?:button|tack|whip|fox|owl|pin|fiddle|ox)\\b)[a-z]+|(?:${LOW_OTHERS}|ugly|useless|lazy)\\s+as\\s+(?:an?|the|two|three|some|your|his|her|their|they|it|a|[a-z]+s)\\b)` },
  { kind: 'insult', cue: LOW_CUES.join(' ') + ' ugly', re: `\\bas\\s+(?:${LOW}|ugly)\\s+as\\s+(?:(?:you|u|he|she|they)\\s+(?:are|is|r|look|looks|sound|sounds)\\b|(?:you|u|him|her|them)(?=\\s*(?:[.!?,;]|$)))` },
  { kind: 'insult', cue: 'brains brain brainpower intelligence sense', re: `\\b(?:has|have|had|with|got)\\s+(?:about\\s+)?the\\s+(?:brains?|brainpower|intelligence|common\\s+sense)\\s+of\\s+an?\\s+(?:\\w+\\s+)?(?!(?:genius|rocket|scientist|professor|saint|champion|leader)\\b)[a-z]+` },
  { kind: 'insult', cue: 'sharpest brightest smartest deck meal picnic', re: `\\bnot\\s+the\\s+(?:sharpest|brightest|smartest)\\s+(?:tool|knife|bulb|crayon|pencil|cookie|candle|light)\\b|\\bshort\\s+of\\s+an?\\s+(?:full\\s+deck|happy\\s+meal|picnic|six[\\s-]pack)\\b` },
  // "let someone that clueless run it", "you can't even spell it"
  { kind: 'insult', cue: LOW_CUES.join(' '), re: `\\b(?:someone|somebody|anyone|anybody|a\\s+(?:guy|man|woman|person|lady))\\s+(?:that|this|so|as)\\s+${LOW_OTHERS}\\b(?!\\s+(?:about|at|with)\\b)` },
  { kind: 'insult', cue: 'even', re: `\\b(?:you|u|ya|he|she|they)\\s+(?:can${A}?t|cannot|couldn${A}?t|could\\s+not|don${A}?t|doesn${A}?t)\\s+even\\s+(?:spell(?=\\s*(?:[^\\w\\s]|$)|\\s+(?:properly|correctly|it|your|\\W))|count\\s+to|tie\\s+(?:your|his|her|their|ur)\\s+(?:own\\s+)?shoes|string\\s+(?:two\\s+words|a\\s+sentence)\\s+together|do\\s+basic\\s+math)` },
  // incompetence told as an easy task failed: "couldn't run a lemonade stand", "…find his way out of a paper bag"
  { kind: 'insult', cue: 'bag lemonade brewery', re: `\\b(?:couldn${A}?t|can${A}?t|could\\s+not|cannot)\\s+(?:(?:run|organi[sz]e|manage|plan)\\s+a\\s+(?:lemonade\\s+stand|piss-?up\\s+in\\s+a\\s+brewery)|(?:find|fight|think)\\s+(?:(?:his|her|their|your|its|ur)\\s+way\\s+)?out\\s+of\\s+a\\s+(?:wet\\s+)?paper\\s+bag)\\b` },
  // "couldn't find her own desk with a map", "dumber than a bag of hammers", "a walking disaster"
  { kind: 'insult', cue: 'map flashlight gps compass', re: `\\b(?:couldn${A}?t|can${A}?t|could\\s+not|cannot|wouldn${A}?t\\s+be\\s+able\\s+to)\\s+find\\s+(?:his|her|their|your|ur|its)\\s+(?:own\\s+)?(?:[a-z]+\\s+){0,2}?(?:[a-z]+)\\s+with\\s+(?:a|an|both|two)\\s+(?:map|flashlight|gps|compass|search\\s+party|hands)\\b` },
  { kind: 'insult', cue: 'bag box sack bucket pile load', re: `\\b(?:dumb|dumber|stupid|stupider|thick|thicker|dense|denser|dim|dimmer|daft)\\s+(?:as|than)\\s+(?:a|an|the|two)\\s+(?:bag|box|sack|bucket|pile|load)\\s+of\\s+[a-z]+` },
  { kind: 'insult', cue: 'walking', re: `\\b(?:is|are|was|were|${A}s|${A}re|being)\\s+(?:a|an)\\s+(?:(?:absolute|total|complete|utter|f[\\w*@#$!]*ing)\\s+)?walking\\s+(?:disaster|joke|embarrassment|liability|train\\s*wreck|dumpster\\s+fire|catastrophe|red\\s+flag|hr\\s+(?:violation|nightmare|complaint))\\b` },
  // sarcasm about the reader's reading or company: "reading comprehension isn't your strong suit", "you must be fun at parties"
  { kind: 'insult', cue: 'reading comprehension fun joy delight treat', re: `\\breading\\s+is\\s+hard(?=\\s*,?\\s*(?:i\\s+know|huh|eh|apparently|i\\s+guess|isn${A}?t\\s+it|right)\\b)|\\breading\\s+comprehension\\s+(?:isn${A}?t|is\\s+not|was\\s+never|clearly\\s+isn${A}?t)\\s+(?:your|his|her|their|ur)\\s+(?:strong\\s+suit|thing|forte|strength)|\\b(?:work|practi[sc]e)\\s+on\\s+(?:your|ur)\\s+reading\\s+comprehension|\\b(?:you|u)\\s+must\\s+be\\s+(?:(?:a\\s+)?(?:lot\\s+of\\s+|real\\s+|so\\s+much\\s+)?fun|a\\s+(?:joy|delight|treat))\\s+(?:at\\s+parties|to\\s+be\\s+around|to\\s+work\\s+with|to\\s+live\\s+with)\\b` },
  // "yo mama" jokes: "ur mom is so fat she…"
  { kind: 'insult', cue: 'mom mum mama momma mother', re: `\\b(?:ur|your|yo)\\s+(?:mom|mum|mama|momma|mother)\\s+(?:is\\s+)?so\\s+(?:fat|ugly|dumb|stupid|old|poor|hairy|short)\\b` },
  // --- dismissals: "get bent", "go cry to your mommy"
  { kind: 'harassment', cue: 'bent stuffed pound cry', re: `\\b(?:get\\s+(?:bent|stuffed)|go\\s+pound\\s+sand|go\\s+cry\\s+(?:to\\s+(?:your\\s+)?(?:mommy|mummy|mom|mama|momma|mother)|about\\s+it|somewhere\\s+else|in\\s+a\\s+corner))\\b` },
  // "needs a brain transplant", "needs her head examined", "dumb as a post", "a nightmare of a human being"
  { kind: 'insult', cue: 'brain head', re: `\\b(?:needs?\\s+(?:(?:[a-z]+\\s+(?:and|&)\\s+)?a\\s+brain\\s+transplant|(?:his|her|their|your|ur)\\s+head\\s+examined)|(?:don${A}?t|doesn${A}?t)\\s+need\\s+a\\s+brain\\s+to\\s+(?:be|get|become|run|work))\\b` },
  { kind: 'insult', cue: 'dumb stupid dim', re: `\\b(?:dumb|stupid|dim)\\s+as\\s+(?:a|an|two|the)\\s+(?:post|rock|rocks|brick|bricks|bag|box|sack|doorknob|plank|stump|fence\\s*post|board|bucket)\\b` },
  { kind: 'insult', cue: 'nightmare disaster joke wreck trainwreck waste disgrace embarrassment pig monster slob', re: `\\b(?:nightmare|disaster|joke|train\\s*wreck|waste|disgrace|embarrassment|pig|monster|slob)\\s+of\\s+an?\\s+(?:human(?:\\s+being)?|person|man|woman|councillor|councilor|mayor|manager|boss|neighbou?r|driver|landlord|parent|mother|father|ref|referee)\\b` },
  // --- pointing at a person with an insult noun: "look at this clown", "some muppet just…", "what kind of idiot"
  { kind: 'insult', cue: NOUN_CUES, re: `\\b(?:look\\s+at|check\\s+out|get)\\s+(?:this|that|these|those)\\s+(?:(?:${INTENSIFIER}\\s+)+${ANY_INSULT}\\b|${FIGURATIVE}\\b|${ANY_INSULT}\\s+(?=${POINTED}|(?:off|out|away)\\b))(?!['’]s)` },
  { kind: 'insult', cue: NOUN_CUES, re: `\\b(?:this|that|these|those|some)\\s+(?:(?:${INTENSIFIER}\\s+)+${ANY_INSULT}|(?:${INTENSIFIER}\\s+)*${FIGURATIVE})\\s+${POINTED}` },
  { kind: 'insult', cue: NOUN_CUES, re: `\\bwhat\\s+(?:kind|sort|type)\\s+of\\s+(?:an?\\s+)?(?:(?:${INTENSIFIER}\\s+)+${ANY_INSULT}|${FIGURATIVE})\\b` },
  // "whining like a toddler", "acting like a spoiled child"
  { kind: 'insult', cue: 'toddler toddlers baby babies child children brat brats year girl boy schoolgirl schoolboy', re: `\\b(?:whin(?:e|es|ed|ing)|sulk(?:s|ed|ing)?|pout(?:s|ed|ing)?|throw(?:s|ing)?\\s+a\\s+tantrum|act(?:s|ed|ing)?|behav(?:e|es|ed|ing))\\s+like\\s+(?:a|an|some)\\s+(?:little\\s+|spoiled\\s+|spoilt\\s+|big\\s+)?(?:toddler|baby|child|brat|two-year-old|\\w+-year-old|little\\s+girl|little\\s+boy|schoolgirl|schoolboy)s?\\b(?!\\s+(?:at\\s+heart|again|in\\s+a\\s+candy))` },
  // "typical boomer", "ok boomer": mocking people for their age
  { kind: 'insult', cue: 'boomer boomers', re: `\\b(?:ok(?:ay)?|typical|stupid|dumb|entitled|senile|lazy|selfish|greedy)\\s+boomers?\\b` },
  // --- exclamations about a person with no verb: "Absolute clown show over here", "Bunch of greedy clowns, every last one of them."
  { kind: 'insult', cue: EXCLAIM_CUES, re: `${START}(?:(?:what|such)\\s+an?\\s+|an?\\s+)?(?:(?:${INTENSIFIER}|${ATTACK_ADJ})(?:\\s*,\\s*|\\s+and\\s+|\\s+)){1,3}(?:little\\s+|old\\s+|big\\s+)?${EXCLAIMED}${EXCLAIM_END}`, gate: `\\b(?:${INTENSIFIER}|${ATTACK_ADJ})[\\s,]` },
  { kind: 'insult', cue: EXCLAIM_CUES, re: `${START}(?:(?:a|just\\s+a|what\\s+a)\\s+)?(?:bunch|pack|band|gang|herd|room|crew|circus|collection)\\s+(?:full\\s+)?of\\s+(?:(?:(?:${INTENSIFIER}|${ATTACK_ADJ}|little|old|overpaid)(?:\\s*,\\s*|\\s+and\\s+|\\s+)){1,3}${EXCLAIMED}${EXCLAIM_END}|${EXCLAIMED_FIG}${EXCLAIM_END}|${EXCLAIMED}(?=\\s*(?:[.!?…]|$|\\p{Extended_Pictographic})))`, gate: '\\b(?:bunch|pack|band|gang|herd|room|crew|circus|collection)\\s+(?:full\\s+)?of\\s' },
  // a bare noun tagged as meant of every one: "Crooks, the whole lot of them."
  { kind: 'insult', cue: EXCLAIM_CUES, re: `${START}${EXCLAIMED}\\s*,?\\s+(?:every\\s+(?:last|single)\\s+one\\s+of\\s+(?:them|you|${A}em)|the\\s+(?:whole\\s+)?lot\\s+of\\s+(?:them|you|${A}em))\\b`, gate: '\\s(?:every\\s+(?:last|single)\\s+one|the\\s+(?:whole\\s+)?lot)\\s+of\\s' },
  // an attack adjective of greed or treachery before an insult noun: "greedy clowns", "a backstabbing jerk"
  { kind: 'insult', cue: NOUN_CUES, re: `\\b(?:greedy|overpaid|self-serving|power-hungry|power-tripping|two-faced|backstabbing|back-stabbing|petty|smug|arrogant|crooked|thieving|lying|spineless)\\s+(?:(?:little|old|bunch\\s+of)\\s+)?${ANY_INSULT}\\b` },
  // "Greedy pigs.": an attack adjective and an animal as a whole sentence
  { kind: 'insult', cue: ANIMAL_INSULTS.join(' '), re: `${START}(?:(?:greedy|lying|sneaky|two-faced|backstabbing|spineless|worthless|disgusting|corrupt|overpaid|thieving|slimy|filthy\\s+rich)\\s+)+(?:little\\s+)?(?:${alt(ANIMAL_INSULTS)})${EXCLAIM_END_STRICT}` },
  // an open letter or a hail to an insult: "To the whiner on Maple Ave:", "Hey crank at number 12"
  { kind: 'insult', cue: EXCLAIM_CUES, re: `(?<!\\b(?:thanks|thank\\s+you|shout\\s*-?\\s*out|kudos|props|cheers|credit|thanks\\s+again)\\s+)\\b(?:to|dear|hey|oi|yo)\\s+(?:the\\s+|that\\s+|this\\s+|all\\s+the\\s+)?(?:(?:${INTENSIFIER}|${ATTACK_ADJ}|little|old|nosy|whiny|miserable)\\s+)*(?!(?:weirdos?|complainers?)\\b)(?:${EXCLAIMED_FIG})(?=\\s+(?:who|that|at|on|in|from|across|next|behind|with|driving|parked|living)\\b)` },
  // the same hail to nouns that also name real clowns or fools, when what they do is a habit or a failing held against them:
  // "For the clowns who keep parking on the lawn:", "To all the fools who can't read a sign", "Dear trolls who still think…"
  { kind: 'insult', cue: 'clown clowns fool fools troll trolls jerk jerks dummy dummies muppet muppets genius geniuses einsteins scientists surgeons', re: `(?:${START}(?:for|to)|(?<!\\b(?:thanks|thank\\s+you|shout\\s*-?\\s*out|kudos|props|cheers|credit|love)\\s+)\\b(?:to|dear|hey|oi|yo|attention|calling\\s+all))\\s+(?:(?:the|all\\s+the|all|all\\s+you|you|those|these|that|this)\\s+)?(?:(?:${INTENSIFIER}|${ATTACK_ADJ}|little|so-called|resident|local)\\s+)*(?:${HAIL_LITERAL})(?=\\s+(?:out\\s+there\\s+|here\\s+|on\\s+(?:here|this\\s+page|facebook|fb|twitter|x)\\s+)?(?:who|that)\\s+(?:(?:keep|keeps|kept|continue|continues)\\s+(?:on\\s+)?[a-z]+ing|(?:insist|insists|insisted)\\s+on\\s+[a-z]+ing|(?:refuse|refuses|refused)\\s+to\\s+[a-z]+|still\\s+(?:think|thinks|believe|believes|haven${A}?t|don${A}?t|can${A}?t|won${A}?t|refuse)|(?:can${A}?t|cannot|couldn${A}?t|don${A}?t|didn${A}?t|won${A}?t)\\s+(?!(?:make|come|attend|join|be|get\\s+(?:here|there|tickets))\\b)[a-z]+|apparently)\\b)` },
  // clowns or sarcastic 'geniuses' placed in the comments: "the clowns in our comments section", "geniuses in the replies"
  { kind: 'insult', cue: 'clown clowns fool fools jerk jerks dummy dummies muppet muppets genius geniuses einsteins', re: `(?<!\\b(?:thanks|thank\\s+you|shout\\s*-?\\s*outs?|kudos|props|cheers|credit|love|appreciate|bless)\\s+(?:to\\s+)?(?:(?:all\\s+)?the\\s+|our\\s+|you\\s+)?)\\b(?:${alt(['clowns', 'fools', 'jerks', 'dummies', 'muppets', 'geniuses', 'einsteins'])})\\s+(?:in|on|of)\\s+(?:the|our|my|this|these|your)\\s+(?:comments?(?:\\s+section)?|comment\\s+(?:section|thread)|replies|mentions|dms|inbox|thread)\\b` },
  // a bare order to learn to read, as a sentence or before commenting: "Learn to read.", "Maybe try reading it first, folks."
  { kind: 'insult', cue: 'learn reading read brain eyes', re: `${START}(?:(?:maybe|just|please|seriously|honestly|oh|and|now|so|ffs|jeez|geez|lol)\\s*,?\\s+)*(?:learn\\s+(?:how\\s+)?to\\s+(?:read|spell|count)|learn\\s+some\\s+reading\\s+comprehension|(?:try|trying)\\s+reading(?:\\s+(?:it|the\\s+(?:post|sign|schedule|page|notice|caption)|for\\s+once|first|next\\s+time))*|use\\s+(?:your|ur)\\s+(?:brain|head|eyes)|can${A}?t\\s+(?:you|u|anyone|people|ppl|nobody)\\s+read|reading\\s+(?:comprehension|is\\s+fundamental)|(?:do|did|does|can)\\s+(?:you|u|you\\s+people|you\\s+guys|y${A}?all|any\\s+of\\s+you)\\s+(?:even|actually|ever)\\s+read(?:\\s+(?:the\\s+(?:post|caption|sign|notice)|anything|posts|captions))?(?=\\s*\\?))(?=\\s*(?:,\\s*(?:people|folks|guys|everyone|everybody|y${A}?all|ppl|please)\\s*)?(?:[.!?…]|$|\\p{Extended_Pictographic})|\\s+(?:before|next\\s+time|for\\s+once)\\b)(?<!\\b${LEARNING}\\b[^\\n]{0,300})(?![^\\n]{0,200}\\b${LEARNING}\\b)` },
  // --- nouns that insult only when addressed or with an attack adjective: "Give it a rest, you crank.", "a power-tripping witch"
  { kind: 'insult', cue: ADDRESS_CUES, re: `(?:^|(?<=[.!?,;:…\\n]\\s*))(?<!\\b(?:thanks|thank\\s+you|ty|love\\s+(?:you|ya)|miss\\s+(?:you|ya)|congrats|congratulations|happy\\s+[a-z]+|go|hey|ok|okay|alright|morning|night|come\\s+on|c${A}mon|cheers)\\s*[,!]\\s*)(?:you|ya)\\s+(?:(?:old|little|big|absolute|total|complete|utter|miserable|nosy|whiny|greedy|sad|bitter|petty|${ATTACK_ADJ})(?:\\s*,\\s*|\\s+))*${ADDRESSED}(?=\\s*(?:[.!?…,;]|$|\\p{Extended_Pictographic}))` },
  { kind: 'insult', cue: ADDRESS_CUES, re: `\\b${ATTACK_ADJ}(?:\\s*,\\s*|\\s+and\\s+|\\s+)(?:(?:little|old|petty|nasty|miserable|bitter)\\s+)?${ADDRESSED}\\b` },
  { kind: 'insult', cue: rareCues(HARSH_ADDRESS_NOUNS), re: `\\b(?:is|are|was|were|${A}s|${A}re|being)\\s+(?:an?\\s+)?(?:${INTENSIFIER}\\s+)+(?:little\\s+|old\\s+)?(?:${alt(HARSH_ADDRESS_NOUNS)})\\b(?!\\s+(?:of|at|in|on|about|with|when)\\b)` },
  // --- a pet name that talks down in a dismissive sentence: "Maybe try reading it first, chief.", "Sweetie, nobody asked."
  { kind: 'insult', cue: CONDESCENDING_VOCATIVES.join(' '), re: `,\\s*${VOCATIVE}(?=\\s*(?:[.!?…,]|$|\\p{Extended_Pictographic}))(?<=\\b${DISMISS}\\b[^.!?\\n]{0,120}?,\\s*[a-z]+)|,\\s*${VOCATIVE}(?=\\s*[.!]+\\s+(?:(?:maybe|just|now|so|please)\\s+)?${DISMISS}\\b)|${START}(?:(?:listen|look|ok(?:ay)?|oh)\\s*,?\\s+)?${VOCATIVE}\\s*[,.]\\s+${DISMISS}\\b` },
  // --- the blame frame: "people like you are the reason nobody volunteers", "it's people like you who ruin…"
  { kind: 'insult', cue: 'reason problem wrong why', re: `\\b(?:(?:people|ppl|folks|guys|men|women|idiots|clowns)\\s+like\\s+(?:you|u|him|her|them|that|this)|you\\s+people|your\\s+kind)\\s+(?:are|is|r)\\s+(?:exactly\\s+|precisely\\s+|literally\\s+|basically\\s+|just\\s+)?(?:the\\s+(?:\\w+\\s+)?problem|(?:the\\s+(?:\\w+\\s+)?reason|why)\\s+(?:why\\s+)?[^.!?\\n]{0,60}?\\b(?:(?:nobody|no\\s*one)\\s+(?:\\w+\\s+)?(?:wants?|likes?|trusts?|bothers?|cares?|respects?|volunteers?|listens?|can\\s+stand|takes?\\s+\\w+\\s+seriously)|anymore|ruin\\w*|hates?|sucks?|nice\\s+things)\\b|what${A}?s\\s+wrong\\b|everything\\s+(?:that${A}?s\\s+)?wrong\\b)` },
  { kind: 'insult', cue: 'ruin ruins ruined wreck wrecks wrecked destroy destroys destroyed spoil spoils spoiled name ruining destroying problem', re: `\\b(?:it${A}?s|it\\s+is)\\s+(?:(?:people|ppl|folks|idiots)\\s+like\\s+(?:you|u|him|her|them|that)|you\\s+people)\\s+(?:who|that)\\s+(?:\\w+\\s+){0,2}?(?:ruin|ruins|ruined|wreck|wrecks|wrecked|destroy|destroys|destroyed|spoil|spoils|spoiled|are\\s+(?:ruining|destroying|the\\s+problem)|give\\s+\\w+\\s+a\\s+bad\\s+name)\\b` },
  // --- a slur built from a filthy-word and an origin: "filthy immigrant hands", "dirty Somali"
  { kind: 'hate', cue: 'filthy dirty stinking stinky smelly subhuman savage parasitic', re: `\\b(?:filthy|dirty|stinking|stinky|smelly|subhuman|savage|parasitic)\\s+(?:${GROUP_ADJECTIVES.filter((w) => !['black', 'native', 'indian', 'chinese', 'mexican'].includes(w)).join('|')})s?(?=\\s*(?:[^\\w\\s]|$)|\\s+(?:hands|people|kids|men|women|families|neighbou?rs|bastards|trash|scum|rats|pigs|dogs|vermin|filth|faces|immigrants|refugees|and|who|like)\\b)` },
  // --- a group said to be all alike: "you people from X are all the same"
  { kind: 'hate', cue: 'same', re: `\\b(?:you\\s+people|your\\s+kind|(?:people|ppl|folks)\\s+like\\s+(?:you|u|them))(?:\\s+(?:from|in|of|on|around|at)\\s+(?:the\\s+)?[a-z]+(?:\\s+[a-z]+)?)?\\s+(?:are|r)\\s+all\\s+the\\s+same\\b(?!\\s*[:,-]?\\s*(?:kind|generous|amazing|wonderful|great|awesome|lovely|friendly|helpful|welcoming|the\\s+best))` },
  // --- provocation and consequence: "keep it up and I'll be waiting for you", "do that again and you'll be sorry"
  { kind: 'threat', weak: true, cue: 'again keep more talking pushing mouth', re: `\\b${PROVOKE}\\s*,?\\s+and\\s+(?:i(?:${A}ll|\\s+will|${A}m\\s+(?:going\\s+to|gonna)|\\s+am\\s+(?:going\\s+to|gonna))\\s+(?:(?:literally|personally|seriously|f[\\w*@$!]*ing)\\s+)?(?:be\\s+(?:waiting|coming|over|outside|at\\s+your)|come\\s+(?:over|down|for|after|find|to\\s+your)|find|hunt|track|show\\s+(?:you|u|him|her)|make\\s+(?:you|u|him|her|sure)|teach\\s+(?:you|u|him|her)|${HARM}|hurt|break|smash|end|wreck|ruin|knock|drag|put\\s+(?:you|u|him|her)|take\\s+care\\s+of\\s+(?:you|u|him|her)|deal\\s+with\\s+(?:you|u|him|her)|expose|shut\\s+(?:you|u|him|her)|bury|destroy|kick|beat|slash|key|sort\\s+(?:you|u|him|her)\\s+out)|(?:you|u)(?:${A}ll|\\s+will)\\s+(?:be\\s+sorry|regret|(?:see|find\\s+out)(?=\\s*(?:[.!,;…]|$))|get\\s+(?:hurt|it|what)|be\\s+(?:leaving|going\\s+home|picking|eating|dead|done|finished|next)|wish))\\b` },
  { kind: 'threat', cue: 'doors', re: `\\b(?:you${A}?d\\s+|you\\s+)?better\\s+lock\\s+(?:your|ur)\\s+doors\\b` },
  // --- harm promised to whoever comes next: "gonna punch the next person who…", "I'll strangle whoever…"
  { kind: 'threat', cue: 'punch kill stab slap strangle choke murder smack deck throttle beat knock sucker headbutt', re: `${I_WILL}\\s+(?:\\w+\\s+)?${HARM}\\s+${ANYONE}\\b` },
  // "I'll make you wish you'd never been born", "don't make me do something you'll regret", "you won't walk for a month"
  { kind: 'threat', cue: 'wish', re: `\\bmake\\s+(?:you|u|him|her|them)\\s+wish\\s+(?:you|u|he|she|they)(?:${A}d|\\s+had|\\s+were|\\s+was)\\s+never\\b` },
  { kind: 'threat', cue: 'make', re: `\\bdon${A}?t\\s+make\\s+me\\s+do\\s+something\\s+(?:you|u)${A}ll\\s+regret\\b` },
  { kind: 'threat', cue: 'walk sit talk eat', re: `\\b(?:you|u)\\s*(?:won${A}?t|will\\s+not|will\\s+never|${A}ll\\s+never)\\s+(?:be\\s+able\\s+to\\s+)?(?:walk|sit\\s+down|talk|eat\\s+solid\\s+food)\\s+(?:(?:straight\\s+|right\\s+)?for\\s+a\\s+(?:week|month|year)|again)\\b` },
  { kind: 'threat', cue: 'happens', re: `\\b(?:watch|see)\\s+what\\s+happens\\s+(?:if|when|next\\s+time)\\s+(?:you|u|he|she|they)\\b[^.!?\\n]{0,40}?\\bagain\\b` },
  // veiled threats: "shame if something happened to it", "would look better with flat tires", "going home in pieces"
  { kind: 'threat', cue: 'shame pity', re: `\\b(?:shame|pity)\\s+if\\s+(?:something|anything)\\s+(?:(?:bad|terrible)\\s+)?(?:happened|were\\s+to\\s+happen|was\\s+to\\s+happen)\\s+to\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\s+[a-z]+)\\b` },
  { kind: 'threat', cue: 'tires tyres brick windows eye nose teeth', re: `\\b(?:would|will|gonna|${A}d|${A}ll)\\s+look\\s+(?:a\\s+lot\\s+)?(?:better|nicer|good|great)\\s+with\\s+(?:\\w+\\s+)?(?:flat\\s+(?:tires|tyres)|slashed\\s+(?:tires|tyres)|a\\s+brick\\s+through|(?:smashed|broken)\\s+windows|a\\s+black\\s+eye|a\\s+broken\\s+nose|(?:a\\s+few\\s+)?(?:less|fewer)\\s+teeth)` },
  { kind: 'threat', cue: 'home', re: `\\b(?:you|u|he|she|they)(?:${A}re|${A}s|\\s+is|\\s+are|${A}ll\\s+be|\\s+will\\s+be|${A}ll|\\s+will)\\s+(?:going|leaving|coming|go)\\s+home\\s+in\\s+(?:pieces|a\\s+box|a\\s+body\\s*bag)\\b` },
  // "I will break every finger he owns", "snap every bone in his hand"
  { kind: 'threat', cue: 'bone bones finger fingers tooth teeth rib ribs toe toes knuckle knuckles leg legs arm arms', re: `\\b(?:break|snap|smash|crush)\\s+(?:every|each|all\\s+(?:the|of\\s+(?:his|her|your|their|ur)))\\s+(?:single\\s+)?(?:bone|finger|tooth|teeth|rib|toe|knuckle|leg|arm)s?\\b` },
  // --- pile-ons: "flood her inbox", "message him until he quits", "make her regret posting that"
  { kind: 'harassment', cue: 'flood spam bombard swarm blow brigade hound dogpile bury', re: `\\b(?:(?:(?:everyone|everybody|y${A}?all|let${A}?s|we\\s+should)\\s+(?:go\\s+)?|go\\s+)?(?:flood|spam|bombard|swarm|blow\\s+up|brigade|hound|dogpile|bury)\\s+(?:her|his|him)|(?:everyone|everybody|y${A}?all|let${A}?s|we\\s+should)\\s+(?:go\\s+)?(?:flood|spam|bombard|swarm|blow\\s+up|brigade|hound|dogpile|bury)\\s+(?:their|them))\\s+(?:\\w+\\s+){0,2}?(?:inbox|inboxes|dms?|mentions|comments|page|account|phone|email|feed|replies|voicemail|notifications)\\b(?![^.!?\\n]{0,25}\\bwith\\s+(?:\\w+\\s+)?(?:thank|thanks|love|kind|support|positiv|good|birthday|congrat|appreciation|cards|hearts))` },
  { kind: 'harassment', cue: 'until', re: `\\buntil(?<=\\b(?:flood|spam|message|messaging|dm|dms|dming|call|calling|email|emailing|tag|tagging|harass|harassing|report|reporting|bombard|troll|trolling|hound|hounding)\\b[^.!?\\n]{0,60}?until)\\s+(?:she|he|they)\\s+(?:deletes?|quits?|resigns?|cries|gives\\s+up|shuts\\s+up|kills?\\s+(?:her|him|them)sel(?:f|ves))\\b(?:\\s+(?:her|his|their)\\s+(?:account|page|profile))?` },
  // getting someone fired or exposed: "let's get him fired", "send her posts to her boss", "post his address"
  { kind: 'harassment', cue: 'fired', re: `\\b(?:let${A}?s|we\\s+(?:need|have|ought)\\s+to|help\\s+(?:me\\s+)?|everyone\\s+(?:help\\s+)?)\\s*get\\s+(?:him|her|them|this\\s+[a-z]+|that\\s+[a-z]+)\\s+fired\\b(?!\\s+up)` },
  { kind: 'harassment', cue: 'boss employer manager', re: `\\b(?:send|forward|report|tag|email)\\s+(?:them|this|these|it|(?:her|his|their)\\s+(?:posts|tweets|comments|messages))\\s+(?:to\\s+)?(?:her|his|their)\\s+(?:boss|employer|manager)\\b` },
  { kind: 'harassment', cue: 'address', re: `(?:^|[.!?]\\s+|,\\s*|\\n)(?:post|share|leak|find|publish)\\s+(?:his|her|their)\\s+(?:home\\s+)?address\\b` },
  { kind: 'harassment', cue: 'regret', re: `\\bmake\\s+(?:him|her|them)\\s+regret\\s+(?:ever\\s+)?[a-z]+ing\\b` },
];
