/**
 * When a City matter in a post is about a person rather than the City.
 *
 * - A service someone calls on somebody else ("my neighbour called bylaw on my dog AGAIN",
 *   "somebody reported us to 311"): the complaint is about the caller, not the City.
 * - An insult used as an epithet for a person named by their unit ("that idiot Derek from Water
 *   Services"): a remark about the person (the colleague and disrespectful rules' business), so
 *   the insult is not an opinion on the unit. A verdict on the work itself ("is useless", "still
 *   no overtime pay") still counts.
 */
import { INSULT_NOUNS } from '../data/insults';
import type { TopicMatch } from '../lib/city-topics';
import type { NormalText } from '../text';
import { matchAll } from '../lib/match-all';

/** "called / phoned / reported … to / complained to / filed a …" right before the topic. */
const CALL_BEFORE =
  /(?:(?:call|phone|ring)(?:ed|s|ing)?|(?:complain|snitch|tattl)(?:ed|es|s|ing)? to|(?:report|snitch)(?:ed|s|ing)? (?:me|us|him|her|them|my [a-z]+|our [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+|the [a-z]+) to|(?:fil|lodg|mad|put)(?:e|ed|es|ing|s)?(?: in)? (?:a|an|another|yet another)) (?:the )?$/;
/** …and for a call, "on" someone or something of someone's right after ("on my dog", "on the neighbours"). */
const ON_SOMEONE = /^ on (?:me|us|him|her|them|you|my|our|his|their|your|every(?:one|body)|some(?:one|body)|(?:the|a|that|this|those|these) (?:[a-z]+ )?(?:neighbou?rs?|guy|guys|lady|ladies|woman|women|man|men|people|kids?|family|party|house|dog|dogs|cat|tenants?|landlord|contractor|car))(?![a-z])/;

/** True when topic `m` is a service someone used against someone else. */
export function calledOn(norm: string, m: TopicMatch): boolean {
  const before = norm.slice(Math.max(0, m.normStart - 40), m.normStart);
  const b = CALL_BEFORE.exec(before);
  if (!b) return false;
  // Someone else made the call: "my neighbour called bylaw on…". The author's own call ("I called
  // 311 on…", "Called bylaw about…") may well be a complaint about the service.
  const who = /([a-z'’]+)(?: (?:keeps?|kept|just|always|finally|actually|even|apparently|once|also|has|had|have|went and))* $/.exec(before.slice(0, b.index));
  if (!who || /^(?:i|we|i['’]ve|we['’]ve|i['’]d|we['’]d|me|myself|us|and|then|so|but|finally|just|again|today|yesterday|literally|already)$/.test(who[1])) return false;
  const after = norm.slice(m.normEnd, m.normEnd + 40);
  if (/^(?:fil|lodg|mad|put)/.test(b[0])) return ON_SOMEONE.test(after.replace(/^ against /, ' on '));
  return /^(?:report|snitch|complain|tattl)/.test(b[0]) || ON_SOMEONE.test(after);
}

const NOUNS = INSULT_NOUNS.filter((w) => /^[a-z ]+$/.test(w)).join('|');
/** "that idiot Derek from…", "this clown Steve in…": the insult, then a name, then the unit. */
const EPITHET = new RegExp(
  `(?<![a-z])(?:that|this|some|the|our|my) (?:(?:stupid|useless|lazy|absolute|total|complete|utter|fucking|freaking|damn|bloody) )?(${NOUNS}) (?=[a-z'’]+(?: [a-z'’]+)? (?:from|in|at|with|of) )`,
  'g',
);

/** `words` (same length as `t.norm`) with insult epithets before a person named by their unit blanked out. */
export function withoutEpithets(words: string, t: NormalText): string {
  if (!/ (?:from|in|at|with|of) /.test(words)) return words;
  let out = words;
  for (const m of matchAll(words, EPITHET)) {
    // The name after the epithet is written as a name.
    const nameAt = m.index + m[0].length;
    if (!/[A-Z]/.test(t.original[t.map[nameAt]] ?? '')) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    out = out.slice(0, at) + 'x'.repeat(m[1].length) + out.slice(at + m[1].length);
  }
  return out;
}
