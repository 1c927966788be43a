/**
 * Insult vocabulary for the `disrespectful` rule: words that attack a person, not a thing.
 * Compiled by hand from common English insults (Wiktionary "Thesaurus:idiot", "Thesaurus:fool",
 * "Category:English derogatory terms"); opinion words about things ("a joke", "garbage",
 * "a mess", "dumb by-law") are left out on purpose: criticising a service is allowed.
 */

/** Nouns that insult whoever they name, wherever they appear ("to the idiots who…"). */
export const INSULT_NOUNS_ALWAYS: readonly string[] = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'dimwit', 'dimwits',
  'nitwit', 'nitwits', 'halfwit', 'halfwits', 'numbskull', 'numbskulls', 'numbnut', 'scumbag', 'scumbags',
  'dirtbag', 'dirtbags', 'sleazebag', 'sleazebags', 'lowlife', 'lowlifes', 'nincompoop', 'ignoramus',
  'human garbage', 'human trash', 'human filth', 'human scum', 'trash human', 'trash humans', 'scum of the earth',
  'excuse for a human', 'excuse of a human', 'excuses for human', 'waste of oxygen', 'waste of skin',
  '(?:sorry|poor|pathetic|sad|worthless) excuses? (?:for|of) (?:an? )?[a-z]+', 'numpty', 'numpties',
];

/**
 * Nouns that insult a person when aimed at one: "you …", "is a …", "what a …", ", …".
 * Animals (rats, snakes, leeches) are left out: "there are rats in the park" is a fact.
 */
export const INSULT_NOUNS: readonly string[] = [
  ...INSULT_NOUNS_ALWAYS,
  'loser', 'losers', 'clown', 'clowns', 'fool', 'fools', 'jerk', 'jerks', 'troll', 'trolls', 'lunatic', 'lunatics',
  'psycho', 'psychos', 'creep', 'creeps', 'pervert', 'perverts', 'weirdo', 'weirdos', 'freak', 'freaks',
  'clod', 'clods', 'oaf', 'oafs', 'buffoon', 'buffoons', 'dunce', 'dunces', 'bonehead', 'boneheads',
  'knucklehead', 'knuckleheads', 'meathead', 'meatheads', 'airhead', 'airheads', 'pinhead', 'pinheads',
  'twit', 'twits', 'prat', 'prats', 'git', 'gits', 'pillock', 'pillocks', 'crook', 'crooks', 'thug', 'thugs',
  'scum', 'liar', 'liars', 'hypocrite', 'hypocrites', 'coward', 'cowards', 'bigot', 'bigots', 'degenerate',
  'degenerates', 'slob', 'slobs', 'waste of space', 'waste of oxygen', 'muppet', 'muppets', 'bozo', 'bozos',
  'dolt', 'dolts', 'dingbat', 'nutjob', 'nutjobs', 'nutcase', 'nutcases',
  'hag', 'hags', 'thief', 'thieves', 'fraud', 'frauds', 'con artist', 'con artists', 'crybaby', 'crybabies', 'old bat', 'harpy', 'harpies', 'snitch', 'snitches', 'crackpot', 'crackpots', 'simpleton', 'simpletons', 'snowflake', 'snowflakes', 'dumbasses', 'bum', 'bums',
  'hack', 'hacks', 'sellout', 'sellouts', 'grifter', 'grifters', 'wimp', 'wimps', 'doofus', 'dumbo',
  'dingus', 'dummy', 'dummies', 'dumb-dumb', 'dumb dumb', 'hick', 'hicks', 'redneck', 'rednecks', 'neanderthal',
  'neanderthals', 'troglodyte', 'troglodytes', 'caveman', 'cavemen', 'twerp', 'twerps', 'slimeball', 'slimeballs', 'scuzzbag', 'scuzzbags', 'drama queen', 'drama queens', 'weasel', 'weasels', 'deadbeat', 'deadbeats', 'clown show',
  'clownshow', 'clown car', 'bully', 'bullies', 'puppet', 'puppets', 'stooge', 'stooges', 'lackey', 'lackeys', 'shill', 'shills', 'windbag', 'blowhard', 'bimbo', 'bimbos',
  'sack of garbage', 'sack of trash', 'sack of crap', 'sack of shit', 'bag of garbage', 'bag of trash', 'bag of dicks',
  'piece of garbage', 'piece of trash', 'piece of work', 'piece of crap', 'piece of filth', 'piece of dirt',
];

/** Adjectives and intensifiers that may stand before an insult noun ("pathetic loser"). */
export const INSULT_ADJECTIVES: readonly string[] = [
  'pathetic', 'useless', 'lazy', 'stupid', 'dumb', 'incompetent', 'corrupt', 'blind', 'selfish', 'worthless',
  'brainless', 'ignorant', 'disgusting', 'ugly', 'fat', 'absolute', 'total', 'complete', 'utter', 'little',
  'old', 'sad', 'miserable', 'lying', 'spineless', 'clueless', 'filthy', 'dirty', 'sorry', 'arrogant', 'smug',
  'entitled', 'insufferable', 'nasty', 'bloody', 'damn', 'damned', 'pair of', 'pack of', 'couple of', 'freaking', 'frigging', 'f[\\w*@#$!]*(?:ing|in)',
  'raging', 'sniveling', 'snivelling', 'unhinged', 'deranged', 'crazy', 'insane', 'bunch of', 'real', 'massive',
  'huge', 'giant', 'big', 'moronic', 'idiotic', 'inbred', 'brain-?dead', 'gutless', 'slimy', 'sleazy', 'greedy',
  'crooked', 'whiny', 'pompous', 'nosy', 'rude', 'ghetto', 'trashy', 'overpaid', 'two-faced', 'good-for-nothing', 'no-good', 'sorry-ass', 'stupid-ass',
];

/** Adjectives that insult on their own after "you're" ("you're disgusting"). */
export const INSULT_PREDICATES: readonly string[] = [
  'disgusting', 'pathetic', 'worthless', 'stupid', 'useless', 'brainless', 'clueless', 'a disgrace',
  'an embarrassment', 'trash', 'garbage', 'scum', 'vile', 'repulsive', 'retarded', 'dumb', 'an idiot', 'a joke',
  'ugly', 'fat', 'a waste', 'brain-dead', 'braindead', 'brain dead', 'moronic', 'idiotic', 'subhuman', 'a waste of space',
  '(?:dumb|stupid|thick|dense|dumber|stupider) (?:as|than) (?:an? |the )?[a-z]+', 'a lost cause', 'spineless', 'gutless',
];

/** Nouns that insult only after "you're a …": "you're a waste of taxpayer money" (a stadium may be one). */
export const YOU_NOUNS: readonly string[] = [
  'waste of (?:\\w+ )?(?:money|space|oxygen|air|skin|salary|time)', 'failure', 'menace', 'nuisance', 'pest', 'pests',
  'disgrace', 'embarrassment', 'joke', 'nobody',
];

/** Animals used as insults after a person as subject ("whoever left this mess is a pig"). */
export const ANIMAL_INSULTS: readonly string[] = [
  'pig', 'pigs', 'rat', 'rats', 'snake', 'snakes', 'dog', 'dogs', 'cow', 'cows', 'donkey', 'weasel', 'weasels', 'sheep',
  'vulture', 'vultures', 'leech', 'leeches', 'parasite', 'parasites', 'cockroach', 'cockroaches', 'animal', 'animals',
  'swine', 'hyena', 'hyenas', 'jackal', 'jackals', 'zombie', 'zombies', 'pest', 'pests', 'slug', 'slugs', 'worm', 'worms',
];

/** Praise that follows "you absolute …" in slang ("you absolute legend"): not insults. */
export const PRAISE_NOUNS: readonly string[] = [
  'legend', 'legends', 'star', 'stars', 'hero', 'heroes', 'gem', 'gems', 'angel', 'angels', 'champ', 'champion', 'king',
  'queen', 'unit', 'beast', 'genius', 'rockstar', 'saint', 'sweetheart', 'darling', 'treasure', 'delight', 'boss', 'icon',
];

/** Words used as sarcastic insults when addressed to someone (", genius."). */
export const SARCASTIC_VOCATIVES: readonly string[] = ['genius', 'einstein', 'sherlock', 'smart guy', 'smartypants', 'brainiac'];

/** Adjectives that make any insult noun after them an attack on their own ("pathetic loser"). */
export const INSULT_ADJECTIVES_STRONG: readonly string[] = [
  'pathetic', 'useless', 'incompetent', 'stupid', 'worthless', 'brainless', 'lazy', 'clueless', 'corrupt',
  'spineless', 'lying', 'ignorant', 'disgusting', 'miserable', 'filthy', 'insufferable', 'ghetto', 'trashy', 'moronic', 'idiotic', 'inbred',
  'brain-?dead', 'gutless', 'slimy', 'sleazy', 'good-for-nothing', 'no-good', 'sorry-ass', 'stupid-ass', 'vile',
  // compounds that insult whoever they describe: "pea-brained", "power-tripping", "bottom-feeding"
  '[a-z]+-(?:brained|witted|tripping|feeding|sucking|licking|dragging|breathing)',
];

/** Strong adjectives that make a plain "man", "woman" or "human being" after them an insult ("pathetic little man"). */
export const PERSON_ATTACK_ADJECTIVES: readonly string[] = [
  'whiny', 'nasty', 'smelly', 'slimy', 'sleazy', 'pathetic', 'worthless', 'disgusting', 'brainless', 'spineless', 'stupid', 'useless', 'moronic', 'idiotic', 'inbred',
  'vile', 'filthy', 'gutless', 'good-for-nothing', 'sorry-ass', 'stupid-ass', 'brain-?dead',
  '[a-z]+-(?:brained|witted|tripping|feeding|sucking|licking|dragging|breathing)',
];

/** Plain words for a person: insults only after one of `PERSON_ATTACK_ADJECTIVES`. */
export const PERSON_WORDS: readonly string[] = [
  'man', 'men', 'woman', 'women', 'person', 'people', 'human', 'humans', 'human being', 'human beings', 'creature',
  'creatures', 'individual', 'boy', 'girl', 'guy', 'guys', 'lady', 'dude', 'excuse for a',
];

/** Who an insult can be said of ("the clerk … is brain-dead"); things ("the plan is stupid") are criticism. */
export const PERSON_SUBJECTS: readonly string[] = [
  'guy', 'guys', 'man', 'woman', 'lady', 'dude', 'person', 'people', 'folks', 'councillor', 'councillors', 'councilor',
  'councilors', 'mayor', 'manager', 'managers', 'supervisor', 'boss', 'clerk', 'clerks', 'driver', 'drivers', 'cyclist',
  'cyclists', 'landlord', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'officer', 'officers', 'cop', 'cops',
  'inspector', 'staffer', 'worker', 'workers', 'employee', 'employees', 'he', 'she', 'premier', 'minister', 'mp', 'mpp',
  'ref', 'refs', 'referee', 'coworker', 'co-worker', 'colleague', 'tenant', 'owner',
];

/** Words that dehumanise; insults after "you" or a strong adjective ("you parasites", "lazy leeches"),
 * but not after "are": "ticks are parasites" is a public-health fact. Singular "animal", "pig", "trash"
 * are left out: "if you are an animal lover", "if you trash your couch". */
export const DEHUMANISING: readonly string[] = [
  'parasite', 'parasites', 'leech', 'leeches', 'vermin', 'animals', 'pigs', 'rats', 'cockroach', 'cockroaches',
  'savage', 'savages', 'subhuman', 'subhumans', 'filth', 'sheep', 'maggot', 'maggots', 'swine', 'mongrel', 'mongrels',
];

/**
 * Nouns that insult a person but also name things, roles or costumes ("turn the crank", "a witch
 * for Halloween", "the tyrant in the play"): insults only when addressed ("you crank", "you old
 * nag") or after an attack adjective ("a power-tripping witch", "a petty little tyrant").
 */
export const ADDRESS_NOUNS: readonly string[] = [
  'crank', 'cranks', 'witch', 'witches', 'nag', 'nags', 'shrew', 'shrews', 'tyrant', 'tyrants', 'dictator', 'dictators',
  'brat', 'brats', 'grump', 'grumps', 'whiner', 'whiners', 'complainer', 'complainers', 'busybody', 'busybodies',
  'kook', 'kooks', 'nutter', 'nutters', 'goon', 'goons', 'karen', 'karens', 'battleaxe', 'battle-axe', 'sourpuss',
  'control freak', 'control freaks', 'nimby', 'nimbys', 'princess', 'diva', 'divas', 'gremlin', 'gremlins', 'toad',
  'slacker', 'slackers', 'loafer', 'loafers', 'pest', 'pests', 'nuisance', 'menace', 'narcissist', 'narcissists',
  'sociopath', 'sociopaths', 'psychopath', 'psychopaths',
];

/** Of `ADDRESS_NOUNS`, the ones harsh enough to insult after a bare intensifier ("a total witch"); not a cat that is "a total grump". */
export const HARSH_ADDRESS_NOUNS: readonly string[] = [
  'crank', 'cranks', 'witch', 'witches', 'nag', 'nags', 'shrew', 'shrews', 'tyrant', 'tyrants', 'dictator', 'dictators',
  'kook', 'kooks', 'nutter', 'nutters', 'goon', 'goons', 'battleaxe', 'battle-axe', 'control freak', 'control freaks',
  'busybody', 'busybodies', 'slacker', 'slackers', 'narcissist', 'narcissists', 'sociopath', 'sociopaths', 'psychopath',
  'psychopaths',
];

/** Pet names that talk down to the reader when said in a dismissive sentence (", champ.", "Sweetie, nobody asked"). */
export const CONDESCENDING_VOCATIVES: readonly string[] = [
  'champ', 'chief', 'sport', 'buddy', 'bud', 'pal', 'sweetie', 'sweetheart', 'honey', 'hun', 'hon', 'princess', 'sunshine',
  'slick', 'bucko', 'skippy', 'sweetcheeks', 'toots', 'cupcake', 'darling', 'lady', 'mate', 'dude', 'bro', 'son', 'pops', 'gramps',
];

/**
 * Dismissive words and phrases that turn a pet name in the same sentence into a put-down: the
 * reader is told they whine, cannot read, should give up or grow up. Regex sources.
 */
export const DISMISSIVE: readonly string[] = [
  'whin(?:e|es|ed|ing|y|ge|ging)', 'moaning', 'cry(?:ing)?\\s+about',
  '(?:try|learn(?:ing)?\\s+to|bother|maybe)\\s+(?:actually\\s+)?read(?:ing)?', 'reading\\s+comprehension', "can['’]?t\\s+(?:you\\s+)?read",
  '(?<=(?:^|[.!?]\\s+|@\\w+\\s+))read\\s+(?:the|my|our)\\s+(?:pinned\\s+)?(?:post|sign|notice|faq|thread|article|fine\\s+print|room|instructions)', 'give\\s+it\\s+a\\s+rest', 'get\\s+over\\s+(?:it|yourself)', "(?<!(?:don['’]?t|do\\s+not|never|to|will|['’]ll|you|they|kids)\\s+)grow\\s+up(?!\\s+(?:so|too|fast|strong|healthy|happy|big))", 'get\\s+a\\s+(?:life|grip|clue)',
  'keep\\s+dreaming', 'dream\\s+on', 'news\\s*flash', '(?:nobody|no\\s*one)\\s+(?:asked|cares)(?!\\s+(?:more|as|like|better|so))', 'who\\s+asked', 'take\\s+a\\s+hint',
  'not\\s+how\\s+(?:any\\s+of\\s+)?(?:this|that|it)\\s+works', "(?:hate|sorry)\\s+to\\s+break\\s+it\\s+to\\s+(?:you|ya)", 'bless\\s+your\\s+(?:little\\s+)?heart',
  'nice\\s+try', 'good\\s+luck\\s+with\\s+that', 'move\\s+along', 'zip\\s+it', 'pipe\\s+down', 'boo\\s*hoo', 'cry\\s+me\\s+a\\s+river',
  'try\\s+keeping\\s+up', 'cry\\s+harder', 'touch\\s+grass', 'get\\s+a\\s+hobby', "(?:nobody|no\\s*one)(?:['’]s|\\s+is)\\s+forcing\\s+you", 'use\\s+your\\s+(?:brain|head|eyes)', 'learn\\s+to\\s+(?:spell|google|count|use\\s+(?:a|the))', "(?:it['’]?s|it\\s+is|this\\s+is|this\\s+isn['’]?t)\\s+(?:not\\s+)?(?:rocket\\s+science|brain\\s+surgery|that\\s+hard|that\\s+complicated)", 'do\\s+(?:your|some)\\s+(?:own\\s+)?homework', 'not\\s+(?:our|my)\\s+problem', 'deal\\s+with\\s+it', 'tough\\s+luck',
];
