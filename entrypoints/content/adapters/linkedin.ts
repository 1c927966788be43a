/** LinkedIn (Quill share box, TipTap/ProseMirror comments). Selectors: SITES.md §3 (BEACON, LIREC, LHR, LRP, 2026). */
import { blobImages, firstLine, prefersDark } from './common';
import type { SiteAdapter } from './types';

/** Share box (Quill) and both comment editors (LHR: one selector for both). */
export const LI_EDITOR = '.ql-editor[contenteditable="true"], [role="textbox"][aria-label^="Text editor for creating"]';
/** The React feed renders the share modal in this element's OPEN shadow root (BEACON, LRP, ARC). */
export const LI_INTEROP_OUTLET = '#interop-outlet, [data-testid="interop-shadowdom"]';
/** Messaging is not a post (a bare [role=dialog] matches the messaging overlay, LIREC). */
export const LI_EXCLUDED = '.msg-form, .msg-overlay-conversation-bubble, .msg-overlay-list-bubble, [data-view-name="message-composer"]';
export const LI_SCOPE = '[data-test-modal-id="sharebox"], .share-box-v2__modal, form.comments-comment-box__form, [data-testid="ui-core-tiptap-text-editor-wrapper"], [data-view-name="comment-box"], [role="dialog"], form';
export const LI_POST_BUTTON = 'button.share-actions__primary-action, button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"], button.comments-comment-box__submit-button--cr, button[type="submit"]';
/** First line of its text is the acting author (LIREC, verified on 3 identities). */
export const LI_AUTHOR = '.share-unified-settings-entry-button';
export const LI_ME_PHOTO = 'img.global-nav__me-photo';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  editorSelector: LI_EDITOR,
  isExcluded: (el) => !!el.closest(LI_EXCLUDED) || (el.getAttribute('aria-label') ?? '').startsWith('Write a message') || location.pathname.startsWith('/messaging'),
  shadowRoots(doc) {
    const roots: ShadowRoot[] = [];
    for (const host of doc.querySelectorAll(LI_INTEROP_OUTLET)) if (host.shadowRoot) roots.push(host.shadowRoot);
    return roots;
  },
  findAttachments: (editor) => blobImages(editor.closest(LI_SCOPE)),
  findPostButton(editor) {
    let scope: Element | null = editor.closest(LI_SCOPE);
    while (scope) {
      const button = scope.querySelector<HTMLElement>(LI_POST_BUTTON);
      if (button) return button;
      scope = scope.parentElement?.closest(LI_SCOPE) ?? null;
    }
    return null;
  },
  findAccount(editor) {
    const root = editor.getRootNode() as Document | ShadowRoot;
    const author = firstLine(root.querySelector(LI_AUTHOR));
    if (author) return author;
    return editor.ownerDocument.querySelector(LI_ME_PHOTO)?.getAttribute('alt')?.trim() || null;
  },
  isDark(doc) {
    if (doc.documentElement.classList.contains('theme--dark') || doc.body?.classList.contains('theme--dark')) return true;
    if (doc.documentElement.classList.contains('theme--light')) return false;
    return prefersDark();
  },
};
