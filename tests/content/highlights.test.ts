// @vitest-environment happy-dom
// One shared Highlight per severity name, merged across editors; styles in document and shadow roots.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter } from '../../entrypoints/content/highlights';
import { applyEdit } from '../../entrypoints/content/editing';

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const g = globalThis as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };
let registry: Map<string, FakeHighlight>;
let savedCss: unknown;

beforeEach(() => {
  registry = new Map();
  savedCss = g.CSS;
  g.Highlight = FakeHighlight;
  g.CSS = { ...(g.CSS ?? {}), highlights: registry };
});
afterEach(() => {
  delete g.Highlight;
  g.CSS = savedCss as typeof g.CSS;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}

describe('Highlighter', () => {
  test('names are the contract: postcheck-error / -warning / -info', () => {
    expect(HIGHLIGHT_NAMES).toEqual({ error: 'postcheck-error', warning: 'postcheck-warning', info: 'postcheck-info' });
  });

  test('ranges of several editors share one Highlight per severity; removing one editor keeps the other', () => {
    const h = new Highlighter();
    const a = {};
    const b = {};
    const ra = rangeOver('a');
    const rb = rangeOver('b');
    h.set(a, [{ severity: 'error', range: ra }]);
    const shared = registry.get('postcheck-error')!;
    h.set(b, [{ severity: 'error', range: rb }, { severity: 'info', range: rangeOver('c') }]);
    expect(registry.get('postcheck-error')).toBe(shared);
    expect([...shared]).toEqual([ra, rb]);
    expect(registry.get('postcheck-info')!.size).toBe(1);
    expect(shared.priority).toBeGreaterThan(registry.get('postcheck-info')!.priority);
    h.set(a, []);
    expect([...registry.get('postcheck-error')!]).toEqual([rb]);
  });

  test('styles go into the document and into a shadow root once each; dispose removes all', () => {
    const h = new Highlighter();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    h.ensureStyles(document);
    h.ensureStyles(document);
    h.ensureStyles(shadow);
    expect(document.head.querySelectorAll('style').length).toBe(1);
    expect(document.head.textContent).toContain('::highlight(postcheck-error)');
    expect(shadow.querySelectorAll('style').length).toBe(1);
    h.set({}, [{ severity: 'warning', range: rangeOver('w') }]);
    h.dispose();
    expect(registry.size).toBe(0);
    expect(document.head.querySelectorAll('style').length).toBe(0);
    expect(shadow.querySelectorAll('style').length).toBe(0);
  });

  test('no Highlight API (old browser): nothing happens, nothing throws', () => {
    delete g.Highlight;
    const h = new Highlighter();
    expect(() => h.set({}, [{ severity: 'error', range: rangeOver('x') }])).not.toThrow();
    expect(registry.size).toBe(0);
  });
});

describe('applyEdit', () => {
  test('refuses when the draft changed since the check, and leaves it untouched', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p>Call 416-555-0199</p></div>';
    const ed = document.getElementById('ed')!;
    const ok = await applyEdit(ed, { start: 5, end: 17, text: '', expectedText: 'Call 416-555-0199 today' });
    expect(ok).toBe(false);
    expect(ed.innerHTML).toBe('<p>Call 416-555-0199</p>');
  });
});
