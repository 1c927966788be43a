/** X / Twitter (Draft.js). Selectors: SITES.md §1 (XWEB, XREC, OCLI, CPFT, 2025–2026). */
import { blobImages, isDarkColor, prefersDark, scopeWith } from './common';
import type { SiteAdapter } from './types';

/** Compose box, thread parts _1, _2…; reply, quote and modal use the same testid (XWEB, XREC); mobile web uses a textarea inside it (CPFT). */
export const X_EDITOR = '[data-testid^="tweetTextarea_"][role="textbox"], main [data-testid^="tweetTextarea_"] textarea';
/** Not posts: DMs and Grok (SITES.md §1 "Do not match"). */
export const X_EXCLUDED = '[data-testid="dmComposerTextInput"], [data-testid^="dmComposer"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"], [data-testid="DmScrollerContainer"], [data-testid="GrokDrawer"]';
/** The toolbar is a sibling subtree of the editor; its nearest common ancestor is the composer. */
export const X_COMPOSER_MARKER = '[data-testid="toolBar"]';
export const X_POST_BUTTON = 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
/** Previews: one img[src^=blob:] per file (XREC; never the global tweetPhoto, OCLI 323f531). */
export const X_ATTACHMENTS = '[data-testid="attachments"]';
export const X_ACCOUNT_AVATAR = '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]';
export const X_PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]';

export const x: SiteAdapter = {
  platform: 'x',
  editorSelector: X_EDITOR,
  isExcluded: (el) => !!el.closest(X_EXCLUDED) || location.pathname.startsWith('/messages') || location.pathname.startsWith('/i/grok'),
  shadowRoots: () => [],
  findAttachments(editor) {
    const scope = editor.closest('[role="dialog"]') ?? scopeWith(editor, X_COMPOSER_MARKER);
    return [...(scope?.querySelectorAll(X_ATTACHMENTS) ?? [])].flatMap((a) => blobImages(a));
  },
  findPostButton(editor) {
    const scope = editor.closest('[role="dialog"]') ?? scopeWith(editor, X_POST_BUTTON);
    return scope?.querySelector<HTMLElement>(X_POST_BUTTON) ?? null;
  },
  findAccount(editor) {
    const doc = editor.ownerDocument;
    const avatar = doc.querySelector(X_ACCOUNT_AVATAR)?.getAttribute('data-testid');
    if (avatar) return '@' + avatar.slice('UserAvatar-Container-'.length);
    const href = doc.querySelector(X_PROFILE_LINK)?.getAttribute('href');
    return href && /^\/\w+$/.test(href) ? '@' + href.slice(1) : null;
  },
  isDark(doc) {
    // Light: body background rgb(255,255,255); Lights out: rgb(0,0,0) / rgb(5,5,5) (CPFT).
    const body = doc.body;
    const inline = body?.style.backgroundColor;
    const dark = (inline ? isDarkColor(inline) : null) ?? (body ? isDarkColor(getComputedStyle(body).backgroundColor) : null);
    return dark ?? prefersDark();
  },
};
