/**
 * Normalised text with a map back to the original.
 *
 * Rules match on `norm` (NFKC, lower case, zero-width characters removed,
 * look-alike letters folded to ASCII) and report offsets in the original text
 * through `toOriginal`, so a finding always points at what the user typed.
 */

const ZERO_WIDTH = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

/** Cyrillic and Greek letters that render like Latin ones (Unicode confusables, lower case). */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
};

export interface NormalText {
  /** The text as given. */
  original: string;
  /** Normalised text rules match on. */
  norm: string;
  /** For each UTF-16 index of `norm` (and one past the end), the index in `original` it came from. */
  map: number[];
}

/** Normalises `original`, keeping a per-character map back to it. */
export function normalize(original: string): NormalText {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    // Runs of plain ASCII need only lower-casing; NFKC and look-alike folding are for the rest.
    NON_ASCII.lastIndex = i;
    const next = NON_ASCII.exec(original);
    const runEnd = next ? next.index : original.length;
    if (runEnd > i) {
      parts.push(original.slice(i, runEnd).toLowerCase());
      for (let k = i; k < runEnd; k++) map.push(k);
      i = runEnd;
      if (i >= original.length) break;
    }
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const out = fold(ch);
    for (let k = 0; k < out.length; k++) map.push(i);
    if (out) parts.push(out);
    i += ch.length;
  }
  map.push(original.length);
  return { original, norm: parts.join(''), map };
}

const NON_ASCII = /[^\x00-\x7f]/g;
const folded = new Map<string, string>();

/** One non-ASCII character as rules see it: '' for zero-width, else NFKC, no accents, lower case, ASCII look-alikes. */
function fold(ch: string): string {
  let out = folded.get(ch);
  if (out !== undefined) return out;
  if (ZERO_WIDTH.test(ch)) out = '';
  else {
    out = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC').toLowerCase();
    if (out === '') out = ch.toLowerCase();
    out = [...out].map((c) => LOOK_ALIKES[c] ?? c).join('');
  }
  if (folded.size < 4096) folded.set(ch, out);
  return out;
}

/** Maps a span of `norm` to a span of the original text, widened to whole code points. */
export function toOriginal(t: NormalText, start: number, end: number): { start: number; end: number } {
  const s = t.map[Math.max(0, Math.min(start, t.map.length - 1))];
  let e: number;
  if (end <= start) e = s;
  else {
    const last = t.map[Math.min(end - 1, t.map.length - 1)];
    e = last + (t.original.codePointAt(last)! > 0xffff ? 2 : 1);
  }
  return { start: snapStart(t.original, s), end: snapEnd(t.original, Math.min(e, t.original.length)) };
}

/** Moves an index off the low half of a surrogate pair, to the pair's start. */
export function snapStart(text: string, i: number): number {
  return i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** Moves an index off the low half of a surrogate pair, past the pair's end. */
export function snapEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i + 1 : i;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const lastText = { text: '', value: null as NormalText | null };

/**
 * Normalises once per text: every rule of one `check` shares the result (and the memos keyed by
 * it, e.g. City topics). One entry only: a rule normalising a slice of the post must call
 * `normalize`, or every rule after it normalises the whole post again.
 */
export function normalized(text: string): NormalText {
  if (lastText.text === text && lastText.value) return lastText.value;
  const value = normalize(text);
  lastText.text = text;
  lastText.value = value;
  return value;
}
