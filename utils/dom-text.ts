/**
 * Plain text of a rich-text editor, with a map from text offsets back to DOM text nodes.
 *
 * Paragraphs become '\n' the way the editors render them: Draft.js `div[data-block]`,
 * Lexical / ProseMirror / Quill `<p>`, and `<br>` inside a paragraph. A `<br>` that ends
 * its paragraph (Lexical's managed line break, ProseMirror's trailing break, the `<br>` of
 * an empty Quill/Draft line) adds nothing: the paragraph boundary already gives the '\n'.
 * Reads only; never touches the editor.
 */

export interface TextSegment {
  node: Text;
  /** Offsets of this node's data in `text`: [start, end). */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
  /** Set for <textarea>/<input>: offsets are the value's own; there are no text nodes. */
  field?: HTMLTextAreaElement | HTMLInputElement;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'VIDEO', 'CANVAS', 'BUTTON']);

/** Placeholder and widget elements some editors put inside the editable root. */
export const IGNORED_SELECTOR =
  '.public-DraftEditorPlaceholder-root, .ProseMirror-widget, .ql-clipboard, [data-postcheck-ignore]';

const isField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

/** True when nothing visible follows `br` inside its paragraph. */
function endsBlock(br: Element, root: Element): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 ? (s as Text).data.length > 0 : s.nodeType === 1 && !(s as Element).matches(IGNORED_SELECTOR)) return false;
    }
    node = node.parentNode;
    if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName)) return true;
  }
  return true;
}

export function readText(root: Element): TextMap {
  if (isField(root)) return { text: root.value, segments: [], field: root };
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let needBreak = false;
  let started = false;

  const emit = (s: string, node?: Text) => {
    if (needBreak && started) {
      parts.push('\n');
      length += 1;
    }
    needBreak = false;
    started = true;
    if (node) segments.push({ node, start: length, end: length + s.length });
    parts.push(s);
    length += s.length;
  };

  const walk = (parent: Node) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        if (data.length) emit(data, n as Text);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.matches(IGNORED_SELECTOR)) continue;
      if (tag === 'BR') {
        if (!endsBlock(el, root)) emit('\n');
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) {
        if (needBreak && started) emit('');
        else if (!started) started = true;
      }
      walk(el);
      if (block) needBreak = true;
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** Index of the first segment whose end is > offset (or == offset when `atEnd`). */
function findSegment(segments: TextSegment[], offset: number, atEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (atEnd ? s.end >= offset : s.end > offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

function stillValid(s: TextSegment): boolean {
  return s.node.isConnected && s.node.data.length === s.end - s.start;
}

/**
 * DOM position for a text offset. An offset in a '\n' gap maps to the start of the next
 * text node (range starts) or the end of the previous one (range ends).
 */
function position(map: TextMap, offset: number, isStart: boolean): { node: Text; offset: number } | null {
  const { segments } = map;
  if (!segments.length) return null;
  const i = findSegment(segments, offset, !isStart);
  let s: TextSegment;
  let at: number;
  if (i < 0) {
    s = segments[segments.length - 1];
    at = s.end - s.start;
  } else if (offset >= segments[i].start) {
    s = segments[i];
    at = offset - s.start;
  } else if (!isStart && i > 0) {
    s = segments[i - 1];
    at = s.end - s.start;
  } else {
    s = segments[i];
    at = 0;
  }
  return stillValid(s) ? { node: s.node, offset: at } : null;
}

/** A DOM Range for text offsets [start, end), or null when the map is stale or has no text nodes. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document = document): Range | null {
  if (map.field || start < 0 || end < start || end > map.text.length) return null;
  const a = position(map, start, true);
  const b = start === end ? a : position(map, end, false);
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
