/**
 * Content script: finds compose boxes on X, Facebook and LinkedIn, sends their text to the
 * background for checking and shows the findings. Reads the editors, never changes them
 * (a Fix goes through the editor's own input path, only on click). The engine is not
 * bundled here (see entrypoints/background).
 *
 * What the page (and the end-to-end tests) can see:
 * - `CSS.highlights` entries `postcheck-error` / `postcheck-warning` / `postcheck-info`: one
 *   shared Highlight each, holding the ranges of every editor; `::highlight()` styles in a
 *   `<style data-postcheck-highlight-style>` in <head> and in each shadow root holding an editor.
 * - One `<postcheck-ui>` per editor (open shadow root), beside the editor's tree: in its shadow
 *   root, an open <dialog>, or <body>. Inside: `button[data-testid=postcheck-badge]` (text = count,
 *   aria-label "N Postcheck findings"), `[data-testid=postcheck-panel][role=dialog]` when open,
 *   `li[data-testid=postcheck-finding][data-rule][data-severity]` with buttons "Fix" and "Dismiss",
 *   `postcheck-mode-work` / `postcheck-mode-personal` while the mode is unknown (or after "Change",
 *   `postcheck-mode-change`).
 * - After each applied check: `window` event `postcheck:checked`, detail = JSON string
 *   `{count, seq, ms}` (ms = last text change → applied, debounce included).
 * - After each image sent to the logo matcher: `window` event `postcheck:image-checked`, detail =
 *   JSON string `{bytes, ms, readMs, unpackMs, matcherMs, found}` (ms = read, sent and answered; matcherMs = decoding
 *   and matching in the background).
 */
import { adapterFor } from './adapters';
import { PostcheckApp } from './app';
import { createSend } from './bridge';
import { DraftReporter } from './draft';
import { Gate } from './gate';
import { listenForPanelShortcut } from './keys';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      const adapter = adapterFor(location.hostname);
      // Reading ctx.isInvalid notices a reload/uninstall (runtime.id gone) and aborts ctx.signal.
      const send = createSend(5000, () => void ctx.isInvalid);
      const draft = new DraftReporter(adapter, send);
      const app = new PostcheckApp({
        adapter,
        send,
        signal: ctx.signal,
        onState: (s) => draft.update(s),
        onEnded: (s) => draft.ended(s),
        // Detail is a string so it crosses from the content script's world to the page's (Firefox).
        onChecked: (detail) => window.dispatchEvent(new CustomEvent('postcheck:checked', { detail: JSON.stringify(detail) })),
      });
      ctx.onInvalidated(() => app.dispose());
      app.start();
      // An extension reload does not re-inject into open tabs: notice it ourselves and clean up.
      ctx.setInterval(() => {}, 2000);
      // The box the user is in is the tab's current draft (after the app has tracked it).
      const follow = app.guard((e: Event) => {
        const s = app.sessionFor((e.composedPath()[0] as Node | undefined) ?? null);
        if (s) draft.focus(s);
      });
      document.addEventListener('focusin', follow, { capture: true, signal: ctx.signal });
      document.addEventListener('input', follow, { capture: true, signal: ctx.signal });
      void draft.reportPage(document).catch(() => {});
      new Gate(app, adapter).start(ctx.signal);
      listenForPanelShortcut(app, ctx.signal);
    } catch (e) {
      console.debug('[postcheck] not started', e);
    }
  },
});
