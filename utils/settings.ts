/**
 * The extension's settings: one typed object in `storage.local` under `SETTINGS_KEY`,
 * with defaults built from the rule registry and repaired on every read (a bad or
 * missing value falls back to its default; the rest is kept).
 *
 * Owned by the background (the content script asks it by message, so the engine's
 * registry never ends up in the content bundle). The popup may read/write it with
 * `loadSettings` / `saveSettings` / `updateSettings`.
 */
import { browser } from 'wxt/browser';
// The profiles and the rule titles, not the registry: the options page saves through this file
// and must not bundle the engine (tests/options/titles.test.ts keeps the id list = the registry).
import { DEFAULT_PROFILE, isProfileId } from '../rules/profiles';
import { ruleIdList as ruleIds } from '../rules/titles';
import type { Mode, RuleId, Settings as EngineSettings } from '../rules/types';

import { SETTINGS_KEY } from './messages';

export interface Settings {
  /** City profile of the employer ("toronto", "calgary", "peterborough"). */
  profileId: string;
  /** Per-rule switches, one per registered rule; false = rule off. */
  rules: Record<RuleId, boolean>;
  /** Work or personal, per account key "<site>:<account>" (e.g. "x:@jane"). */
  modes: Record<string, Mode>;
  /** Account keys of official City accounts: always checked in work mode. */
  officialAccounts: string[];
  /** Colleagues' names (lower case) for the colleague rule. */
  colleagues: string[];
  /** Topics and web domains an administrator added to the profile. */
  extraTopics: string[];
  extraDomains: string[];
  /** Ask "Review" or "Post anyway" when Post is pressed while errors are open (entrypoints/content/gate.ts). */
  checkBeforePosting: boolean;
  /** An administrator's own logo images for the city-logo matcher (utils/logo-browser.ts `addReferenceFromBlob`). */
  customLogos: CustomLogo[];
}

/** One logo image from settings: a `data:image/…` URL, for a City profile. */
export interface CustomLogo {
  profileId: string;
  dataUrl: string;
  name?: string;
}

/** Limits that keep settings small enough for storage.local: 20 logos of at most 2 MB each. */
export const MAX_CUSTOM_LOGOS = 20;
export const MAX_LOGO_DATA_URL = 2 * 1024 * 1024;

export function defaultSettings(): Settings {
  return {
    profileId: DEFAULT_PROFILE,
    rules: Object.fromEntries(ruleIds.map((id) => [id, true])) as Record<RuleId, boolean>,
    modes: {},
    officialAccounts: [],
    colleagues: [],
    extraTopics: [],
    extraDomains: [],
    checkBeforePosting: true,
    customLogos: [],
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | null =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : null;

/** Valid settings from anything stored: unknown keys dropped, bad values replaced by defaults. */
export function repairSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!isObject(raw)) return d;
  const out = d;
  if (typeof raw.profileId === 'string' && isProfileId(raw.profileId)) out.profileId = raw.profileId.toLowerCase();
  if (isObject(raw.rules)) {
    for (const id of ruleIds) if (typeof raw.rules[id] === 'boolean') out.rules[id] = raw.rules[id] as boolean;
  }
  if (isObject(raw.modes)) {
    for (const [key, mode] of Object.entries(raw.modes)) {
      if (key.includes(':') && (mode === 'work' || mode === 'personal')) out.modes[key] = mode;
    }
  }
  out.officialAccounts = strings(raw.officialAccounts) ?? d.officialAccounts;
  out.colleagues = (strings(raw.colleagues) ?? d.colleagues).map((s) => s.toLowerCase());
  out.extraTopics = (strings(raw.extraTopics) ?? d.extraTopics).map((s) => s.toLowerCase());
  out.extraDomains = (strings(raw.extraDomains) ?? d.extraDomains).map((s) => s.toLowerCase());
  if (typeof raw.checkBeforePosting === 'boolean') out.checkBeforePosting = raw.checkBeforePosting;
  out.customLogos = customLogos(raw.customLogos);
  return out;
}

/** Valid custom logos: a known profile and an image data URL each; anything else is dropped. */
function customLogos(raw: unknown): CustomLogo[] {
  if (!Array.isArray(raw)) return [];
  const out: CustomLogo[] = [];
  for (const item of raw) {
    if (!isObject(item) || typeof item.profileId !== 'string' || !isProfileId(item.profileId)) continue;
    const dataUrl = item.dataUrl;
    if (typeof dataUrl !== 'string' || !/^data:image\/[a-z0-9.+-]+;base64,/i.test(dataUrl) || dataUrl.length > MAX_LOGO_DATA_URL) continue;
    const logo: CustomLogo = { profileId: item.profileId.toLowerCase(), dataUrl };
    if (typeof item.name === 'string' && item.name.trim()) logo.name = item.name.trim().slice(0, 100);
    if (!out.some((l) => l.profileId === logo.profileId && l.dataUrl === dataUrl)) out.push(logo);
    if (out.length === MAX_CUSTOM_LOGOS) break;
  }
  return out;
}

/** The part of the settings the engine's `check` takes. */
export function engineSettings(s: Settings): EngineSettings {
  return {
    disabledRules: ruleIds.filter((id) => !s.rules[id]),
    extraTopics: s.extraTopics,
    extraDomains: s.extraDomains,
    colleagues: s.colleagues,
  };
}

/** Account keys compare case-insensitively ("x:@Jane" = "x:@jane"). */
export const accountKey = (site: string, account: string) => `${site}:${account}`.toLowerCase();

/** Where settings are kept; `browser.storage.local` in the extension, a fake in tests. */
export interface SettingsStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const defaultStore = (): SettingsStore => browser.storage.local as unknown as SettingsStore;

export async function loadSettings(store: SettingsStore = defaultStore()): Promise<Settings> {
  const got = await store.get(SETTINGS_KEY);
  return repairSettings(got?.[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings, store: SettingsStore = defaultStore()): Promise<void> {
  await store.set({ [SETTINGS_KEY]: repairSettings(settings) });
}

/** Read, change, write back; returns what was written. */
export async function updateSettings(
  change: (s: Settings) => void,
  store: SettingsStore = defaultStore(),
): Promise<Settings> {
  const s = await loadSettings(store);
  change(s);
  const repaired = repairSettings(s);
  await store.set({ [SETTINGS_KEY]: repaired });
  return repaired;
}
