/**
 * Highlights through the CSS Custom Highlight API: no change to the editor's DOM.
 * One shared `Highlight` per severity in the page's registry (`postcheck-error`, …),
 * holding the ranges of every editor; styles go into the document and into each shadow
 * root that holds an editor (Firefox does not apply document rules inside shadow roots).
 */
import type { Severity } from '../../rules/types';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'postcheck-error',
  warning: 'postcheck-warning',
  info: 'postcheck-info',
};
const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SEVERITIES = Object.keys(HIGHLIGHT_NAMES) as Severity[];

export const HIGHLIGHT_CSS = `
::highlight(postcheck-error){text-decoration:underline wavy #d93025;text-decoration-thickness:1.5px;text-underline-offset:3px;background-color:rgba(217,48,37,.10)}
::highlight(postcheck-warning){text-decoration:underline wavy #e8a200;text-decoration-thickness:1.5px;text-underline-offset:3px;background-color:rgba(232,162,0,.12)}
::highlight(postcheck-info){text-decoration:underline dotted #1a73e8;text-decoration-thickness:2px;text-underline-offset:3px}
`;
const STYLE_ATTR = 'data-postcheck-highlight-style';

interface HighlightLike {
  add(r: Range): unknown;
  clear(): void;
  priority: number;
  size: number;
}
interface Registry {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}

export const highlightsSupported = () =>
  typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' && !!(globalThis.CSS as unknown as { highlights?: Registry })?.highlights;

const registry = (): Registry | null => (globalThis.CSS as unknown as { highlights?: Registry })?.highlights ?? null;

export interface Mark {
  severity: Severity;
  range: Range;
}

/** Ranges per editor; the registry's highlights are rebuilt from all editors on every change. */
export class Highlighter {
  private byOwner = new Map<object, Mark[]>();
  private styled = new WeakSet<Document | ShadowRoot>();
  private styles: HTMLStyleElement[] = [];

  /** Puts the ::highlight styles into `root` once (document head or a shadow root). */
  ensureStyles(root: Document | ShadowRoot): void {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = HIGHLIGHT_CSS;
    (root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root).appendChild(style);
    this.styles.push(style);
  }

  set(owner: object, marks: Mark[]): void {
    const before = new Set((this.byOwner.get(owner) ?? []).map((m) => m.severity));
    if (marks.length) this.byOwner.set(owner, marks);
    else this.byOwner.delete(owner);
    for (const m of marks) before.add(m.severity);
    for (const severity of before) this.rebuild(severity);
  }

  private rebuild(severity: Severity): void {
    const reg = registry();
    if (!reg || !highlightsSupported()) return;
    const name = HIGHLIGHT_NAMES[severity];
    const ranges: Range[] = [];
    for (const marks of this.byOwner.values()) for (const m of marks) if (m.severity === severity) ranges.push(m.range);
    let h = reg.get(name);
    try {
      if (!h) {
        h = new (globalThis as unknown as { Highlight: new () => HighlightLike }).Highlight();
        h.priority = PRIORITY[severity];
        reg.set(name, h);
      }
      h.clear();
      for (const r of ranges) h.add(r);
    } catch {
      // Some wrappers refuse set-like calls: replace the object instead.
      const Ctor = (globalThis as unknown as { Highlight: new (...r: Range[]) => HighlightLike }).Highlight;
      const fresh = new Ctor(...ranges);
      fresh.priority = PRIORITY[severity];
      reg.set(name, fresh);
    }
  }

  /** Removes every range and style this script added (extension reload / uninstall). */
  dispose(): void {
    this.byOwner.clear();
    const reg = registry();
    if (reg) {
      for (const s of SEVERITIES) {
        try {
          reg.get(HIGHLIGHT_NAMES[s])?.clear();
          reg.delete(HIGHLIGHT_NAMES[s]);
        } catch {
          /* page keeps working */
        }
      }
    }
    for (const s of this.styles) s.remove();
    this.styles = [];
    this.styled = new WeakSet();
  }
}
