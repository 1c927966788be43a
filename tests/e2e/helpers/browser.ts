// One small driver interface over Playwright (Chromium) and Puppeteer/BiDi (Firefox ESR), so the
// specs read the same in both. Every request is intercepted: fixture pages answer for the three
// sites' addresses and everything else is aborted, so nothing leaves the machine.
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type ElementHandle, type Page as PpPage } from 'puppeteer-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { respond } from '../../fixtures/serve';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const root = path.resolve(import.meta.dirname, '../../..');
/** WXT's build output; POSTCHECK_OUTPUT points elsewhere (e.g. a snapshot while others rebuild). */
const output = process.env.POSTCHECK_OUTPUT ?? path.join(root, '.output');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.join(output, 'chrome-mv3'),
  firefox: path.join(output, 'firefox-mv2'),
};

export interface Tab {
  readonly browser: BrowserName;
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's main world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Real key events, one per character. */
  type(text: string, delayMs?: number): Promise<void>;
  /** A key or chord such as "Enter", "Backspace", "Control+z". */
  press(chord: string): Promise<void>;
  /** Inserts text as one input (IME-like), for long posts. */
  insertText(text: string): Promise<void>;
  click(x: number, y: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Chooses `files` in the file input `find()` returns (as a person would in the file picker). */
  upload(find: () => Element | null, files: string[]): Promise<void>;
}

export interface Session {
  readonly browser: BrowserName;
  tab: Tab;
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

export interface LaunchOptions { extension?: boolean }

export function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(path.join(EXTENSION_DIRS[browser], 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIRS[browser]} is missing: build the extension first (npx wxt build${browser === 'firefox' ? ' -b firefox' : ''})`);
  }
  return browser === 'chromium' ? launchChromium(withExtension) : launchFirefox(withExtension);
}

async function launchChromium(withExtension: boolean): Promise<Session> {
  const profile = mkdtempSync(path.join(tmpdir(), 'postcheck-chromium-'));
  const dir = EXTENSION_DIRS.chromium;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Belt and braces: anything not intercepted (browser-internal requests) goes to a dead proxy.
      '--proxy-server=127.0.0.1:9', '--proxy-bypass-list=<-loopback>',
    ],
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    // The extension's own files (the popup page's script and style) are local, not network.
    if (request.url().startsWith('chrome-extension://')) return route.continue();
    const answer = await respond(request.url(), request.resourceType() === 'document');
    if (answer) await route.fulfill(answer);
    else await route.abort('blockedbyclient');
  });
  // The extension's service worker proves it loaded; it can take a while on a busy machine.
  for (const end = Date.now() + 30_000; withExtension && context.serviceWorkers().length === 0;) {
    if (Date.now() > end) throw new Error('the extension\'s service worker did not start within 30 s');
    await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => {});
  }
  const tabOf = (page: PwPage): Tab => ({
    browser: 'chromium',
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: (text, delay = 0) => page.keyboard.type(text, { delay }),
    press: (chord) => page.keyboard.press(chord),
    insertText: (text) => page.keyboard.insertText(text),
    click: (x, y) => page.mouse.click(x, y),
    screenshot: async (file) => { await page.screenshot({ path: file }); },
    upload: async (find, files) => {
      const input = (await page.evaluateHandle(find)).asElement();
      if (!input) throw new Error('no file input');
      await input.setInputFiles(files);
    },
  });
  const first = context.pages()[0] ?? (await context.newPage());
  return {
    browser: 'chromium',
    tab: tabOf(first),
    newTab: async () => tabOf(await context.newPage()),
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** The extension's moz-extension:// host in Firefox, fixed by pref so tests can open its popup page. */
export const FIREFOX_EXTENSION_UUID = 'c0ffee00-0000-4000-8000-000000000001';

async function launchFirefox(withExtension: boolean): Promise<Session> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // Lets the tests open the popup page (moz-extension://) over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'focusmanager.testmode': true,
      'extensions.webextensions.uuids': JSON.stringify({ 'postcheck@cities.example': FIREFOX_EXTENSION_UUID }),
      // The popup opened as a tab puts the site's tab in the background, where Firefox clamps
      // timers to 1 s; a real popup floats over a foreground tab. Measure that case.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      // Belt and braces: anything not intercepted (browser-internal requests) goes to a dead proxy.
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.share_proxy_settings': true,
    },
  });
  if (withExtension) await browser.installExtension(EXTENSION_DIRS.firefox);
  const prepare = async (page: PpPage): Promise<Tab> => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // The extension's own files (the popup page's script and style) are local, not network.
      if (request.url().startsWith('moz-extension://')) return void request.continue().catch(() => {});
      void respond(request.url(), request.isNavigationRequest())
        .then((answer) => (answer ? request.respond(answer) : request.abort('blockedbyclient')))
        .catch(() => {});
    });
    return {
      browser: 'firefox',
      goto: async (url) => {
        // BiDi never reports an extension page's navigation as done; the page is there anyway.
        if (url.startsWith('moz-extension://')) return void (await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => {}));
        await page.goto(url, { waitUntil: 'load' });
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      type: (text, delay = 0) => page.keyboard.type(text, { delay }),
      press: async (chord) => {
        const keys = chord.split('+');
        const key = keys.pop()!;
        for (const k of keys) await page.keyboard.down(k as never);
        await page.keyboard.press(key as never);
        for (const k of keys.reverse()) await page.keyboard.up(k as never);
      },
      insertText: async (text) => { await page.evaluate((t) => document.execCommand('insertText', false, t), text); },
      click: (x, y) => page.mouse.click(x, y),
      screenshot: async (file) => { await page.screenshot({ path: file as `${string}.png` }); },
      upload: async (find, files) => {
        const input = (await page.evaluateHandle(find)).asElement() as ElementHandle<HTMLInputElement> | null;
        if (!input) throw new Error('no file input');
        await input.uploadFile(...files);
      },
    };
  };
  // The start-up tab never gets focus in headless Firefox (document.hasFocus() stays false and
  // editors see no focus events); a tab opened over BiDi does.
  const initial = await browser.pages();
  const first = await browser.newPage();
  for (const page of initial) await page.close();
  return {
    browser: 'firefox',
    tab: await prepare(first),
    newTab: async () => prepare(await browser.newPage()),
    close: () => browser.close(),
  };
}
