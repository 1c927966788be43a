// Settings: defaults from the registry, repair on read, storage round trip.
import { describe, expect, test } from 'vitest';
import { ruleIds } from '../../rules';
import { SETTINGS_KEY } from '../../utils/messages';
import { defaultSettings, engineSettings, loadSettings, repairSettings, saveSettings, updateSettings, type SettingsStore } from '../../utils/settings';

export function memoryStore(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

describe('defaults', () => {
  test('one switch per registered rule, all on; Toronto profile', () => {
    const d = defaultSettings();
    expect(Object.keys(d.rules).sort()).toEqual([...ruleIds].sort());
    expect(Object.values(d.rules).every((v) => v === true)).toBe(true);
    expect(d.profileId).toBe('toronto');
    expect(d.modes).toEqual({});
  });
});

describe('repairSettings', () => {
  test.each([undefined, null, 42, 'x', [], [1, 2]])('garbage %j → defaults', (raw) => {
    expect(repairSettings(raw)).toEqual(defaultSettings());
  });

  test('keeps good values, replaces bad ones', () => {
    const s = repairSettings({
      profileId: 'Calgary',
      rules: { 'news-link': false, commercial: 'no', bogus: false },
      modes: { 'x:@jane': 'work', 'facebook:default': 'personal', 'x:@bad': 'weekend', nocolon: 'work' },
      officialAccounts: ['x:@cityoftoronto', 7, ''],
      colleagues: ['Pat Smith'],
      extraTopics: 'not a list',
      unknownKey: true,
    });
    expect(s.profileId).toBe('calgary');
    expect(s.rules['news-link']).toBe(false);
    expect(s.rules.commercial).toBe(true);
    expect('bogus' in s.rules).toBe(false);
    expect(s.modes).toEqual({ 'x:@jane': 'work', 'facebook:default': 'personal' });
    expect(s.officialAccounts).toEqual(['x:@cityoftoronto']);
    expect(s.colleagues).toEqual(['pat smith']);
    expect(s.extraTopics).toEqual([]);
    expect('unknownKey' in s).toBe(false);
  });

  test('unknown profile falls back to the default', () => {
    expect(repairSettings({ profileId: 'gotham' }).profileId).toBe('toronto');
  });
});

describe('storage', () => {
  test('load repairs what is stored; save writes repaired settings', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { profileId: 'nowhere', modes: { 'x:@a': 'personal' } } });
    const s = await loadSettings(store);
    expect(s.profileId).toBe('toronto');
    expect(s.modes['x:@a']).toBe('personal');
    await saveSettings({ ...s, profileId: 'peterborough' }, store);
    expect((store.data[SETTINGS_KEY] as { profileId: string }).profileId).toBe('peterborough');
  });

  test('updateSettings reads, changes and writes', async () => {
    const store = memoryStore();
    await updateSettings((s) => void (s.rules.political = false), store);
    expect((await loadSettings(store)).rules.political).toBe(false);
  });

  test('engineSettings lists switched-off rules', () => {
    const s = defaultSettings();
    s.rules['shortened-link'] = false;
    expect(engineSettings(s).disabledRules).toEqual(['shortened-link']);
  });
});
