// The toolbar popup (opened as a page in a tab) and the toolbar badge, in Chromium and Firefox; axe-core
// scans of the popup (the panel's scan is in gate.test.ts, both browsers).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, EXTENSION_DIRS, launch, type Session, type Tab } from './helpers/browser';
import { clearEditor, focusEditor, openFixture, openPanel, posted, screenshot, waitFor, waitForRules } from './helpers/page';
import { axeScan, checklist, clickPopup, openPopup, popupText, serious, toolbarBadge, toolbarTitle } from './helpers/popup';
import { PHONE, typeAndCheck, WORK_POST } from './helpers/scenarios';

const X_TABS = 'https://x.com/*';

/**
 * Clicks a mode in the popup and waits until the open editor shows `count` findings; returns the
 * time from the click (in the popup) to the check applied in the page (same clock: Date.now()).
 */
async function switchMode(popup: Tab, tab: Tab, mode: 'work' | 'personal', count: string): Promise<number> {
  await popup.evaluate(() => document.addEventListener('click', () => ((window as any).__clickedAt = Date.now()), { capture: true, once: true }));
  await clickPopup(popup, `[data-testid="popup-mode-${mode}"]`);
  await waitFor(tab, (n) => (window as any).__pc.badge('main')?.text === n, count, 3_000, `${count} finding(s) in ${mode} mode`);
  const clickedAt = await popup.evaluate(() => (window as any).__clickedAt as number);
  const appliedAt = await tab.evaluate(([since, n]) => {
    const checks = (window as any).__pc.checks as { count: number; t: number }[];
    const hit = checks.find((c) => performance.timeOrigin + c.t >= since && String(c.count) === n);
    return hit ? performance.timeOrigin + hit.t : null;
  }, [clickedAt, count] as const);
  expect(appliedAt).not.toBeNull();
  return Math.round(appliedAt! - clickedAt);
}

it('the popup bundle stays small: it asks the background instead of bundling the rules', () => {
  for (const dir of Object.values(EXTENSION_DIRS)) {
    // The popup's own chunk and what it shares with the options page (Preact, the City profiles).
    const html = readFileSync(path.join(dir, 'popup.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(files.filter((f) => f.startsWith('chunks/popup'))).toHaveLength(1);
    const js = Buffer.concat(files.map((f) => readFileSync(path.join(dir, f))));
    const gz = gzipSync(js, { level: 9 }).length;
    console.log(`[popup] ${path.basename(dir)} popup script: ${files.join(' + ')}: ${js.length} bytes, ${gz} gzipped`);
    expect(gz).toBeLessThan(20 * 1024);
    expect(js.toString()).not.toContain('cbc.ca'); // the news-domain list lives in the background
  }
});

describe.each(BROWSERS)('popup and toolbar badge in %s', (browser) => {
  let s: Session;
  let popup: Tab;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it('shows the account, switches its mode (the open editor follows within a second) and the checklist', async () => {
    await openFixture(s.tab, 'x', 'handle=popup_user');
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, WORK_POST);
    // Mode not chosen yet: only the rules common to both modes run (personal-info).
    await waitFor(s.tab, () => (window as any).__pc.badge('main')?.text === '1', undefined, 5_000, 'one finding before the mode is known');

    popup = await openPopup(s);
    expect(await popupText(popup, 'popup-account')).toBe('@popup_user');
    expect(await popupText(popup, 'popup-employer')).toBe('Checking against City of Toronto policy');
    expect(await popupText(popup, 'popup-settings')).toBe('Settings');
    expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[name="mode"]')].map((r) => r.checked))).toEqual([false, false]);
    expect(await popupText(popup, 'popup-count')).toBe('1 open finding in this draft, 1 error.');
    expect(await toolbarBadge(popup, X_TABS)).toEqual({ text: '1', colour: '#b3261e' });

    const workMs = await switchMode(popup, s.tab, 'work', '2'); // news-link fires in work mode
    expect(workMs).toBeLessThan(1_000);
    await openPanel(s.tab);
    await waitForRules(s.tab, ['personal-info', 'news-link']);
    await waitFor(popup, () => document.querySelector('[data-testid="popup-count"]')?.textContent?.startsWith('2 open findings'), undefined, 3_000, 'popup count 2');
    expect(await toolbarBadge(popup, X_TABS)).toEqual({ text: '2', colour: '#b3261e' });
    expect(await toolbarTitle(popup, X_TABS)).toBe('Postcheck: 2 open findings (1 error)');
    expect(await checklist(popup)).toEqual({
      'work-account': 'open', 'program-area': 'open', 'second-reader': 'open',
      'no-confidential': 'fail', 'no-commercial': 'fail', respectful: 'pass', media: 'open',
    });
    // A manual item ticked stays ticked while the popup is reopened, for this draft.
    await clickPopup(popup, '#tick-second-reader');
    await waitFor(popup, () => (document.querySelector('#tick-second-reader') as HTMLInputElement).checked, undefined, 3_000, 'ticked');
    await screenshot(popup, 'popup-work');

    const personalMs = await switchMode(popup, s.tab, 'personal', '1'); // news-link is work-only
    expect(personalMs).toBeLessThan(1_000);
    await waitForRules(s.tab, ['personal-info']);
    await waitFor(popup, () => !!document.querySelector('[data-item="disclaimer"]'), undefined, 3_000, 'personal checklist');
    expect(await checklist(popup)).toEqual({
      disclaimer: 'pass', 'no-identifiers': 'pass', 'no-personal-info': 'fail', 'no-confidential': 'pass', colleagues: 'pass', respectful: 'pass',
    });
    await waitFor(popup, () => document.querySelector('[data-testid="popup-count"]')?.textContent === '1 open finding in this draft, 1 error.', undefined, 3_000, 'popup count 1 in personal mode');
    await screenshot(popup, 'popup-personal');
    console.log(`[popup] ${browser}: mode switch → editor re-checked: work ${workMs} ms, personal ${personalMs} ms`);

    // Back to work: the tick of this draft is still there after reopening the popup.
    await clickPopup(popup, '[data-testid="popup-mode-work"]');
    await waitFor(s.tab, () => (window as any).__pc.badge('main')?.text === '2', undefined, 3_000, 'work again');
    popup = await openPopup(s);
    await waitFor(popup, () => (document.querySelector('#tick-second-reader') as HTMLInputElement | null)?.checked, undefined, 3_000, 'tick kept for this draft');
  });

  it('badge count follows the draft: cleared when emptied or posted; ticks reset with a new draft', async () => {
    await focusEditor(s.tab);
    await clearEditor(s.tab);
    await waitFor(popup, () => document.querySelector('[data-testid="popup-count"]')?.textContent === 'No draft in the box yet.', undefined, 3_000, 'no draft');
    expect(await toolbarBadge(popup, X_TABS)).toEqual({ text: '', colour: expect.any(String) });
    expect(await checklist(popup)).toMatchObject({ 'no-confidential': 'none', 'second-reader': 'open' });

    await typeAndCheck(s.tab, `Call ${PHONE}`);
    await waitFor(popup, () => document.querySelector('[data-testid="popup-count"]')?.textContent?.startsWith('1 open finding'), undefined, 3_000, 'popup count 1');
    expect(await toolbarBadge(popup, X_TABS)).toEqual({ text: '1', colour: '#b3261e' });
    expect(await checklist(popup)).toMatchObject({ 'second-reader': 'open' });

    // Warnings only: amber badge; posting clears it.
    await clearEditor(s.tab);
    await typeAndCheck(s.tab, 'Details at https://bit.ly/3xYzAbc');
    await waitFor(popup, () => document.querySelector('[data-testid="popup-count"]')?.textContent?.startsWith('1 open finding in this draft.'), undefined, 3_000, 'one warning');
    expect(await toolbarBadge(popup, X_TABS)).toEqual({ text: '1', colour: '#8a5300' });
    await s.tab.press('Control+Enter');
    await waitFor(s.tab, () => (window as any).__fixture.posted.length === 1, undefined, 3_000, 'posted');
    await waitFor(popup, () => document.querySelector('[data-testid="popup-count"]')?.textContent === 'No draft in the box yet.', undefined, 3_000, 'no draft after posting');
    expect((await toolbarBadge(popup, X_TABS))?.text).toBe('');
  });

  it('the check before posting can be switched off in the popup', async () => {
    popup = await openPopup(s);
    await clickPopup(popup, '[data-testid="popup-check-before-posting"]');
    await waitFor(popup, () => !(document.querySelector('[data-testid="popup-check-before-posting"]') as HTMLInputElement).checked, undefined, 2_000, 'switch off');
    await new Promise((r) => setTimeout(r, 300));
    const text = `Call me at ${PHONE} today`;
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, text);
    await waitFor(s.tab, () => (window as any).__pc.badge('main')?.text === '1', undefined, 5_000, 'error flagged');
    await s.tab.press('Control+Enter');
    await waitFor(s.tab, () => (window as any).__fixture.posted.length === 2, undefined, 3_000, 'posted without asking');
    expect((await posted(s.tab))[1]).toEqual({ editor: 'main', text });
    await clickPopup(popup, '[data-testid="popup-check-before-posting"]');
    await waitFor(popup, () => (document.querySelector('[data-testid="popup-check-before-posting"]') as HTMLInputElement).checked, undefined, 2_000, 'switch on');
  });

  it('by keyboard alone: Tab to the switch, arrows change the mode, Space ticks, Enter on "Why?" opens the summary', async () => {
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, WORK_POST);
    await waitFor(s.tab, () => (window as any).__pc.badge('main')?.text === '2', undefined, 5_000, 'work mode: 2 findings');
    popup = await openPopup(s);
    const focused = () => popup.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return a ? `${a.tagName.toLowerCase()}${a.id ? '#' + a.id : ''}${a.getAttribute('data-testid') ? '[' + a.getAttribute('data-testid') + ']' : ''}` : '';
    });
    await popup.press('Tab');
    expect(await focused()).toBe('input[popup-mode-work]');
    await popup.press('ArrowRight');
    expect(await focused()).toBe('input[popup-mode-personal]');
    await waitFor(s.tab, () => (window as any).__pc.badge('main')?.text === '1', undefined, 3_000, 'personal mode by keyboard');
    await popup.press('ArrowLeft');
    await waitFor(s.tab, () => (window as any).__pc.badge('main')?.text === '2', undefined, 3_000, 'work mode by keyboard');
    await popup.press('Tab');
    expect(await focused()).toBe('input#tick-work-account');
    await popup.type(' '); // Space (Playwright and Puppeteer name that key differently)
    await waitFor(popup, () => (document.querySelector('#tick-work-account') as HTMLInputElement).checked, undefined, 3_000, 'ticked by Space');
    await popup.press('Tab');
    expect(await popup.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe('#clause-separate-accounts');
    await popup.press('Enter');
    await waitFor(popup, () => location.hash === '#clause-separate-accounts', undefined, 3_000, 'summary opened');
    const inView = await popup.evaluate(() => {
      const r = document.getElementById('clause-separate-accounts')!.getBoundingClientRect();
      (window as any).__dbg = [r.top, innerHeight, scrollY, document.documentElement.scrollHeight];
      return r.top > -2 && r.top < innerHeight; // scrolled to (sub-pixel above 0 is "at the top")
    });
    expect(inView, JSON.stringify(await popup.evaluate(() => (window as any).__dbg))).toBe(true);
    await clearEditor(s.tab);
  });

  it('on a tab that is not one of the sites, says what it does and how to set the mode', async () => {
    const other = await openPopup(s, 'tab=999999');
    expect(await other.evaluate(() => !!document.querySelector('[data-testid="popup-offsite"]'))).toBe(true);
    expect(await popupText(other, 'popup-offsite')).toContain('Work or personal account?');
    await screenshot(other, 'popup-offsite');
  });

  it('axe-core: no serious or critical violations in the popup (site tab and other tab)', async () => {
    popup = await openPopup(s);
    await waitFor(popup, () => !!document.querySelector('[data-testid="popup-checklist"]'), undefined, 3_000, 'checklist');
    const onSite = await axeScan(popup);
    const other = await openPopup(s, 'tab=999999');
    const offSite = await axeScan(other);
    console.log(`[axe] popup ${browser} (site tab):`, JSON.stringify(onSite), '| popup (other tab):', JSON.stringify(offSite));
    expect(onSite.passedChecks).toBeGreaterThan(20);
    expect(serious(onSite)).toEqual([]);
    expect(serious(offSite)).toEqual([]);
  });
});
