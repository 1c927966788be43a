/** What the content script needs to know about one site. Selectors live in each site's file. */
import type { Platform } from '../../../rules/types';

export interface Attachment {
  src: string;
  alt?: string;
}

export interface SiteAdapter {
  platform: Platform;
  /** Named compose-box selectors of this site (engine markers are added by `findEditors`). */
  editorSelector: string;
  /** Editable boxes that are not posts (DMs, chat): never checked. */
  isExcluded(editor: Element): boolean;
  /** Open shadow roots that hold editors (LinkedIn's `#interop-outlet`). */
  shadowRoots(doc: Document): ShadowRoot[];
  findAttachments(editor: Element): Attachment[];
  findPostButton(editor: Element): HTMLElement | null;
  /** The signed-in account or acting identity, where the page shows it ("@jane", "Jane Doe"). */
  findAccount(editor: Element): string | null;
  isDark(doc: Document): boolean;
}
