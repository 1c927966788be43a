// Figures for the performance budgets: keystroke→highlight latency, long tasks, script size.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Tab } from './browser';

const PERF_FILE = path.resolve(import.meta.dirname, '../../../test-results/perf.json');

/** Merges `figures` under `key` into test-results/perf.json. */
export function recordPerf(key: string, figures: unknown) {
  mkdirSync(path.dirname(PERF_FILE), { recursive: true });
  const all = existsSync(PERF_FILE) ? JSON.parse(readFileSync(PERF_FILE, 'utf8')) : {};
  all[key] = figures;
  writeFileSync(PERF_FILE, JSON.stringify(all, null, 2) + '\n');
}

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Starts recording key-down times and long tasks / long animation frames in the page. */
export const startObserving = (tab: Tab) => tab.evaluate(() => {
  const w = window as any;
  w.__perf = { keys: [] as number[], longtasks: [] as { start: number; duration: number }[], loaf: [] as unknown[] };
  window.addEventListener('keydown', (e) => w.__perf.keys.push(e.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) {
        w.__perf.loaf.push({
          start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          scripts: (e.scripts ?? []).map((s: any) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  }
});

export const readObserved = (tab: Tab) => tab.evaluate(() => (window as any).__perf as {
  keys: number[]; longtasks: { start: number; duration: number }[];
  loaf: { start: number; duration: number; blocking: number; scripts: { url: string; invoker: string; duration: number }[] }[];
});

/** Types a long post the way a fast writer's editor receives it: 100-character inputs, then real keys. */
export async function typeLongPost(tab: Tab, text: string, chunk = 100) {
  for (let i = 0; i < text.length - 20; i += chunk) {
    await tab.insertText(text.slice(i, Math.min(i + chunk, text.length - 20)));
    await new Promise((r) => setTimeout(r, 30));
  }
  await tab.type(text.slice(-20), 20);
}
