/**
 * Keyboard access to the panel: Alt+Shift+P in a checked editor opens its panel and moves focus
 * into it; Escape (or Close) in the panel brings focus back to the draft (session.ts). The badge
 * host sits at the end of <body>, far away in Tab order on a real site, hence the shortcut.
 */
import type { GateHost } from './gate';

/** Alt+Shift+P, by key position (on a Mac, Option+Shift+P types "∏"). */
export const isPanelShortcut = (e: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>) =>
  e.code === 'KeyP' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;

export function listenForPanelShortcut(host: GateHost, signal: AbortSignal, win: Window = window): void {
  win.addEventListener(
    'keydown',
    (e) => {
      try {
        if (!isPanelShortcut(e) || e.isComposing) return;
        const s = host.sessionFor((e.composedPath()[0] as Node | undefined) ?? null);
        // Only swallow the key when focus really moved into the panel.
        if (s?.focusPanel()) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      } catch (error) {
        console.debug('[postcheck] shortcut', error);
      }
    },
    { capture: true, signal },
  );
}
