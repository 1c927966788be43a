/**
 * A short title per rule, for settings screens. Kept apart from the rules themselves so the
 * options page can list every rule without bundling the engine and its word lists; a test
 * (tests/options/titles.test.ts) checks it names exactly the registered rules, in order.
 */
import type { RuleId } from './types';

export const ruleTitles: Readonly<Record<RuleId, string>> = {
  'city-logo': 'City logo in a personal post',
  colleague: 'Naming or commenting on a colleague',
  commercial: 'Commercial content and spam',
  confidential: 'Confidential information',
  disrespectful: 'Disrespectful content',
  'missing-disclaimer': 'Personal opinion on City matters without a disclaimer',
  'news-link': 'Links to news stories from a work account',
  'personal-info': 'Personal information',
  political: 'Election campaigning from a work account',
  'shortened-link': 'Shortened links',
};

/** Every rule id, alphabetical (the registry's order). */
export const ruleIdList = Object.keys(ruleTitles) as RuleId[];
