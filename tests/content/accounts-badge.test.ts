// Work or personal per account (official accounts → work, unknown → asked), the toolbar badge and
// the popup checklist computed from a tab's draft, and the background's per-tab state.
import { describe, expect, test } from 'vitest';
import { createHandler } from '../../entrypoints/background/handlers';
import { createTabs, type BadgeApi } from '../../entrypoints/background/tabs';
import { checklists } from '../../rules/checklists';
import { badgeFor, BADGE_COLOURS, itemStatus, type DraftState, type OpenFinding } from '../../utils/draft-state';
import { SETTINGS_KEY } from '../../utils/messages';
import { memoryStore } from './settings.test';

const draft = (over: Partial<DraftState> = {}): DraftState => ({
  site: 'x', account: 'x:@jane', accountLabel: '@jane', mode: 'work', official: false, draftId: 'a.1', empty: false, findings: [], ...over,
});

describe('mode resolution', () => {
  const store = () => memoryStore({ [SETTINGS_KEY]: { officialAccounts: ['x:@CityofToronto'], modes: { 'x:@cityoftoronto': 'personal', 'linkedin:jane doe': 'personal' } } });
  test.each([
    ['an official account is work, whatever was answered before', 'x:@cityoftoronto', 'work', true],
    ['official accounts match case-insensitively', 'X:@CITYOFTORONTO', 'work', true],
    ['a remembered answer is kept', 'linkedin:Jane Doe', 'personal', false],
    ['an unknown account is asked (null), not guessed', 'x:@someone_else', null, false],
    ['the same handle on another site is another account', 'facebook:jane doe', null, false],
  ])('%s', async (_name, account, mode, official) => {
    const r = await createHandler({ store: store() }).handle({ type: 'get-mode', account });
    expect([r.mode, r.official]).toEqual([mode, official]);
  });
  test('setting the mode of an official account does not make it personal', async () => {
    const h = createHandler({ store: store() });
    expect((await h.handle({ type: 'set-mode', account: 'x:@cityoftoronto', mode: 'personal' })).mode).toBe('work');
  });
});

describe('badgeFor', () => {
  test.each([
    ['no draft', null, ''],
    ['an empty box (posted or cleared)', draft({ empty: true, findings: [{ rule: 'personal-info', severity: 'error' }] }), ''],
    ['nothing open', draft(), ''],
  ])('%s: no badge', (_name, state, text) => expect(badgeFor(state)).toEqual({ text, colour: null }));
  test.each([
    [[{ rule: 'news-link', severity: 'warning' }], '1', BADGE_COLOURS.warning],
    [[{ rule: 'news-link', severity: 'warning' }, { rule: 'personal-info', severity: 'error' }], '2', BADGE_COLOURS.error],
    [[{ rule: 'disrespectful', severity: 'info' }], '1', BADGE_COLOURS.info],
    [Array.from({ length: 120 }, (): OpenFinding => ({ rule: 'colleague', severity: 'warning' })), '99+', BADGE_COLOURS.warning],
  ] as const)('%j → %s coloured by the highest severity', (findings, text, colour) => {
    expect(badgeFor(draft({ findings: [...findings] }))).toEqual({ text, colour });
  });
});

describe('checklist items tied to rules', () => {
  const item = (mode: 'work' | 'personal', id: string) => checklists[mode].find((i) => i.id === id)!.rules!;
  test('fail while one of their rules has an open finding, pass otherwise', () => {
    const state = draft({ findings: [{ rule: 'news-link', severity: 'warning' }] });
    expect(itemStatus(item('work', 'no-commercial'), state)).toBe('fail');
    expect(itemStatus(item('work', 'no-confidential'), state)).toBe('pass');
  });
  test('no draft: neither pass nor fail', () => {
    expect(itemStatus(item('personal', 'disclaimer'), null)).toBe('none');
    expect(itemStatus(item('personal', 'disclaimer'), draft({ empty: true }))).toBe('none');
  });
});

/** A fake `browser.action`: remembers the last text and colour per tab. */
function fakeBadge() {
  const text = new Map<number, string>();
  const colour = new Map<number, string>();
  const title = new Map<number, string>();
  const api: BadgeApi = {
    setBadgeText: ({ tabId, text: t }) => void text.set(tabId, t),
    setBadgeBackgroundColor: ({ tabId, color }) => void colour.set(tabId, color),
    setTitle: ({ tabId, title: t }) => void title.set(tabId, t),
  };
  return { api, text, colour, title };
}

describe('background tab state', () => {
  test('the badge follows each tab\'s draft and clears when it is emptied', async () => {
    const badge = fakeBadge();
    const tabs = createTabs({ badge: badge.api, store: memoryStore() });
    await tabs.handle({ type: 'draft-state', state: draft({ findings: [{ rule: 'personal-info', severity: 'error' }, { rule: 'news-link', severity: 'warning' }] }) }, 7);
    await tabs.handle({ type: 'draft-state', state: draft({ findings: [{ rule: 'news-link', severity: 'warning' }] }) }, 8);
    expect([badge.text.get(7), badge.colour.get(7), badge.text.get(8), badge.colour.get(8)]).toEqual(['2', BADGE_COLOURS.error, '1', BADGE_COLOURS.warning]);
    expect([badge.title.get(7), badge.title.get(8)]).toEqual(['Postcheck: 2 open findings (1 error)', 'Postcheck: 1 open finding']);
    await tabs.handle({ type: 'draft-state', state: draft({ empty: true }) }, 7);
    expect([badge.text.get(7), badge.title.get(7)]).toEqual(['', 'Postcheck']);
  });

  test('ticks belong to one draft: kept while it lasts, gone with a new draft or an emptied box', async () => {
    const tabs = createTabs({ badge: null, store: memoryStore() });
    await tabs.handle({ type: 'draft-state', state: draft({ draftId: 'a.1' }) }, 3);
    const ticked = await tabs.handle({ type: 'tick', tabId: 3, draftId: 'a.1', item: 'second-reader', checked: true }, undefined);
    expect(ticked).toMatchObject({ ticked: ['second-reader'] });
    await tabs.handle({ type: 'draft-state', state: draft({ draftId: 'a.1', findings: [{ rule: 'political', severity: 'error' }] }) }, 3);
    expect(await tabs.handle({ type: 'tab-state', tabId: 3 }, undefined)).toMatchObject({ ticked: ['second-reader'] });
    // A tick for a draft that is no longer the current one is ignored.
    await tabs.handle({ type: 'tick', tabId: 3, draftId: 'old', item: 'media', checked: true }, undefined);
    expect(await tabs.handle({ type: 'tab-state', tabId: 3 }, undefined)).toMatchObject({ ticked: ['second-reader'] });
    await tabs.handle({ type: 'draft-state', state: draft({ draftId: 'a.2' }) }, 3);
    expect(await tabs.handle({ type: 'tab-state', tabId: 3 }, undefined)).toMatchObject({ ticked: [] });
    await tabs.handle({ type: 'tick', tabId: 3, draftId: 'a.2', item: 'media', checked: true }, undefined);
    await tabs.handle({ type: 'draft-state', state: draft({ draftId: 'a.2', empty: true }) }, 3);
    expect(await tabs.handle({ type: 'tab-state', tabId: 3 }, undefined)).toMatchObject({ ticked: [] });
  });

  test('a restarted worker (MV3 stops it when idle) reads back each tab\'s draft and ticks from session storage', async () => {
    const data: Record<string, unknown> = {};
    const session = {
      get: async () => structuredClone(data),
      set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
      remove: async (key: string | string[]) => void [key].flat().forEach((k) => delete data[k]),
    };
    const first = createTabs({ badge: null, store: memoryStore(), session });
    await first.handle({ type: 'draft-state', state: draft({ draftId: 'a.1', findings: [{ rule: 'political', severity: 'error' }] }) }, 3);
    await first.handle({ type: 'tick', tabId: 3, draftId: 'a.1', item: 'second-reader', checked: true }, undefined);
    await first.handle({ type: 'draft-state', state: draft({ draftId: 'b.1', account: 'x:@other' }) }, 4);
    first.forget(4); // tab 4 navigated away
    await new Promise((r) => setTimeout(r, 0));

    const second = createTabs({ badge: null, store: memoryStore(), session });
    expect(await second.handle({ type: 'tab-state', tabId: 3 }, undefined)).toMatchObject({
      tabId: 3, state: { draftId: 'a.1', findings: [{ rule: 'political' }] }, ticked: ['second-reader'],
    });
    expect(await second.handle({ type: 'tab-state', tabId: 4 }, undefined)).toMatchObject({ state: null });
    // Without session storage (or when it fails) the state lives in memory only.
    const broken = { get: async () => { throw new Error('no'); }, set: async () => { throw new Error('no'); }, remove: async () => {} };
    const third = createTabs({ badge: null, store: memoryStore(), session: broken });
    await third.handle({ type: 'draft-state', state: draft() }, 5);
    expect(await third.handle({ type: 'tab-state', tabId: 5 }, undefined)).toMatchObject({ state: { draftId: 'a.1' } });
  });

  test('the popup opened as a page gets the most recent tab with a draft; a tab without one gets none', async () => {
    let now = 0;
    const tabs = createTabs({ badge: null, store: memoryStore(), now: () => ++now });
    await tabs.handle({ type: 'draft-state', state: draft({ account: 'x:@a' }) }, 1);
    await tabs.handle({ type: 'draft-state', state: draft({ account: 'linkedin:b', site: 'linkedin' }) }, 2);
    expect(await tabs.handle({ type: 'tab-state', tabId: null }, undefined)).toMatchObject({ tabId: 2, state: { account: 'linkedin:b' } });
    expect(await tabs.handle({ type: 'tab-state', tabId: 99 }, undefined)).toMatchObject({ tabId: 99, state: null });
    tabs.forget(2);
    expect(await tabs.handle({ type: 'tab-state', tabId: null }, undefined)).toMatchObject({ tabId: 1 });
  });

  test('the check before posting is on by default and switched in settings', async () => {
    const store = memoryStore();
    const tabs = createTabs({ badge: null, store });
    expect(await tabs.handle({ type: 'tab-state', tabId: null }, undefined)).toMatchObject({ checkBeforePosting: true });
    await tabs.handle({ type: 'set-check-before-posting', on: false }, undefined);
    expect((store.data[SETTINGS_KEY] as { checkBeforePosting: boolean }).checkBeforePosting).toBe(false);
    expect(await tabs.handle({ type: 'tab-state', tabId: null }, undefined)).toMatchObject({ checkBeforePosting: false });
  });
});
