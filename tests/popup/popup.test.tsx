// @vitest-environment happy-dom
// The popup with a fake connection to the background: account and mode switch, checklist from
// the draft, ticks, official accounts, other tabs, and the live count text.
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Connection } from '../../entrypoints/popup/connection';
import { App, countText } from '../../entrypoints/popup/App';
import type { Mode } from '../../rules/types';
import type { DraftState } from '../../utils/draft-state';
import type { TabStateResponse } from '../../utils/messages';

const wait = (ms = 30) => new Promise((r) => setTimeout(r, ms));

const draft = (over: Partial<DraftState> = {}): DraftState => ({
  site: 'x', account: 'x:@jane', accountLabel: '@jane', mode: null, official: false, draftId: 'd.1', empty: false,
  findings: [{ rule: 'news-link', severity: 'warning' }], ...over,
});

/** A background that keeps one tab's state and records what the popup asked. */
function fakeConnection(state: DraftState | null) {
  const calls: string[] = [];
  let ticked: string[] = [];
  const answer = (): TabStateResponse => ({ type: 'tab-state', tabId: 5, state, ticked, checkBeforePosting: true });
  const connection: Connection = {
    tab: async () => 5,
    state: async () => answer(),
    setMode: async (account: string, mode: Mode) => {
      calls.push(`mode ${account} ${mode}`);
      if (state) state = { ...state, mode };
      return { type: 'mode', account, mode, official: false };
    },
    tick: async (_tab, _draft, item, checked) => {
      calls.push(`tick ${item} ${checked}`);
      ticked = checked ? [...ticked, item] : ticked.filter((i) => i !== item);
      return answer();
    },
    setCheckBeforePosting: async (on) => void calls.push(`check ${on}`),
  };
  return { connection, calls };
}

const mounted: Element[] = [];
function mount(connection: Connection) {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  render(<App connection={connection} />, root);
  return root;
}

const statuses = (root: Element) => Object.fromEntries([...root.querySelectorAll('[data-testid="popup-item"]')].map((li) => [li.getAttribute('data-item'), li.getAttribute('data-status')]));
const radio = (root: Element, mode: Mode) => root.querySelector<HTMLInputElement>(`[data-testid="popup-mode-${mode}"]`)!;

afterEach(() => {
  for (const root of mounted.splice(0)) render(null, root); // unmount: stops the popup's polling
  document.body.innerHTML = '';
});

describe('popup', () => {
  test('unknown mode: nothing chosen, a question, no checklist; choosing sets the mode of this account', async () => {
    const { connection, calls } = fakeConnection(draft());
    const root = mount(connection);
    await wait();
    expect(root.querySelector('[data-testid="popup-account"]')?.textContent).toBe('@jane');
    expect([radio(root, 'work').checked, radio(root, 'personal').checked]).toEqual([false, false]);
    expect(root.textContent).toContain('Work or personal? Choose above');
    expect(root.querySelector('[data-testid="popup-checklist"]')).toBeNull();
    radio(root, 'work').click();
    await wait();
    expect(calls).toEqual(['mode x:@jane work']);
    expect(radio(root, 'work').checked).toBe(true);
    expect(statuses(root)).toEqual({
      'work-account': 'open', 'program-area': 'open', 'second-reader': 'open',
      'no-confidential': 'pass', 'no-commercial': 'fail', respectful: 'pass', media: 'open',
    });
  });

  test('manual items are ticked through the background; every item links to its bundled summary', async () => {
    const { connection, calls } = fakeConnection(draft({ mode: 'work' }));
    const root = mount(connection);
    await wait();
    root.querySelector<HTMLInputElement>('#tick-second-reader')!.click();
    await wait();
    expect(calls).toEqual(['tick second-reader true']);
    expect(statuses(root)['second-reader']).toBe('ticked');
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a.why')) {
      const target = root.querySelector(a.getAttribute('href')!);
      expect(target?.querySelector('h3')?.textContent).toBeTruthy();
    }
  });

  test('personal mode shows the personal checklist', async () => {
    const { connection } = fakeConnection(draft({ mode: 'personal', findings: [{ rule: 'missing-disclaimer', severity: 'warning' }] }));
    const root = mount(connection);
    await wait();
    expect(statuses(root)).toMatchObject({ disclaimer: 'fail', 'no-personal-info': 'pass' });
  });

  test('an official account is work and cannot be switched', async () => {
    const { connection } = fakeConnection(draft({ mode: 'work', official: true }));
    const root = mount(connection);
    await wait();
    expect(radio(root, 'work').checked).toBe(true);
    expect(root.querySelector('fieldset')?.disabled).toBe(true);
    expect(root.textContent).toContain('official City account');
  });

  test('a tab that is not one of the sites explains what Postcheck does and how to set the mode', async () => {
    const { connection } = fakeConnection(null);
    const root = mount(connection);
    await wait();
    expect(root.querySelector('[data-testid="popup-offsite"]')?.textContent).toContain('Work or personal account?');
    expect(root.querySelector('[data-testid="popup-mode"]')).toBeNull();
  });

  test('the check before posting switch', async () => {
    const { connection, calls } = fakeConnection(null);
    const root = mount(connection);
    await wait();
    const box = root.querySelector<HTMLInputElement>('[data-testid="popup-check-before-posting"]')!;
    expect(box.checked).toBe(true);
    box.click();
    await wait();
    expect(calls).toEqual(['check false']);
  });
});

describe('popup: employer and settings link', () => {
  test('names the employer policy in use and opens the options page from "Settings"', async () => {
    const { connection, calls } = fakeConnection(draft({ mode: 'work' }));
    connection.employer = async () => 'City of Calgary';
    connection.openSettings = async () => void calls.push('open settings');
    const root = mount(connection);
    await wait();
    expect(root.querySelector('[data-testid="popup-employer"]')?.textContent).toBe('Checking against City of Calgary policy');
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="popup-settings"]')!;
    expect(link.textContent).toBe('Settings');
    link.click();
    await wait();
    expect(calls).toEqual(['open settings']);
  });

  test('the settings link comes after the mode switch and the checklist in keyboard order', async () => {
    const { connection } = fakeConnection(draft({ mode: 'work' }));
    connection.openSettings = async () => {};
    const root = mount(connection);
    await wait();
    const focusable = [...root.querySelectorAll('input, a[href]')];
    const at = focusable.indexOf(root.querySelector('[data-testid="popup-settings"]')!);
    expect(at).toBeGreaterThan(focusable.indexOf(root.querySelector('#tick-second-reader')!));
    expect(focusable[0]).toBe(radio(root, 'work'));
  });
});

describe('countText (the live region)', () => {
  test.each([
    [null, 'No draft in the box yet.'],
    [draft({ empty: true }), 'No draft in the box yet.'],
    [draft({ findings: [] }), 'No open findings in this draft.'],
    [draft(), '1 open finding in this draft.'],
    [draft({ findings: [{ rule: 'news-link', severity: 'warning' }, { rule: 'personal-info', severity: 'error' }] }), '2 open findings in this draft, 1 error.'],
  ])('%#', (state, text) => expect(countText(state)).toBe(text));
});
