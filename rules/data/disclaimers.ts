/**
 * What counts as "saying the views are your own", and what makes a post an opinion.
 *
 * Written for this project from the disclaimer advice in the Toronto employee guidelines
 * (Personal Use), the Toronto staff report s.7, Calgary's standards ("use a disclaimer") and
 * Peterborough 4.3.6, widened with the phrasings people actually use on social media
 * ("opinions mine", "#personalview", "not speaking for my employer").
 *
 * Entries are regular-expression sources matched on normalised text (lower case, see
 * `rules/text.ts`) between word boundaries. Spaces also match hyphens and punctuation runs,
 * so "views are my own" finds "Views: my own" only where listed, but "opinions mine" finds
 * "opinions-mine" and "#opinionsmine".
 */
/** Who someone speaks as when they make clear it is not as an employee ("as a dad", "as a resident"). */
const SPEAKER =
  '(?:private citizen|resident|citizen|taxpayer|parent|dad|father|mom|mum|mother|neighbou?r|homeowner|local|cyclist|commuter|rider|driver|voter|member of the public)';

export const DISCLAIMERS: readonly string[] = [
  '(?<!take it |taking it |took it )personally',
  // "Speaking (strictly) for myself", "talking as a dad here", "posting as a resident, not as City staff".
  '(?:speaking|talking|writing|posting|commenting|tweeting)(?: here)?(?: (?:only|strictly|purely|solely|just|entirely))? (?:for myself|personally|as an? ' + SPEAKER + ')',
  '(?:this is|here(?:\'?s| is)?|it\'?s) (?:just )?me (?:speaking|talking|writing|posting) (?:as|for)',
  '(?:as an? ' + SPEAKER + ',? )?not as (?:an? )?(?:city )?(?:staff(?:er| member)?|employee|worker|official|someone who works (?:for|at) (?:the city|city hall))',
  'as a private citizen',
  // "With my resident hat on", "in a personal capacity", "not on behalf of my employer", "my personal take".
  '(?:with )?my (?:resident|citizen|parent|neighbou?r|personal|private|taxpayer|dad|mom|mum) hat',
  'in (?:a|my) (?:personal|private) capacity', 'not in (?:an|any|my) official capacity',
  'not on behalf of (?:the city|my employer|my department|work|the [a-z]+ department)', 'speaking (?:for|as) me(?: only| alone)?(?![a-z])',
  'my (?:own |personal )(?:take|two cents)', 'personal take',
  // A post that labels its own disclaimer ("Disclaimer: I work for the City, but…", "usual caveat:").
  '(?:obligatory |usual |standard |the usual )?disclaimer(?=\\s*[:\\-\u2010-\u2015])', '(?:obligatory|usual|standard|the usual) (?:caveat|disclaimer)',
  'in my (?:own |personal |humble |honest )?(?:opinion|view)',
  'imo', 'imho', 'just my (?:two cents|2 cents|opinion)',
  '(?:my|these are my|the|all) (?:own |personal )?(?:views?|opinions?|thoughts|words|tweets|posts)(?: (?:are|is|expressed here are))? (?:(?:all|only|solely|strictly) )?(?:my own|mine)',
  '(?:views?|opinions?|thoughts|tweets|posts|words|rts)(?: are| is| expressed(?: here)? are)?:? (?:(?:all|only|solely|strictly) )?(?:my own|mine|personal)',
  '(?:my|personal) (?:own )?(?:views?|opinions?)(?:,)? not (?:those of )?(?:my employer|the city|my employer\'s)',
  'not (?:speaking|posting|writing) (?:for|on behalf of) (?:the city|my employer|my department|work)',
  'not (?:the views?|the opinions?|those) of (?:my employer|the city)',
  'not my employer\'?s', 'my own (?:views?|opinions?|take)', 'personal (?:views?|opinions?|account)',
  'my (?:honest |humble )?opinion(?: only)?', 'my (?:two|2) cents', 'fwiw', 'for what it\'?s worth',
  'not (?:an? |the )?(?:(?:official|city|the city\'?s|my employer\'?s) )+(?:position|view|statement|opinion)',
  '(?:do not|don\'?t|doesn\'?t|does not) (?:represent|reflect|speak for) (?:my employer|the city|my workplace|my department|work)',
  'i (?:do not|don\'?t) speak for (?:the city|my employer|work|my department)',
  'personalview', 'opinionsmine', 'viewsmine', 'myviews', 'myownviews', 'viewsmyown', 'opinionsmyown',
];

/**
 * After a verdict word: it is about the day out or a person, not the City ("worst Monday ever",
 * "best day at the splash pad", "RIP to a great mentor", "had a great chat with Jordan").
 */
const NOT_THE_DAY =
  '(?! (?:day|days|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weather|morning|afternoon|evening|night|summer|sunset|sunrise|time|times|views?|wishes|friends?|of luck|birthday|' +
  'mentor|guy|gal|person|people|man|woman|lady|colleague|coworker|boss|leader|teacher|coach|neighbou?r|mom|dad|kids?|chat|conversation|turnout|party|event|show|game|memories|visit|trip|' +
  // …or a meal, a shop or a book on the way ("an amazing bakery", "the best part of my ride").
  'bakery|restaurant|cafe|caf\u00e9|coffee|food|meal|dinner|lunch|breakfast|brunch|pizza|book|novel|movie|film|concert|song|album|podcast|part of (?:my|our|the)))';

/** Someone close to the author ("my work bff", "our daughter"): praise of them is about a person, not the City. */
const PERSON =
  '(?:my|our|her|his|their)(?: (?:work|little|big|baby|best|amazing|wonderful))? (?:bff|friends?|kids?|sons?|daughters?|wife|husband|partner|sister|brother|mom|dad|mum|niece|nephew|grand[a-z]+|buddy|bestie|colleagues?|coworkers?|co workers?|team ?mates?|neighbou?rs?|family)(?![a-z])';

/**
 * Signs that a sentence gives an opinion rather than information: judgements ("a mess",
 * "a cash grab"), demands ("should", "fix it"), frustration ("nothing ever gets done").
 * Plain news ("leaf collection starts Monday") and praise without a verdict do not count.
 */
export const OPINION_CUES: readonly string[] = [
  // Verdicts
  'mess(?:y|ed up)?', 'jokes?', 'disgrace(?:ful)?', 'embarrass(?:ing|ment|ed)', 'pathetic', 'ridiculous', 'ludicrous', 'absurd',
  'terrible', 'awful', 'horrible', 'horrendous', 'atrocious', 'dreadful', 'appalling', 'shameful', 'disgusting', 'outrageous',
  'unacceptable', 'inexcusable', 'incompeten(?:t|ce)', 'useless', 'hopeless', 'clueless', 'lazy', 'idiot(?:s|ic)?', 'stupid',
  'dumb', 'moronic', 'insane', 'fiasco', 'boondoggle', 'debacle', 'shambles', 'disaster(?:ous)?', 'nightmare', 'farce', 'sham',
  'scam', 'rip ?off', '(?:cash|money|revenue|tax) grab', 'handouts?', 'giveaways?', 'waste of', 'wasteful', 'wasting',
  'worst' + NOT_THE_DAY, '(?:never been|getting|gets|got|even) worse', 'worse than ever', 'is worse', 'failures?', 'failing',
  'bloated', 'overpriced', 'misguided', 'short sighted', 'tone deaf', 'out of touch', 'lost the plot',
  'makes? (?:no|zero|little) sense', 'no brainer', 'dither(?:ing|s)?', 'drag(?:ging)? (?:their|its) feet', 'pulling teeth',
  'nothing (?:ever )?gets done', 'clowns?', 'circus', 'gouging', '(?:highway|daylight) robbery', 'robbery', 'corrupt(?:ion)?', 'money pit', 'white elephant',
  'disappoint(?:ing|ed)', 'shame on', 'sucks?', 'mismanag(?:ed|ement)', 'overpaid', 'red tape', 'taking forever', 'took forever',
  'still waiting', 'no excuse', 'laughable', 'pointless', 'nonsense', 'dysfunctional', 'out of control', 'insulting', 'can\'?t believe', 'unbelievable', 'frustrat(?:ing|ed)', '(?:nobody|no one) (?:told|tells|bothered|listens|cares)', 'fed up',
  '(?:sick|tired) (?:and tired )?of', 'deserves? better', 'do better', 'get it together', 'slap in the face', 'cash cow',
  'is (?:a |an |total |absolute |complete |pure )*(?:garbage|trash|rubbish|crap)',
  '(?:bad|poor|great|best|smart|wise|brilliant|right|wrong|terrible) (?:call|decision|idea|move|priorities)',
  'too long', 'way too', 'still no', 'hasn\'?t (?:answered|responded|replied|fixed)', 'ignor(?:ed|ing|es)',
  '(?:doesn\'?t|does not|don\'?t|do not|never) (?:care|listen|know what)', 'clearly (?:doesn\'?t|don\'?t|never|has no|have no)',
  // Demands and verdicts on what should happen
  '(?<!(?<![a-z])(?:you|i|it|that) )should(?:n[\'’]?t)?(?! (?:be |have )?(?:open|opened|reopen|reopened|ready|done|finished|back|available|fun|great|good|interesting|a blast|busy|quick|easy|fine|ok|long|hard|arrive|arrived|start|started|begin|resume|here|soon))',
  '(?<!(?<![a-z])you )(?:needs?|has|have) to (?:stop|start|fix|go|be (?:fixed|scrapped|cancelled|doubled|stopped))', 'must (?:stop|go|be)',
  'fix (?:the|this|it|our)', 'change my mind', 'wake up', 'enough is enough', 'so much for',
  'why (?:does|do|is|are|did|would|won\'?t|can\'?t|isn\'?t|aren\'?t) (?:the city|city|council|they|our|we)',
  'what (?:were|are) they thinking', 'who (?:approved|thought|decided|designed|planned)', 'whoever (?:approved|designed|planned|wrote|thought|decided|is in charge|signed|okayed|came up with|picked|chose)',
  'i (?:really |honestly )?(?:think|believe|feel)(?! (?:i|i\'\w+|so|like|sick|bad|ill)(?![a-z]))', 'my take', 'hot take',
  // Negative verdicts in everyday words (adjectives and idioms people use for a service or a decision)
  'broken', 'backwards?', 'overzealous', 'painful', 'eyesores?', 'clunky', 'overkill', 'unreal', 'a step back(?:wards?)?',
  '(?:poorly|badly|horribly) (?:executed|planned|run|managed|designed|thought out|handled|timed)', 'half baked',
  'dropped the ball', 'missed the mark', 'not (?:ok|okay|acceptable|good enough|fair|right|cool|normal)',
  'thanks for nothing', 'make it make sense', 'of course (?:they|it|council|the city)', 'how is (?:this|that|it) (?:even )?(?:possible|allowed|legal|acceptable|ok|okay)',
  'still (?:isn\'?t|aren\'?t|hasn\'?t|haven\'?t|doesn\'?t|don\'?t|not|waiting|using|nothing)', 'waited (?:\\d+|two|three|four|five|six|ten) (?:years|months|weeks)', 'stuck in the (?:past|dark ages|\\d{2,4}s)', 'hit (?:and|or) miss',
  'can\'?t stand', 'hate (?:that(?! (?:i|we)(?![a-z]))|how|the|seeing|it when)', 'needs? (?:a new job|to be fired|to go)', '(?:nobody|no one) (?:uses|wants|asked for|needs)',
  'makes? me (?:so )?(?:crazy|mad|angry|sick|furious|sad|nuts)', 'what a (?:joke|mess|waste|shame|disaster|farce|scam)', 'typical',
  // Praise: a verdict too, and the policy asks for the disclaimer either way
  // …but not about the day out ("best day ever at the splash pad", "great time at the rink").
  '(?:best|greatest|great|amazing|awesome|fantastic|excellent|incredible|brilliant|outstanding|superb|wonderful|phenomenal|beautiful|gorgeous|lovely|stunning|perfect)' + NOT_THE_DAY,
  '(?:[a-z]{3,}est|(?:most|least) [a-z]+) (?:thing|decision|idea|move|call|investment|change|program|service|system|plan)', 'stellar', 'impressive', 'top notch', 'world class', 'game changer', '10/10', 'no notes', 'nailed it', 'knocked it out of the park',
  '(?:step|move|moving) in the right direction', 'on the right track', '(?:good|great|nice|glad|happy) to see', 'about time', '(?:long )?overdue',
  '(?:huge|big|massive|real|nice|great|such an) improvement', '(?:so much |way |much |far |a lot |miles )?(?:better|worse) than', 'kudos', 'props to', 'big props',
  '(?:so|really|very|super|honestly|incredibly|not) (?:happy|glad|thrilled|delighted|pleased|upset|angry|mad)', 'proud of(?! (?:you|him|her|them)(?![a-z])| ' + PERSON + ')',
  '(?:happy|glad|thrilled|delighted|pleased|upset|angry|furious) (?:that|to see|with|about|by)',
  'love (?:that|how|seeing|the new|what)', 'loving', 'good (?:call|decision|idea|move|job|work)', 'great (?:call|decision|idea|move|job|work|planning|timing|news|step)',
  // Rhetorical questions and sarcasm
  'can (?:someone|anyone|somebody) (?:explain|tell me) (?:why|how|what)', 'imagine [a-z]+ing', 'who (?:signs|signed|signs off|thought|approves)',
  '🙄', '🙃', '🤦', '🤡', '😡', '🤬', '💩', '👏', '🙌',
];


/**
 * A general evaluative lexicon: words and idioms that pass a verdict in almost any use, so
 * that a sentence holding one next to a City matter is an opinion on it. Written for this
 * project (not taken from a sentiment list), grouped by kind; same syntax as OPINION_CUES.
 * Words that are also plain facts or announcement wording ("closed", "late", "effective
 * Monday", "improved service starts", "pleased to announce", "as usual") are left out.
 */
export const EVALUATIVE_WORDS: readonly string[] = [
  // Negative adjectives and nouns
  'lousy', 'crappy', 'shoddy', 'sloppy', 'dangerous', 'unsafe', 'hazardous', 'reckless', 'irresponsible', 'negligent',
  'chaos', 'chaotic', 'confusing', 'baffling', 'bizarre', 'nonsensical', 'senseless', 'inept', 'unprofessional', 'unreliable',
  'inefficient', 'ineffective', 'inadequate', 'subpar', 'sub par', 'mediocre', 'second rate', 'pricey', 'unaffordable',
  'greedy', 'petty', 'arrogant', 'condescending', 'shady', 'sketchy', 'unfair', 'unjust', 'hypocri(?:tical|sy|tes?)', 'spineless',
  'gutless', 'toothless', 'shortsighted', 'wrong ?headed', 'ill (?:advised|conceived)', 'foolish', 'silly', 'crazy', 'bonkers',
  'hideous', 'filthy', 'gross', 'neglected', 'crumbling', 'decrepit', 'run ?down', 'deplorable', 'abysmal', 'dismal', 'sorry state',
  'tragic', 'heartbreaking', 'infuriating', 'maddening', 'annoying', 'irritating', 'aggravating', 'exhausting', 'outdated',
  'antiquated', 'archaic', 'obsolete', 'regressive', 'bureaucra(?:cy|tic)', 'unnecessary', 'needless', 'worthless', 'meaningless',
  'empty promises?', 'lip service', 'photo ops?', 'virtue signal(?:l?ing)?', 'band ?aid (?:solution|fix)', 'half measures?',
  'kick(?:ing)? the can', '(?:dumpster|garbage|tire) fire', 'train ?wreck', '(?:clown|gong|shit) ?show', 'laughing ?stock',
  'death ?traps?', 'accident waiting to happen', 'get (?:someone )?(?:hurt|killed)', 'mayhem', 'botched', 'bungled', 'fumbled',
  'screw(?:ed)? up', 'fell short', 'falls short', 'missed opportunity', 'squander(?:ed|ing)?', 'scandal(?:ous)?', 'indefensible',
  'unforgivable', 'a shame', 'what a shame', 'let ?down', 'betray(?:ed|al)', 'ripped off', 'overcrowded', 'understaffed',
  'underfunded', 'forgotten about', 'abandoned us', 'rigged', 'cronyism', 'favou?ritism', 'vanity project', 'pet project',
  'printing money', 'nickel and dim(?:e|ing)', 'shake ?down', 'fleec(?:e|ed|ing)', 'bleed(?:ing)? us dry', 'hell ?scape',
  'annoyed', 'livid', 'fuming', 'pissed(?: off)?', 'furious', 'outraged', 'appalled', 'disgusted', 'ashamed', 'horrified',
  'hate(?:d|s)?(?! (?:that )?(?:i|we|myself|when i)(?![a-z]))', 'detest', 'loathe', 'despise', 'awfully', 'terribly', 'horribly', 'badly', 'poorly', 'woefully', 'pathetically',
  'laughably', 'embarrassingly', 'shockingly', 'painfully', 'criminally', 'ridiculously', 'insanely', 'absurdly', 'hopelessly',
  // Positive adjectives and nouns
  'terrific', 'exceptional', 'remarkable', 'impressed', 'spectacular', 'magnificent', 'genius', 'clever', 'sensible',
  'reliable', 'responsive', 'thoughtful', 'visionary', 'courageous', 'forward thinking', 'innovative', 'first class',
  'best in class', 'much better', 'way better', 'a lot better', 'far better', 'getting better', '(?:huge|big|massive|real|clear) wins?',
  'a win for', 'win win', '(?:a |huge |great |real )success', 'gem', 'game ?changer', 'life ?saver', 'godsend', 'heroes',
  'rock ?stars?', 'mvps?', 'hats? off', 'bravo', 'well done', 'way to go', '(?:nice|good|great) (?:job|work)',
  'job well done', 'thankfully', '(?:i|we|i\'d|really|just|absolutely|totally) lov(?:e|ed)', 'spot on', 'on point', 'crushed it', 'killing it', 'hit it out of the park',
  'stepped up', 'above and beyond', 'extra mile', 'worth (?:it|every penny)', 'money well spent', 'good value',
  'better late than never', 'unbelievably', 'incredibly', 'impressively', 'remarkably', 'amazingly', 'wonderfully',
  'beautifully', 'brilliantly', 'genuinely (?:impressed|happy|proud|grateful)', 'looks? (?:good|great|nice) on paper',
  // Frustration, doubt and sarcasm in a few words
  'never (?:comes?|shows? up|arrives?|on time|works?|answers?|responds?|listens?|gets? fixed|fixe[sd])',
  '(?:always|constantly|perpetually|forever) (?:late|broken|delayed|closed|full|packed|under construction|a mess)',
  'yet again', 'come on(?=[,.!?]|\\s*$)', 'took (?:long enough|forever|ages|years)', '(?:basically |practically |virtually )?non ?existent',
  'for the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time', 'again\\?', 'only took',
  'needs? (?:a )?(?:rethink|overhaul|fixing|a lot of work)', 'back to the drawing board', 'we\'?ll see', 'remains to be seen',
  'time will tell', 'believe it when i see it', 'no wonder', 'give me a break', 'are you (?:kidding|serious)',
  'you (?:can\'?t|couldn\'?t) make (?:this|it) up', 'go figure', 'surprise surprise', 'what else is new', 'shocker', 'as hell',
  'af', 'smh', 'wtf', 'ffs', 'ugh', 'yikes', 'facepalm', 'eye ?roll', 'not to complain', 'rant', 'pet peeve',
  'unpopular opinion', 'hear me out', 'fight me', 'just saying', 'am i the only one', 'is it just me', 'let that sink in',
  // Announcing a verdict before giving it ("I'll just say it:", "somebody has to say it", "let's be honest here")
  '(?:i\'?ll|i will|i\'?m (?:just )?(?:gonna|going to)|(?:some(?:one|body)|somebody) (?:has|had|needs?) to|let me|gotta|i have to|i\'?ve got to) (?:just |finally |go ahead and |come out and |be the one to )?say (?:it|this)',
  '(?:there,? )?i said it', 'i said what i said', '(?:let\'?s|let us) (?:be|get) (?:honest|real)', 'to be (?:brutally|perfectly|totally|completely|painfully) honest', 'call me crazy',
  // A misdeed named by a mis- verb ("mishandled from day one", "misjudged the demand", "misspent reserves")
  'mis(?:handl|judg|allocat|govern|manag)(?:e|ed|es|ing)', 'misspen[dt]', 'misstep',
  'seriously\\?', 'really\\?', '\\?!', '!\\?', '😤', '😒', '😑', '👎',
  'and counting', 'performance art', 'for once', 'tell me why', 'i\'?ll wait', 'who (?:could|would) have (?:seen|guessed|predicted|known|thought)',
  'saw (?:that|this) coming', 'breaking point', 'pretend(?:s|ing)? (?:it|that|to|everything|nothing)', 'a solution (?:looking|in search) (?:for|of) a problem',
  '(?:kinda |kind of |pretty |so |how )?(?:wild|crazy|insane|funny|sad|rich|convenient|interesting|weird|strange|ironic) (?:that|how)',
  // Praise in a few words
  'yes please', 'this is how you', 'look(?:s|ed)? (?:sharp|slick|cheap|dated|tacky)', 'can\'?t say enough', '(?:good|great|nice|kind) things about', 'deserves? (?:a medal|an award|a raise|credit|praise|a promotion|a pat on the back)',
  'smooth(?:ly| as)', 'makes? (?:a|all the) (?:huge |big |real |massive |world of )?difference', '(?:good|great|bad|sad|dark|proud|big) day for',
  '(?:big|huge|not a|no) fan of', 'got (?:this|it|that) (?:one )?(?:right|wrong)', 'groundbreaking', 'revolutionary',
  'slaps', 'goes hard', 'shout ?outs? to (?:whoever|the city|council|city|our city)',
  // Pleas and rhetorical complaints
  'begging', 'do something about', 'make it stop', 'why does it (?:take|cost)', 'asking for my sanity',
  // Rhetorical questions that are complaints ("At what point does the City admit…", "What is the point?")
    // (A plain question about a service, "How long until the rink opens?", is not one.)
  'at what point', '(?:what|where)(?:\'?s| is) the point', 'is it too much to ask',
  'when (?:will|are|is|do|does) (?:they|the city|city hall|council|someone|anyone) (?:ever|finally|actually|learn|realize|realise|admit|listen)',
  // Mock thoughts: "Who looked at the route and thought 'let's…'"
  'who\\s(?:[a-z\'’]+\\s){1,6}and (?:thought|decided|went|said)', 'say what you (?:want|will) about',
  // Comparisons that judge: "ten years behind", "behind the times"
  '(?:years|decades|miles|light years|way|far|(?:\\d+|two|three|four|five|ten|twenty|fifty) (?:years|decades)) behind', 'behind the times',
  // How well a service works or is run ("actually works really well", "the way the city has handled…")
  'actually works', 'barely works?', 'like clockwork',
  'the way (?:the city|this city|they|council|city hall|staff|management|(?:the |our )?[a-z]+) (?:has |have |is |are |was |were )?(?:handled|handling|handles|treated|treating|treats|dealt|deals|managed|managing|manages|run|running|runs|communicated|rolled out)',
  // Priorities set against each other ("If the City can find $30M for an arena it can…")
  'if (?:the city|they|council|city hall) can (?:find|afford|spend|pay|build|fund|approve)', 'can find (?:the )?(?:money|funding|cash|budget|\\$)',
  // Waits and counts as complaints ("Eleven months for a permit", "crashed three times", "went up again")
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty) (?:months|weeks|years) (?:for an?|to get an?|to (?:fix|approve|process|replace|repair|hear back|get back))',
  '(?:crashed|froze|timed out|went down|broke down|glitched) (?:again|twice|(?:two|three|four|five|six|\\d+) times)',
  '(?:fees?|fares?|tax(?:es)?|rates?|prices?|tags?|tickets?|bills?|costs?|levy|levies)(?: (?:are|is|have|has))? (?:went|going|gone|goes|go|went way) up (?:yet )?again', '(?:hiked|raised|raising|increased|increasing|cut|cutting) (?:yet )?again', 'priced out',
  '(?:stuck|left) (?:paying|footing the bill|with the bill)', '(?:paid|paying|pay|charged|billed) (?:twice|double)',
  '(?:hasn\'?t|haven\'?t|didn\'?t|won\'?t|doesn\'?t|don\'?t) (?:even |bothered to |ever )?(?:returned|responded|replied|answered|called back|got back|gotten back|followed up|acknowledged|shown up|showed up)',
  '(?:not )?(?:a|one) single (?:email|message|reply|response|word|one|plow|plough)',
  // Ratings ("zero stars for the portal", "2 out of 10")
  '(?:zero|0|one|1|two|2|no|half a) stars?(?! (?:wars|hotels?|resorts?|ratings?|trek))', '(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten) out of (?:5|10|five|ten)',
  '(?:impossible|hard|difficult|a pain|a nightmare|easy|simple) to (?:navigate|use|understand|follow|get through|deal with|figure out|reach anyone|find anything)',
  'no offen[cs]e', 'is (?:really |truly |just )?something else', 'whenever (?:it|they|he|she) (?:feels?|wants?|likes?|pleases?)(?: like it)?',
  '(?:only )?makes? (?:total |perfect |complete |so much |a lot of )sense', 'only makes? sense (?:on|in|to|if)',
  // Abstract nouns that pass a verdict ("pure pettiness", "sheer incompetence")
  'pettiness', 'stupidity', 'absurdity', 'insanity', 'madness', 'lunacy', 'idiocy', 'cruelty', 'greed', 'arrogance', 'negligence', 'laziness',
  'plain and simple(?=\\s*[.!]|\\s*$)', '(?:pure|sheer|utter) (?:waste|theatre|theater|politics|spite|incompetence|nonsense|chaos|[a-z]+(?:lessness|ousness|idity))', 'cruel', 'inhumane', 'heartless', 'callous',
  'demoralis(?:ing|ed)', 'demoraliz(?:ing|ed)', 'dishearten(?:ing|ed)', 'dispiriting', 'heartening',
  // Mistakes, half-support and execution ("Big mistake.", "I'm all for bike lanes but…", "love the idea, hate the execution")
  '(?:big|huge|massive|serious|costly|terrible|grave|colossal|another|such a|what a) mistake', '(?:is|was|be|are|were|been) (?:a |an )?(?:[a-z]+\\s)?mistake',
  '(?:i\'?m|i am|we\'?re|we are) all for', 'in theory', '(?:love|like|liked|loved) the idea', '(?:the|their|its|poor|bad|terrible) execution',
  '(?:good|great|nice|fine) idea,? (?:but|bad|poor|terrible)', 'can\'?t fault',
  // Not enough, too much ("clearly isn't enough", "a bit much", "over the top")
  '(?:isn\'?t|aren\'?t|wasn\'?t|weren\'?t|is not|are not|not nearly|nowhere near) enough', 'a (?:bit|little|tad) (?:much|excessive|rich)', 'over the top', 'overboard',
  // Mocking the people in charge ("talks a big game", "kidding themselves", "designed by someone who has never…")
  'talks? a (?:big|good) game', 'all talk', '(?:kidding|fooling) (?:themselves|ourselves|yourselves|himself|herself|nobody|no one)',
  'if (?:they|council|the city|city hall|anyone) (?:really |honestly |actually )?thinks?',
  'by (?:someone|somebody|people|a committee|a person|anyone) who(?:\'?s| has| have| had)? (?:never|clearly|obviously|doesn\'?t|don\'?t|didn\'?t|ever)',
  '(?:wild|crazy|radical|novel|revolutionary|bold|modest) (?:idea|thought|concept|suggestion|proposal)', 'here\'?s (?:a|an) (?:idea|thought)',
  // Not understanding a decision ("I don't understand how the City approved…", "not sure why it can't…")
  '(?:don\'?t|do not|can\'?t|cannot|will never|still don\'?t) (?:understand|get|fathom) (?:how|why)',
  '(?:not sure|no idea|beats me|no clue) why(?:\\s[a-z\'’]+){1,8}\\s(?:can\'?t|won\'?t|couldn\'?t|doesn\'?t|don\'?t|isn\'?t|aren\'?t|keeps?|still|never)',
  'beyond me', 'baffles me', 'blows my mind', 'boggles the mind', 'mind ?boggling',
  '(?:could|should|would) have been (?:avoided|prevented|fixed|handled|caught|done (?:years|months|ages) ago)', 'if (?:only )?(?:council|the city|they|city hall|staff|management) had',
  // Value and satisfaction ("for the service you get", "no complaints here", "has been fine since")
  'for (?:the service|what) (?:you|we) (?:get|pay)', 'no complaints (?:here|from me|so far)', 'seamless(?:ly)?', 'flawless(?:ly)?', 'hassle free', 'painless(?:ly)?',
  '(?:has|have) been (?:fine|solid|smooth|great|good)(?! (?:to|for|with) )', '(?:is|are|was|were|seems?|seemed|looks?|feels?|sounds?|pretty|perfectly|totally|completely|entirely) (?:un)?reasonable',
  // Needs and lingering problems ("really needs a better plan", "the buses are still packed", "the plan was rushed")
  'needs? (?:a |an )?(?:better|proper|real|serious|smarter|fairer|more sensible)(?! (?:luck|weather|sleep|coffee|shoes|boots|tires|tyres|glasses)(?![a-z]))',
  'still (?:packed|crammed|overcrowded|late|broken|filthy|unplowed|unploughed|icy|flooded|a mess)',
  '(?:was|were|is|are|felt|feels|seems?|been) (?:so |very |too |really |way too )?rushed',
  // Slang verdicts, mock questions, relics ("is not it", "who tested these", "make that make sense", "the system is a relic")
  '(?:is|was) not it(?=\\s*[.!?]|$)', 'ain\'?t it', 'not the (?:move|vibe|way)', 'make (?:it|that|this) make sense',
  'who (?:tested|okayed|signed off on|came up with|picked|chose|built|bought|ordered|approved|designed) (?:these|this|that|those|it)',
  'relic', 'dinosaurs?', 'stone age', 'from the (?:\'?[5-9]0s|19[5-9]0s|last century)',
  // Credit and rallying ("Respect to the 311 agents", "three cheers for the crew", "more of this please", "a lifeline")
  'respect to(?! ' + PERSON + ')', 'three cheers', 'big ups', 'lifeline(?! for (?:me|us|my)(?![a-z]))', '(?:we need |give us )?more (?:of this|like this)(?: please)?(?=\\s*[.!]|\\s*$)', 'keep (?:it|this|that) coming',
  // Emphatic counts and the ballot box ("exactly zero meetings", "thirty minutes on hold", "noted for next election")
  '(?:exactly|literally|absolutely|a grand total of) (?:zero|none|nothing|nobody)', 'on hold (?:for )?(?:\\d+|an|two|three|four|five|ten|twenty|thirty|forty|forty five|fifty|sixty|ninety)', '(?:minutes|hours|an hour) on hold',
  '(?:noted|remember(?:ed)?|keep (?:that|this) in mind) (?:for|at|come) (?:the )?(?:next )?(?:election|polls|ballot box)',
  // Beliefs without the "I" ("Honestly think the City got…"), and who got what right ("council got the patio rules right")
  '(?:honestly|really|genuinely|truly|still|kinda|low ?key|firmly) (?:think|believe|feel)(?! (?:i|like|sick|bad|ill)(?![a-z]))',
  '(?:city|council|they|staff|city hall|the mayor|management) (?:really |finally |totally |actually )?got (?:[a-z\'’]+\\s){1,5}(?:right|wrong)',
  '(?<!(?:how|what|if|whether|see) )(?:they|it|this|that) (?:actually |really |clearly |definitely )?works?(?=\\s*[.!]|$)',
  // Credit given, curiosity about who decided ("Credit where it's due", "would love to know who at City Hall thinks…")
  'credit where (?:it\'?s|credit\'?s|it is) due',
  '(?:would|i\'?d|i would) love to know (?:who|why|how)', 'who (?:at|in) (?:city hall|the city|council|transit|the [a-z]+ department) (?:thinks|thought|decided|approved)',
  // Judging predicates at a clause end ("a 7.8% tax increase in this economy is wild"), hardship caused ("making it really hard to…")
  '(?:is|are|was|were|seems?) (?:kinda |kind of |pretty |so |just |absolutely |honestly )?(?:wild|crazy|insane|nuts|bonkers|unhinged|backwards|rough|brutal|grim|bleak)(?=\\s*[.!?,]|\\s*$)', 'in this economy', 'the fact that',
  // An open letter ("Dear City of Toronto:", "Dear council,"), and who a ward deserves ("deserves a councillor who actually shows up")
  'dear (?:city|council|councillors?|mayor|city hall)', '(?:deserves?|need|needs) (?:a (?:councillor|mayor|council)|(?:far |much |so much )?better)(?! (?:luck|weather|sleep|coffee|shoes|boots|tires|tyres|glasses)(?![a-z]))',
  'who actually (?:shows? up|listens?|cares?|answers?|returns?|reads?|does (?:their|his|her) job)',
  '(?:making|makes|made) it (?:really |so |very |way |much |even )*(?:hard|harder|difficult|impossible|tough) (?:to|for)',
  'a special kind of', 'punishment',
  // Time without a service, and speed as praise ("three weeks without pickup", "fixed the next day")
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months|years) (?:without|with no|and still no|of no)',
  '(?:fixed|cleared|done|sorted|plowed|ploughed|picked up|answered|approved|repaired) (?:by |on )?the (?:next|same) day', '(?:fixed|cleared|sorted|plowed|ploughed|repaired|approved) (?:with)?in (?:an? |\\d+ |two |three |under an? )(?:hour|hours|minutes|day|days)',
  // What a decision will do ("will haunt this city", "is going to backfire", "going to hurt every venue")
  // Giving in and being bought ("council is caving to developers", "bowing to pressure", "in the pocket of")
  'cav(?:e|es|ed|ing)(?: in)? to (?:the )?(?:pressure|developers?|builders?|lobby(?:ists)?|donors?|landlords?|special interests?|province|premier|unions?|[a-z]+ (?:lobby|industry|interests|crowd|developers?))', '(?:bow|bows|bowed|bowing|buckl(?:e|es|ed|ing)) (?:to|under) (?:the )?(?:pressure|developers?|lobby(?:ists)?|donors?|landlords?|special interests?|[a-z]+ lobby)',
  '(?:sold|sell(?:s|ing)?) (?:us|them|residents|taxpayers|riders|tenants|voters|the (?:neighbou?rhood|community|city|ward)) (?:out|down the river)',
  '(?:hop(?:e|es|ing)|pray(?:s|ing)?|bet(?:s|ting)?|count(?:s|ing)? on) (?:that )?(?:nobody|no one) (?:notices?|noticed|will notice|reads?|cares?|remembers?|finds? out)',
  '(?:is|are|about to|going to|gonna|plan(?:s|ning)? to|voted to|wants? to) gut(?![a-z])',
  '(?:built|designed|planned|made|written|drawn up) (?:for|by) (?:people|someone|somebody|folks) who (?:don\'?t|do not|never|have never|clearly|obviously)',
  // Hiding things ("the final version buries the real numbers", "a total whitewash", "swept under the rug")
  '(?:a|the|total|complete|pure) whitewash', 'whitewash(?:ed|ing)? (?:the |its |their )?(?:report|findings|audit|review|results|investigation)', '(?:swept|sweep(?:s|ing)?(?: (?:it|this|that|them))?) under the (?:rug|carpet)', '(?:total|classic|complete|obvious|another|massive) cover ?up', 'cover ?up (?:of|by)', 'covering (?:it|this|that|them) up',
  'bur(?:y|ies|ied|ying) (?:the|this|it|bad|all the|our) (?:real )?(?:numbers|findings|report|results|news|data|problems?|costs?|overruns?)',
  // Mocking the one in charge ("has never taken a bus in his life")
  'never (?:taken|ridden|used|set foot (?:on|in)|waited for|been on|stepped on|boarded|caught|driven) (?:a|an|the|one) (?:[a-z]+ ){0,2}in (?:his|her|their) (?:entire |whole )?li(?:fe|ves)',
  // Self-dealing ("raising our taxes while giving themselves a raise"), the penny dropping ("Makes sense now.")
  '(?:giv(?:e|es|ing)|gave|vot(?:e|es|ed|ing)|award(?:s|ed|ing)?|pa(?:y|ys|id|ying)) themselves (?:a |another |big |fat |nice )?(?:raise|pay (?:raise|bump|hike|increase)|bonus(?:es)?|perks?|increase)',
  '(?:it all |everything |that |this |it )?makes (?:so much |a lot more |more )?sense now(?=\\s*[.!?]|\\s*$)',
  '(?:fold(?:s|ed|ing)?|capitulat(?:e|es|ed|ing)) (?:to|under)', '(?:can\'?t|cannot) keep [a-z]+ing', 'pander(?:s|ed|ing)? to',
  // Judging words ending in -less ("Shameless, the lot of them.")
  'shameless(?:ly)?', 'mindless(?:ly)?', 'thoughtless(?:ly)?', 'careless(?:ly)?', 'tactless', 'feckless', 'ruthless(?:ly)?', 'in the pocket of', 'in bed with (?:the )?(?:developers?|builders?|[a-z]+ lobby|landlords?|big [a-z]+|industry|donors?|unions?|contractors?|consultants?)', '(?:sold|sell(?:s|ing)?) out (?:to|the)', 'beholden to', 'kowtow(?:s|ed|ing)?', 'roll(?:s|ed|ing)? over for',
  // Sarcasm that draws a conclusion ("Explains a lot about the new routes.", "Says it all.")
  '(?:that |which |this |it )?explains (?:a lot|so much|everything|a few things)', '(?:that |which |this |it )?says (?:a lot|it all|everything)', 'speaks volumes', 'tells you (?:all|everything) you need to know',
  // Demands made for the public ("the public deserves to see this report", "residents have a right to know")
  '(?:public|residents|taxpayers|citizens|people|voters|we|everyone) (?:deserves?|ha(?:s|ve) a right) to (?:see|know|hear|read|be told)',
  '(?:will|\'ll|going to|gonna) (?:haunt|backfire|bite|ruin|wreck|destroy|cripple|doom|hurt|kill|gut|devastate|punish)(?! (?:me|us|my|to|myself|you)(?![a-z]))', 'come back to (?:haunt|bite)', 'mark my words', '(?:will|\'ll|going to|gonna) regret',
];

/**
 * Words that, written in capitals, shout frustration or emphasis ("closed AGAIN"). Matched
 * case-sensitively on the original text. Words also common on signs and notices ("NO
 * parking", "PLEASE") are left out.
 */
export const SHOUTED_WORDS: readonly string[] = [
  'AGAIN', 'STILL', 'NEVER', 'ZERO', 'NOTHING', 'NOBODY', 'EVERY', 'WORST', 'BEST', 'YEARS', 'MONTHS', 'WEEKS', 'REALLY',
  'SERIOUSLY', 'LITERALLY', 'ANOTHER', 'ONCE', 'EVER', 'ALWAYS', 'WHY',
];
