/** Helpers shared by the site adapters: engine markers, fallbacks, scoping, theme. */
import type { Attachment, SiteAdapter } from './types';

/**
 * Editors recognised by their engine's own markers (SITES.md §1–3): Draft.js, Lexical,
 * Quill, ProseMirror/TipTap. Keeps checking alive when a site renames its own hooks.
 */
export const ENGINE_MARKERS = [
  '.public-DraftEditor-content[contenteditable="true"]',
  '[data-lexical-editor="true"][contenteditable="true"]',
  '.ql-editor[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
].join(', ');

/** An editable text box: a textarea or a contenteditable root. Others are checked only when focused (fallback). */
export function isEditable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  const ce = el.getAttribute('contenteditable');
  return ce === 'true' || ce === '' || ce === 'plaintext-only';
}

/** The outermost editable element containing `el` (the editor root), or null. */
export function editableRoot(el: Element | null): HTMLElement | null {
  let root: Element | null = null;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (isEditable(n)) root = n;
    else if (root) break;
  }
  return root as HTMLElement | null;
}

/** Editors to check in `root` (and `root` itself when it is an element): named selectors and engine markers, minus exclusions and nested ones. */
export function findEditors(adapter: SiteAdapter, root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  const selector = `${adapter.editorSelector}, ${ENGINE_MARKERS}`;
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  if ((root as Element).nodeType === 1 && (root as Element).matches(selector)) found.unshift(root as HTMLElement);
  for (const el of found) {
    if (!isEditable(el) || adapter.isExcluded(el)) continue;
    if (out.some((o) => o.contains(el))) continue;
    out.push(el);
  }
  return out;
}

/** Nearest ancestor (up to `maxUp` levels) that contains an element matching `marker`. */
export function scopeWith(editor: Element, marker: string, maxUp = 15): Element | null {
  let n: Element | null = editor.parentElement;
  for (let i = 0; n && i < maxUp; i++, n = n.parentElement) {
    if (n.querySelector(marker)) return n;
  }
  return null;
}

export function blobImages(scope: ParentNode | null): Attachment[] {
  if (!scope) return [];
  return [...scope.querySelectorAll<HTMLImageElement>('img[src^="blob:"], img[src^="data:"]')].map((img) => ({
    src: img.getAttribute('src') ?? '',
    alt: img.getAttribute('alt') || undefined,
  }));
}

/** "rgb(5, 5, 5)" → dark? Unparseable or transparent → null. */
export function isDarkColor(color: string): boolean | null {
  const m = color.match(/rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

export function prefersDark(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  } catch {
    return false;
  }
}


/** First non-blank line of text inside `el` (e.g. the author line of a two-line button). */
export function firstLine(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const line = (n.nodeValue ?? '').split('\n').map((l) => l.trim()).find(Boolean);
    if (line) return line;
  }
  return '';
}
