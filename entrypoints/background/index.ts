import { browser } from 'wxt/browser';
import { isRequest, SETTINGS_KEY } from '../../utils/messages';
import { createHandler, type LogoMatcher } from './handlers';

// The logo matcher (issue 5) is optional: picked up here once utils/logo-browser.ts exists.
const logoModules = import.meta.glob<{ findLogoInBlob?: LogoMatcher }>('../../utils/logo-browser.ts');

export default defineBackground(() => {
  const handler = createHandler({
    loadLogoMatcher: async () => {
      const load = Object.values(logoModules)[0];
      return load ? ((await load()).findLogoInBlob ?? null) : null;
    },
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) handler.invalidate();
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    return handler.handle(message).catch((error) => {
      console.warn('[postcheck] request failed', message.type, error);
      return undefined;
    });
  });
});
