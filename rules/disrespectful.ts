import { profaneWords } from './disrespectful/profanity';
import { phrases, type PhraseKind } from './disrespectful/phrases';
import { finding } from './finding';
import { normalized, toOriginal } from './text';
import type { Finding, Rule } from './types';
import { matchAll } from './lib/match-all';

const MESSAGES: Record<PhraseKind | 'profanity' | 'mild', string> = {
  profanity: 'Obscene or vulgar word. City policy asks posts to stay respectful, on work and personal accounts alike.',
  mild: 'Mild swear word. It is not banned, but a City account should sound professional.',
  insult: 'Insult or personal attack. Criticise the issue, not the person.',
  threat: 'This reads as a threat. Threats and intimidation are never acceptable, even said in anger.',
  harassment: 'This reads as harassment or bullying aimed at someone.',
  hate: 'This attacks people for who they are (origin, religion, race, gender…). Hateful content breaks City policy.',
};

const SUGGESTIONS: Record<PhraseKind | 'profanity' | 'mild', string> = {
  profanity: 'Remove the word or say it another way.',
  mild: 'Consider a plainer word.',
  insult: 'Describe the problem and what you want to happen, without name-calling.',
  threat: 'Remove the threat. If someone is putting you or others at risk, report it instead of posting.',
  harassment: 'Remove it; disagree with what was said, not with the person.',
  hate: 'Remove it. Speak about a specific problem, not about a group of people.',
};

/**
 * A clown or a pile of poo standing where an insult noun would: "you're a 🤡", "what a 💩",
 * "absolute 🤡🤡". Only where the clause ends with it, so "our mascot is a 🤡 today" style
 * descriptions followed by more words stay clean.
 */
const NOUN_EMOJI = /(?:\b(?:you|u|ya)(?:['’]re|\s+are|\s+r)?|\b(?:is|are|was|were|such|what)|['’](?:s|re))\s+(?:an?\s+)?(?:(?:absolute|total|complete|utter|real|giant|massive|f[\w*@#$!]*ing)\s+)?(?:\u{1F921}|\u{1F4A9})(?=\s*(?:[.!?,…]|$|\p{Extended_Pictographic}))|(?:^|(?<=[.!?\n]\s*))(?:absolute|total|complete|utter)\s+(?:\u{1F921}|\u{1F4A9})/gu;

/** Emoji that are obscene gestures on their own. */
const OBSCENE_EMOJI = /\u{1F595}[\u{1F3FB}-\u{1F3FF}]?/gu;

/**
 * Obscene, hateful, insulting, threatening or harassing content. Runs in both modes:
 * the policies ask for respect on personal accounts too. Mild swear words ("hell",
 * "damn", "crap") are only an `info` reminder on work accounts.
 */
export const disrespectful: Rule = {
  id: 'disrespectful',
  meta: {
    description: 'Obscene or hateful content, insults, personal attacks, threats, harassment and bullying',
    modes: ['work', 'personal'],
    severity: 'error',
    source: 'Toronto employee guidelines, s.4; Peterborough policy 4.3.3 and 4.3.5',
    docs: 'Keep posts respectful: no swearing, slurs, name-calling, threats or attacks on groups. Criticise issues, not people.',
  },
  check(post, ctx) {
    const t = normalized(post.text);
    const out: Finding[] = [];
    const taken: [number, number][] = [];
    const add = (nStart: number, nEnd: number, kind: PhraseKind | 'profanity' | 'mild', fix = false) => {
      const { start, end } = toOriginal(t, nStart, nEnd);
      if (taken.some(([s, e]) => start < e && s < end)) return;
      taken.push([start, end]);
      const spaceAfter = post.text[end] === ' ' ? 1 : 0;
      out.push(finding(disrespectful, ctx, start, end, MESSAGES[kind], {
        severity: kind === 'mild' ? 'info' : undefined,
        suggestion: SUGGESTIONS[kind],
        fix: fix ? { start, end: end + spaceAfter, text: '' } : undefined,
      }));
    };
    for (const h of phrases(t.norm)) add(h.start, h.end, h.kind);
    for (const w of profaneWords(t)) {
      if (!w.mild) add(w.start, w.end, 'profanity', true);
      else if (ctx.mode === 'work') add(w.start, w.end, 'mild', true);
    }
    for (const m of matchAll(t.norm, OBSCENE_EMOJI)) add(m.index, m.index + m[0].length, 'profanity', true);
    if (t.norm.includes('\u{1F921}') || t.norm.includes('\u{1F4A9}')) {
      for (const m of matchAll(t.norm, NOUN_EMOJI)) add(m.index, m.index + m[0].length, 'insult');
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
