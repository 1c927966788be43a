// The rule engine for the developer scripts (bench, score-rules, snapshot-findings): rules/index.ts
// bundled by esbuild into node_modules/.cache (inside the project, so the bundle's external
// packages, linkifyjs and tldts, resolve from node_modules) and imported.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Bundles and imports the engine; `prefix` names the fresh folder under node_modules/.cache. */
export async function loadEngine(prefix) {
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  const out = path.join(mkdtempSync(path.join(root, `node_modules/.cache/${prefix}`)), 'engine.mjs');
  await build({ entryPoints: [path.join(root, 'rules/index.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', loader: { '.txt': 'text' }, logLevel: 'warning', absWorkingDir: root });
  return import(pathToFileURL(out).href);
}
