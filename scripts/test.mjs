// `npm test`: builds what the tests exercise (extension for Chrome and Firefox, CLI bundle),
// runs the unit suite and the end-to-end suite with vitest, and ends with one plain line
// "N passed, N failed" summing both. Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const started = Date.now();

/** The first non-empty line of a failure message, without colour codes, at most 300 characters. */
function firstLine(message) {
  const line = String(message ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 300);
}

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

let passed = 0;
let failed = 0;
const steps = [];
/** Names and first message lines of failed tests, printed again just above the summary. */
const failures = [];

const built = run('build extension', 'npx', ['wxt', 'build']) && run('build extension (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
const cli = run('build CLI', 'node', ['scripts/build-cli.mjs']);
if (!built || !cli) failed++;

for (const [suite, config] of [['unit', 'vitest.config.ts'], ['e2e', 'vitest.e2e.config.ts']]) {
  if (!existsSync(path.join(root, config))) continue;
  if (suite === 'e2e' && !built) { console.log('e2e skipped: the build failed'); continue; }
  const out = path.join(results, `${suite}.json`);
  const t0 = Date.now();
  run(`${suite} tests`, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let report;
  try { report = JSON.parse(readFileSync(out, 'utf8')); } catch { report = null; }
  if (!report) { console.log(`${suite}: no report written (counted as one failure)`); failed++; continue; }
  // A file that failed to load counts as a failure even though it has no test results.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  for (const file of report.testResults) {
    const rel = path.relative(root, file.name);
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${suite} ${rel}: ${firstLine(file.message)}`);
    for (const a of file.assertionResults) {
      if (a.status === 'failed') failures.push(`${suite} ${rel} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles;
  steps.push(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed, ${report.numPendingTests + report.numTodoTests} skipped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\n${steps.join('\n')}\ntotal time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
