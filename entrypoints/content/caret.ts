/** The caret in an editor (also inside a shadow root), and putting focus back with it. */

/** The selection range when it is inside `editor`, else null. */
export function selectionIn(editor: HTMLElement): Range | null {
  const root = editor.getRootNode() as Document & { getSelection?: () => Selection | null };
  const sel = root.getSelection?.() ?? editor.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  return editor.contains(r.startContainer) ? r.cloneRange() : null;
}

/** Back to the editor with the caret where it was (else at the end of the text). */
export function refocus(editor: HTMLElement, saved: Range | null): void {
  if (!editor.isConnected) return;
  editor.focus({ preventScroll: true });
  const range = saved && editor.contains(saved.startContainer) && editor.contains(saved.endContainer) ? saved : null;
  const here = selectionIn(editor);
  if (here && (!range || (here.startContainer === range.startContainer && here.startOffset === range.startOffset))) return;
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return;
  if (range) {
    sel.removeAllRanges();
    sel.addRange(range);
  } else {
    sel.selectAllChildren(editor);
    sel.collapseToEnd();
  }
}
