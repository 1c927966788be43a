// The background's message handling: checks with seq, mode storage, the image hook.
import { describe, expect, test } from 'vitest';
import { createHandler } from '../../entrypoints/background/handlers';
import { isRequest, SETTINGS_KEY, type CheckRequest } from '../../utils/messages';
import { memoryStore } from './settings.test';

const NEWS_AND_PHONE = 'Read https://www.cbc.ca/news/canada/toronto/story-1.2 and call me at 416-555-0199';
const req = (over: Partial<CheckRequest> = {}): CheckRequest => ({ type: 'check', seq: 7, text: NEWS_AND_PHONE, mode: 'work', platform: 'x', ...over });

describe('isRequest', () => {
  test.each([
    [{ type: 'warm' }, true],
    [{ type: 'check', seq: 1 }, true],
    [{ type: 'nope' }, false],
    ['check', false],
    [null, false],
  ])('%j → %s', (v, ok) => expect(isRequest(v)).toBe(ok));
});

describe('check', () => {
  test('answers with the request seq and findings with offsets into the text', async () => {
    const h = createHandler({ store: memoryStore() });
    const r = await h.handle(req());
    expect(r.type).toBe('checked');
    expect(r.seq).toBe(7);
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('news-link');
    expect(rules).toContain('personal-info');
    const phone = r.findings.find((f) => f.rule === 'personal-info')!;
    expect(NEWS_AND_PHONE.slice(phone.start, phone.end)).toBe('416-555-0199');
  });

  test('mode unknown (null): only rules of both modes run', async () => {
    const h = createHandler({ store: memoryStore() });
    const r = await h.handle(req({ mode: null }));
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('personal-info');
    expect(rules).not.toContain('news-link');
  });

  test('switched-off rules do not run', async () => {
    const h = createHandler({ store: memoryStore({ [SETTINGS_KEY]: { rules: { 'news-link': false } } }) });
    const r = await h.handle(req());
    expect(r.findings.map((f) => f.rule)).not.toContain('news-link');
  });

  test('warm answers ok', async () => {
    expect(await createHandler({ store: memoryStore() }).handle({ type: 'warm' })).toEqual({ type: 'ok' });
  });
});

describe('modes', () => {
  test('unknown, then remembered per account, case-insensitively', async () => {
    const store = memoryStore();
    const h = createHandler({ store });
    expect((await h.handle({ type: 'get-mode', account: 'x:@Jane' })).mode).toBeNull();
    await h.handle({ type: 'set-mode', account: 'x:@Jane', mode: 'personal' });
    expect((await h.handle({ type: 'get-mode', account: 'x:@jane' })).mode).toBe('personal');
    // Persisted: a fresh handler (worker restart) reads it back.
    expect((await createHandler({ store }).handle({ type: 'get-mode', account: 'x:@jane' })).mode).toBe('personal');
  });

  test('official City accounts are always work', async () => {
    const h = createHandler({ store: memoryStore({ [SETTINGS_KEY]: { officialAccounts: ['x:@cityoftoronto'] } }) });
    expect(await h.handle({ type: 'get-mode', account: 'x:@CityofToronto' })).toEqual({ type: 'mode', account: 'x:@cityoftoronto', mode: 'work', official: true });
  });
});

describe('check-image hook', () => {
  const dataUrl = 'data:image/png;base64,iVBORw0KGgo=';
  test('without the logo matcher: available false', async () => {
    expect(await createHandler({ store: memoryStore() }).handle({ type: 'check-image', dataUrl })).toEqual({ type: 'image-checked', logoMatch: null, available: false });
  });

  test('with a matcher: its answer, for the settings profile', async () => {
    let seen = '';
    const h = createHandler({
      store: memoryStore(),
      loadLogoMatcher: async () => async (_blob, profileId) => ((seen = profileId), { profile: profileId, score: 0.9 }),
    });
    const r = await h.handle({ type: 'check-image', dataUrl });
    expect(r).toMatchObject({ type: 'image-checked', logoMatch: { profile: 'toronto', score: 0.9 }, available: true });
    expect(seen).toBe('toronto');
  });
});
