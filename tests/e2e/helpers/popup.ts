// The toolbar popup opened as a page in a tab (chrome-extension://<id>/popup.html), the toolbar
// badge read through the extension's own API, and axe-core scans.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIRS, FIREFOX_EXTENSION_UUID, type Session, type Tab } from './browser';
import { waitFor } from './page';

/**
 * Chromium's id of an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits
 * spelled a–p. The same id the service worker's URL carries (the popup checks `chrome.runtime.id`).
 */
export function chromiumExtensionId(dir = EXTENSION_DIRS.chromium): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Opens the popup in a new tab; without `tab=` it follows the most recent site tab.
 * Chromium: chrome-extension://<id>; Firefox: moz-extension://<uuid fixed by pref>.
 */
export async function openPopup(s: Session, query = ''): Promise<Tab> {
  const tab = await s.newTab();
  const origin = s.browser === 'chromium' ? `chrome-extension://${chromiumExtensionId()}` : `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  await tab.goto(`${origin}/popup.html${query ? `?${query}` : ''}`);
  await waitFor(tab, () => !!document.querySelector('main:not([aria-busy])'), undefined, 5_000, 'popup rendered');
  const here = await tab.evaluate(() => location.origin);
  if (here !== origin) throw new Error(`popup at ${here}, expected ${origin}`);
  return tab;
}

/** Text of the popup element with this data-testid. */
export const popupText = (popup: Tab, testid: string) =>
  popup.evaluate((t) => (document.querySelector(`[data-testid="${t}"]`)?.textContent ?? '').trim(), testid);

/** data-status of each checklist item: pass / fail / none (tied to rules), ticked / open (manual). */
export const checklist = (popup: Tab) =>
  popup.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid="popup-item"]')].map((li) => [li.getAttribute('data-item'), li.getAttribute('data-status')])));

/** Clicks an element of the popup with the mouse. */
export async function clickPopup(popup: Tab, selector: string) {
  const at = await waitFor(popup, (sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector, 5_000, selector);
  await popup.click(at.x, at.y);
}

/** The toolbar badge of the first tab whose URL matches `pattern`, read from an extension page. */
export const toolbarBadge = (popup: Tab, pattern: string) =>
  popup.evaluate(async (p) => {
    const g = globalThis as any;
    const api = g.browser ?? g.chrome;
    const action = api.action ?? api.browserAction; // MV3 / Firefox MV2
    const [tab] = await api.tabs.query({ url: p });
    if (!tab) return null;
    const text = (await action.getBadgeText({ tabId: tab.id })) as string;
    const colour = (await action.getBadgeBackgroundColor({ tabId: tab.id })) as number[];
    return { text, colour: '#' + colour.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('') };
  }, pattern);

const AXE = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; nodes: number; help: string }

/**
 * Runs axe-core in the tab (injected as source, never fetched) over `context` (a selector, or
 * a `fromShadowDom` path for content inside shadow roots) and returns the violations.
 */
export async function axeScan(tab: Tab, context: unknown = document_): Promise<{ violations: AxeViolation[]; passedChecks: number }> {
  await tab.evaluate(AXE as never);
  return tab.evaluate(async (ctx) => {
    const axe = (window as any).axe;
    const result = await axe.run(ctx ?? document);
    return {
      violations: result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
      // Rules that found nodes to check and passed them: 0 would mean the context matched nothing.
      passedChecks: result.passes.reduce((n: number, p: any) => n + p.nodes.length, 0),
    };
  }, context === document_ ? null : context);
}
const document_ = Symbol('document');

export const serious = (scan: { violations: AxeViolation[] }) => scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** The toolbar button's title for the first tab matching `pattern` (what screen readers announce). */
export const toolbarTitle = (popup: Tab, pattern: string) =>
  popup.evaluate(async (p) => {
    const g = globalThis as any;
    const api = g.browser ?? g.chrome;
    const action = api.action ?? api.browserAction;
    const [tab] = await api.tabs.query({ url: p });
    return tab ? ((await action.getTitle({ tabId: tab.id })) as string) : null;
  }, pattern);
