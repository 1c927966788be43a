// The options page and utils/settings.ts list rules from rules/titles.ts (light) instead of the
// registry (the engine): the two must name the same rules in the same order.
import { expect, test } from 'vitest';
import { ruleIds, rules } from '../../rules';
import { ruleIdList, ruleTitles } from '../../rules/titles';
import { defaultSettings } from '../../utils/settings';

test('rules/titles.ts names exactly the registered rules, in registry order', () => {
  expect(ruleIdList).toEqual(ruleIds);
  for (const r of rules) expect(ruleTitles[r.id].length).toBeGreaterThan(5);
});

test('default settings have a switch for every registered rule', () => {
  expect(Object.keys(defaultSettings().rules)).toEqual(ruleIds);
});
