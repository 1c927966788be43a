// Developer tool for speed work: runs the engine on every labelled text we have (dev corpus,
// held-out files, any extra JSONL given), in both modes and all three profiles, plus the
// 3,000-character posts `npm run bench` builds, and prints one hash of all findings. A change
// meant only to make rules faster must leave the hash unchanged. Usage:
//   node scripts/snapshot-findings.mjs [--rule ID] [--out FILE] [EXTRA.jsonl ...]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEngine, root } from './engine.mjs';

const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const rule = value('--rule');
const outFile = value('--out');
const extra = args.filter((a, i) => !a.startsWith('--') && !['--rule', '--out'].includes(args[i - 1]));

const engine = await loadEngine('pc-snap-');

const holdout = path.join(root, 'tests/fixtures/holdout');
const files = [path.join(root, '../shared/corpus/dev.jsonl'), ...readdirSync(holdout).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(holdout, f)), ...extra].filter(existsSync);
const texts = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text)).filter((t) => typeof t === 'string');
// Long posts as the bench builds them: texts joined from a rotating start, cut at 3,000 characters.
for (let i = 0; i < 400; i++) {
  let t = '';
  for (let k = 0; t.length < 3000; k++) t += (t ? '\n\n' : '') + texts[(i * 7 + k) % texts.length];
  texts.push(t.slice(0, 3000));
}

const hash = createHash('sha256');
const lines = [];
let count = 0;
const t0 = performance.now();
for (const text of texts) {
  for (const mode of ['work', 'personal']) {
    for (const profile of ['toronto', 'calgary', 'peterborough']) {
      const findings = engine.check({ text }, { mode, platform: 'x', profile: engine.getProfile(profile) }, { only: rule ? [rule] : undefined });
      const line = JSON.stringify(findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message, f.suggestion ?? null, f.fix ?? null]));
      hash.update(line);
      if (outFile) lines.push(line);
      count += findings.length;
    }
  }
}
if (outFile) writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`${texts.length} texts x 6 contexts, ${count} findings, ${(performance.now() - t0).toFixed(0)} ms; sha256 ${hash.digest('hex').slice(0, 16)}${rule ? ` (rule ${rule})` : ''}`);
