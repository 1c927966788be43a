import { describe, expect, test } from 'vitest';
import { normalize, normalized, snapEnd, snapStart, toOriginal } from '../../rules/text';

/** The original text under the span where `needle` occurs in the normalised text. */
function originalOf(text: string, needle: string): string {
  const t = normalize(text);
  const at = t.norm.indexOf(needle);
  expect(at, `"${needle}" in "${t.norm}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginal(t, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('normalize', () => {
  test.each([
    ['plain ASCII is lower-cased', 'Call ME', 'call me'],
    ['full-width letters and digits fold (NFKC)', 'Ｔｏｒｏｎｔｏ ４１６', 'toronto 416'],
    ['zero-width characters vanish', 'f\u200bu\u200cc\u200dk\ufeff', 'fuck'],
    ['Cyrillic look-alikes fold to Latin', 'сіty', 'city'],
    ['accents are dropped', 'Café Montréal', 'cafe montreal'],
    ['ligatures expand', 'ﬁne', 'fine'],
  ])('%s', (_name, text, norm) => {
    expect(normalize(text).norm).toBe(norm);
  });

  test('map has one entry per normalised character plus the end', () => {
    const t = normalize('Aﬁ😀b');
    expect(t.map).toHaveLength(t.norm.length + 1);
    expect(t.map.at(-1)).toBe('Aﬁ😀b'.length);
  });
});

describe('toOriginal', () => {
  test.each([
    ['after an emoji', '😀😀 call 416-555-0199', '416-555-0199', '416-555-0199'],
    ['across removed zero-width characters', 'x sh\u200bit y', 'shit', 'sh\u200bit'],
    ['over a ligature that expanded', 'a ﬁne day', 'fine', 'ﬁne'],
    ['over full-width text', 'see ｃｂｃ.ｃａ now', 'cbc.ca', 'ｃｂｃ.ｃａ'],
    ['over an emoji inside the span', 'go 😀 now', ' 😀 ', ' 😀 '],
  ])('maps back %s', (_name, text, needle, expected) => {
    expect(originalOf(text, needle)).toBe(expected);
  });

  test('never ends inside a surrogate pair', () => {
    const text = 'a😀b';
    const t = normalize(text);
    const span = toOriginal(t, 1, 2);
    expect(text.slice(span.start, span.end)).toBe('😀');
  });
});

describe('surrogate snapping', () => {
  test('start moves to the pair start, end past the pair', () => {
    const text = 'x😀y';
    expect(snapStart(text, 2)).toBe(1);
    expect(snapEnd(text, 2)).toBe(3);
    expect(snapStart(text, 1)).toBe(1);
    expect(snapEnd(text, 3)).toBe(3);
  });
});

test('normalized() returns the same object for the same text (rules share one pass)', () => {
  expect(normalized('Same text')).toBe(normalized('Same text'));
  expect(normalized('Other').norm).toBe('other');
});
