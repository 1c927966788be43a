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
  'dirtbag', 'dirtbags', 'sleazebag', 'sleazebags', 'lowlife', 'lowlifes', 'dumbo', 'nincompoop', 'ignoramus',
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
  'goof', 'goofs', 'goofball', 'dolt', 'dolts', 'dingbat', 'nutjob', 'nutjobs', 'nutcase', 'nutcases',
  'crackpot', 'crackpots', 'simpleton', 'simpletons', 'snowflake', 'snowflakes', 'dumbasses', 'bum', 'bums',
  'hack', 'hacks', 'sellout', 'sellouts', 'grifter', 'grifters', 'wimp', 'wimps', 'doofus',
  'piece of garbage', 'piece of trash', 'piece of work', 'piece of crap', 'piece of filth', 'piece of dirt',
];

/** Adjectives and intensifiers that may stand before an insult noun ("pathetic loser"). */
export const INSULT_ADJECTIVES: readonly string[] = [
  'pathetic', 'useless', 'lazy', 'stupid', 'dumb', 'incompetent', 'corrupt', 'blind', 'selfish', 'worthless',
  'brainless', 'ignorant', 'disgusting', 'ugly', 'fat', 'absolute', 'total', 'complete', 'utter', 'little',
  'old', 'sad', 'miserable', 'lying', 'spineless', 'clueless', 'filthy', 'dirty', 'sorry', 'arrogant', 'smug',
  'entitled', 'bloody', 'damn', 'damned', 'freaking', 'frigging', 'f[\\w*@#$!]*(?:ing|in)',
  'raging', 'sniveling', 'snivelling', 'unhinged', 'deranged', 'crazy', 'insane', 'bunch of',
];

/** Adjectives that insult on their own after "you're" ("you're disgusting"). */
export const INSULT_PREDICATES: readonly string[] = [
  'disgusting', 'pathetic', 'worthless', 'stupid', 'useless', 'brainless', 'clueless', 'a disgrace',
  'an embarrassment', 'trash', 'garbage', 'scum', 'vile', 'repulsive', 'retarded', 'dumb', 'an idiot', 'a joke',
  'ugly', 'fat', 'a waste', 'brain-dead', 'braindead',
];

/** Words used as sarcastic insults when addressed to someone (", genius."). */
export const SARCASTIC_VOCATIVES: readonly string[] = ['genius', 'einstein', 'sherlock', 'smart guy', 'smartypants', 'brainiac'];

/** Adjectives that make any insult noun after them an attack on their own ("pathetic loser"). */
export const INSULT_ADJECTIVES_STRONG: readonly string[] = [
  'pathetic', 'useless', 'incompetent', 'stupid', 'worthless', 'brainless', 'lazy', 'clueless', 'corrupt',
  'spineless', 'lying', 'ignorant', 'disgusting', 'miserable', 'filthy',
];

/** Words that dehumanise; insults after "you" or a strong adjective ("you parasites", "lazy leeches"),
 * but not after "are": "ticks are parasites" is a public-health fact. Singular "animal", "pig", "trash"
 * are left out: "if you are an animal lover", "if you trash your couch". */
export const DEHUMANISING: readonly string[] = [
  'parasite', 'parasites', 'leech', 'leeches', 'vermin', 'animals', 'pigs', 'rats', 'cockroach', 'cockroaches',
  'savage', 'savages', 'subhuman', 'subhumans', 'filth',
];
