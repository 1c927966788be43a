import { cityLogo } from './city-logo';
import { colleague } from './colleague';
import { commercial } from './commercial';
import { confidential } from './confidential';
import { disrespectful } from './disrespectful';
import { missingDisclaimer } from './missing-disclaimer';
import { newsLink } from './news-link';
import { personalInfo } from './personal-info';
import { political } from './political';
import { shortenedLink } from './shortened-link';
import type { Context, Finding, Post, Rule, RuleId } from './types';

export type * from './types';
export { sourceFor } from './finding';
export { getProfile, profiles, DEFAULT_PROFILE, isProfileId } from './profiles';

/** Every rule, alphabetical by id. A test checks each rule file is listed here. */
export const rules: readonly Rule[] = [
  cityLogo,
  colleague,
  commercial,
  confidential,
  disrespectful,
  missingDisclaimer,
  newsLink,
  personalInfo,
  political,
  shortenedLink,
];

export const ruleIds = rules.map((r) => r.id) as RuleId[];
export const ruleById = new Map<RuleId, Rule>(rules.map((r) => [r.id, r]));

export interface CheckOptions {
  /** Run only these rules (CLI `--rules`). */
  only?: readonly RuleId[];
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (rule: RuleId, error: unknown) => void;
}

/**
 * Checks a post against every rule that applies in the context's mode.
 * Pure: no DOM, no storage, no network. A rule that throws is skipped, never fatal.
 */
export function check(post: Post, ctx: Context, options: CheckOptions = {}): Finding[] {
  const disabled = new Set(ctx.settings?.disabledRules ?? []);
  const only = options.only ? new Set(options.only) : null;
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.meta.modes.includes(ctx.mode) || disabled.has(rule.id) || (only && !only.has(rule.id))) continue;
    try {
      for (const f of rule.check(post, ctx)) findings.push(f);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

