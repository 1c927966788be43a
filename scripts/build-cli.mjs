// Bundles the command line (cli/main.ts and the engine it uses) into dist/postcheck.mjs.
// Runs at `npm install` (postinstall) and before the tests; bin/postcheck.mjs builds on demand too.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function buildCli() {
  await build({
    entryPoints: [path.join(root, 'cli/main.ts')],
    outfile: path.join(root, 'dist/postcheck.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    loader: { '.txt': 'text' },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
