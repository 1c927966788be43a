// Scores the logo matcher on the labelled image set generated from the shipped logos
// (tests/logo/dataset.ts): precision must be 1.0 and recall at least 0.95. Each image is asked
// about every City: its own City's logo must be found, no other City's.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultMatcher } from '../../rules/logo/index';
import { buildDataset } from './dataset';

const PROFILES = ['toronto', 'calgary', 'peterborough'];
const root = path.resolve(__dirname, '../..');

interface Row { tp: number; fp: number; fn: number; tn: number }

describe('logo matcher on generated images', () => {
  test('precision 1.0 and recall >= 0.95, per variant kind', () => {
    const items = buildDataset();
    const rows = new Map<string, Row>();
    const misses: string[] = [];
    let ms = 0;
    for (const item of items) {
      const found = new Set<string>();
      const t0 = performance.now();
      defaultMatcher().find(item.image, { onCandidate: (c) => c.accepted && found.add(c.profile) });
      ms += performance.now() - t0;
      const row = rows.get(item.kind) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      rows.set(item.kind, row);
      for (const p of PROFILES) {
        const expected = item.profile === p;
        if (expected && found.has(p)) row.tp++;
        else if (expected) { row.fn++; misses.push(`missed ${p} in ${item.id}`); }
        else if (found.has(p)) { row.fp++; misses.push(`false ${p} in ${item.id}`); }
        else row.tn++;
      }
    }
    const total = [...rows.values()].reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn, tn: a.tn + r.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
    const fmt = (name: string, r: Row) => {
      const p = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
      const rc = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
      return `${name.padEnd(20)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${String(r.tn).padStart(4)}  ${p.toFixed(3).padStart(9)}  ${(r.tp + r.fn ? rc.toFixed(3) : '   -').padStart(6)}`;
    };
    const table = [
      `city-logo matcher: ${items.length} images x ${PROFILES.length} cities, ${(ms / items.length).toFixed(0)} ms an image`,
      'kind                   tp   fp   fn   tn  precision  recall',
      ...[...rows].map(([k, r]) => fmt(k, r)),
      fmt('all', total),
      ...misses,
    ].join('\n');
    console.log(table);
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    writeFileSync(path.join(root, 'test-results/logo-table.txt'), `${table}\n`);
    expect(total.fp, misses.join('\n')).toBe(0);
    expect(total.tp / (total.tp + total.fn), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});
