// @vitest-environment happy-dom
// The content script's watcher and sessions with a fake background: editors found, checks sent
// after the debounce, stale answers dropped, UI per editor, nothing left behind on dispose.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PostcheckApp } from '../../entrypoints/content/app';
import { x } from '../../entrypoints/content/adapters/x';
import type { SiteAdapter } from '../../entrypoints/content/adapters';
import type { Send } from '../../entrypoints/content/bridge';
import type { CheckRequest, Request } from '../../utils/messages';
import type { Finding } from '../../rules/types';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * Waits until `assertion` passes (up to 3 s). Used for what must happen after the debounce: a fixed
 * sleep fails on a busy 2-core machine where timers run late. Fixed sleeps stay only before
 * assertions that something did NOT happen.
 */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 3000, interval: 10 });

/** A fake background: records requests, flags every "416-555-0199" as personal-info. */
function fakeBackground(opts: { delay?: (req: CheckRequest) => number; mode?: 'work' | 'personal' | null } = {}) {
  const requests: Request[] = [];
  let mode = opts.mode ?? null;
  const send = (async (req: Request) => {
    requests.push(req);
    if (req.type === 'check') {
      await wait(opts.delay?.(req) ?? 0);
      const at = req.text.indexOf('416-555-0199');
      const findings: Finding[] =
        at < 0
          ? []
          : [{ rule: 'personal-info', severity: 'error', start: at, end: at + 12, message: 'A phone number', source: 'Toronto s.5', fix: { start: at, end: at + 12, text: '' } }];
      return { type: 'checked', seq: req.seq, findings, ms: 1 };
    }
    if (req.type === 'get-mode') return { type: 'mode', account: req.account, mode, official: false };
    if (req.type === 'set-mode') return (mode = req.mode), { type: 'mode', account: req.account, mode, official: false };
    return { type: 'ok' };
  }) as Send;
  return { send, requests, checks: () => requests.filter((r): r is CheckRequest => r.type === 'check') };
}

function composer(text = '') {
  document.body.innerHTML = `<div class="compose"><div id="ed" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true"><span data-text="true">${text}</span></div></div></div></div>`;
  return document.getElementById('ed')!;
}

function start(adapter: SiteAdapter = x, bg = fakeBackground()) {
  const controller = new AbortController();
  const checked: { count: number; seq: number; ms: number }[] = [];
  const app = new PostcheckApp({ adapter, send: bg.send, signal: controller.signal, onChecked: (d) => checked.push(d) });
  app.start();
  return { app, bg, controller, checked };
}

const ui = () => document.querySelector('postcheck-ui')?.shadowRoot ?? null;
const badge = () => ui()?.querySelector('[data-testid="postcheck-badge"]') as HTMLButtonElement | null;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

describe('PostcheckApp', () => {
  test('finds the composer, warms the background, checks and shows the count', async () => {
    composer('Call 416-555-0199');
    const t = start();
    stop = () => t.controller.abort();
    expect(t.app.sessions.size).toBe(1);
    expect(t.bg.requests[0]).toEqual({ type: 'warm' });
    await eventually(() => expect(badge()?.textContent).toBe('1'));
    const [req] = t.bg.checks();
    expect(req).toMatchObject({ type: 'check', text: 'Call 416-555-0199', mode: null, platform: 'x' });
    expect(badge()?.textContent).toBe('1');
    expect(badge()?.getAttribute('aria-label')).toBe('1 Postcheck finding');
    expect(t.checked.at(-1)).toMatchObject({ count: 1, seq: req.seq });
  });

  test('a text change (mutation, no input event) is checked after the debounce', async () => {
    const ed = composer('Hello');
    const t = start();
    stop = () => t.controller.abort();
    await eventually(() => expect(t.bg.checks()).toHaveLength(1));
    const before = t.bg.checks().length;
    (ed.querySelector('[data-text]')!.firstChild as Text).data = 'Hello 416-555-0199';
    await wait(30);
    expect(t.bg.checks().length).toBe(before); // still debouncing
    await eventually(() => expect(badge()?.textContent).toBe('1'));
    expect(t.bg.checks().at(-1)?.text).toBe('Hello 416-555-0199');
  });

  test('a stale answer (older seq) is dropped', async () => {
    const ed = composer('416-555-0199');
    // The first check answers slowly, after the second one.
    const bg = fakeBackground({ delay: (r) => (r.text.includes('416') ? 300 : 0) });
    const t = start(x, bg);
    stop = () => t.controller.abort();
    await eventually(() => expect(bg.checks()).toHaveLength(1));
    (ed.querySelector('[data-text]')!.firstChild as Text).data = 'clean text';
    await eventually(() => expect(t.checked).toHaveLength(1)); // the answer to 'clean text'
    await wait(400); // past the slow first answer, which must be dropped
    expect(bg.checks().map((c) => c.text)).toEqual(['416-555-0199', 'clean text']);
    expect(badge()?.textContent).toBe('0');
    expect(t.checked.map((c) => c.count)).toEqual([0]);
  });

  test('no check while an IME composition is under way; one at compositionend', async () => {
    const ed = composer('start');
    const t = start();
    stop = () => t.controller.abort();
    await eventually(() => expect(t.checked).toHaveLength(1));
    const n = t.bg.checks().length;
    ed.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    (ed.querySelector('[data-text]')!.firstChild as Text).data = 'start にほ';
    ed.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
    await wait(150);
    expect(t.bg.checks()).toHaveLength(n);
    (ed.querySelector('[data-text]')!.firstChild as Text).data = 'start 日本';
    ed.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true }));
    await eventually(() => expect(t.bg.checks()).toHaveLength(n + 1));
    expect(t.bg.checks().at(-1)?.text).toBe('start 日本');
  });

  test('the mode question waits for the mode lookup (no question that vanishes under the cursor)', async () => {
    composer('hello');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const bg = fakeBackground({ mode: 'work' });
    const slow = (async (req: Request) => {
      if (req.type === 'get-mode') await gate;
      return bg.send(req);
    }) as Send;
    const controller = new AbortController();
    const app = new PostcheckApp({ adapter: x, send: slow, signal: controller.signal });
    app.start();
    stop = () => controller.abort();
    badge()!.click();
    await wait(10);
    expect(ui()!.querySelector('[data-testid="postcheck-panel"]')).not.toBeNull();
    expect(ui()!.querySelector('[data-testid="postcheck-mode-work"]')).toBeNull();
    expect(bg.checks()).toHaveLength(0); // no check before the mode is known
    release();
    await eventually(() => expect(bg.checks().at(-1)?.mode).toBe('work'));
    expect(ui()!.querySelector('[data-testid="postcheck-mode-work"]')).toBeNull();
    expect(ui()!.textContent).toContain('Checking as a work account');
    expect(bg.checks().at(-1)?.mode).toBe('work');
  });

  test('unchanged text is not checked again', async () => {
    const ed = composer('same');
    const t = start();
    stop = () => t.controller.abort();
    await eventually(() => expect(t.checked).toHaveLength(1));
    ed.setAttribute('class', 'public-DraftEditor-content x'); // not observed
    ed.querySelector('[data-text]')!.appendChild(document.createTextNode(''));
    await wait(150);
    expect(t.bg.checks()).toHaveLength(1);
  });

  test('panel: mode question, findings with Fix and Dismiss; dismissing hides the finding', async () => {
    composer('Call 416-555-0199');
    const t = start();
    stop = () => t.controller.abort();
    await eventually(() => expect(badge()?.textContent).toBe('1'));
    badge()!.click();
    await wait(10);
    const panel = ui()!.querySelector('[data-testid="postcheck-panel"]')!;
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.textContent).toContain('Work or personal account?');
    const items = panel.querySelectorAll('li[data-testid="postcheck-finding"]');
    expect(items).toHaveLength(1);
    expect(items[0].getAttribute('data-rule')).toBe('personal-info');
    expect(items[0].textContent).toContain('A phone number');
    expect(items[0].textContent).toContain('Toronto s.5');
    const buttons = [...items[0].querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain('Fix');
    expect(buttons).toContain('Dismiss');

    (ui()!.querySelector('[data-testid="postcheck-mode-work"]') as HTMLButtonElement).click();
    await eventually(() => expect(t.bg.checks().at(-1)?.mode).toBe('work'));
    expect(t.bg.requests).toContainEqual({ type: 'set-mode', account: 'x:default', mode: 'work' });
    expect(t.bg.checks().at(-1)?.mode).toBe('work');
    expect(ui()!.querySelector('[data-testid="postcheck-mode-work"]')).toBeNull();

    [...ui()!.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss')!.click();
    await wait(10);
    expect(badge()?.textContent).toBe('0');
    expect(ui()!.querySelectorAll('li[data-testid="postcheck-finding"]')).toHaveLength(0);

    // Dismissed for this draft only: emptying the box starts a new draft.
    const text = document.querySelector('[data-text]')!.firstChild as Text;
    text.data = '';
    await eventually(() => expect(t.bg.checks().at(-1)?.text).toBe(''));
    text.data = 'Call 416-555-0199';
    await eventually(() => expect(badge()?.textContent).toBe('1'));
  });

  test('editors added later (SPA navigation) and removed are tracked', async () => {
    document.body.innerHTML = '<main></main>';
    const t = start();
    stop = () => t.controller.abort();
    expect(t.app.sessions.size).toBe(0);
    document.querySelector('main')!.innerHTML = '<div><div id="ed" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div>';
    await eventually(() => expect(t.app.sessions.size).toBe(1));
    expect(document.querySelectorAll('postcheck-ui')).toHaveLength(1);
    document.querySelector('main')!.innerHTML = '';
    await eventually(() => expect(t.app.sessions.size).toBe(0));
    expect(document.querySelectorAll('postcheck-ui')).toHaveLength(0);
  });

  test('a focused editable box no selector knows is checked (fallback)', async () => {
    document.body.innerHTML = '<div id="box" contenteditable="true"><p>hi</p></div>';
    const t = start();
    stop = () => t.controller.abort();
    expect(t.app.sessions.size).toBe(0);
    document.getElementById('box')!.focus();
    await eventually(() => expect(t.bg.checks().at(-1)?.text).toBe('hi'));
    expect(t.app.sessions.size).toBe(1);
  });

  test('an adapter that throws never reaches the page', async () => {
    composer('416-555-0199');
    const broken: SiteAdapter = { ...x, findAccount: () => { throw new Error('selector broke'); }, findAttachments: () => { throw new Error('boom'); }, isDark: () => { throw new Error('x'); } };
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const t = start(broken);
    stop = () => t.controller.abort();
    await eventually(() => expect(badge()?.textContent).toBe('1'));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  test('no answer from the background: nothing happens, the editor is untouched', async () => {
    const ed = composer('416-555-0199');
    const html = ed.outerHTML;
    const send = (async () => null) as unknown as Send;
    const controller = new AbortController();
    const app = new PostcheckApp({ adapter: x, send, signal: controller.signal });
    app.start();
    stop = () => controller.abort();
    await wait(150);
    expect(badge()?.textContent).toBe('0');
    expect(ed.outerHTML).toBe(html);
  });

  test('abort (extension reload) removes the UI and stops checking; the editor is untouched', async () => {
    const ed = composer('416-555-0199');
    const html = ed.outerHTML;
    const t = start();
    await eventually(() => expect(t.checked).toHaveLength(1));
    t.controller.abort();
    expect(document.querySelectorAll('postcheck-ui')).toHaveLength(0);
    const n = t.bg.checks().length;
    (ed.querySelector('[data-text]')!.firstChild as Text).data = 'changed';
    await wait(150);
    expect(t.bg.checks()).toHaveLength(n);
    (ed.querySelector('[data-text]')!.firstChild as Text).data = '416-555-0199';
    expect(ed.outerHTML).toBe(html);
  });
});
