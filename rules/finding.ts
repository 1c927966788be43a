import type { Context, Finding, Rule, Severity } from './types';

/** The clause a finding cites: the profile's own for this rule, else the rule's default. */
export function sourceFor(rule: Rule, ctx: Context): string {
  return ctx.profile.sources[rule.id] ?? rule.meta.source;
}

/** Builds a finding of `rule` for the span [start, end) with the rule's default severity and clause. */
export function finding(
  rule: Rule,
  ctx: Context,
  start: number,
  end: number,
  message: string,
  extra: { severity?: Severity; suggestion?: string; fix?: Finding['fix'] } = {},
): Finding {
  return {
    rule: rule.id,
    severity: extra.severity ?? rule.meta.severity,
    start,
    end,
    message,
    source: sourceFor(rule, ctx),
    ...(extra.suggestion ? { suggestion: extra.suggestion } : {}),
    ...(extra.fix ? { fix: extra.fix } : {}),
  };
}
