/**
 * What one tab's current draft looks like to the toolbar badge and the popup, and the pure
 * decisions made from it (badge text and colour, checklist pass/fail). No `browser.*` here,
 * so it is tested in plain Node and imported by the popup without the engine.
 */
import type { Mode, Platform, RuleId, Severity } from '../rules/types';

/** The sites' names as people write them, by platform id (popup, options page). */
export const SITE_NAMES: Readonly<Record<string, string>> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn', other: 'this site' };

/** One open (not dismissed) finding, reduced to what the badge and checklist need. */
export interface OpenFinding {
  rule: RuleId;
  severity: Severity;
}

/** Reported by the content script whenever the current draft of its tab changes. */
export interface DraftState {
  site: Platform;
  /** Account key ("x:@jane"), as used by settings.modes. */
  account: string;
  /** The account as the page shows it ("@jane", "Jane Doe"); null when the page shows none. */
  accountLabel: string | null;
  /** null: not answered yet for this account. */
  mode: Mode | null;
  official: boolean;
  /** Changes when a new draft starts (the box was emptied or posted, or another box took over). */
  draftId: string;
  empty: boolean;
  findings: OpenFinding[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Badge colours per highest severity (WCAG AA contrast with white text). */
export const BADGE_COLOURS: Record<Severity, string> = { error: '#b3261e', warning: '#8a5300', info: '#1f5fa8' };

export function highestSeverity(findings: readonly OpenFinding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (!best || RANK[f.severity] > RANK[best]) best = f.severity;
  return best;
}

/** The toolbar badge for a tab: empty text (no badge) when there is no draft or nothing open. */
export function badgeFor(state: DraftState | null): { text: string; colour: string | null } {
  if (!state || state.empty || state.findings.length === 0) return { text: '', colour: null };
  const n = state.findings.length;
  return { text: n > 99 ? '99+' : String(n), colour: BADGE_COLOURS[highestSeverity(state.findings)!] };
}

/** The toolbar button's title (its accessible name): the badge in words. */
export function titleFor(state: DraftState | null): string {
  if (!state || state.empty) return 'Postcheck';
  const n = state.findings.length;
  if (n === 0) return 'Postcheck: nothing to flag in this draft';
  const errors = state.findings.filter((f) => f.severity === 'error').length;
  return `Postcheck: ${n} open finding${n === 1 ? '' : 's'}${errors ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}`;
}

/** A checklist item tied to rules: 'pass'/'fail' from the open findings, 'none' while there is no draft. */
export function itemStatus(rules: readonly RuleId[], state: DraftState | null): 'pass' | 'fail' | 'none' {
  if (!state || state.empty) return 'none';
  return state.findings.some((f) => rules.includes(f.rule)) ? 'fail' : 'pass';
}

/** Whether open findings include an error, the condition for the check before posting. */
export const hasErrors = (findings: readonly OpenFinding[]) => findings.some((f) => f.severity === 'error');
