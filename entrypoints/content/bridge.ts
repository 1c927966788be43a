/** Talking to the background. If it does not answer (reloaded, asleep, crashed), we do nothing. */
import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from '../../utils/messages';

export type Send = <R extends Request>(req: R) => Promise<ResponseFor<R> | null>;

/** `onFailure` runs when a message could not be sent (e.g. the extension was reloaded). */
export function createSend(timeoutMs = 5000, onFailure?: () => void): Send {
  return async (req) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const answer = await Promise.race([
        browser.runtime.sendMessage(req) as Promise<unknown>,
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
      ]);
      return (answer as ResponseFor<typeof req>) ?? null;
    } catch {
      onFailure?.();
      return null; // "Extension context invalidated", no receiver, …
    } finally {
      clearTimeout(timer);
    }
  };
}
