/**
 * Per-tab draft state for the toolbar badge and the popup. Content scripts report their tab's
 * current draft; the popup asks for it and ticks checklist items. Kept in memory and mirrored in
 * `storage.session` where there is one: an MV3 service worker is stopped after ~30 s idle, and
 * the restarted worker reads back each tab's draft and the user's ticks (session storage lives
 * in memory and ends with the browser session; nothing is written to disk).
 */
import { badgeFor, titleFor, type DraftState } from '../../utils/draft-state';
import type { DraftStateRequest, Request, SetCheckBeforePostingRequest, TabStateRequest, TabStateResponse, TickRequest } from '../../utils/messages';
import { loadSettings, updateSettings, type SettingsStore } from '../../utils/settings';

/** The bits of `browser.action` (MV3) / `browser.browserAction` (MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle?(details: { tabId: number; title: string }): Promise<void> | void;
}

export type TabRequest = DraftStateRequest | TabStateRequest | TickRequest | SetCheckBeforePostingRequest;
const TAB_TYPES = new Set<string>(['draft-state', 'tab-state', 'tick', 'set-check-before-posting']);
export const isTabRequest = (r: Request): r is TabRequest => TAB_TYPES.has(r.type);

interface TabEntry {
  state: DraftState | null;
  ticked: Set<string>;
  /** Draft the ticks belong to: a new draft starts with none ticked. */
  ticksFor: string;
  seen: number;
}

/** The bits of `browser.storage.session` the tab state uses. */
export interface SessionStore {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const TAB_PREFIX = 'postcheck.tab.';
interface StoredEntry {
  state: DraftState | null;
  ticked: string[];
  ticksFor: string;
  seen: number;
}

export function createTabs(deps: { badge: BadgeApi | null; store?: SettingsStore; session?: SessionStore | null; now?: () => number }) {
  const tabs = new Map<number, TabEntry>();
  const now = deps.now ?? Date.now;
  const lastBadge = new Map<number, string>();
  const session = deps.session ?? null;

  /** What an earlier life of this worker kept; read once, before the first request is answered. */
  const restored: Promise<void> = (async () => {
    if (!session) return;
    try {
      const all = await session.get(null);
      for (const [key, value] of Object.entries(all ?? {})) {
        const id = Number(key.slice(TAB_PREFIX.length));
        if (!key.startsWith(TAB_PREFIX) || !Number.isInteger(id) || tabs.has(id)) continue;
        const v = value as Partial<StoredEntry> | null;
        if (!v || typeof v !== 'object') continue;
        tabs.set(id, {
          state: v.state && typeof v.state === 'object' ? v.state : null,
          ticked: new Set(Array.isArray(v.ticked) ? v.ticked.filter((t): t is string => typeof t === 'string') : []),
          ticksFor: typeof v.ticksFor === 'string' ? v.ticksFor : '',
          seen: typeof v.seen === 'number' ? v.seen : 0,
        });
      }
    } catch {
      /* no session storage: memory only */
    }
  })();

  function persist(tabId: number): void {
    const e = tabs.get(tabId);
    if (!session || !e) return;
    const stored: StoredEntry = { state: e.state, ticked: [...e.ticked], ticksFor: e.ticksFor, seen: e.seen };
    session.set({ [TAB_PREFIX + tabId]: stored }).catch(() => {});
  }

  async function paint(tabId: number, state: DraftState | null) {
    const api = deps.badge;
    if (!api) return;
    const { text, colour } = badgeFor(state);
    const title = titleFor(state);
    const sig = `${text}|${colour}|${title}`;
    if (lastBadge.get(tabId) === sig) return;
    lastBadge.set(tabId, sig);
    try {
      if (colour) {
        await api.setBadgeBackgroundColor({ tabId, color: colour });
        await api.setBadgeTextColor?.({ tabId, color: '#ffffff' });
      }
      await api.setBadgeText({ tabId, text });
      await api.setTitle?.({ tabId, title }); // what screen readers say for the toolbar button
    } catch {
      lastBadge.delete(tabId); // tab closed meanwhile
    }
  }

  function entry(tabId: number): TabEntry {
    let e = tabs.get(tabId);
    if (!e) tabs.set(tabId, (e = { state: null, ticked: new Set(), ticksFor: '', seen: 0 }));
    return e;
  }

  async function answer(tabId: number | null): Promise<TabStateResponse> {
    const e = tabId === null ? undefined : tabs.get(tabId);
    const s = await loadSettings(deps.store).catch(() => null);
    const ticked = e?.state && e.ticksFor === e.state.draftId ? [...e.ticked] : [];
    return { type: 'tab-state', tabId, state: e?.state ?? null, ticked, checkBeforePosting: s?.checkBeforePosting ?? true };
  }

  /** The most recently reported tab with a draft state (the popup opened as a page in a tab). */
  function mostRecent(): number | null {
    let best: number | null = null;
    let seen = -1;
    for (const [id, e] of tabs) if (e.state && e.seen > seen) [best, seen] = [id, e.seen];
    return best;
  }

  async function handle(req: TabRequest, senderTabId: number | undefined): Promise<unknown> {
    await restored;
    switch (req.type) {
      case 'draft-state': {
        if (senderTabId === undefined) return { type: 'ok' };
        const e = entry(senderTabId);
        e.state = req.state;
        e.seen = now();
        // A new draft, or the box emptied (posted or cleared): the manual ticks start again.
        if (req.state && (e.ticksFor !== req.state.draftId || req.state.empty)) {
          e.ticksFor = req.state.draftId;
          e.ticked.clear();
        }
        persist(senderTabId);
        await paint(senderTabId, req.state);
        return { type: 'ok' };
      }
      case 'tab-state':
        return answer(req.tabId !== null && tabs.get(req.tabId)?.state ? req.tabId : (req.tabId ?? mostRecent()));
      case 'tick': {
        const e = entry(req.tabId);
        if (e.state?.draftId === req.draftId) {
          e.ticksFor = req.draftId;
          if (req.checked) e.ticked.add(req.item);
          else e.ticked.delete(req.item);
          persist(req.tabId);
        }
        return answer(req.tabId);
      }
      case 'set-check-before-posting':
        await updateSettings((s) => void (s.checkBeforePosting = !!req.on), deps.store);
        return { type: 'ok' };
    }
  }

  return {
    handle,
    mostRecent,
    /** The tab navigated or closed: its draft is gone. */
    forget(tabId: number) {
      tabs.delete(tabId);
      lastBadge.delete(tabId);
      session?.remove(TAB_PREFIX + tabId).catch(() => {});
    },
  };
}
