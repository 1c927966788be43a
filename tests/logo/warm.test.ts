// Warm-up in real Chromium: the first findLogoInBlob call after loading builds the templates and
// warms the JIT (~0.8 s more); warmLogoMatcher does that ahead of time, so the first real photo
// is checked at the warm speed. Fresh page = fresh module = cold matcher. Prints the times.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeJpeg, flatten, loadLogo, paste, photo, rng } from './raster';

const root = path.resolve(__dirname, '../..');
let browser: Browser;
let bundle = '';
let jpegB64 = '';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const out = await build({
    entryPoints: [path.join(root, 'utils/logo-browser.ts')],
    bundle: true, write: false, format: 'iife', globalName: 'PostcheckLogo', platform: 'browser', logLevel: 'warning',
  });
  bundle = out.outputFiles[0].text;
  const logo = flatten(loadLogo(path.join(root, 'assets/logos/toronto.png'), 900), [255, 255, 255], 30);
  jpegB64 = encodeJpeg(paste(photo(4000, 3000, rng(43)), logo, 2900, 2600), 85).toString('base64');
}, 120_000);
afterAll(async () => browser?.close());

/** In a fresh page: optionally warm, then time findLogoInBlob on the 12-MP JPEG (first and second call). */
async function run(warm: boolean) {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(async ([b64, warm]) => {
    const api = (globalThis as any).PostcheckLogo;
    const blob = new Blob([Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
    const warmMs = warm ? await api.warmLogoMatcher('toronto') : 0;
    let t = performance.now();
    const first = await api.findLogoInBlob(blob, 'toronto');
    const firstMs = performance.now() - t;
    t = performance.now();
    await api.findLogoInBlob(blob, 'toronto');
    const secondMs = performance.now() - t;
    t = performance.now();
    await api.decodeBlob(blob);
    return { first, warmMs, firstMs, secondMs, decodeMs: performance.now() - t };
  }, [jpegB64, warm] as const);
  await page.close();
  return r;
}

describe('warmLogoMatcher in Chromium', () => {
  test('after warming, the first 12-MP photo is checked at about the warm speed', { timeout: 120_000 }, async () => {
    const cold = await run(false);
    const warmed = await run(true);
    console.log(`12-MP JPEG, Chromium: cold first call ${cold.firstMs.toFixed(0)} ms, second ${cold.secondMs.toFixed(0)} ms; ` +
      `warm-up ${warmed.warmMs.toFixed(0)} ms, then first call ${warmed.firstMs.toFixed(0)} ms (decode ${warmed.decodeMs.toFixed(0)} ms)`);
    expect(cold.first?.profile).toBe('toronto');
    expect(warmed.first?.profile).toBe('toronto');
    expect(warmed.firstMs).toBeLessThan(cold.firstMs);
  });
});
