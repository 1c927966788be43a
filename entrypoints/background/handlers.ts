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

/** What the background uses of utils/logo-browser.ts (issue 5). */
export interface LogoApi {
  findLogoInBlob: LogoMatcher;
  addReferenceFromBlob?: (profileId: string, blob: Blob, name?: string) => Promise<void>;
  clearCustomReferences?: () => void;
  warmLogoMatcher?: (profileId: string) => Promise<number>;
}

export interface Deps {
  store?: SettingsStore;
  /** utils/logo-browser.ts when that file exists. */
  loadLogo?: () => Promise<LogoApi | null>;
  /** Just `findLogoInBlob` (older form of `loadLogo`). */
  loadLogoMatcher?: () => Promise<LogoMatcher | null>;
}

/**
 * A base64 data: URL as a Blob, decoded here (never a request; and fetch() of a few MB of data
 * URL took 0.1-0.6 s in both browsers, this takes a few ms).
 */
export function dataUrlBlob(dataUrl: string): Blob {
  const m = /^data:([^,;]*)(?:;[^,;=]+=[^,;]*)*;base64,/i.exec(dataUrl);
  if (!m) throw new Error('not a base64 data: URL');
  const b64 = dataUrl.slice(m[0].length);
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  let bytes: Uint8Array;
  if (fromBase64) bytes = fromBase64(b64);
  else {
    const bin = atob(b64);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: m[1] });
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
  const logo = async (): Promise<LogoApi | null> => {
    if (deps.loadLogo) return deps.loadLogo();
    const find = await deps.loadLogoMatcher?.();
    return find ? { findLogoInBlob: find } : null;
  };

  /**
   * Administrators' logo images from settings, each added to the matcher once per worker life.
   * When one was taken out of settings, the added ones are all cleared and the rest added again.
   */
  const addedLogos = new Set<string>();
  const logoKey = (l: Settings['customLogos'][number]) => `${l.profileId}\u0000${l.dataUrl}`;
  async function addCustomLogos(api: LogoApi, s: Settings): Promise<void> {
    if (!api.addReferenceFromBlob) return;
    const wanted = new Set(s.customLogos.map(logoKey));
    if ([...addedLogos].some((key) => !wanted.has(key)) && api.clearCustomReferences) {
      api.clearCustomReferences();
      addedLogos.clear();
    }
    for (const l of s.customLogos) {
      const key = logoKey(l);
      if (addedLogos.has(key)) continue;
      addedLogos.add(key);
      try {
        await api.addReferenceFromBlob(l.profileId, dataUrlBlob(l.dataUrl), l.name);
      } catch (error) {
        console.warn('[postcheck] custom logo not usable', l.name ?? l.profileId, error);
      }
    }
  }

  /** Builds the matcher's templates once (first match ~0.8 s otherwise): at start and when a compose box shows. */
  let logoWarm: Promise<void> | null = null;
  const warmLogo = () =>
    (logoWarm ??= (async () => {
      const api = await logo();
      if (!api) return;
      const s = await settings();
      await addCustomLogos(api, s);
      await api.warmLogoMatcher?.(s.profileId);
    })().catch((error) => console.warn('[postcheck] logo warm-up failed', error)));

  async function handle<R extends Request>(req: R): Promise<ResponseFor<R>> {
    switch (req.type) {
      case 'warm':
        void warmLogo();
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
        const api = await logo();
        const out: CheckImageResponse = { type: 'image-checked', logoMatch: null, available: !!api };
        if (api) {
          logoWarm ??= Promise.resolve(); // a real image warms the matcher as well: no warm-up after it
          const s = await settings();
          await addCustomLogos(api, s);
          const t0 = performance.now();
          const blob = req.blob instanceof Blob ? req.blob : dataUrlBlob(String(req.dataUrl));
          const t1 = performance.now();
          out.logoMatch = await api.findLogoInBlob(blob, req.profileId ?? s.profileId);
          out.ms = Math.round(performance.now() - t1);
          out.unpackMs = Math.round(t1 - t0);
        }
        return out as ResponseFor<R>;
      }
      default:
        throw new Error(`not handled here: ${req.type}`); // tab requests: entrypoints/background/tabs.ts
    }
  }

  return {
    handle,
    warmLogo,
    /** Forget cached settings (call on storage change). */
    invalidate: () => void (cached = null),
  };
}

export { accountKey };
