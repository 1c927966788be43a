import { browser } from 'wxt/browser';
import { isRequest, SETTINGS_KEY } from '../../utils/messages';
import { createHandler, type LogoApi } from './handlers';
import { createTabs, isTabRequest, type BadgeApi, type SessionStore } from './tabs';

// The logo matcher (issue 5) is optional: picked up here once utils/logo-browser.ts exists.
const logoModules = import.meta.glob<Partial<LogoApi>>('../../utils/logo-browser.ts');

export default defineBackground(() => {
  const handler = createHandler({
    loadLogo: async () => {
      const load = Object.values(logoModules)[0];
      const api = load ? await load() : null;
      return api?.findLogoInBlob ? (api as LogoApi) : null;
    },
  });
  // The matcher's templates are built while nobody waits (an MV3 worker does this on each start).
  setTimeout(() => void handler.warmLogo(), 500);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) handler.invalidate();
  });

  // Toolbar badge per tab: `action` in MV3, `browserAction` in Firefox MV2.
  const badge = ((browser as unknown as { action?: BadgeApi }).action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction) ?? null;
  // storage.session (Chrome 102+, Firefox 115+) keeps tab state across MV3 worker restarts.
  const session = (browser.storage as unknown as { session?: SessionStore }).session ?? null;
  const tabs = createTabs({ badge, session });
  browser.tabs?.onRemoved.addListener((tabId) => tabs.forget(tabId));
  browser.tabs?.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') tabs.forget(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRequest(message)) return undefined;
    if (isTabRequest(message)) {
      return tabs.handle(message, sender.tab?.id).catch((error) => {
        console.warn('[postcheck] request failed', message.type, error);
        return undefined;
      });
    }
    return handler.handle(message).catch((error) => {
      console.warn('[postcheck] request failed', message.type, error);
      return undefined;
    });
  });
});
