/**
 * Signals of commercial content in a work post, written for this project from the policies'
 * categories (Toronto guidelines s.3 and staff report s.6.3: commercial content and spam;
 * Peterborough 4.3.4: promoting or endorsing non-City businesses, products or services;
 * Integrity bulletin para 15) and the usual shapes of promotions, affiliate posts and SMS spam
 * (as in the UCI SMS Spam Collection). Regular-expression fragments on normalised, lower-case
 * text. A STRONG signal is enough on its own; WEAK signals count only when two different kinds
 * appear in one post.
 */

export interface Signal {
  /** What the finding says the post does. */
  why: string;
  pattern: string;
}

export const STRONG: readonly Signal[] = [
  { why: 'offers a discount code', pattern: "\\b(?:promo(?:tional)?|discount|coupon|voucher|referral|affiliate|redemption|offer|claim) (?:code|link)s?\\b|\\b(?:use|enter|apply|with|code:) (?:my |our |the )?(?:promo |discount )?(?:code|coupon)(?: at checkout)?\\b" },
  { why: 'advertises a discount', pattern: "\\b\\d{1,2}(?:\\.\\d)? ?% (?:off|discount|cash ?back)\\b|[$£€] ?\\d+(?:\\.\\d\\d)? off\\b|\\bhalf[- ]price\\b|\\bbogo\\b|\\bbuy one,? get one\\b|\\bsave (?:up to )?(?:\\d{1,2} ?%|[$£€] ?\\d+)" },
  { why: 'pushes a sale', pattern: "\\b(?:buy|shop|order) (?:now|today|online now)\\b|\\bshop (?:my|our|the (?:sale|collection|link))\\b|\\bflash sale\\b|\\bwhile (?:supplies|quantities) last\\b|\\blimited[- ]time (?:offer|only|deal)\\b|\\bfirst (?:month|year|week) (?:is )?free\\b|\\bswitch to \\w+(?: \\w+)? (?:today|now)\\b|\\bfree (?:shipping|trial|delivery on orders)\\b|\\blink in (?:my )?bio\\b|\\bact now\\b|\\bget yours (?:today|now)\\b" },
  { why: 'is a sponsored or paid post', pattern: "(?:^|\\s)#(?:ad|ads|sponsored|spon|paidpartnership|affiliate|gifted)\\b|\\bsponsored (?:by|post|content)\\b|\\bpaid (?:partnership|promotion|post)\\b|\\bbrought to you by\\b" },
  { why: 'asks people to buy from you', pattern: "\\b(?:dm|message|text|pm|inbox|email|contact) (?:me|us)\\b[^.!?\\n]{0,25}\\b(?:to (?:order|buy|book|purchase)|for (?:my |the |a )?(?:referral|prices?|pricing|rates|quotes?|orders?|link|discount|code|catalog(?:ue)?|price list|menu))\\b|\\b(?:i'?m|i am) (?:a |an )?(?:licensed )?[a-z ]{0,25}on the side\\b|\\bi (?:sell|make|do|bake|run|offer) [a-z' ]{1,25}on the side\\b|\\bside (?:hustle|business|gig)\\b|\\b\\d+(?:\\.\\d)? ?% commission\\b" },
  { why: 'reads like spam', pattern: "\\b(?:you(?:'ve| have)? (?:won(?!['’]t)|been (?:selected|chosen))|free (?:iphone|ipad|gift ?card|cruise|vacation|holiday)s?|0[89]\\d{8,9}\\b|tsandcs|\\d+p ?(?:\\/|per) ?day|confirm by replying|winner!|congratulations!? you|(?:claim|collect|redeem) (?:your|a|the)? ?(?:prize|reward|offer|voucher|cash|gift|bonus)|(?:txt|text|reply|send) (?:stop|win|yes|claim)\\b|to (?:stop|opt[- ]out|unsubscribe)[:,]? (?:txt|text|reply|send|go)|freemsg|free (?:entry|msg|ringtones?|camera phone)|ringtones?|ts ?& ?cs|t ?& ?cs? apply|cash prize|guaranteed (?:prize|cash|winner|returns?)|voucher holder|\\d{2,3}p ?(?:\\/|per) ?(?:min|msg|message|wk|week)|\\d{3}ppm|earn [$£€]{2,}|[$£€]{3,}|work from home|no experience (?:needed|necessary|required)|make money (?:fast|online|from home)|passive income|get rich|call 0\\d{9,}|po box \\d)" },
  { why: 'promotes an investment scheme', pattern: "\\b(?:crypto\\w*|bitcoin|forex|nft)\\b[^.!?\\n]{0,60}\\b(?:made|earn(?:ed)?|returns?|profit|invest(?:ed|ing)?)\\b|\\bmade \\d+ ?% in\\b|\\blooking to invest\\b" },
  { why: 'links to an online shop', pattern: "\\b(?:amzn\\.(?:to|eu|asia)|a\\.co|amazon\\.(?:ca|com|co\\.uk)|ebay\\.(?:ca|com|to)|etsy\\.(?:com|me)|aliexpress\\.com|temu\\.com|shein\\.com)\\/" },
];

export const WEAK: readonly Signal[] = [
  { why: "promotes a friend's or your own business", pattern: "\\bmy (?:\\w+ )?(?:husband|wife|partner|friend|cousin|brother|sister|son|daughter|mom|mum|dad|uncle|aunt|neighbou?r)(?:'s| just| runs| owns| started| opened)\\b|\\bmy (?:own |new )?(?:business|company|agency|shop|store|salon|studio|bakery|food truck)\\b" },
  { why: 'recommends a business', pattern: "\\bbest [a-z' ]{0,25}(?:in (?:the city|town|the gta|the area|the region|toronto|calgary|peterborough|yyc|ptbo|canada)|around|ever)\\b|\\b(?:highly|10\\/10|would|definitely|totally|strongly) recommend\\b|\\bcan'?t recommend [a-z ]{0,20}enough\\b|\\b(?:my|our) (?:favou?rite|go-to) (?:\\w+ ){0,2}(?:is|are|comes?) (?:from|at)\\b|\\b(?:need|looking for) (?:a|an) (?:good |great |reliable |new )?(?:plumber|roofer|contractor|realtor|real estate agent|mortgage broker|lawyer|mechanic|electrician|dentist|caterer|photographer|painter|landscaper|handyman|cleaner|accountant|barber|hairdresser|roof)\\b|\\btotally worth it\\b|\\bworth every penny\\b|\\byou won'?t regret\\b|\\b(?:a )?must[- ]try\\b" },
  { why: 'sends people to a business', pattern: "\\bgive them a (?:call|shout|try)\\b|\\bcall them\\b|\\bcheck them out\\b|\\bgo (?:grab|get|try) (?:one|some|yours|it|them)\\b|\\bgrab (?:one|yours|some) (?:today|now)\\b|\\btell (?:them|him|her) (?:\\w+ )?sent you\\b|\\bstop (?:in|by)\\b|\\bfree (?:quote|estimate|consultation)s?\\b|\\b(?:use|order with|buy from|shop at) (?:our|my) link\\b|\\bbook (?:with|through) them\\b|\\b(?:mention|show) (?:this (?:post|tweet|ad)|my name|our name)\\b|\\border from (?:them|her|him)\\b|\\bfind (?:them|her|him) at\\b|\\b(?:go )?visit them\\b|\\bpay them a visit\\b|\\bjust opened\\b|\\bgrand opening\\b" },
  { why: 'quotes prices', pattern: "\\bonly [$£€] ?\\d|[$£€] ?\\d+\\.\\d\\d\\b|\\bworth [$£€] ?\\d|\\bsubscription\\b|\\blimited[- ]edition\\b" },
  { why: 'reads like spam', pattern: "\\b(?:prize|winner|won(?!['’]t)|urgent|claim|guaranteed|exclusive offer|click here|call now|giveaway|enter to win|like and share|txt|entitled|pounds|16\\+|18\\+)(?![\\w+])|£|!!!|\\bfree!" },
];

/** Business names: capitalised words ending in a trade word ("Prairie Roofing Ltd.", "Big Al's Pizza"). Case-sensitive. */
export const BUSINESS_NAME =
  "\\b(?:[A-Z][\\w'’&.-]*\\s){1,4}(?:Ltd|Inc|Corp|LLC|Co\\.|Roasters?|Pizza|Pizzeria|Outfitters|Roofing|Plumbing|Gifts|Bakery|Café|Cafe|Coffee|Brewing|Brewery|Salon|Spa|Realty|Motors|Insurance|Boutique|Landscaping|Renovations|Contracting|Cleaning|Catering|Jewell?ers|Lawn & Garden|Dental|Dentistry|Chiropractic|Optical|Pharmacy|Hardware|Florists?|Flowers|Barbershop|Tattoo|Deli|Diner|Tavern|Grill|Bistro|Eatery|Foods|Meats|Butchers?|Distillery|Winery|Photography|Tire|Autos?|Auto Body|Brewing Co)\\b";

/** Posts by the City about its own programs, fees and economic development are not commercial. */
export const CITY_CONTEXT =
  "\\bcity (?:hall|of|council|staff|programs?|facilit(?:y|ies)|pools?|arenas?|recreation|camps?|services?|run|owned)\\b|\\bthe city's\\b|\\bfee assistance\\b|\\beconomic development\\b|\\blocal economy\\b|\\bbusiness (?:support|retention|development|improvement area)\\b|\\bbia\\b|\\bshop local\\b|\\bsupport local\\b|\\bpublic library\\b|\\bcommunity cent(?:re|er)s?\\b";
