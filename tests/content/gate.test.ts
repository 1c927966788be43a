// @vitest-environment happy-dom
// The check before posting: when to ask, which keys submit, and the listeners' behaviour with a
// fake session (stop only when sure; "Post anyway" re-sends once; any failure lets the post go).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { GateProps } from '../../components/Gate';
import type { SiteAdapter } from '../../entrypoints/content/adapters';
import { Gate, isSubmitKey, openErrors, shouldAsk, type GateHost } from '../../entrypoints/content/gate';
import type { EditorSession } from '../../entrypoints/content/session';

const phone = { finding: { severity: 'error' }, excerpt: '416-555-0199' };
const link = { finding: { severity: 'warning' }, excerpt: 'bit.ly/x' };

describe('shouldAsk', () => {
  const base = { enabled: true, errors: 1, current: true, disabled: false };
  test.each([
    ['errors open', base, true],
    ['the check is switched off', { ...base, enabled: false }, false],
    ['no errors (warnings only)', { ...base, errors: 0 }, false],
    ['findings not about the text in the box', { ...base, current: false }, false],
    ['the site button is disabled', { ...base, disabled: true }, false],
  ])('%s', (_name, attempt, ask) => expect(shouldAsk(attempt)).toBe(ask));
});

describe('openErrors', () => {
  test('all errors while the text is the one checked', () => expect(openErrors([phone, link], 'a', 'a')).toBe(1));
  test('after an unchecked edit, errors whose text is still there', () => expect(openErrors([phone], 'Call 416-555-0199', 'Call 416-555-0199!')).toBe(1));
  test('after an unchecked edit that removed the flagged text: none', () => expect(openErrors([phone], 'Call 416-555-0199', 'Call me')).toBe(0));
  test('a whole-post error (no excerpt) counts only on the checked text', () => {
    const whole = { finding: { severity: 'error' }, excerpt: '' };
    expect(openErrors([whole], 'x', 'x')).toBe(1);
    expect(openErrors([whole], 'x', 'xy')).toBe(0);
  });
});

describe('isSubmitKey', () => {
  const box = (label: string) => {
    const d = document.createElement('div');
    d.setAttribute('aria-label', label);
    return d;
  };
  const key = (over: Partial<KeyboardEvent>) => ({ key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...over });
  test.each([
    ['Ctrl+Enter on X', key({ ctrlKey: true }), 'x', 'Post text', true],
    ['Cmd+Enter on LinkedIn', key({ metaKey: true }), 'linkedin', 'Text editor for creating content', true],
    ['plain Enter on X is a new line', key({}), 'x', 'Post text', false],
    ['plain Enter in a Facebook comment sends', key({}), 'facebook', 'Comment as Jane Doe', true],
    ['Shift+Enter in a Facebook comment is a new line', key({ shiftKey: true }), 'facebook', 'Comment as Jane Doe', false],
    ['plain Enter in the Facebook composer is a new line', key({}), 'facebook', '', false],
    ['Enter that ends an IME composition', key({ ctrlKey: true, isComposing: true }), 'x', 'Post text', false],
    ['another key', key({ key: 'a', ctrlKey: true }), 'x', 'Post text', false],
  ])('%s', (_name, e, platform, label, submits) => expect(isSubmitKey(e, platform, box(label))).toBe(submits));
});

/** A page with an editor and its Post button, a fake session and a gate listening on window. */
function setup(opts: { errors?: number; rendered?: boolean; checkedText?: string } = {}) {
  document.body.innerHTML = '<div id="composer"><div id="ed" contenteditable="true">Call 416-555-0199</div><button id="post"><span id="label">Post</span></button></div>';
  const editor = document.getElementById('ed') as HTMLElement;
  const button = document.getElementById('post') as HTMLElement;
  const sitePosts: string[] = [];
  button.addEventListener('click', () => sitePosts.push(editor.textContent ?? ''));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) sitePosts.push(editor.textContent ?? '');
  });
  let gate: GateProps | null = null;
  const shown = Array.from({ length: opts.errors ?? 1 }, () => ({ key: 'k', finding: { rule: 'personal-info', severity: 'error', start: 5, end: 17, message: '', source: '' }, excerpt: '416-555-0199' }));
  const session = {
    editor,
    snapshot: () => ({ account: 'x:@jane', mode: 'work', official: false, text: opts.checkedText ?? 'Call 416-555-0199', shown }),
    showGate: (g: GateProps) => ((gate = g), opts.rendered ?? true),
    hideGate: () => void (gate = null),
  } as unknown as EditorSession;
  const host: GateHost = { sessions: new Map([[editor, session]]), sessionFor: (n) => (n && editor.contains(n) ? session : undefined) };
  const adapter = { platform: 'x', findPostButton: () => button } as unknown as SiteAdapter;
  const abort = new AbortController();
  new Gate(host, adapter, window).start(abort.signal);
  return { editor, button, sitePosts, gate: () => gate, abort };
}

describe('Gate listeners', () => {
  let env: ReturnType<typeof setup>;
  afterEach(() => env?.abort.abort());

  test('a click on Post with an error open is held and the box asks; "Post anyway" clicks once', () => {
    env = setup();
    document.getElementById('label')!.click();
    expect(env.sitePosts).toEqual([]);
    expect(env.gate()?.errors).toBe(1);
    const g = env.gate()!;
    g.onPostAnyway();
    g.onPostAnyway(); // a double press posts once
    expect(env.sitePosts).toEqual(['Call 416-555-0199']);
    expect(env.editor.textContent).toBe('Call 416-555-0199');
  });

  test('"Review" posts nothing, keeps the text and puts focus back in the editor', () => {
    env = setup();
    env.button.click();
    env.gate()!.onReview();
    expect(env.sitePosts).toEqual([]);
    expect(env.gate()).toBeNull();
    expect(document.activeElement).toBe(env.editor);
    expect(env.editor.textContent).toBe('Call 416-555-0199');
  });

  test('Ctrl+Enter is held; "Post anyway" sends the key to the editor once', () => {
    env = setup();
    env.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    expect(env.sitePosts).toEqual([]);
    env.gate()!.onPostAnyway();
    expect(env.sitePosts).toEqual(['Call 416-555-0199']);
  });

  test('when the box cannot be shown, the post goes through', () => {
    env = setup({ rendered: false });
    env.button.click();
    expect(env.sitePosts).toEqual(['Call 416-555-0199']);
    expect(env.gate()).toBeNull();
  });

  test('no errors: the post goes through without asking', () => {
    env = setup({ errors: 0 });
    env.button.click();
    expect(env.sitePosts).toEqual(['Call 416-555-0199']);
    expect(env.gate()).toBeNull();
  });

  test('findings from before the flagged text was deleted do not hold the post', () => {
    env = setup({ checkedText: 'Call 416-555-0199 now' });
    env.editor.textContent = 'Call me now';
    env.button.click();
    expect(env.sitePosts).toEqual(['Call me now']);
  });

  test('after the extension is unloaded (signal aborted) nothing is held', () => {
    env = setup();
    env.abort.abort();
    env.button.click();
    expect(env.sitePosts).toEqual(['Call 416-555-0199']);
  });
});

describe('Gate with a failing session', () => {
  beforeEach(() => (document.body.innerHTML = ''));
  test('an exception inside the gate lets the click through', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true">x</div><button id="post">Post</button>';
    const editor = document.getElementById('ed') as HTMLElement;
    const button = document.getElementById('post') as HTMLElement;
    let posts = 0;
    button.addEventListener('click', () => posts++);
    const broken = { editor, snapshot: () => { throw new Error('boom'); } } as unknown as EditorSession;
    const abort = new AbortController();
    new Gate({ sessions: new Map([[editor, broken]]), sessionFor: () => broken }, { platform: 'x', findPostButton: () => button } as unknown as SiteAdapter, window).start(abort.signal);
    button.click();
    abort.abort();
    expect(posts).toBe(1);
  });
});
