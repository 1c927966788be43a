// Every rule is registered, tested and documented (ESLint's checkRuleFiles): a rule file in
// rules/ is listed in rules/index.ts in alphabetical order under its file name, each id of
// RULES.md's table is registered, and each rule has tests/rules/<id>.test.ts and
// docs/rules/<id>.md and a complete meta.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ruleById, ruleIds, rules } from '../rules/index';
import type { Rule } from '../rules/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = path.join(root, 'rules');

/** Files in rules/ that hold shared code, not a rule. */
const HELPERS = new Set(['index.ts', 'types.ts', 'text.ts', 'finding.ts']);

/** Rule ids of RULES.md's table (the public contract), or the ids it had when this test was written. */
function contractIds(): string[] {
  const file = path.resolve(root, '../shared/RULES.md');
  if (existsSync(file)) {
    const ids = [...readFileSync(file, 'utf8').matchAll(/^\|\s*`([a-z-]+)`\s*\|/gm)].map((m) => m[1]);
    if (ids.length) return ids;
  }
  return ['personal-info', 'confidential', 'news-link', 'commercial', 'missing-disclaimer', 'city-logo', 'disrespectful', 'political', 'colleague', 'shortened-link'];
}

const isRule = (value: unknown): value is Rule => {
  const v = value as Rule | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.check === 'function' && typeof v.meta === 'object';
};

const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !HELPERS.has(f) && statSync(path.join(rulesDir, f)).isFile());

/** Each candidate file with the rule objects it exports; a file exporting none is a helper (e.g. checklists.ts). */
const modules = await Promise.all(files.map(async (f) => ({
  file: f,
  name: f.replace(/\.ts$/, ''),
  exported: Object.values(await import(pathToFileURL(path.join(rulesDir, f)).href)).filter(isRule),
})));
const ruleFiles = modules.filter((m) => m.exported.length > 0);
const indexSource = readFileSync(path.join(rulesDir, 'index.ts'), 'utf8');

describe('rule files', () => {
  test('there are rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  test.each(ruleFiles.map((m) => [m.file, m] as const))('%s exports one rule, named by the file, imported and registered in rules/index.ts', (_f, m) => {
    expect(m.exported).toHaveLength(1);
    const [rule] = m.exported;
    expect(rule.id).toBe(m.name);
    expect(indexSource).toMatch(new RegExp(`from '\\./${m.name}(\\.ts)?'`));
    expect(rules).toContain(rule);
  });

  test('every registered rule comes from its own file', () => {
    expect([...ruleIds].sort()).toEqual(ruleFiles.map((m) => m.name).sort());
  });
});

describe('registry', () => {
  test('rules are in alphabetical order by id', () => {
    expect(ruleIds).toEqual([...ruleIds].sort());
  });

  test('ids are unique', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(ruleById.size).toBe(ruleIds.length);
  });

  test.each(contractIds())('RULES.md id %s is registered', (id) => {
    expect(ruleIds).toContain(id);
  });

  test('every registered id is in RULES.md', () => {
    const contract = contractIds();
    expect(ruleIds.filter((id) => !contract.includes(id))).toEqual([]);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test('has tests/rules/<id>.test.ts', () => {
    expect(existsSync(path.join(root, 'tests/rules', `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
  });

  test('has docs/rules/<id>.md', () => {
    expect(existsSync(path.join(root, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
  });

  test('meta: description, modes ⊆ {work, personal}, severity, source, docs', () => {
    const { meta } = rule;
    for (const key of ['description', 'source', 'docs'] as const) {
      expect(typeof meta[key] === 'string' && meta[key].trim().length > 0, `meta.${key} is filled in`).toBe(true);
    }
    // A placeholder's description is just its id.
    expect(meta.description).not.toBe(id);
    expect(meta.modes.length).toBeGreaterThan(0);
    expect(meta.modes.every((m) => m === 'work' || m === 'personal')).toBe(true);
    expect(new Set(meta.modes).size).toBe(meta.modes.length);
    expect(['error', 'warning', 'info']).toContain(meta.severity);
  });
});
