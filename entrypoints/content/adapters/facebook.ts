/** Facebook (Lexical). Selectors: SITES.md §2 (PF 2026-10, TH 2026-02, MASK). */
import { blobImages, prefersDark } from './common';
import type { SiteAdapter } from './types';

/** Post composer and comment boxes are both Lexical textboxes (PF; TH PostScraper). */
export const FB_EDITOR = '[data-lexical-editor="true"][role="textbox"]';
/** The composer is the closest aria-modal dialog, not `[aria-label="Create post"]` (a header sibling, PF). */
export const FB_DIALOG = '[role="dialog"][aria-modal="true"], [aria-modal="true"]';
export const FB_POST_BUTTON = '[role="button"][aria-label="Post"], [role="button"][aria-label="Next"]';
export const FB_COMMENT_SUBMIT = '#focused-state-composer-submit, [role="button"][aria-label="Comment"], [role="button"][aria-label="Post comment"]';
/** "Comment as <Name>", "Answer as <Name>" names the acting identity (TH, 2026 bots). */
const ACTING_AS = /^(?:Comment|Answer|Reply) as (.+?)\s*$/;

/** Messenger chat is Lexical too: aria-label "Message", aria-placeholder "Aa" (several bots; TH). */
export function isMessenger(el: Element): boolean {
  const label = el.getAttribute('aria-label') ?? '';
  return label === 'Message' || label.startsWith('Message ') || el.getAttribute('aria-placeholder') === 'Aa';
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  editorSelector: FB_EDITOR,
  isExcluded: (el) => isMessenger(el) || location.pathname.startsWith('/messages'),
  shadowRoots: () => [],
  findAttachments: (editor) => blobImages(editor.closest(FB_DIALOG)),
  findPostButton(editor) {
    const dialog = editor.closest(FB_DIALOG);
    const inDialog = dialog?.querySelector<HTMLElement>(FB_POST_BUTTON);
    if (inDialog) return inDialog;
    const form = editor.closest('form') ?? editor.parentElement?.parentElement?.parentElement ?? null;
    return form?.querySelector<HTMLElement>(FB_COMMENT_SUBMIT) ?? editor.ownerDocument.querySelector<HTMLElement>('#focused-state-composer-submit');
  },
  findAccount(editor) {
    const m = (editor.getAttribute('aria-label') ?? '').match(ACTING_AS);
    if (m) return m[1];
    return null; // the post composer shows no reliable name: one mode per site then
  },
  isDark(doc) {
    const cl = doc.documentElement.classList;
    if (cl.contains('__fb-dark-mode')) return true;
    if (cl.contains('__fb-light-mode')) return false;
    return prefersDark();
  },
};
