// Performance budgets, measured in real Chromium with the built extension; figures go to
// test-results/perf.json. Latency uses `postcheck:checked`, timestamps taken in the page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_ORIGIN } from '../fixtures/serve';
import { EXTENSION_DIRS, launch, type Session } from './helpers/browser';
import { chooseMode, focusEditor, getText, openFixture, settle } from './helpers/page';
import { percentile, readObserved, recordPerf, startObserving, typeLongPost } from './helpers/perf';

const SENTENCE = 'Budget town hall tonight at City Hall, bring questions about transit and parks. ';
const LONG_POST = SENTENCE.repeat(Math.ceil(3000 / SENTENCE.length)).slice(0, 3000);

it('keeps the content script under 60 KB gzipped', () => {
  const figures: Record<string, number> = {};
  for (const [browser, dir] of Object.entries(EXTENSION_DIRS)) {
    const scripts = path.join(dir, 'content-scripts');
    for (const f of readdirSync(scripts).filter((n) => n.endsWith('.js'))) {
      figures[`${browser}/${f}`] = gzipSync(readFileSync(path.join(scripts, f)), { level: 9 }).length;
    }
  }
  recordPerf('contentScriptGzipBytes', figures);
  expect(Object.keys(figures).length).toBeGreaterThan(0);
  for (const bytes of Object.values(figures)) expect(bytes).toBeLessThanOrEqual(60 * 1024);
});

describe('in Chromium', () => {
  let s: Session;
  beforeAll(async () => { s = await launch('chromium'); });
  afterAll(async () => { await s?.close(); });

  it('updates highlights within 150 ms (p95, debounce included) of each of 200 keystrokes', async () => {
    const tab = s.tab;
    await openFixture(tab, 'x', 'handle=perf_user');
    await focusEditor(tab);
    await tab.type('Perf run: call me at 416-555-0199 ');
    await chooseMode(tab, 'work');
    await focusEditor(tab);
    await settle(tab);
    await startObserving(tab);
    const text = SENTENCE.repeat(3).slice(0, 200);
    const before = await tab.evaluate(() => (window as any).__pc.checks.length as number);
    for (const ch of text) {
      const n = await tab.evaluate(() => (window as any).__pc.checks.length as number);
      await tab.type(ch);
      await tab.evaluate((m) => new Promise<void>((resolve) => {
        const pc = (window as any).__pc;
        const end = performance.now() + 1500;
        const poll = () => (pc.checks.length > m || performance.now() > end ? resolve() : requestAnimationFrame(poll));
        poll();
      }), n);
    }
    const { keys } = await readObserved(tab);
    const checks = (await tab.evaluate(() => (window as any).__pc.checks)).slice(before) as { t: number; ms: number }[];
    const latencies = keys.map((k, i) => {
      const next = checks.find((c) => c.t >= k && (i === keys.length - 1 || c.t < keys[i + 1] + 1500));
      return next ? next.t - k : Infinity;
    });
    const figures = {
      keystrokes: keys.length, checks: checks.length,
      p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies),
      reportedMsP95: percentile(checks.map((c) => c.ms), 95),
    };
    recordPerf('keystrokeToHighlightMs', figures);
    expect(keys.length).toBe(200);
    expect(await getText(tab)).toContain(text.trimEnd());
    expect(figures.p95).toBeLessThanOrEqual(150);
  }, 120_000);

  it('adds no long task over 50 ms while a 3,000-character post is typed', async () => {
    const run = async (url: string) => {
      const tab = await s.newTab();
      await openFixture(tab, 'x', 'handle=perf_user', url);
      await focusEditor(tab);
      await startObserving(tab);
      // A deliberate 80 ms task proves the observer is live; it is left out of the figures.
      const probe = await tab.evaluate(() => new Promise<number>((resolve) => setTimeout(() => {
        const t = performance.now();
        while (performance.now() - t < 80);
        resolve(t);
      }, 0)));
      await typeLongPost(tab, LONG_POST);
      await settle(tab, 500);
      const observed = await readObserved(tab);
      expect(await getText(tab)).toBe(LONG_POST);
      expect(observed.longtasks.some((t) => Math.abs(t.start - probe) < 20)).toBe(true);
      observed.longtasks = observed.longtasks.filter((t) => Math.abs(t.start - probe) >= 20);
      observed.loaf = observed.loaf.filter((f) => !(probe >= f.start - 20 && probe <= f.start + f.duration));
      return observed;
    };
    const baseline = await run(`${BASELINE_ORIGIN}/x/home`);
    const withExtension = await run('https://x.com/home');
    const fromExtension = withExtension.loaf.flatMap((f) => f.scripts).filter((sc) => /^chrome-extension:/.test(sc.url));
    const over = (list: { duration: number }[]) => list.filter((t) => t.duration > 50).map((t) => Math.round(t.duration));
    const figures = {
      longAnimationFrames: { baseline: baseline.loaf.length, withExtension: withExtension.loaf.length },
      baselineLongTasks: over(baseline.longtasks),
      extensionLongTasks: over(withExtension.longtasks),
      extensionScriptsInLongFrames: fromExtension.map((sc) => ({ ...sc, duration: Math.round(sc.duration) })),
      extensionScriptMaxMs: Math.max(0, ...fromExtension.map((sc) => sc.duration)),
    };
    recordPerf('longTasksWhileTyping3000', figures);
    expect(figures.extensionScriptMaxMs).toBeLessThanOrEqual(50);
    // Long tasks the page shows only with the extension on are the extension's.
    expect(figures.extensionLongTasks.length).toBeLessThanOrEqual(figures.baselineLongTasks.length);
  }, 120_000);
});
