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
/** The identity a box's aria-label says one acts as, or null. */
const actingAs = (box: Element) => (box.getAttribute('aria-label') ?? '').match(ACTING_AS)?.[1] ?? null;

/** The page's embedded data marks the signed-in profile (or the Page one acts as) with `"snippet":"You"` (TH ProfileDetector, 2026-02). */
const SJS_SCRIPTS = 'script[data-sjs]';
const YOU = /"snippet"\s*:\s*"You"/;
/** Per script element: the name found in it (null: none). Scripts are big; each is parsed once. */
const sjsNames = new WeakMap<Element, string | null>();

/** The name of the object marked `"snippet":"You"` anywhere in `value` (its title, name or text). */
function youIn(value: unknown, depth = 0): string | null {
  if (depth > 60 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = youIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  if (o.snippet === 'You') {
    for (const key of ['title', 'name', 'text']) {
      const v = o[key];
      const text = typeof v === 'string' ? v : typeof (v as { text?: unknown } | null)?.text === 'string' ? (v as { text: string }).text : '';
      if (text.trim() && text.length <= 100) return text.trim();
    }
  }
  for (const v of Object.values(o)) {
    const found = youIn(v, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The signed-in profile's name from the page's `script[data-sjs]` JSON, or null. */
export function pageDataAccount(doc: Document): string | null {
  for (const script of doc.querySelectorAll(SJS_SCRIPTS)) {
    let name = sjsNames.get(script);
    if (name === undefined) {
      name = null;
      const text = script.textContent ?? '';
      if (YOU.test(text)) {
        try {
          name = youIn(JSON.parse(text));
        } catch {
          name = null; // not JSON after all: ignore
        }
      }
      sjsNames.set(script, name);
    }
    if (name) return name;
  }
  return null;
}

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
    const own = actingAs(editor);
    if (own) return own;
    // The post composer names nobody in its markup. The page's data names the signed-in profile;
    // failing that, a comment box on the page says whom one acts as ("Comment as <Name>").
    const doc = editor.ownerDocument;
    const fromData = pageDataAccount(doc);
    if (fromData) return fromData;
    for (const box of doc.querySelectorAll(FB_EDITOR)) {
      const acting = actingAs(box);
      if (acting) return acting;
    }
    return null; // nothing on the page names the account: one mode per site then
  },
  isDark(doc) {
    const cl = doc.documentElement.classList;
    if (cl.contains('__fb-dark-mode')) return true;
    if (cl.contains('__fb-light-mode')) return false;
    return prefersDark();
  },
};
