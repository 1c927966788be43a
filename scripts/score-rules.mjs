// Developer tool: scores the engine directly (no CLI) on a labelled corpus, per rule, like
// ../shared/tools/score-corpus.mjs does for the CLI. Usage:
//   node scripts/score-rules.mjs [--rule ID] [--verbose] [CORPUS.jsonl]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEngine, root } from './engine.mjs';

const args = process.argv.slice(2);
const ruleArg = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : null;
const verbose = args.includes('--verbose');
const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rule') ?? path.join(root, '../shared/corpus/dev.jsonl');

const engine = await loadEngine('pc-score-');

const posts = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const stats = new Map();
const stat = (r) => stats.get(r) ?? stats.set(r, { tp: 0, fp: 0, fn: 0 }).get(r);
const t0 = performance.now();
for (const p of posts) {
  const ctx = { mode: p.mode ?? 'work', platform: p.platform ?? 'other', profile: engine.getProfile(p.profile) };
  const findings = engine.check({ text: p.text }, ctx, { only: ruleArg ? [ruleArg] : undefined, onRuleError: (r, e) => console.error(`rule ${r} threw on ${p.id}:`, e) });
  const flagged = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule));
  const expect = new Set(p.expect ?? []);
  const allow = new Set(p.allow ?? []);
  for (const r of expect) {
    if (ruleArg && r !== ruleArg) continue;
    if (flagged.has(r)) stat(r).tp++;
    else { stat(r).fn++; if (verbose) console.log(`MISS  ${r} ${p.id} [${p.mode}/${p.profile}]: ${p.text.slice(0, 160).replace(/\n/g, ' ')}`); }
  }
  for (const r of flagged) {
    if (!expect.has(r) && !allow.has(r)) {
      stat(r).fp++;
      if (verbose) console.log(`FALSE ${r} ${p.id} [${p.mode}/${p.profile}]: ${findings.filter((f) => f.rule === r).map((f) => JSON.stringify(p.text.slice(f.start, f.end))).join(', ')} :: ${p.text.slice(0, 120).replace(/\n/g, ' ')}`);
    }
  }
}
const ms = performance.now() - t0;
console.log('rule                 tp   fp   fn  precision  recall');
for (const [r, s] of [...stats].sort()) {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const rc = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  console.log(`${r.padEnd(20)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${p.toFixed(3).padStart(9)}  ${rc.toFixed(3).padStart(6)}`);
}
console.log(`${posts.length} posts in ${ms.toFixed(0)} ms`);
