// Page-side helpers for the specs: open a fixture, find an editor and its <postcheck-ui>
// (the badge/panel host, maybe inside an open shadow root), read highlights and findings,
// click inside shadow roots with real mouse events, wait for `postcheck:checked`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SITE_URLS, type Site } from '../../fixtures/serve';
import type { Tab } from './browser';

export type Editor = 'main' | 'comment' | 'plain';
export interface Finding { rule: string; severity: string; text: string; buttons: string[] }
export type Highlights = Record<'error' | 'warning' | 'info', string[]>;
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Installs `window.__pc` in the page: queries through open shadow roots and a checked-event log. */
function install() {
  const w = window as unknown as Record<string, any>;
  if (w.__pc) return;
  const checks: { count: number; seq: number; ms: number; t: number }[] = [];
  window.addEventListener('postcheck:checked', (e) => {
    const detail = (e as CustomEvent).detail;
    checks.push({ ...(typeof detail === 'string' ? JSON.parse(detail) : detail), t: performance.now() });
  });
  const hosts = (root: Document | ShadowRoot, out: Element[] = []): Element[] => {
    for (const node of root.querySelectorAll('*')) {
      if (node.localName === 'postcheck-ui') out.push(node);
      else if (node.shadowRoot) hosts(node.shadowRoot, out);
    }
    return out;
  };
  const editor = (name: string): HTMLElement | null => w.__fixture.element(name);
  /** The UI whose badge sits closest to the editor's top-right corner. */
  const ui = (name: string): ShadowRoot | null => {
    const ed = editor(name);
    if (!ed) return null;
    const r = ed.getBoundingClientRect();
    let best: ShadowRoot | null = null;
    let bestDistance = Infinity;
    for (const host of hosts(document)) {
      const badge = host.shadowRoot?.querySelector('[data-testid="postcheck-badge"]');
      if (!badge) continue;
      const b = badge.getBoundingClientRect();
      if (b.width === 0) continue;
      const d = Math.hypot(b.left - r.right, b.top - r.top);
      if (d < bestDistance) { bestDistance = d; best = host.shadowRoot; }
    }
    return best;
  };
  const center = (el: Element | null) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  w.__pc = {
    checks,
    editor,
    ui,
    center,
    /** Where to click to focus the editor: its first line, away from the badge at its top-right. */
    clickPoint(name: string) {
      const ed = editor(name);
      if (!ed) return null;
      let r = ed.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) {
        ed.scrollIntoView({ block: 'center' });
        r = ed.getBoundingClientRect();
      }
      return r.width ? { x: r.left + 6, y: r.top + Math.min(12, r.height / 2) } : null;
    },
    highlights() {
      const out: Record<string, string[]> = {};
      for (const kind of ['error', 'warning', 'info']) {
        const h = (CSS as any).highlights?.get(`postcheck-${kind}`);
        out[kind] = h ? [...h].map((range: Range) => range.toString()) : [];
      }
      return out;
    },
    findings(name: string) {
      const root = ui(name);
      return [...(root?.querySelectorAll('[data-testid="postcheck-finding"]') ?? [])].map((li) => ({
        rule: li.getAttribute('data-rule') ?? '',
        severity: li.getAttribute('data-severity') ?? '',
        text: (li.textContent ?? '').trim(),
        buttons: [...li.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
      }));
    },
    badge(name: string) {
      const badge = ui(name)?.querySelector('[data-testid="postcheck-badge"]');
      return badge ? { text: (badge.textContent ?? '').trim(), label: badge.getAttribute('aria-label') ?? '' } : null;
    },
    panelOpen: (name: string) => !!ui(name)?.querySelector('[data-testid="postcheck-panel"][role="dialog"]'),
    /** Centre of an element inside the editor's UI: a selector, optionally within the finding for `rule`. */
    target(name: string, selector: string, rule?: string, label?: string) {
      const root = ui(name);
      if (!root) return null;
      const scope: ParentNode | null = rule ? root.querySelector(`[data-testid="postcheck-finding"][data-rule="${rule}"]`) : root;
      if (!scope) return null;
      const all = [...scope.querySelectorAll(selector)];
      const el = label ? all.find((b) => (b.textContent ?? '').trim() === label) : all[0];
      return center(el ?? null);
    },
  };
}

export async function openFixture(tab: Tab, site: Site, query = '', url = SITE_URLS[site]) {
  await tab.goto(url + (query ? `?${query}` : ''));
  await waitFor(tab, () => !!(window as any).__fixture, undefined, 10_000, 'fixture loaded');
  await tab.evaluate(install);
}

/** Polls `fn(arg)` in the page until it returns a truthy value. */
export async function waitFor<R, A = undefined>(tab: Tab, fn: (arg: A) => R, arg?: A, timeout = 10_000, what = 'condition'): Promise<NonNullable<R>> {
  const end = Date.now() + timeout;
  let last: R | undefined;
  for (;;) {
    last = await tab.evaluate(fn, arg as A);
    if (last) return last as NonNullable<R>;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}

/** Clicks the opener if the editor is not there yet, then clicks into the editor; caret at the end. */
export async function focusEditor(tab: Tab, editor: Editor = 'main') {
  const opener = await tab.evaluate((n) => {
    const f = (window as any).__fixture;
    return f.element(n) ? null : (window as any).__pc.center(f.opener(n));
  }, editor);
  if (opener) await tab.click(opener.x, opener.y);
  const at = await waitFor(tab, (n) => (window as any).__pc.clickPoint(n), editor, 5_000, `editor ${editor}`);
  await tab.click(at.x, at.y);
  await waitFor(tab, (n) => {
    const ed = (window as any).__pc.editor(n) as HTMLElement;
    const active = (ed.getRootNode() as Document | ShadowRoot).activeElement;
    return active === ed || ed.contains(active);
  }, editor, 5_000, `focus in ${editor}`);
  await tab.press('Control+End');
}

export const getText = (tab: Tab, editor: Editor = 'main') =>
  tab.evaluate((n) => (window as any).__fixture.getText(n) as string, editor);
export const posted = (tab: Tab) =>
  tab.evaluate(() => (window as any).__fixture.posted as { editor: string; text: string }[]);
export const highlights = (tab: Tab) => tab.evaluate(() => (window as any).__pc.highlights() as Highlights);
export const allHighlighted = async (tab: Tab) => Object.values(await highlights(tab)).flat();
export const findings = (tab: Tab, editor: Editor = 'main') =>
  tab.evaluate((n) => (window as any).__pc.findings(n) as Finding[], editor);
export const checkCount = (tab: Tab) => tab.evaluate(() => (window as any).__pc.checks.length as number);

/** Waits for a `postcheck:checked` event after `since` events had been seen. */
export const waitChecked = (tab: Tab, since: number, timeout = 5_000) =>
  waitFor(tab, (n) => (window as any).__pc.checks.length > n, since, timeout, 'postcheck:checked');

/** Waits until a check has settled: the count of checks stops changing for `quietMs`. */
export async function settle(tab: Tab, quietMs = 400) {
  let n = await checkCount(tab);
  for (;;) {
    await sleep(quietMs);
    const m = await checkCount(tab);
    if (m === n) return;
    n = m;
  }
}

/** Real mouse click on an element inside the editor's Postcheck UI. */
export async function clickUi(tab: Tab, editor: Editor, selector: string, opts: { rule?: string; label?: string } = {}) {
  const at = await waitFor(tab, ([n, s, r, l]) => (window as any).__pc.target(n, s, r, l),
    [editor, selector, opts.rule, opts.label] as const, 5_000, `${selector} ${opts.rule ?? ''} ${opts.label ?? ''} in the Postcheck UI`);
  await tab.click(at.x, at.y);
}

/** Opens the panel (click the badge) unless it is open. */
export async function openPanel(tab: Tab, editor: Editor = 'main') {
  if (await tab.evaluate((n) => (window as any).__pc.panelOpen(n), editor)) return;
  await clickUi(tab, editor, '[data-testid="postcheck-badge"]');
  await waitFor(tab, (n) => (window as any).__pc.panelOpen(n), editor, 5_000, 'panel open');
}

/** Closes the panel with its close button if it is open. */
export async function closePanel(tab: Tab, editor: Editor = 'main') {
  if (!(await tab.evaluate((n) => (window as any).__pc.panelOpen(n), editor))) return;
  await clickUi(tab, editor, '[data-testid="postcheck-panel"] button[aria-label="Close"]');
  await waitFor(tab, (n) => !(window as any).__pc.panelOpen(n), editor, 3_000, 'panel closed');
}

/** Answers the work/personal question in the panel if it is asked. */
export async function chooseMode(tab: Tab, mode: 'work' | 'personal', editor: Editor = 'main') {
  await openPanel(tab, editor);
  const sel = `[data-testid="postcheck-mode-${mode}"]`;
  const asked = await tab.evaluate(([n, s]) => !!(window as any).__pc.ui(n)?.querySelector(s), [editor, sel] as const);
  if (asked) await clickUi(tab, editor, sel);
}

/** Waits until the panel lists exactly these rules (in any order). */
export async function waitForRules(tab: Tab, rules: string[], editor: Editor = 'main', timeout = 8_000) {
  const want = [...new Set(rules)].sort().join(',');
  try {
    return await waitFor(tab, ([n, w]) => {
      const got = [...new Set(((window as any).__pc.findings(n) as { rule: string }[]).map((f) => f.rule))].sort().join(',');
      return got === w ? { got } : null;
    }, [editor, want] as const, timeout, `findings ${want}`);
  } catch (e) {
    const got = (await findings(tab, editor)).map((f) => f.rule);
    throw new Error(`panel findings: expected [${want}], got [${got.join(',')}]`, { cause: e });
  }
}

export async function screenshot(tab: Tab, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await tab.screenshot(path.join(SCREENSHOTS, `${name}-${tab.browser}.png`));
}

/** Select-all + Delete, then wait for the editor to be empty. */
export async function clearEditor(tab: Tab, editor: Editor = 'main') {
  await tab.press('Control+a');
  await tab.press('Backspace');
  await waitFor(tab, (n) => (window as any).__fixture.getText(n).trim() === '', editor, 3_000, 'empty editor');
}
