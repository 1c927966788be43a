#!/usr/bin/env node
// Entry point of `postcheck`. The engine is TypeScript; it is bundled at install time into
// dist/postcheck.mjs, and built here first if that bundle is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = path.join(root, 'dist/postcheck.mjs');
if (!existsSync(bundle)) {
  const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href);
  await buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
