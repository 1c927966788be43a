// `npm run bench`: how fast the checker is, beside the targets. Not a test: always exits 0.
//   (a) `check` on 280-character posts, p50/p95 after warm-up
//   (b) `check` on 3,000-character posts
//   (c) the CLI end to end, start-up included, on 10,000 JSONL posts
// Posts are cut and joined from ../shared/corpus/dev.jsonl (or a small built-in set), in both
// modes and every profile. Usage: node scripts/bench.mjs [--samples N] [--posts N] [CORPUS.jsonl]
//
// V8 setting: (a) and (b) run with V8 compiling each pattern straight to machine code
// (--no-regexp-tier-up), as bin/postcheck.mjs sets it for the CLI. With V8's default, a pattern
// first runs in V8's regexp interpreter and is compiled later, and once the engine's patterns have
// used up V8's budget for compiled regexp code, patterns met later stay interpreted: (a) and (b)
// then run about twice as slow. A browser's worker runs with that default, so the bench also prints
// (a) and (b) measured that way, in a second process (--v8-default runs only that).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadEngine } from './engine.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const V8_DEFAULT = args.includes('--v8-default');
if (!V8_DEFAULT) setFlagsFromString('--no-regexp-tier-up'); // before any pattern is compiled
const SAMPLES = flag('--samples', 2000);
const CLI_POSTS = flag('--posts', 10_000);
const corpusPath = args.find((a, i) => !a.startsWith('--') && !(args[i - 1]?.startsWith('--') && args[i - 1] !== '--v8-default')) ?? path.join(root, '../shared/corpus/dev.jsonl');

const FALLBACK = [
  'Crews are out clearing snow on all arterial roads tonight. Please give plows room to work and check the City website for parking bans.',
  'Personally, I think the new bike lanes on Bloor are working well. Call me at 416-555-0199 if you want to talk about it.',
  'Great turnout at the community meeting on the budget! Read the coverage: https://www.cbc.ca/news/canada/toronto/budget-1.7000000',
  'Use code SAVE20 at my friend\'s bakery this weekend, best croissants in the ward. bit.ly/3xYzAbc',
];
const texts = existsSync(corpusPath)
  ? readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string' && t)
  : FALLBACK;
const MODES = ['work', 'personal'];
const PROFILES = ['toronto', 'calgary', 'peterborough'];
const PLATFORMS = ['x', 'facebook', 'linkedin', 'other'];

/** The i-th sample post of about `length` characters: corpus texts joined from a rotating start, cut at a whole character. */
function samplePost(i, length) {
  let text = '';
  for (let k = 0; text.length < length; k++) text += (text ? '\n\n' : '') + texts[(i * 7 + k) % texts.length];
  let cut = Math.min(length, text.length);
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut);
}

const context = (i) => ({ mode: MODES[i % 2], profile: PROFILES[Math.floor(i / 2) % 3], platform: PLATFORMS[i % 4] });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(3)} ms`;

const tmp = mkdtempSync(path.join(tmpdir(), 'pc-bench-'));
try {
  const engine = await loadEngine('pc-bench-');

  if (!V8_DEFAULT) console.log(`postcheck bench: ${engine.rules.length} rules, ${texts.length} corpus texts, ${SAMPLES} samples per size, Node ${process.version}; V8 regexps compiled straight to machine code, as in the CLI\n`);
  const results = [];
  const perRuleLines = [];
  for (const [label, length, target] of [['(a) check, 280-character posts', 280, 2], ['(b) check, 3,000-character posts', 3000, 8]]) {
    const posts = Array.from({ length: SAMPLES }, (_, i) => {
      const c = context(i);
      return { post: { text: samplePost(i, length) }, ctx: { mode: c.mode, platform: c.platform, profile: engine.getProfile(c.profile) } };
    });
    const failures = new Set();
    const options = { onRuleError: (rule) => failures.add(rule) };
    for (let w = 0; w < Math.min(300, SAMPLES); w++) engine.check(posts[w].post, posts[w].ctx, options);
    const times = new Float64Array(SAMPLES);
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      engine.check(posts[i].post, posts[i].ctx, options);
      times[i] = performance.now() - t0;
    }
    // Which rules the time goes to: mean per post of each rule on its own.
    const perRule = engine.rules.map((rule) => {
      const only = { ...options, only: [rule.id] };
      const t0 = performance.now();
      for (let i = 0; i < SAMPLES; i++) engine.check(posts[i].post, posts[i].ctx, only);
      return [rule.id, (performance.now() - t0) / SAMPLES];
    }).sort((x, y) => y[1] - x[1]);
    perRuleLines.push(`  ${label.slice(4)}: ${perRule.map(([id, t]) => `${id} ${t.toFixed(3)}`).join(', ')} (mean ms a post)`);
    times.sort();
    const p95 = percentile(times, 95);
    results.push([label, `p50 ${ms(percentile(times, 50))}  p95 ${ms(p95)}  max ${ms(times[times.length - 1])}`, `target p95 ≤ ${target} ms`, p95 <= target]);
    if (failures.size) console.log(`  note: rules threw during ${label}: ${[...failures].join(', ')}`);
  }

  if (V8_DEFAULT) {
    for (const [label, figure, target, ok] of results) console.log(`${label}, V8 default (as in a browser's worker)\n  ${figure}  ${target}  ${ok ? '✔' : '✖'}`);
    process.exit(0);
  }

  // (c) The real command, start-up included, output read back through a pipe.
  const jsonl = path.join(tmp, 'posts.jsonl');
  const lines = [];
  for (let i = 0; i < CLI_POSTS; i++) lines.push(JSON.stringify({ id: `bench-${i}`, text: texts[i % texts.length], ...context(i) }));
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  // The child reports its own CPU time, which a busy shared machine does not inflate as it does wall time.
  const cpuHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@cpu '+JSON.stringify(process.cpuUsage())+'\\n'))`;
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', cpuHook, path.join(root, 'bin/postcheck.mjs'), '--format', 'jsonl', jsonl], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const cpuLine = /@cpu (\{.*\})/.exec(run.stderr ?? '');
  const cpu = cpuLine ? JSON.parse(cpuLine[1]) : null;
  const cpuSeconds = cpu ? (cpu.user + cpu.system) / 1e6 : NaN;
  const stderr = (run.stderr ?? '').replace(/\n?@cpu .*\n?/, '').trim();
  const answered = run.stdout ? run.stdout.split('\n').filter(Boolean).length : 0;
  const rate = answered / seconds;
  const cliNote = run.status === 0 && answered === CLI_POSTS ? '' : `  (exit ${run.status}, ${answered}/${CLI_POSTS} answered${stderr ? `: ${stderr.split('\n')[0]}` : ''})`;
  const cpuNote = cpu ? `; ${Math.round(answered / cpuSeconds).toLocaleString('en')} posts per CPU-second` : '';
  results.push([`(c) CLI, ${CLI_POSTS.toLocaleString('en')} posts end to end`, `${Math.round(rate).toLocaleString('en')} posts/s  (${seconds.toFixed(2)} s wall${cpuNote})${cliNote}`, 'target ≥ 2,000 posts/s', rate >= 2000 && !cliNote]);

  const w = Math.max(...results.map((r) => r[1].length));
  for (const [label, figure, target, ok] of results) console.log(`${label}\n  ${figure.padEnd(w)}  ${target}  ${ok ? '✔' : '✖'}`);
  console.log(`\nper rule:\n${perRuleLines.join('\n')}`);
  const again = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--v8-default', '--samples', String(SAMPLES), corpusPath], { encoding: 'utf8', maxBuffer: 1 << 26 });
  console.log(`\n${(again.stdout || again.stderr || '').trim()}`);
  const [load1] = loadavg();
  console.log(`\nload average ${load1.toFixed(2)} on ${availableParallelism()} cores${load1 > availableParallelism() ? ': the machine is busy, so timings are inflated' : ''}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
