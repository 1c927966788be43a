/**
 * The popup's only link to the extension: it asks the background (never the engine directly,
 * which would put the whole rule registry in the popup bundle).
 */
import { browser } from 'wxt/browser';
import type { Mode } from '../../rules/types';
import { getProfile } from '../../rules/profiles';
import type { ModeResponse, Request, ResponseFor, TabStateResponse } from '../../utils/messages';
import { loadSettings } from '../../utils/settings';

export interface Connection {
  /** The tab the popup is about; null = the most recent tab with a draft (popup opened as a page). */
  tab(): Promise<number | null>;
  state(tabId: number | null): Promise<TabStateResponse | null>;
  setMode(account: string, mode: Mode): Promise<ModeResponse | null>;
  tick(tabId: number, draftId: string, item: string, checked: boolean): Promise<TabStateResponse | null>;
  setCheckBeforePosting(on: boolean): Promise<void>;
  /** The name of the employer whose policy applies ("City of Calgary"), from settings. */
  employer?(): Promise<string>;
  /** Opens the options page (entrypoints/options). */
  openSettings?(): Promise<void>;
}

async function send<R extends Request>(req: R): Promise<ResponseFor<R> | null> {
  try {
    return ((await browser.runtime.sendMessage(req)) as ResponseFor<R>) ?? null;
  } catch {
    return null;
  }
}

/** `?tab=<id>` (tests, links); else the active tab, unless the popup itself is open in a tab. */
async function resolveTab(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  try {
    if (await browser.tabs.getCurrent()) return null;
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id ?? null;
  } catch {
    return null;
  }
}

export function connect(): Connection {
  return {
    tab: resolveTab,
    state: (tabId) => send({ type: 'tab-state', tabId }),
    setMode: (account, mode) => send({ type: 'set-mode', account, mode }),
    tick: (tabId, draftId, item, checked) => send({ type: 'tick', tabId, draftId, item, checked }),
    setCheckBeforePosting: async (on) => void (await send({ type: 'set-check-before-posting', on })),
    employer: async () => getProfile((await loadSettings().catch(() => null))?.profileId).name,
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    },
  };
}
