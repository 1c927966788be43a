/**
 * What the background answers to each request of `utils/messages.ts`.
 * Runs the engine (kept out of the content script: compromise and the news list are heavy).
 */
import { check, getProfile, rules } from '../../rules';
import type { Context, Mode, RuleId } from '../../rules/types';
import type { CheckImageResponse, CheckRequest, CheckResponse, ModeResponse, Request, ResponseFor } from '../../utils/messages';
import { accountKey, engineSettings, loadSettings, updateSettings, type Settings, type SettingsStore } from '../../utils/settings';

/** Rules that run while the account's mode is unknown: those that apply in both modes. */
const BOTH_MODES = new Set<RuleId>(rules.filter((r) => r.meta.modes.includes('work') && r.meta.modes.includes('personal')).map((r) => r.id));

export type LogoMatcher = (blob: Blob, profileId: string) => Promise<{ profile: string; score: number } | null>;

export interface Deps {
  store?: SettingsStore;
  /** `findLogoInBlob` from utils/logo-browser.ts when that file exists (issue 5). */
  loadLogoMatcher?: () => Promise<LogoMatcher | null>;
}

export function runCheck(req: CheckRequest, settings: Settings): CheckResponse {
  const t0 = performance.now();
  const es = engineSettings(settings);
  const mode: Mode = req.mode ?? 'work';
  if (req.mode === null) {
    es.disabledRules = [...new Set([...(es.disabledRules ?? []), ...rules.map((r) => r.id).filter((id) => !BOTH_MODES.has(id))])];
  }
  const ctx: Context = {
    mode,
    platform: req.platform,
    profile: getProfile(req.profileId ?? settings.profileId),
    settings: es,
  };
  const findings = check({ text: String(req.text ?? ''), images: req.images }, ctx, {
    onRuleError: (rule, error) => console.warn(`[postcheck] rule ${rule} failed`, error),
  });
  return { type: 'checked', seq: req.seq, findings, ms: Math.round((performance.now() - t0) * 10) / 10 };
}

function modeOf(settings: Settings, account: string): ModeResponse {
  const key = account.toLowerCase();
  const official = settings.officialAccounts.some((a) => a.toLowerCase() === key);
  return { type: 'mode', account: key, mode: official ? 'work' : (settings.modes[key] ?? null), official };
}

/** Settings cache: storage is read once, then kept fresh by `invalidate()` on storage changes. */
export function createHandler(deps: Deps = {}) {
  let cached: Promise<Settings> | null = null;
  const settings = () => (cached ??= loadSettings(deps.store).catch(() => loadSettings({ get: async () => ({}), set: async () => {} })));

  async function handle<R extends Request>(req: R): Promise<ResponseFor<R>> {
    switch (req.type) {
      case 'warm':
        runCheck({ type: 'check', seq: 0, text: 'Warm up: the City council meets at City Hall.', mode: 'personal', platform: 'other' }, await settings());
        return { type: 'ok' } as ResponseFor<R>;
      case 'check':
        return runCheck(req, await settings()) as ResponseFor<R>;
      case 'get-mode':
        return modeOf(await settings(), req.account) as ResponseFor<R>;
      case 'set-mode': {
        if (req.mode !== 'work' && req.mode !== 'personal') throw new Error('bad mode');
        const key = req.account.toLowerCase();
        const saved = await updateSettings((s) => void (s.modes[key] = req.mode), deps.store);
        cached = Promise.resolve(saved);
        return modeOf(saved, key) as ResponseFor<R>;
      }
      case 'check-image': {
        const matcher = (await deps.loadLogoMatcher?.()) ?? null;
        const out: CheckImageResponse = { type: 'image-checked', logoMatch: null, available: !!matcher };
        if (matcher) {
          const blob = await (await fetch(req.dataUrl)).blob(); // data: URL only, decoded locally
          out.logoMatch = await matcher(blob, req.profileId ?? (await settings()).profileId);
        }
        return out as ResponseFor<R>;
      }
      default:
        throw new Error(`not handled here: ${req.type}`); // tab requests: entrypoints/background/tabs.ts
    }
  }

  return {
    handle,
    /** Forget cached settings (call on storage change). */
    invalidate: () => void (cached = null),
  };
}

export { accountKey };
