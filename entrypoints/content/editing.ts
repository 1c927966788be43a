/**
 * Selecting text in the editor and applying a fix through the editor's own input path:
 * select the DOM range, let the editor see the selection, then `execCommand('insertText')`
 * (or 'delete'). Draft.js, Lexical, Quill and ProseMirror all turn that into a model
 * change, so undo works. Nothing here writes the editor's DOM directly.
 */
import { rangeFor, readText } from '../../utils/dom-text';

/** Waits for the `selectionchange` the editors sync their model from (at most `ms`). */
function selectionSettled(doc: Document, ms = 60): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // One more task so React/Lexical handlers of the same event have run.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/** Focuses the editor and selects text offsets [start, end). Returns false when not possible. */
export function selectText(editor: HTMLElement, start: number, end: number): boolean {
  const map = readText(editor);
  if (map.field) {
    map.field.focus();
    map.field.setSelectionRange(start, end);
    return true;
  }
  const range = rangeFor(map, start, end, editor.ownerDocument);
  if (!range) return false;
  if (!editor.contains(editor.ownerDocument.activeElement) && (editor.getRootNode() as Document | ShadowRoot).activeElement !== editor) {
    editor.focus({ preventScroll: true });
  }
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  (range.startContainer.parentElement ?? editor).scrollIntoView?.({ block: 'nearest' });
  return true;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
  /** The text the finding was computed on; the edit is refused if the draft changed since. */
  expectedText: string;
}

/**
 * Replaces [start, end) with `text` as if the user typed it. Resolves true when the editor's
 * text afterwards is what was intended.
 */
export async function applyEdit(editor: HTMLElement, edit: Edit): Promise<boolean> {
  const doc = editor.ownerDocument;
  const root = editor.getRootNode() as Document | ShadowRoot;
  if (!editor.contains(root.activeElement) && root.activeElement !== editor) {
    // Focus elsewhere (e.g. on the check before posting): focus first and let the editor put its
    // own caret back (Draft.js does so on focus) before we select, or it would undo our selection.
    editor.focus({ preventScroll: true });
    await selectionSettled(doc);
  }
  const wanted = edit.expectedText.slice(0, edit.start) + edit.text + edit.expectedText.slice(edit.end);
  // A second try only when the first left the text exactly as it was (the editor moved the
  // selection back before the command ran, seen with Draft.js on a busy machine): never twice.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (readText(editor).text !== edit.expectedText) return false;
    if (!selectText(editor, edit.start, edit.end)) return false;
    await selectionSettled(doc);
    if (edit.text) doc.execCommand('insertText', false, edit.text);
    else if (edit.end > edit.start) doc.execCommand('delete', false);
    // Quill and ProseMirror commit asynchronously (SITES.md §3): give them a tick.
    await new Promise((r) => setTimeout(r, 30));
    const now = readText(editor).text;
    if (now === wanted) return true;
    if (now !== edit.expectedText) return false;
  }
  return false;
}
