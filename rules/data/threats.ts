/**
 * Threat, harassment and hate phrasing for the `disrespectful` rule, as regular-expression
 * sources over normalised (lower-case) text. Written by hand from the kinds of conduct the
 * policies name (Toronto guidelines s.4; Peterborough 4.3.3 and 4.3.5; the City's Human Rights
 * and Harassment and Hate Activity policies): threats of violence, wishing harm, telling someone
 * to be quiet or to kill themselves, exclusion, and generalisations that dehumanise a group.
 * `A` is an apostrophe (straight or curly).
 */

/** A pattern and its cue words: the pattern only runs when one of them is in the text. */
export interface Cued {
  cue: string;
  re: string;
}

const A = "['’]";
const PERSON = '(?:you|u|ya|him|her|them|that guy|those people)';
const POSSESSIVE = '(?:your|ur|his|her|their)';
const WILL = `(?:(?:${A}d\\s+(?:love|like)\\s+to|\\s+want\\s+to|\\s+wanna|${A}ll|\\s+will|\\s+shall|${A}m\\s+(?:going\\s+to|gonna)|\\s+am\\s+(?:going\\s+to|gonna)|${A}re\\s+(?:going\\s+to|gonna)|\\s+are\\s+(?:going\\s+to|gonna)|\\s+gonna))(?:\\s+(?:literally|seriously|honestly|really|personally|just|totally|f[\\w*@$!]*ing))?`;

/** Someone the speaker points at: "you", "him", "that landlord", "those cyclists". */
const TARGET = `(?:you|u|ya|him|her|them|(?:that|this|those|these)\\s+(?!(?:one|thing|stuff|place|idea|plan|job|game|team|car|record|pothole)s?\\b)[a-z]+(?:${A}s)?)`;
/** Verbs of bodily harm, in the base form ("someone should punch him"). */
const HARM = '(?:hurt|shoot|kill|stab|punch|slap|beat|smack|deck|strangle|choke|murder|run\\s+over|knock\\s+out|rough\\s+up|jump|attack|assault|bash|lynch|hang)';
/** Harm done to someone, in the third person or passive ("burns your house down", "gets keyed"). */
const HARMS = '(?:burns|torches|smashes|keys|slashes|stabs|shoots|kills|beats|hurts|punches|attacks|robs|runs\\s+(?:you|u|him|her|them)\\s+over|knocks\\s+(?:you|u|him|her|them)\\s+out|breaks)';
const HARMED = '(?:doored|smacked|slapped|decked|stomped|curb-?stomped|lynched|burned|burnt|torched|smashed|keyed|slashed|stabbed|shot|killed|beaten|beat\\s+up|hurt|punched|attacked|robbed|run\\s+over|hit|wrecked|vandali[sz]ed|broken\\s+into|raped|murdered|jumped|mugged)';

/** Threats of violence or retribution. */
export const THREATS: readonly Cued[] = [
  // "I hope someone burns your house down", "hope your car gets keyed", "hope you get run over"
  { cue: 'hope', re: `\\bhope\\s+(?:someone|somebody|some1|some\\s+\\w+)\\s+(?:\\w+\\s+)?${HARMS}\\s*(?:(?:your|ur|his|her|their)\\s+[a-z]+|you|u|him|her|them)?\\b` },
  { cue: 'hope', re: `\\bhope\\s+(?:you|u|he|she|they|your\\s+(?:\\w+\\s+)?\\w+|his\\s+\\w+|her\\s+\\w+)\\s+(?:gets?|got|is|are)\\s+${HARMED}\\b` },
  // "someone needs to teach that landlord a lesson", "somebody should slash his tires", "someone is going to knock you out"
  { cue: 'someone somebody some1 people anybody anyone', re: `\\b(?:someone|somebody|some1|people|anybody|anyone)\\s+(?:should|needs?\\s+to|ought\\s+to|oughta|has\\s+to|is\\s+(?:going\\s+to|gonna)|will|gonna)\\s+(?:really\\s+|just\\s+|finally\\s+)?(?:${HARM}\\s+${TARGET}|knock\\s+${TARGET}\\s+out\\b|run\\s+${TARGET}\\s+(?:over|off\\s+the\\s+road)\\b|(?:beat|rough)\\s+${TARGET}\\s+up\\b|teach\\s+${TARGET}\\s+a\\s+lesson|put\\s+${TARGET}\\s+in\\s+(?:the\\s+|a\\s+)?(?:hospital|ground|grave|place)|(?:slash|key|smash|burn|torch|firebomb|vandali[sz]e|trash|wreck)\\s+(?:down\\s+)?(?:his|her|their|your|${TARGET})\\s+(?:\\w+\\s+)?(?:tires|tyres|car|truck|house|home|building|shop|store|office|place|windows?|face))` },
  // "put a bullet in that man", "break every bone in your body", "rearrange your face"
  { cue: 'bullet bone bones rearrange', re: `\\b(?:put\\s+a\\s+bullet\\s+(?:in|through|between)|break\\s+(?:every|all\\s+the|each)\\s+bones?\\s+in|rearrange\\s+(?:your|his|her)\\s+face)\\b` },
  // "I'll end you", "I'm gonna wreck you": sports verbs only count against "you", "him" or "her", never "them"
  { cue: 'end wreck destroy bury ruin smash', re: `\\bi${WILL}\\s+(?:[\\w*@$!]+\\s+)?(?:end|wreck|destroy|bury|ruin|smash)\\s+(?:you|u|ya|him|her)\\b(?!\\s+(?:at|in|on)\\b)` },
  // "you'll be leaving in an ambulance", "he'll end up in a body bag"
  { cue: 'ambulance bag coffin casket morgue hospital straw teeth feet wheelchair', re: `\\b(?:you|u|he|she|they)(?:${A}ll|\\s+will|${A}re\\s+(?:going\\s+to|gonna)|\\s+are\\s+(?:going\\s+to|gonna)|${A}s\\s+(?:going\\s+to|gonna)|\\s+is\\s+(?:going\\s+to|gonna))\\s+(?:be\\s+)?(?:eat(?:ing)?\\s+through\\s+a\\s+straw|pick(?:ing)?\\s+(?:up\\s+)?(?:your|his|her|their)\\s+teeth|six\\s+feet\\s+under|in\\s+a\\s+(?:body\\s*bag|wheelchair|coffin|casket)|(?:leave|leaving|go\\s+home|going\\s+home|carried\\s+out|end\\s+up|ending\\s+up)\\s+in\\s+(?:an?\\s+|the\\s+)?(?:ambulance|body\\s*bag|coffin|casket|morgue|hospital))\\b` },
  // "I'll make your life a living hell", "beat some sense into him", "you better pray I never see you", "…or I'll shut it for you"
  { cue: 'hell miserable', re: `\\b(?:i|we)${WILL}\\s+make\\s+(?:your|his|her|their|ur)\\s+li(?:fe|ves)\\s+(?:a\\s+)?(?:living\\s+hell|hell|miserable)\\b` },
  { cue: 'sense', re: `\\b(?:beat|knock|smack|slap|kick)\\s+(?:some\\s+)?sense\\s+into\\s+${TARGET}` },
  { cue: 'pray hope', re: `\\b(?:better|should)\\s+(?:pray|hope)\\s+(?:that\\s+)?(?:i|we)\\s+(?:never|don${A}?t|do\\s+not)\\s+(?:see|catch|find|meet)\\b` },
  { cue: 'shut break smash end make hurt come', re: `\\bor\\s+(?:(?:i|we)(?:${A}ll|\\s+will)\\s+(?:shut\\s+it|shut\\s+(?:you|u)\\s+up|break|smash|end\\s+you|make\\s+you|hurt\\s+you|come\\s+for\\s+you)\\b)` },
  { cue: 'tree branch piano brick rock bus truck train meteor safe anvil', re: `\\bhope\\s+(?:a|an|the|some)\\s+(?:\\w+\\s+)?(?:tree|branch|piano|brick|rock|bus|truck|train|meteor|safe|anvil)\\s+(?:falls|lands|crashes|drops|runs)\\s+(?:on|into|over)\\s+(?:you|u|your|ur|his|her|their|him|them)\\b` },
  // "I will hunt you down", "…and make you regret this", "imma smack the taste out your mouth"
  { cue: 'hunt track', re: `\\b(?:(?:i|we)${WILL}|imma|ima)\\s+(?:[\\w*@$!]+\\s+)?(?:hunt|track)\\s+(?:you|u|him|her|them)\\s+down\\b` },
  { cue: 'pay suffer regret', re: `\\bmake\\s+(?:you|u|him|her|them)\\s+(?:pay\\s+for\\s+(?:it|this|that)|suffer|regret\\s+(?:it|this|that|the\\s+day|ever))\\b` },
  { cue: 'taste spit snot teeth crap shit hell stupid dumb attitude', re: `\\b(?:smack|slap|knock|beat|punch)\\s+(?:the\\s+)?(?:taste|spit|snot|teeth|black|shit|crap|hell|stupid|dumb|attitude)\\s+(?:right\\s+)?out\\s+(?:of\\s+)?(?:you|your|ur|him|his|her|them|whoever|(?:that|this|those|these)\\s+[a-z]+)\\b` },
  { cue: 'imma ima', re: `\\b(?:imma|ima)\\s+(?:[\\w*@$!]+\\s+)?(?:kill|hurt|stab|shoot|punch|slap|smack|beat|end|wreck|destroy|jump|smash|break|knock)\\s+(?:you|u|ya|him|her|them|your|his|ur)\\b` },
  // "hope you trip and break your neck"
  { cue: 'neck legs leg arm arms skull back', re: `\\bhope\\s+(?:you|u|he|she|they)\\s+(?:[a-z]+\\s+and\\s+)?(?:break|breaks|snap|snaps|crack|cracks)\\s+(?:your|his|her|their|ur)\\s+(?:neck|legs?|arms?|back|skull|face)\\b` },
  // "…don't deserve to live", "your face and address on every pole"
  { cue: 'live exist breathe alive', re: `\\b(?:don${A}?t|dont|do\\s+not|doesn${A}?t|doesnt|does\\s+not)\\s+deserve\\s+to\\s+(?:live|exist|breathe|be\\s+alive)\\b` },
  { cue: 'address', re: `\\b(?:your|his|her|their|ur)\\s+(?:face|photo|picture|pic)\\s+(?:and|&)\\s+(?:home\\s+)?address\\b|\\b(?:your|his|her|their|ur)\\s+(?:home\\s+)?address\\s+(?:all\\s+over|everywhere|on\\s+every)\\b` },
  // "Watch yourself." said as a warning, at the end of a clause
  { cue: 'watch', re: `(?<=^|[.!?]\\s+|,\\s*)watch\\s+(?:yourself|your\\s+step)(?=\\s*(?:[.!]|$))` },
  // "I'll drag her out by her hair", "you deserve every bad thing that happens to you"
  { cue: 'drag throw toss', re: `\\b(?:i|we)${WILL}\\s+(?:[\\w*@$!]+\\s+)?(?:drag|throw|toss)\\s+(?:you|u|him|her|them)\\s+(?:out|off|down|through|into|across)\\b` },
  { cue: 'deserve', re: `\\b(?:you|u)\\s+deserve\\s+(?:(?:every|all\\s+the|whatever)\\s+(?:bad|terrible|awful|horrible)\\s+thing|to\\s+(?:suffer|die|rot|be\\s+miserable|be\\s+alone|get\\s+hurt))\\b` },
  // "snitches get stitches", "knock that smug grin off his face", "your car won't have tires tomorrow"
  { cue: 'stitches grin smile smirk look', re: `\\bsnitches\\s+get\\s+stitches\\b|\\b(?:knock|slap|smack|punch)\\s+(?:the|that|this)\\s+(?:\\w+\\s+)?(?:grin|smile|smirk|look)\\s+(?:right\\s+)?off\\s+(?:his|her|your|their|ur)\\s+face\\b` },
  { cue: 'tires tyres windows teeth piece standing walking breathing', re: `\\b(?:won${A}?t|will\\s+not|ain${A}?t\\s+gonna)\\s+(?:have\\s+(?:any\\s+)?(?:tires|tyres|windows|teeth)|be\\s+(?:in\\s+one\\s+piece|standing|walking|breathing))\\b` },
  // "he'll regret the day he was born"
  { cue: 'born', re: `\\bregret\\s+the\\s+day\\s+(?:you|u|he|she|they)\\s+(?:was|were)\\s+born\\b` },
  // "stay away from my property or else", "I'm warning you", "…with you in it", "I will make you disappear"
  { cue: 'else warning', re: `\\b(?:stay\\s+away|back\\s+off|keep\\s+away|leave\\s+(?:me|us|my\\s+\\w+)\\s+alone)\\b[^.!?\\n]{0,40}?\\bor\\s+else\\b|\\bi${A}?m\\s+warning\\s+(?:you|u|ya)\\b` },
  { cue: 'in inside', re: `\\bwith\\s+(?:you|u|him|her|them)\\s+(?:still\\s+)?in(?:side)?\\s+(?:it|them)\\b` },
  { cue: 'disappear vanish bleed cry', re: `\\b(?:i|we)${WILL}\\s+make\\s+(?:you|u|him|her|them)\\s+(?:disappear|vanish|bleed|cry)\\b` },
  // "I'll knock you flat", "if … again, somebody at 311 is getting hurt", "hope you lose your job and your house"
  { cue: 'flat silly cold ass', re: `\\b(?:i|we)${WILL}\\s+(?:[\\w*@$!]+\\s+)?(?:knock|lay|drop|deck)\\s+(?:you|u|ya|him|her)\\s+(?:flat|silly|cold|on\\s+(?:your|his|her)\\s+(?:ass|back|butt))\\b` },
  { cue: 'hurt killed shot stabbed punched beaten smacked', re: `(?<=\\b(?:if|when|or|next\\s+time)\\b[^.!?\\n]{0,60}?)\\b(?:someone|somebody|some1|people)\\s+(?:(?:at|in|from)\\s+[a-z0-9 ]{1,20}?\\s+)?(?:is|are)\\s+(?:getting|going\\s+to\\s+get|gonna\\s+get)\\s+(?:hurt|killed|shot|stabbed|punched|beaten|smacked)\\b` },
  { cue: 'lose loses fired', re: `\\bhope\\s+(?:you|u|he|she|they)\\s+(?:lose|loses)\\s+(?:your|his|her|their|ur)\\s+(?:job|house|home|kids|family|business|everything)\\b|\\bhope\\s+(?:you|u|he|she|they)\\s+(?:get|gets)\\s+fired\\b` },
  // "…gets their tires slashed"
  { cue: 'slashed smashed broken kicked bashed keyed torched knocked', re: `\\b(?:gets?|will\\s+get|is\\s+getting|are\\s+getting)\\s+(?:their|his|her|your|ur)\\s+(?:tires|tyres|windows|car|house|face|teeth|legs?|head)\\s+(?:slashed|smashed|broken|kicked\\s+in|bashed\\s+in|keyed|torched|burned|knocked\\s+(?:in|out))\\b` },
  // "you'd better not show your face here again", "I'll make sure you never work in this city again"
  { cue: 'face', re: `\\bbetter\\s+not\\s+show\\s+(?:your|ur|his|her)\\s+(?:face|ass)\\b` },
  { cue: 'sure', re: `\\b(?:i|we)${WILL}\\s+make\\s+sure\\s+(?:you|u|he|she|they)\\s+never\\s+(?:work|works|set\\s+foot|come\\s+back|comes\\s+back|show\\s+(?:your|his|her|their)\\s+face|walk|walks|drive|drives|teach|teaches|coach|coaches|sleep|sleeps)\\b(?:\\s+[a-z]+){0,4}\\s+again\\b` },
  // "…again and see what happens", "try me"
  { cue: 'happens find gets', re: `\\b(?:again|one\\s+more\\s+time|once\\s+more|keep\\s+(?:it\\s+up|talking|pushing|running\\s+(?:your|ur)\\s+mouth))\\s+and\\s+(?:(?:you${A}ll|you\\s+will)\\s+)?(?:see|find\\s+out)\\s+(?:what\\s+happens|where\\s+(?:it|that)\\s+gets\\s+(?:you|ya|u))\\b(?!\\s+(?:to|when|if|with|in|at)\\b)` },
  // "wait till I catch you", "when I get my hands on you", "catch you alone"
  { cue: 'catch alone hands', re: `\\b(?:wait\\s+(?:till|until|til|${A}til)\\s+i\\s+(?:catch|get)\\s+(?:you|u|him|her)|(?:catch|get|find)\\s+(?:you|u|him|her)\\s+alone|get\\s+my\\s+hands\\s+on\\s+(?:you|u|him|her))\\b` },
  // "deserves to get run over", "people like you should be locked in a cage"
  { cue: 'deserve deserves deserved', re: `\\bdeserves?\\s+to\\s+(?:get|be)\\s+${HARMED}\\b` },
  { cue: 'kind people ppl folks like', re: `\\b(?:(?:people|ppl|folks)\\s+like\\s+(?:you|u|him|her|them|that)|your\\s+kind|you\\s+people|(?:guys|men|women)\\s+like\\s+(?:you|him|her))\\s+(?:should|need\\s+to|deserve\\s+to|ought\\s+to|must)\\s+(?:all\\s+)?(?:be\\s+(?:locked|caged|shot|hanged|hung|beaten|deported|gassed|exterminated|wiped|removed|put\\s+down|strung\\s+up|thrown|jailed|sterili[sz]ed|dead|run\\s+out)|die|disappear|rot|burn|suffer|go\\s+back|get\\s+out)\\b` },
  // "you're lucky I don't come over there and punch you"
  { cue: 'lucky', re: `\\blucky\\s+(?:i|we)\\s+(?:don${A}?t|didn${A}?t|do\\s+not|did\\s+not|can${A}?t|wasn${A}?t)\\b[^.!?\\n]{0,40}?\\b${HARM}\\b` },
  // "you won't be laughing when…", "we'll see who's laughing"
  { cue: 'laughing smiling', re: `\\b(?:(?:won${A}?t|will\\s+not)\\s+be\\s+(?:laughing|smiling)\\s+(?:when|after|once)|see\\s+who${A}?s\\s+laughing)\\b` },
  // "you'd better watch out" (not "watch out for ice")
  { cue: 'better', re: `\\b(?:you${A}?d|you\\s+had|you|u|ya)\\s+better\\s+watch\\s+(?:out|yourself|your\\s+back|your\\s+mouth)\\b(?!\\s+(?:for|when|while|on)\\b)` },
  // "I know which car is yours", "we know where you work"
  { cue: 'know', re: `\\b(?:i|we)\\s+know\\s+(?:your\\s+(?:name|face|plate|address)\\s*,?\\s*(?:and\\s+)?)?(?:where\\s+(?:you|u|he|she|they)\\s+(?:park|parks|sleep|sleeps)\\b|[^.!?\\n]{0,40}?\\bwhat\\s+(?:car|truck)\\s+(?:you|u|he|she)\\s+drives?\\b|(?:which|what)\\s+(?:car|truck|house)\\s+(?:is\\s+yours|you\\s+drive|is\\s+(?:his|hers))|what\\s+(?:car|truck)\\s+(?:you|he|she)\\s+drives?)` },
  { cue: 'kill hurt stab shoot punch slap strangle choke murder', re: `\\b(?:i|we)${WILL}\\s+(?:[\\w*@$!]+\\s+)?(?:kill|hurt|stab|shoot|punch|slap|strangle|choke|murder)\\s+${PERSON}\\b(?!\\s+(?:a|an|some|the|up\\s+a|down|out|over)\\b)` },
  { cue: 'pay suffer regret', re: `\\b(?:i|we)${WILL}\\s+make\\s+(?:you|him|her|them|u)\\s+(?:pay(?!\\s+(?:less|more|only|nothing|just|a|the|\\$|\\d|for\\s+(?!(?:it|this|that)\\b)))|suffer|regret)\\b` },
  { cue: 'beat', re: `\\b(?:i|we)${WILL}\\s+(?:[\\w*@$!]+\\s+)?beat\\s+${PERSON}\\s+(?:up|senseless|to\\s+death)\\b` },
  { cue: 'smash bash slash burn break kick punch key slice cut knock', re: `\\b(?:i|we)${WILL}\\s+(?:[\\w*@$!]+\\s+)?(?:smash|bash|slash|burn|break|kick|punch|key|slice|cut|knock)\\s+${POSSESSIVE}\\s+(?:\\w+\\s+)?(?:face|head|teeth|tires|tyres|car|house|legs?|neck|arms?|nose|jaw|ass|skull|windows?|throat|block|lights|fingers?|hands?|knees?|kneecaps?|ribs?|bones?|spine|wrists?|eyes?)(?:\\s+(?:in|out|off))?\\b` },
  { cue: 'find hunt track come', re: `\\b(?:i|we)${WILL}\\s+(?:find|hunt\\s+down|track\\s+down|come\\s+for)\\s+${PERSON}(?=\\s*(?:[.,!;]|$|and\\b|\\p{Extended_Pictographic}))` },
  { cue: 'live lives', re: `\\b(?:(?:i|we)(?:\\s+know|\\s+found\\s+out|${WILL}\\s+find(?:\\s+out)?)|(?:gonna|going\\s+to|imma)\\s+find(?:\\s+out)?)\\s+where\\s+(?:you|u|he|she|they|(?:that|this)\\s+[a-z]+)\\s+lives?\\b` },
  { cue: 'back', re: `\\bwatch\\s+(?:your|ur|yer)\\s+back\\b(?!\\s+(?:on|when|while|during|lifting|and|near|around|in|at|for)\\b)` },
  { cue: 'regret pay sorry hurt yours coming deserve', re: `\\b(?:you|u|he|she)(?:${A}ll|\\s+will|${A}re\\s+going\\s+to|\\s+are\\s+going\\s+to|${A}s\\s+going\\s+to|\\s+is\\s+going\\s+to|\\s+gonna)\\s+(?:regret\\s+(?:it|this|that|the\\s+day|ever)\\b|regret(?=\\s*[.!]|$)|pay\\s+for\\s+(?:this|that|it)\\b|be\\s+sorry\\b|get\\s+(?:what${A}s\\s+coming|yours|hurt|what\\s+(?:you|u)\\s+deserve(?!\\s*:))\\b)` },
  { cue: 'shot hanged hung killed lynched beaten strung executed tarred town flogged horsewhipped', re: `\\bshould\\s+be\\s+(?:[a-z]+\\s+(?:and\\s+)?(?:then\\s+)?)?(?:shot|hanged|hung|killed|lynched|beaten|strung\\s+up|executed|tarred\\s+and\\s+feathered|run\\s+out\\s+of\\s+town|flogged|horsewhipped)\\b` },
  { cue: 'hospital ground grave ditch', re: `\\b(?:i|we)${WILL}\\s+put\\s+(?:you|him|her|them|u)\\s+in\\s+(?:the\\s+|a\\s+)?(?:hospital|ground|grave|ditch)\\b` },
  { cue: 'eye coming', re: `\\b(?:sleep\\s+with\\s+one\\s+eye\\s+open|(?:you|u)\\s+won${A}?t\\s+see\\s+it\\s+coming)\\b` },
  { cue: 'kids children family wife husband', re: `\\b(?:i|we)\\s+know\\s+where\\s+(?:your|ur)\\s+(?:kids?|children|family|wife|husband)\\s+(?:go|goes|live|lives|are|is|play|plays|sleep|sleeps|work|works)\\b` },
  { cue: 'burns burn blows dies', re: `\\bhope\\s+(?:your|his|her|their|ur)\\s+(?:\\w+\\s+)?(?:house|home|car|business|shop|family|kids?)\\s+(?:burns|burn|blows\\s+up|dies|die|gets\\s+(?:burned|torched|wrecked|smashed))\\b` },
  { cue: 'numbered', re: `\\byour\\s+days\\s+are\\s+numbered\\b` },
  { cue: 'coming', re: `\\b(?:i|we)(?:${A}m|${A}re|\\s+am|\\s+are)\\s+coming\\s+for\\s+(?:you|u|him|her|them)\\b` },
  { cue: 'fire', re: `\\bdie\\s+in\\s+a\\s+(?:fire|ditch|hole)\\b` },
  { cue: 'dead', re: `\\b(?:you|u)${A}?re\\s+(?:dead|a\\s+dead\\s+(?:man|woman))\\b(?!\\s+(?:on|to|right|wrong|tired|last))` },
  { cue: 'die dies choke chokes rot rots burn burns suffer suffers drown drowns hit cancer crash crashes', re: `\\b(?:i\\s+|we\\s+)?hope\\s+(?:you|u|he|she|they|ur|(?:that|this)\\s+(?!(?:storm|snow|rain|wind|heat|fire|weather|pain|cold|flu|virus)\\b)[a-z]+)\\s+(?:all\\s+|both\\s+)?(?!\\w+\\s+(?:down|off|out)\\b)(?:die|dies|choke|chokes|rot|rots|burn|burns|suffer|suffers|drown|drowns|get\\s+hit|gets\\s+hit|get\\s+cancer|gets\\s+cancer|crash|crashes)\\b` },
];

/** Harassment and bullying aimed at someone. */
export const HARASSMENT: readonly Cued[] = [
  // doxxing: "I'll post your home address", "make sure everyone knows where you live"
  { cue: 'address number dox doxx doxxed live', re: `\\b(?:(?:i|we)${WILL}\\s+(?:post|share|publish|leak|spread|put\\s+out|tweet)\\s+(?:your|ur|his|her|their)\\s+(?:home\\s+|personal\\s+|real\\s+|full\\s+)?(?:address|phone\\s+number|number|info|details)|dox+(?:ed|ing)?\\s+(?:you|u|him|her|them)|(?:make\\s+sure\\s+)?everyone\\s+knows\\s+where\\s+(?:you|u|he|she|they)\\s+(?:live|lives|work|works))\\b` },
  // telling someone to harm themselves
  { cue: 'jump bridge breathing favour favor miss traffic bleach', re: `\\b(?:go\\s+(?:jump\\s+off\\s+a\\s+(?:bridge|cliff|roof|building)|play\\s+in\\s+(?:traffic|the\\s+highway)|drink\\s+bleach)|stop\\s+breathing(?=\\s*(?:[.!,;]|$|already|please))|do\\s+(?:us|the\\s+world|everyone)\\s+a\\s+favou?r\\s+and\\s+(?:die|disappear|leave|quit|stop)|(?:nobody|no\\s*one)\\s+would\\s+(?:miss|care\\s+about)\\s+(?:you|u|him|her)|(?:world|city|planet)\\s+would\\s+be\\s+better\\s+(?:off\\s+)?without\\s+(?:you|u|people\\s+like\\s+you))\\b` },
  // pile-ons
  { cue: 'pile report reporting', re: `\\b(?:(?:everyone|everybody|y${A}?all|let${A}?s\\s+all)\\s+pile\\s+on(?!\\s+(?:the|some|more|a|an|your|our)\\b)|pile\\s+on\\s+(?:him|her|them)|mass[- ]report(?:ing)?|report\\s+(?:her|his|their|this)\\s+account\\s+until)\\b` },
  { cue: 'shut', re: `\\bshut\\s+(?:the\\s+\\w+\\s+)?up\\b(?!\\s+(?:shop|the|your|our|their|for|at|in)\\b)` },
  { cue: 'shut', re: `\\bshut\\s+(?:your|ur|yer)\\s+(?:\\w+\\s+){0,2}(?:mouth|face|trap|gob|pie\\s*hole|cake\\s*hole)\\b` },
  { cue: 'likes loves wants cares respects', re: `\\b(?:no\\s*one|nobody|noone|no\\s+body)\\s+(?:likes|loves|wants|cares\\s+about|respects)\\s+(?:you|u)\\b` },
  { cue: 'gives', re: `\\b(?:no\\s*one|nobody|noone)\\s+gives\\s+a\\s+(?:damn|shit|sh[*!]t|crap|f[\\w*@$!]*|rat${A}?s\\s+ass|hoot)\\s+(?:what|about)\\s+(?:you|u|ur|your)\\b` },
  { cue: 'asked', re: `\\b(?:no\\s*one|nobody|noone)\\s+asked(?:\\s+(?:you|u)\\b|\\s+for\\s+(?:your|ur)\\s+(?:input|opinion|two\\s+cents|advice|thoughts|take)\\b|(?=\\s*(?:[.,!?]|$)))` },
  { cue: 'hates laughs', re: `\\beveryone\\s+(?:hates|laughs\\s+at)\\s+(?:you|u)\\b` },
  { cue: 'kill', re: `\\b(?:go\\s+)?kill\\s+(?:yourself|urself|yourselves|ur\\s*self)\\b` },
  { cue: 'kys die dead', re: `\\b(?:kys|go\\s+die|drop\\s+dead)\\b(?!\\s+(?:gorgeous|simple|easy))` },
  { cue: 'die disappear ashamed', re: `\\b(?:you|u)\\s+(?:should|ought\\s+to)\\s+(?:die|disappear|be\\s+ashamed\\s+of\\s+yourself)\\b` },
  { cue: 'nothing nobody worthless subhuman', re: `\\b(?:you|u)(?:${A}re|\\s+are|\\s+r)\\s+(?:a\\s+)?(?:nothing|nobody|worthless|subhuman)\\b(?!\\s+(?:to|but|without|if|like)\\b)` },
  { cue: 'hell', re: `\\b(?:go\\s+to|rot\\s+in|burn\\s+in)\\s+hell\\b` },
  { cue: 'screw piss bugger eff sod f', re: `\\b(?:screw\\s+(?:you|u|ya|off)|piss\\s+off|bugger\\s+off|eff\\s+off|sod\\s+off|f\\s*-?\\s*off(?!-))\\b` },
  { cue: 'lost', re: `(?<!(?:don${A}?t|not|to|might|may|could|never)\\s+)\\bget\\s+lost\\b(?!\\s+in\\b)` },
  { cue: 'yourself', re: `\\b(?:better|should)\\s+watch\\s+(?:yourself|your\\s+mouth)\\b` },
  { cue: 'sick puke vomit', re: `\\b(?:you|u|people\\s+like\\s+(?:you|u|them)|your\\s+kind|you\\s+people)\\s+make\\s+me\\s+(?:sick|puke|vomit|want\\s+to\\s+puke)\\b` },
  { cue: 'shut', re: `\\bshut\\s+it(?=\\s*(?:[.,!?]|$))` },
  { cue: 'iq brain brains life', re: `\\b(?:(?:has|have|with)\\s+the\\s+iq\\s+of\\s+an?\\b|(?:doesn${A}?t|don${A}?t|does\\s+not|do\\s+not)\\s+have\\s+(?:a|one|two)\\s+brain(?:\\s+cells?)?\\b|(?:get|grow)\\s+a\\s+(?:brain|life)\\b(?![\\s-]*(?:jackets?|vests?|rings?|preservers?|buoys?|insurance|policy|lines?|guards?|savers?|skills?|coach|plans?|events?|lessons?|sciences?)\\b))` },
  { cue: 'belong', re: `\\b(?:you|u|your\\s+kind|ur\\s+kind)\\s+(?:don${A}?t|do\\s+not)\\s+belong\\s+(?:here|in\\s+this\\s+country)\\b` },
];

/** Origins, religions and identities said of people ("Somali kids", "Muslim families"). */
export const GROUP_ADJECTIVES: readonly string[] = [
  'somali', 'muslim', 'jewish', 'black', 'asian', 'indian', 'chinese', 'mexican', 'arab', 'gay', 'trans', 'immigrant',
  'refugee', 'native', 'indigenous', 'filipino', 'jamaican', 'pakistani', 'african', 'sikh', 'hindu', 'syrian', 'afghan',
];

/** Groups people are attacked for belonging to (plural nouns). */
export const GROUPS: readonly string[] = [
  'immigrants', 'migrants', 'refugees', 'foreigners', 'newcomers', 'asylum seekers', 'illegals', 'muslims',
  'jews', 'christians', 'hindus', 'sikhs', 'blacks', 'whites', 'asians', 'arabs', 'mexicans', 'chinese',
  'indians', 'natives', 'aboriginals', 'indigenous people', 'gays', 'lesbians', 'queers', 'homosexuals',
  'trans people', 'transgenders', 'women', 'homeless people', 'the homeless', 'disabled people', 'the disabled',
  'poor people', 'welfare people', 'immigrant families', 'those people', 'these people', 'jamaicans', 'somalis',
  'pakistanis', 'filipinos', 'africans', 'gypsies', 'roma', 'you people', 'welfare bums', 'bums', 'junkies',
  'crackheads', 'hobos', 'fat people',
  `(?:${GROUP_ADJECTIVES.join('|')}) (?:kids|people|men|women|guys|families|folks|youths|teens|immigrants|neighbours|neighbors)`,
];

/** What a hateful generalisation says a group does or is. */
export const GROUP_ATTACKS: readonly string[] = [
  '(?:steal|steals|are\\s+stealing|take|are\\s+taking)\\s+(?:our|all\\s+the|all\\s+our)\\s+(?:jobs|homes|housing|benefits|money|women)\\b',
  '(?:control|controls|run|runs)\\s+(?:the\\s+)?(?:media|banks|government|world|everything)\\b',
  '(?:ruin|ruins|are\\s+ruining|destroy|destroys|are\\s+destroying|infest|are\\s+infesting|invade|are\\s+invading|pollute|are\\s+taking\\s+over|bring\\s+(?:crime|disease|nothing)|breed\\s+like)\\b',
  '(?:should|need\\s+to|must)\\s+(?:(?:all|just|simply|really)\\s+)*(?:go\\s+back|leave|be\\s+(?:shipped|sent|thrown|rounded)\\s+(?:back|off|out|up)|be\\s+deported|be\\s+banned|be\\s+kicked\\s+out|get\\s+out|be\\s+sent\\s+back|be\\s+locked\\s+up|be\\s+removed)\\b',
  '(?:don' + A + '?t|do\\s+not)\\s+belong\\b',
  'belong\\s+(?:in\\s+the\\s+kitchen|in\\s+cages|in\\s+a\\s+zoo)\\b',
  '(?:aren' + A + '?t|are\\s+not)\\s+welcome\\b',
  '(?:are|is)\\s+(?:all\\s+)?behind\\s+(?:the|all|every|this|our)\\s+(?:\\w+\\s+){0,2}(?:crisis|crime|crimes|problems?|mess|decline|violence|drugs|attacks?|chaos|collapse)\\b',
  '(?:have|has)\\s+no\\s+(?:place|business|right\\s+to\\s+be)\\s+(?:in|here|among|near|around)\\b',
  '(?:have|has)\\s+no\\s+business\\s+(?:being|[a-z]+ing)\\b',
  '(?:shouldn' + A + '?t|should\\s+not|must\\s+not|mustn' + A + '?t)\\s+be\\s+(?:allowed|trusted|(?:allowed\\s+)?(?:around|near)\\s+(?:kids|children))\\b',
  '(?:(?:just|only|all)\\s+)?(?:want|wants)\\s+handouts\\b',
  '(?:live|lives|living)\\s+off\\s+(?:of\\s+)?(?:our\\s+(?:taxes|tax\\s+dollars|money|dime)|the\\s+taxpayers?|taxpayers)\\b',
  'should\\s+be\\s+(?:kept|banned|barred)\\s+(?:out|away|from)\\b',
  '(?:stink|stinks|reek|reeks)\\b',
  '(?:are\\s+|keep\\s+)?breeding\\s+like\\b',
  '(?:are|r)\\s+(?:all\\s+|just\\s+|nothing\\s+but\\s+)?(?:criminals|animals|vermin|parasites|savages|terrorists|rapists|thieves|subhuman|filth|scum|trash|garbage|a\\s+plague|cockroaches|rats|a\\s+disease|dirty|inferior|a\\s+cancer|lazy|stupid|disgusting|leeches|mentally\\s+ill|sick|perverts|groomers|pedophiles|paedophiles|freaks|abominations|unnatural|dogs|pigs|monkeys|apes|inbred|invaders)\\b',
];

/** Telling people to leave the country. */
export const EXCLUSION: readonly string[] = [
  `\\bspeak\\s+english\\s+or\\s+(?:leave|get\\s+out|go\\s+home|go\\s+back)\\b`,
  `\\bgo\\s+back\\s+to\\s+(?:china|india|africa|mexico|pakistan|somalia|syria|iraq|iran|jamaica|russia|asia|the\\s+middle\\s+east|your\\s+own\\s+kind|the\\s+jungle|the\\s+reserve|the\\s+rez)\\b`,
  `\\b(?:sent|shipped|send|ship|deported|kicked\\s+out)\\s+(?:right\\s+)?back\\s+(?:to\\s+)?where\\s+(?:you|they|u|he|she)\\s+(?:came|come)\\s+from\\b`,
  `\\bgo\\s+back\\s+(?:to\\s+)?(?:where\\s+(?:you|they|u)\\s+(?:came|come)\\s+from|(?:to\\s+)?(?:your|their|ur)\\s+(?:own\\s+)?(?:country|countries|homeland))`,
];

/** Slurs of more than one word, and telling a group to be sent away. */
export const HATE_PHRASES: readonly Cued[] = [
  { cue: 'kitchen', re: `\\b(?:stick\\s+to|get\\s+back\\s+(?:in|to|into)|go\\s+back\\s+to|belongs?\\s+in|stay\\s+in|back\\s+in|back\\s+to)\\s+the\\s+kitchen\\b` },
  // "field work is a man's job", "no job for a woman"
  { cue: 'job', re: `\\b(?:is|it${A}?s|that${A}?s|remains)\\s+(?:still\\s+)?a\\s+man${A}?s\\s+job\\b(?!\\s+(?:too|as\\s+well|also)\\b)|\\b(?:is|it${A}?s|that${A}?s)\\s+no\\s+(?:job|place|work)\\s+for\\s+(?:a\\s+)?(?:woman|women|girl|girls|lady|ladies|female|females)\\b` },
  { cue: 'typical', re: `\\btypical\\s+(?:woman|women|female|girl|asian|immigrant|indian|chinese|black|muslim)\\s+(?:drivers?|behaviou?r|logic)\\b` },
  { cue: 'trash', re: `\\bwhite\\s+trash\\b` },
  { cue: 'monkey monkeys bunny bunnies', re: `\\b(?:porch\\s+monkeys?|jungle\\s+bunn(?:y|ies))\\b` },
  { cue: 'back', re: `\\bsend\\s+(?:them|${A}?em)\\s+(?:all\\s+)?back\\s+(?:where|to\\s+where|home|to\\s+their)\\b|\\bsend\\s+(?:them|${A}?em)\\s+all\\s+back\\b` },
];

/** "all", "all of", "every last one of" before a group. */
export const GROUP_QUANTITY = '(?:all\\s+(?:of\\s+)?|every\\s+(?:last\\s+|single\\s+)?(?:one\\s+of\\s+)?)?';

/** Calls to remove a whole group ("deport the illegals", "ban all Muslims"). */
export const GROUP_REMOVAL = `(?:ban|deport|kick\\s+out|get\\s+rid\\s+of|round\\s+up|send\\s+back)\\s+${GROUP_QUANTITY}(?:the\\s+|these\\s+|those\\s+)?`;

/** Groups a generalisation about ability can be about: the groups above and the sexes ("men", "girls"). */
export const ABILITY_GROUPS: readonly string[] = [...GROUPS, 'men', 'females', 'ladies', 'girls', 'seniors'];

/**
 * What a generalisation says a whole group cannot be or do by nature ("women just don't have the
 * head for engineering", "immigrants aren't smart enough to", "girls are too emotional to lead").
 * Barriers a group faces ("women don't have the same access") are not innate ability and stay out.
 */
export const GROUP_INCAPACITY: readonly string[] = [
  `(?:don${A}?t|do\\s+not|can${A}?t|cannot|will\\s+never|won${A}?t\\s+ever|never\\s+will|lack)\\s+(?:have\\s+|possess\\s+)?(?:the\\s+|any\\s+|enough\\s+)?(?:(?:natural|basic|mechanical|technical|physical|mental|emotional|necessary|required|right)\\s+)?(?:aptitude|work\\s+ethic|discipline|common\\s+sense|brains?|brainpower|intelligence|intellect|temperament|smarts|head|mind|capacity|stomach|toughness|backbone|spine|instincts?|logic|mental\\s+(?:toughness|capacity|strength)|physical\\s+strength|strength|stamina|what\\s+it\\s+takes)\\s+(?:for|to|needed|required|it\\s+takes)\\b`,
  `(?:aren${A}?t|are\\s+not|were\\s+never|will\\s+never\\s+be|just\\s+aren${A}?t)\\s+(?:really\\s+)?(?:cut\\s+out|built|made|wired|designed|meant|suited|fit)\\s+(?:for|to)\\b`,
  `(?:aren${A}?t|are\\s+not)\\s+(?:smart|strong|tough|rational|logical|capable|bright|clever|intelligent|competent)\\s+enough\\b`,
  `(?:are|r)\\s+(?:just\\s+|simply\\s+|naturally\\s+|inherently\\s+|biologically\\s+|always\\s+)?(?:too\\s+(?:emotional|weak|fragile|hormonal|soft|dumb|stupid|irrational)\\s+(?:to|for)\\b|(?:naturally|inherently|biologically|genetically)\\s+(?:worse|inferior|weaker|dumber|less\\s+(?:capable|intelligent|smart))\\b|(?:bad|terrible|awful|hopeless|useless|incapable|worse|weaker|dumber)\\s+(?:at\\s+(?:math|maths|driving|science|leading|leadership|engineering|logic|anything\\s+technical)|drivers|leaders|bosses|managers|engineers|workers)\\b)`,
  `(?:should(?:n${A}?t|\\s+not)\\s+be\\s+(?:driving|running|leading|managing|operating|supervising|doing\\s+(?:this|that|a\\s+man${A}?s))\\b|(?:have|has)\\s+no\\s+(?:place|business)\\s+(?:in|on|at|near|around|being|doing|running|leading|driving)\\b)`,
  `belongs?\\s+(?:in|at)\\s+(?:the\\s+)?(?:home|kitchen|house|office|back\\s+office|nursery|reception|typing\\s+pool)\\s*,?\\s+(?:and\\s+)?not\\s+(?!just|only|merely|simply)(?:on|in|at|behind|driving|running|leading)\\b`,
  `can${A}?t\\s+(?:do\\s+(?:math|maths|science|engineering)\\b|(?:drive|park|lead)(?=\\s*(?:[.!?,;]|$)))`,
  `can${A}?t\\s+(?:handle|take)\\s+(?:the\\s+|real\\s+|a\\s+real\\s+|any\\s+)?(?:pressure|stress|responsibility|leadership|hard\\s+work|heavy\\s+work|field\\s+work|a\\s+man${A}s\\s+job)\\b`,
  `(?:should(?:n${A}?t|\\s+not)\\s+be\\s+(?:in\\s+charge|leaders|bosses|managers|engineers|firefighters|cops|police|on\\s+(?:the\\s+)?(?:crew|road|job|council))|should\\s+stick\\s+to\\s+(?:the\\s+)?(?:kitchen|cooking|cleaning|housework|desk\\s+jobs|office\\s+work|admin))\\b`,
];
