/**
 * Runs regexes only near their cue words. Phrase patterns are costly to try at every word of a
 * 3,000-character post; most posts hold none of their cue words, and those that do hold few, so
 * matching in small windows around the cues keeps the cost proportional to the cues, not the text.
 * Shared by `disrespectful` and `political`.
 */

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** The lower-case letter runs of normalised text, with their offsets. */
export function wordsOf(norm: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of norm.matchAll(/[a-z]+/g)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Windows of `norm` within `reach` characters of a cue word, merged and widened to whitespace. */
export function windowsNear(norm: string, words: readonly WordAt[], cues: ReadonlySet<string>, reach = 120): [number, number][] {
  const out: [number, number][] = [];
  for (const w of words) {
    if (!cues.has(w.word)) continue;
    let start = Math.max(0, w.start - reach);
    let end = Math.min(norm.length, w.end + reach);
    while (start > 0 && !/\s/.test(norm[start - 1])) start--;
    while (end < norm.length && !/\s/.test(norm[end])) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Matches of `re` (global) inside the windows, with `index` moved to offsets of the whole text. */
export function matchesIn(norm: string, windows: readonly [number, number][], re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const [start, end] of windows) {
    for (const m of norm.slice(start, end).matchAll(re)) {
      m.index = m.index! + start;
      out.push(m);
    }
  }
  return out;
}
