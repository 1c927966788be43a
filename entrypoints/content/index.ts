/**
 * Content script: finds compose boxes on X, Facebook and LinkedIn, sends their text to the
 * background for checking and shows the findings. Reads the editors, never changes them.
 * The engine is not bundled here (see entrypoints/background).
 */
import { adapterFor } from './adapters';
import { PostcheckApp } from './app';
import { createSend } from './bridge';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      const app = new PostcheckApp({
        adapter: adapterFor(location.hostname),
        send: createSend(),
        signal: ctx.signal,
        // Detail is a string so it crosses from the content script's world to the page's (Firefox).
        onChecked: (detail) => window.dispatchEvent(new CustomEvent('postcheck:checked', { detail: JSON.stringify(detail) })),
      });
      ctx.onInvalidated(() => app.dispose());
      app.start();
    } catch (e) {
      console.debug('[postcheck] not started', e);
    }
  },
});
