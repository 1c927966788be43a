// city-logo end to end: an image attached through each site's own "add photo" flow reaches the
// logo matcher in the background; the Toronto logo gives a finding in personal mode, none in work
// mode, and an ordinary photo none at all. In Chromium and Firefox, with the built extension.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatten, encodeJpeg, encodePng, loadLogo, paste, photo, rng } from '../logo/raster';
import { BROWSERS, launch, type Session, type Tab } from './helpers/browser';
import { openPopup, toolbarBadge } from './helpers/popup';
import { clickUi, findings, focusEditor, getText, openFixture, openPanel, screenshot, waitFor, waitForRules } from './helpers/page';
import { typeAndCheck } from './helpers/scenarios';
import type { Site } from '../fixtures/serve';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-logo-'));
/** Neutral file names: the rule also reads names, and these must be found by their pixels. */
const LOGO_PHOTO = path.join(dir, 'IMG_2041.png');
const PLAIN_PHOTO = path.join(dir, 'IMG_2042.png');
const BIG_LOGO_PHOTO = path.join(dir, 'IMG_2043.jpg');
const PASTED = path.join(dir, 'IMG_2044.png');
const DROPPED = path.join(dir, 'IMG_2045.png');

beforeAll(() => {
  const logo = flatten(loadLogo(path.join(root, 'assets/logos/toronto.png'), 360), [255, 255, 255], 16);
  writeFileSync(LOGO_PHOTO, encodePng(paste(photo(1200, 800, rng(41)), logo, 700, 560)));
  writeFileSync(PLAIN_PHOTO, encodePng(photo(1200, 800, rng(42))));
  const small = flatten(loadLogo(path.join(root, 'assets/logos/toronto.png'), 240), [255, 255, 255], 12);
  writeFileSync(PASTED, encodePng(paste(photo(700, 500, rng(44)), small, 60, 80)));
  writeFileSync(DROPPED, encodePng(paste(photo(700, 500, rng(45)), small, 400, 360)));
  // A 12-megapixel camera-sized JPEG for the timing.
  const big = flatten(loadLogo(path.join(root, 'assets/logos/toronto.png'), 900), [255, 255, 255], 30);
  writeFileSync(BIG_LOGO_PHOTO, encodeJpeg(paste(photo(4000, 3000, rng(43)), big, 2900, 2600), 85));
}, 120_000);

const POST = 'Lovely evening at the farmers market.';

/** Each site's add-photo flow, up to the image shown in the composer. */
const attach: Record<Site, (tab: Tab, file: string) => Promise<void>> = {
  x: async (tab, file) => {
    await tab.upload(() => document.querySelector('[data-testid="toolBar"] input[type=file][data-testid="fileInput"]'), [file]);
  },
  facebook: async (tab, file) => {
    await tab.upload(() => document.querySelector('[role="dialog"][aria-modal="true"] input[type=file]'), [file]);
  },
  linkedin: async (tab, file) => {
    await tab.evaluate(() => (document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('[aria-label="Add media"]') as HTMLElement).click());
    await waitFor(tab, () => !!document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('#media-editor-file-selector__file-input'), undefined, 3_000, 'LinkedIn file input');
    await tab.upload(() => document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('#media-editor-file-selector__file-input'), [file]);
    await waitFor(tab, () => !!document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('button[aria-label^="Select IMG_"]'), undefined, 3_000, 'LinkedIn "Select <file>"');
    await tab.evaluate(() => (document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('.media-editor-next') as HTMLElement).click());
  },
};

/** Pastes an image file into the editor, or drops one on it, as the clipboard or a drag from the desktop would. */
async function pasteOrDrop(tab: Tab, how: 'paste' | 'drop', file: string) {
  await tab.evaluate(([how, b64, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'image/png' }));
    const ed = (window as any).__fixture.element('main') as HTMLElement;
    const r = ed.getBoundingClientRect();
    const init = { bubbles: true, cancelable: true, composed: true };
    ed.dispatchEvent(how === 'paste'
      ? new ClipboardEvent('paste', { ...init, clipboardData: dt })
      : new DragEvent('drop', { ...init, dataTransfer: dt, clientX: r.left + 10, clientY: r.top + 10 }));
  }, [how, readFileSync(file).toString('base64'), path.basename(file)] as const);
}

/** Sets the account's mode in the panel: answers the question, or "Change" first. */
async function setMode(tab: Tab, mode: 'work' | 'personal') {
  await openPanel(tab);
  // The question, or "Change" once the account's mode is known (the lookup may still be running).
  const shown = await waitFor(tab, (m) => {
    const ui = (window as any).__pc.ui('main') as ShadowRoot | null;
    return ui?.querySelector(`[data-testid="postcheck-mode-${m}"]`) ? 'asked' : ui?.querySelector('[data-testid="postcheck-mode-change"]') ? 'known' : null;
  }, mode, 5_000, 'the mode question or Change');
  if (shown === 'known') await clickUi(tab, 'main', '[data-testid="postcheck-mode-change"]');
  await clickUi(tab, 'main', `[data-testid="postcheck-mode-${mode}"]`);
}

/** Opens the fixture and records `postcheck:image-checked` events in `window.__images`. */
async function open(tab: Tab, site: Site, handle: string) {
  await openFixture(tab, site, `handle=${handle}`);
  await tab.evaluate(() => {
    const w = window as any;
    w.__images = [];
    addEventListener('postcheck:image-checked', (e) => w.__images.push({ ...JSON.parse((e as CustomEvent).detail), t: performance.now() }));
  });
}

/** Logs attach → finding and what the image round trip and the matcher took. */
async function report(tab: Tab, what: string, t0: number) {
  const t1 = await firstFindingAfter(tab, t0);
  const images = await tab.evaluate(() => (window as any).__images as { bytes: number; ms: number; readMs: number; unpackMs: number; matcherMs: number }[]);
  const last = images[images.length - 1];
  console.log(`[logo e2e] ${tab.browser} ${what}: attach → city-logo finding ${Math.round(t1 - t0)} ms; ` +
    `image ${(last.bytes / 1e6).toFixed(1)} MB read, sent and answered in ${last.ms} ms: read as data URL ${last.readMs} ms, ` +
    `unpacked ${last.unpackMs} ms, decoded + matched ${last.matcherMs} ms, the rest messaging`);
}

/** Page time of the first check that shows a finding after `since` (page clock). */
const firstFindingAfter = (tab: Tab, since: number) =>
  waitFor(tab, (t) => (window as any).__pc.checks.find((c: { count: number; t: number }) => c.t > t && c.count > 0)?.t as number | undefined, since, 10_000, 'a check with a finding');

describe.each(BROWSERS)('city-logo in %s', (browser) => {
  let s: Session;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it.each(['x', 'facebook', 'linkedin'] as const)('%s: the Toronto logo in an attached photo is flagged in personal mode, not in work mode', async (site) => {
    await open(s.tab, site, `logo_${site}`);
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, POST);
    await setMode(s.tab, 'personal');
    await waitForRules(s.tab, []);
    const t0 = await s.tab.evaluate(() => performance.now());
    await attach[site](s.tab, LOGO_PHOTO);
    await waitForRules(s.tab, ['city-logo'], 'main', 15_000);
    await report(s.tab, `${site}, 1200x800 PNG`, t0);
    const [f] = await findings(s.tab);
    expect(f.severity).toBe('error');
    expect(f.text).toContain('looks like the City of Toronto logo');
    if (site === 'x') await screenshot(s.tab, 'logo-x-personal-panel');
    // The badge beside the editor counts it (the toolbar badge: last test).
    const badge = await s.tab.evaluate(() => (window as any).__pc.badge('main'));
    expect(badge.text).toBe('1');
    await setMode(s.tab, 'work');
    await waitForRules(s.tab, []);
  });

  it('a 12-megapixel photo: time from attaching to the finding (X)', async () => {
    await open(s.tab, 'x', 'logo_big');
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, POST);
    await setMode(s.tab, 'personal');
    const t0 = await s.tab.evaluate(() => performance.now());
    await attach.x(s.tab, BIG_LOGO_PHOTO);
    await waitForRules(s.tab, ['city-logo'], 'main', 15_000);
    await report(s.tab, 'x, 4000x3000 JPEG', t0);
  });

  // Firefox builds a script-made ClipboardEvent's clipboardData afresh, without files, so a
  // pasted file can be simulated in Chromium only; a dropped one in both.
  it(`an image ${browser === 'chromium' ? 'pasted into the editor, and one ' : ''}dropped on it, flagged too (X)`, async () => {
    await open(s.tab, 'x', 'logo_paste');
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, POST);
    await setMode(s.tab, 'personal');
    const files = browser === 'chromium' ? [['paste', PASTED], ['drop', DROPPED]] as const : [['drop', DROPPED]] as const;
    for (const [i, [how, file]] of files.entries()) {
      await pasteOrDrop(s.tab, how, file);
      await waitFor(s.tab, (n) => (window as any).__pc.findings('main').filter((f: { rule: string }) => f.rule === 'city-logo').length === n, i + 1, 15_000, `${how}: city-logo finding ${i + 1}`);
    }
    expect(await s.tab.evaluate(() => document.querySelectorAll('[data-testid="attachments"] img[src^="blob:"]').length)).toBe(files.length);
    expect(await getText(s.tab)).toBe(POST); // the draft is untouched
    // "Remove media" on every image: the findings go with them.
    await s.tab.evaluate(() => document.querySelectorAll<HTMLElement>('[data-testid="attachments"] [aria-label="Remove media"]').forEach((b) => b.click()));
    await waitForRules(s.tab, []);
  });

  it('an ordinary photo gives no finding; a logo photo added after it does (X)', async () => {
    await open(s.tab, 'x', 'logo_negative');
    await focusEditor(s.tab);
    await typeAndCheck(s.tab, POST);
    await setMode(s.tab, 'personal');
    await attach.x(s.tab, PLAIN_PHOTO);
    await waitFor(s.tab, () => document.querySelectorAll('[data-testid="attachments"] img[src^="blob:"]').length === 1, undefined, 3_000, 'thumbnail');
    const answer = await waitFor(s.tab, () => (window as any).__images[0], undefined, 10_000, 'the matcher\'s answer');
    expect(answer.found).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await findings(s.tab)).toEqual([]);
    await attach.x(s.tab, LOGO_PHOTO);
    await waitForRules(s.tab, ['city-logo'], 'main', 15_000);
    const list = await findings(s.tab);
    expect(list).toHaveLength(1);
    expect(list[0].text).toContain('Image 2');
    // The toolbar badge counts it too (read from an extension page; last, as it takes the foreground).
    const popup = await openPopup(s);
    let badge = await toolbarBadge(popup, 'https://x.com/*');
    for (let i = 0; i < 30 && badge?.text !== '1'; i++) badge = (await new Promise((r) => setTimeout(r, 100)), await toolbarBadge(popup, 'https://x.com/*'));
    expect(badge).toEqual({ text: '1', colour: '#b3261e' });
  });
});
