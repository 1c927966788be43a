// The options page of the built extension in Chromium and Firefox: the employer chosen there
// (by keyboard) re-checks an open X draft within a second; axe-core scan; bundle size.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, EXTENSION_DIRS, FIREFOX_EXTENSION_UUID, launch, type Session, type Tab } from './helpers/browser';
import { clickUi, closePanel, openPanel, focusEditor, openFixture, screenshot, waitFor, waitForRules } from './helpers/page';
import { axeScan, chromiumExtensionId, serious } from './helpers/popup';
import { typeAndCheck } from './helpers/scenarios';

/** 403-268-2489 is Calgary's published City number: a personal number for Toronto, the City's for Calgary. */
const POST = 'Questions? Call 403-268-2489';

async function openOptions(s: Session): Promise<Tab> {
  const tab = await s.newTab();
  const origin = s.browser === 'chromium' ? `chrome-extension://${chromiumExtensionId()}` : `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  await tab.goto(`${origin}/options.html`);
  await waitFor(tab, () => !!document.querySelector('main:not([aria-busy])'), undefined, 5_000, 'options rendered');
  return tab;
}

/** Time from `act` (in the options tab) to the first check in `page` with `count` findings (same clock: Date.now()). */
async function recheckedWithin(options: Tab, page: Tab, count: number, act: () => Promise<void>): Promise<number> {
  const since = Date.now();
  await act();
  const at = await waitFor(page, ([t, n]) => {
    const hit = ((window as any).__pc.checks as { count: number; t: number }[]).find((c) => performance.timeOrigin + c.t >= t && c.count === n);
    return hit ? performance.timeOrigin + hit.t : null;
  }, [since, count] as const, 3_000, `a check with ${count} finding(s)`);
  return Math.round(at - since);
}

const checked = (tab: Tab) => tab.evaluate(() => (document.querySelector('input[name="employer"]:checked') as HTMLInputElement | null)?.value);

it('the options bundle stays small: City profiles and rule titles, not the rules', () => {
  for (const dir of Object.values(EXTENSION_DIRS)) {
    const html = readFileSync(path.join(dir, 'options.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(files.some((f) => f.startsWith('chunks/options'))).toBe(true);
    const js = Buffer.concat(files.map((f) => readFileSync(path.join(dir, f))));
    const gz = gzipSync(js, { level: 9 }).length;
    console.log(`[options] ${path.basename(dir)}: ${files.join(' + ')}: ${js.length} bytes, ${gz} gzipped`);
    expect(gz).toBeLessThan(24 * 1024);
    expect(js.toString()).not.toContain('cbc.ca'); // news list
    expect(js.toString()).not.toContain('bit.ly'); // shorteners
  }
});

describe.each(BROWSERS)('options page in %s', (browser) => {
  let s: Session;
  let options: Tab;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it('the employer chosen by keyboard re-checks an open draft: Calgary\'s own number is fine for Calgary, not for Toronto', async () => {
    await openFixture(s.tab, 'x', 'handle=options_user');
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, POST);
    // A new account: the panel asks work or personal (waited for, as the question renders after the mode lookup).
    await openPanel(s.tab);
    await clickUi(s.tab, 'main', '[data-testid="postcheck-mode-work"]');
    await waitForRules(s.tab, ['personal-info']); // Toronto, the default: a personal phone number
    await closePanel(s.tab);

    options = await openOptions(s);
    expect(await checked(options)).toBe('toronto');
    // The work mode just chosen is listed with the remembered accounts.
    await waitFor(options, () => !!document.querySelector('li[data-account="x:@options_user"] input[value="work"]:checked'), undefined, 3_000, 'remembered account');
    await options.press('Tab'); // first stop: the chosen employer
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('toronto');
    const calgaryMs = await recheckedWithin(options, s.tab, 0, () => options.press('ArrowDown'));
    expect(await checked(options)).toBe('calgary');
    await waitFor(options, () => document.querySelector('[data-testid="options-status"]')?.textContent?.startsWith('Saved'), undefined, 2_000, 'Saved');
    expect(await s.tab.evaluate(() => (window as any).__pc.badge('main')?.text)).not.toBe('1');

    const torontoMs = await recheckedWithin(options, s.tab, 1, () => options.press('ArrowUp'));
    expect(await checked(options)).toBe('toronto');
    console.log(`[options] ${browser}: employer changed → draft re-checked: Calgary ${calgaryMs} ms, Toronto ${torontoMs} ms`);
    expect(calgaryMs).toBeLessThan(1_000);
    expect(torontoMs).toBeLessThan(1_000);
  });

  it('axe-core: no serious or critical violations; screenshot', async () => {
    // An official account and a refused one, so the list and the alert are scanned too.
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="options-official-input"]')!;
      input.focus();
    });
    await options.type('x:@TorontoComms');
    await options.press('Enter');
    await waitFor(options, () => !!document.querySelector('[data-testid="options-official"] li[data-account="x:@TorontoComms"]'), undefined, 3_000, 'official account added');
    await options.type('mastodon:@city');
    await options.press('Enter');
    await waitFor(options, () => document.querySelector('[data-testid="options-accounts-error"]')?.textContent, undefined, 3_000, 'refused');
    // Logos: a real PNG is decoded and kept with its thumbnail; a file that only claims to be a PNG is refused.
    const broken = path.join(tmpdir(), 'postcheck-broken-logo.png');
    writeFileSync(broken, 'not really a PNG');
    await options.upload(() => document.querySelector('[data-testid="options-logo-files"]'), [path.resolve('assets/logos/toronto.png'), broken]);
    await waitFor(options, () => document.querySelector('[data-testid="options-logos-error"]')?.textContent, undefined, 5_000, 'broken logo refused');
    expect(await options.evaluate(() => document.querySelector('[data-testid="options-logos-error"]')!.textContent)).toBe('"postcheck-broken-logo.png" could not be read as an image. Use a PNG, JPEG, GIF or WebP file.');
    await waitFor(options, () => (document.querySelector('[data-testid="options-logos"] img') as HTMLImageElement | null)?.naturalWidth, undefined, 3_000, 'thumbnail shown');
    const scan = await axeScan(options);
    console.log(`[axe] options ${browser}:`, JSON.stringify(scan));
    expect(scan.passedChecks).toBeGreaterThan(30);
    expect(serious(scan)).toEqual([]);
    await screenshot(options, 'options');
    await options.evaluate(() => document.querySelector('[data-testid="options-checks"]')!.scrollIntoView());
    await screenshot(options, 'options-checks');
    await options.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await screenshot(options, 'options-logos');
  });
});
