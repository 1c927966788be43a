/**
 * Profanity vocabulary for the `disrespectful` rule.
 *
 * The base list is bad-words' own (`new Filter().list`, bad-words 4 + badwords-list),
 * read at module load. These arrays adjust it:
 * - NOT_PROFANE: entries of that list that are ordinary words, anatomy or health terms,
 *   names, or foreign words that collide with English (a City post about breast cancer
 *   screening, a knob, a pawn shop or "per se" is not obscene).
 * - MILD: words the corpus labellers do not count as disrespectful on their own
 *   ("Bloody Caesar", "go straight to hell"): reported as `info` in work mode only.
 * - EXTRA: common profanity and slurs the list lacks (compounds, chat shorthand).
 * - PREFIX_ROOTS: roots whose every compound is profane ("fuckface", "bitchy").
 *   PREFIX_EXCEPTIONS are clean words that start with one of them.
 * - INFIX_ROOTS: roots profane anywhere inside a word ("clusterfuck", "#fuckthis").
 */

export const NOT_PROFANE: readonly string[] = [
  'anal', 'anus', 'balls', 'boner', 'breasts', 'bum', 'butt', 'clitoris', 'cox', 'cyalis', 'dink', 'dinks',
  'doggin', 'dogging', 'dominatricks', 'dominatrics', 'dominatrix', 'ejaculate', 'ejaculated', 'ejaculates',
  'ejaculating', 'ejaculatings', 'ejaculation', 'enema', 'fanny', 'feces', 'flange', 'foreskin', 'god', 'homo',
  'horniest', 'horny', 'knob', 'knobs', 'knobz', 'kum', 'kummer', 'kums', 'labia', 'lust', 'lusting',
  'masochist', 'masokist', 'muff', 'nazi', 'nazis', 'nob', 'orgasm', 'orgasms', 'orifice', 'oriface', 'pawn',
  'penis', 'poop', 'fart', 'preteen', 'pube', 'rectum', 'recktum', 'sadist', 'screw', 'screwing', 'semen', 'sex',
  'sexy', 'shag', 'slag', 'snatch', 'spunk', 'testical', 'testicle', 'tit', 'vagina', 'viagra', 'v1gra',
  'v14gra', 'vulva', 'wang', 'willies', 'willy', 'xxx', 'xrated', 'sob', 'hui', 'kuk', 'yed', 'perse',
  'pula', 'cipa', 'dupa', 'paska', 'kusi', 'ekto', 'ekrem', 'rautenberg', 'schaffer', 'monkleigh', 'mibun',
  'daygo', 'skribz', 'nepesaurio', 'h4x0r', 'suka', 'muie', 'faen', 'feg', 'fitt', 'kanker', 'kyrpa', 'merd',
  'schmuck', 'pimpis', 'ayir', 'chraa', 'guiena', 'mamhoon', 'picka', 'pillu', 'helvete', 'pissflaps',
  'breast', 'boob', 'boobs', 'booobs', 'b00bs', 'b00b', 'puuke', 'puuker', 'porn', 'porno', 'pornography',
  'pornos', 'p0rn', 'pron', 'hardcoresex', 'hotsex', 'phonesex', 'gaysex', 'nastt', 'mutha', 'muther', 'cum',
  'cums', 'cumming', 'cummer', 'spac', 'packi', 'packie', 'packy', 'hoar', 'hoare', 'dike', 'bestial', 'scrotum',
];

/** Ordinary words that look like the plural of a listed fragment ("hors d'oeuvres", "Lesbos"). */
export const ENGLISH_PLURALS: readonly string[] = ['hors', 'lesbos', 'pules', 'japes', 'cokes', 'duches', 'degos', 'spices', 'prices'];

export const MILD: readonly string[] = [
  'hell', 'hells', 'damn', 'damned', 'dammit', 'damnit', 'd4mn', 'crap', 'crappy', 'bloody', 'bugger', 'piss',
  'pissed', 'pisses', 'pissing', 'pissin', 'goddamn', 'goddamned', 'goddam', 'frigging', 'friggin', 'wtf', 'fml', 'ffs', 'effing', 'effin', 'fing',
];

export const EXTRA: readonly string[] = [
  'bullshit', 'horseshit', 'chickenshit', 'dipshit', 'shithole', 'shitshow', 'dumbass', 'dumbasses', 'jackass',
  'jackasses', 'smartass', 'lardass', 'asshat', 'asshats', 'assclown', 'douche', 'douchebag', 'douchebags',
  'motherfucking', 'stfu', 'gtfo', 'hoe', 'hoes', 'hoebag', 'thot', 'thots', 'skank',
  'skanks', 'tranny', 'trannies', 'retarded', 'retards', 'spaz', 'faggots', 'fags', 'dykes', 'kikes', 'chinks',
  'spics', 'gooks', 'wetbacks', 'niggers', 'nigs', 'beaner', 'beaners', 'raghead', 'ragheads', 'towelhead',
  'towelheads', 'sandnigger', 'jigaboo', 'jigaboos', 'zipperhead', 'zipperheads', 'darkie', 'darkies', 'wigger',
  'wiggers', 'wigga', 'feminazi', 'feminazis', 'libtard', 'libtards', 'fucktard', 'fucktards', 'cuck', 'cucks', 'fvck', 'fvcking', 'fck', 'fcking', 'fckin', 'fkn', 'fking', 'fkin', 'mfer', 'mfers', 'mofo', 'mofos', 'fuk', 'fuking', 'fukin', 'beyotch', 'biotch', 'twats', 'pricks', 'wankers', 'tossers', 'bastards', 'bellends',
];

export const PREFIX_ROOTS: readonly string[] = [
  'fuck', 'motherf', 'shit', 'bitch', 'cunt', 'nigg', 'fagg', 'wank', 'twat', 'asshol', 'cocksuck',
  'bullshit', 'dickhead', 'whore', 'slut',
];

export const PREFIX_EXCEPTIONS: readonly string[] = ['shitake', 'shitakes', 'shiitake', 'shitzu', 'niggl'];

export const INFIX_ROOTS: readonly string[] = ['fuck', 'motherf'];

/** Context where a listed word is ordinary English: the word, then what follows it. */
export const FOLLOWED_BY_EXCEPTIONS: Readonly<Record<string, RegExp>> = {
  chink: /^\s+in\b/, // "a chink in the armour"
  pussy: /^\s*(?:willows?|cats?)\b/,
  hoe: /^(?:\s*(?:,|and|or)\s+(?:a\s+)?(?:rake|shovel|spade|trowel)|\s*-?\s*down)/, // also "hoe-down"
  coon: /^\s*(?:cats?|kittens?)\b/, // "maine coon cat"
  hoes: /^\s*(?:,|and|or)\s+(?:rakes|shovels|spades|trowels)/,
};

/** Listed words that are also names ("Moby Dick", "Dick Cox"): skipped when capitalised mid-sentence. */
export const NAME_LIKE: readonly string[] = ['dick', 'dicks', 'cock', 'coon', 'wang', 'pecker', 'kock', 'hore'];
