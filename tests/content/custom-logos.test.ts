// Administrators' own logo images (settings.customLogos): repaired on read, and handed to the
// matcher (addReferenceFromBlob) by the background once each, before it looks at an image.
import { describe, expect, test } from 'vitest';
import { createHandler, dataUrlBlob, type LogoApi } from '../../entrypoints/background/handlers';
import { SETTINGS_KEY } from '../../utils/messages';
import { MAX_CUSTOM_LOGOS, repairSettings } from '../../utils/settings';
import { memoryStore } from './settings.test';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('customLogos repair', () => {
  test.each([
    ['missing', undefined, []],
    ['not a list', 'logo.png', []],
    ['a good one, name trimmed, profile lower-cased', [{ profileId: 'Calgary', dataUrl: PNG, name: '  Crest ' }], [{ profileId: 'calgary', dataUrl: PNG, name: 'Crest' }]],
    ['unknown profile', [{ profileId: 'gotham', dataUrl: PNG }], []],
    ['a web address, not a data URL (no network)', [{ profileId: 'toronto', dataUrl: 'https://toronto.ca/logo.png' }], []],
    ['not an image', [{ profileId: 'toronto', dataUrl: 'data:text/html;base64,PGI+' }], []],
    ['blank name dropped', [{ profileId: 'toronto', dataUrl: PNG, name: ' ' }], [{ profileId: 'toronto', dataUrl: PNG }]],
    ['duplicates once', [{ profileId: 'toronto', dataUrl: PNG }, { profileId: 'toronto', dataUrl: PNG }], [{ profileId: 'toronto', dataUrl: PNG }]],
    ['junk items skipped, good kept', [null, 3, { dataUrl: PNG }, { profileId: 'toronto', dataUrl: PNG }], [{ profileId: 'toronto', dataUrl: PNG }]],
  ])('%s', (_what, customLogos, want) => {
    expect(repairSettings({ customLogos }).customLogos).toEqual(want);
  });

  test(`at most ${MAX_CUSTOM_LOGOS}`, () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ profileId: 'toronto', dataUrl: `${PNG}${'A'.repeat(i)}` }));
    expect(repairSettings({ customLogos: many }).customLogos).toHaveLength(MAX_CUSTOM_LOGOS);
  });
});

/** A fake logo-browser.ts recording what the background asks of it. */
function fakeLogo() {
  const calls: string[] = [];
  const api: LogoApi = {
    findLogoInBlob: async (blob, profileId) => (calls.push(`find ${profileId} ${blob.size}`), null),
    addReferenceFromBlob: async (profileId, blob, name) => void calls.push(`add ${profileId} ${name ?? '-'} ${blob.type}`),
    clearCustomReferences: () => void calls.push('clear'),
    warmLogoMatcher: async (profileId) => (calls.push(`warm ${profileId}`), 1),
  };
  return { api, calls };
}

describe('customLogos wiring', () => {
  const settings = { profileId: 'calgary', customLogos: [{ profileId: 'calgary', dataUrl: PNG, name: 'Crest' }, { profileId: 'toronto', dataUrl: PNG }] };

  test('added to the matcher once, before the first image is matched', async () => {
    const { api, calls } = fakeLogo();
    const h = createHandler({ store: memoryStore({ [SETTINGS_KEY]: settings }), loadLogo: async () => api });
    await h.handle({ type: 'check-image', dataUrl: PNG });
    await h.handle({ type: 'check-image', dataUrl: PNG });
    expect(calls).toEqual(['add calgary Crest image/png', 'add toronto - image/png', 'find calgary 8', 'find calgary 8']);
  });

  test('a logo added to settings later is picked up after the settings change', async () => {
    const { api, calls } = fakeLogo();
    const store = memoryStore({ [SETTINGS_KEY]: { profileId: 'toronto' } });
    const h = createHandler({ store, loadLogo: async () => api });
    await h.handle({ type: 'check-image', dataUrl: PNG });
    store.data[SETTINGS_KEY] = settings;
    h.invalidate();
    await h.handle({ type: 'check-image', dataUrl: PNG });
    expect(calls).toEqual(['find toronto 8', 'add calgary Crest image/png', 'add toronto - image/png', 'find calgary 8']);
  });

  test('a logo taken out of settings leaves the matcher: the added ones are cleared and the rest added again', async () => {
    const { api, calls } = fakeLogo();
    const store = memoryStore({ [SETTINGS_KEY]: settings });
    const h = createHandler({ store, loadLogo: async () => api });
    await h.handle({ type: 'check-image', dataUrl: PNG });
    store.data[SETTINGS_KEY] = { ...settings, customLogos: [settings.customLogos[1]] };
    h.invalidate();
    await h.handle({ type: 'check-image', dataUrl: PNG });
    h.invalidate(); // nothing removed this time: nothing cleared
    await h.handle({ type: 'check-image', dataUrl: PNG });
    expect(calls).toEqual([
      'add calgary Crest image/png', 'add toronto - image/png', 'find calgary 8',
      'clear', 'add toronto - image/png', 'find calgary 8',
      'find calgary 8',
    ]);
  });

  test('warm-up adds the custom logos and builds the templates for the settings profile, once', async () => {
    const { api, calls } = fakeLogo();
    const h = createHandler({ store: memoryStore({ [SETTINGS_KEY]: settings }), loadLogo: async () => api });
    expect(await h.handle({ type: 'warm' })).toEqual({ type: 'ok' });
    await h.warmLogo();
    await h.handle({ type: 'warm' });
    await h.warmLogo();
    expect(calls).toEqual(['add calgary Crest image/png', 'add toronto - image/png', 'warm calgary']);
  });

  test('no warm-up once a real image has been matched (it warmed the matcher; an MV3 worker woken by an image)', async () => {
    const { api, calls } = fakeLogo();
    const h = createHandler({ store: memoryStore(), loadLogo: async () => api });
    await h.handle({ type: 'check-image', dataUrl: PNG });
    await h.warmLogo();
    expect(calls).toEqual(['find toronto 8']);
  });

  test('an image sent as a Blob (Firefox) is matched as it is', async () => {
    const { api, calls } = fakeLogo();
    const h = createHandler({ store: memoryStore(), loadLogo: async () => api });
    await h.handle({ type: 'check-image', blob: new Blob([new Uint8Array(5)], { type: 'image/png' }) });
    expect(calls).toEqual(['find toronto 5']);
  });

  test('an image the matcher cannot use does not stop the others or the check', async () => {
    const { api, calls } = fakeLogo();
    api.addReferenceFromBlob = async (profileId, _blob, name) => {
      if (name === 'Crest') throw new Error('no visible pixels');
      calls.push(`add ${profileId}`);
    };
    const h = createHandler({ store: memoryStore({ [SETTINGS_KEY]: settings }), loadLogo: async () => api });
    const r = await h.handle({ type: 'check-image', dataUrl: PNG });
    expect(r).toMatchObject({ type: 'image-checked', logoMatch: null, available: true });
    expect(calls).toEqual(['add toronto', 'find calgary 8']);
  });
});

describe('dataUrlBlob', () => {
  test('base64 data URL → the bytes and type', async () => {
    const blob = dataUrlBlob(PNG);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
  test.each(['https://toronto.ca/logo.png', 'data:image/png,raw', 'blob:https://x.com/1'])('%s is refused', (url) => {
    expect(() => dataUrlBlob(url)).toThrow();
  });
});
