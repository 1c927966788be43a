import { defineConfig } from 'vitest/config';

// vitest 5's reporter groups failed attempts with Map.groupBy, which Node 20 lacks; without it a
// failing test crashes the summary (and the JSON report scripts/test.mjs reads).
if (!(Map as { groupBy?: unknown }).groupBy) {
  (Map as unknown as { groupBy: (items: Iterable<unknown>, key: (item: unknown, i: number) => unknown) => Map<unknown, unknown[]> }).groupBy = (items, key) => {
    const out = new Map<unknown, unknown[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      out.set(k, [...(out.get(k) ?? []), item]);
    }
    return out;
  };
}

// End-to-end tests drive real Chromium and Firefox with the built extension; one file at a time,
// one browser launch per browser per file.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
