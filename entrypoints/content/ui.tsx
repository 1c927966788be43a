/**
 * One `<postcheck-ui>` host per editor with an OPEN shadow root holding the badge and panel.
 * The host sits beside the editor's tree, never inside the editor: in the editor's shadow
 * root when it has one (LinkedIn), in an open modal <dialog> (top layer), else in <body>.
 * It is position:fixed and follows the editor (see `place`).
 */
import { render } from 'preact';
import { Panel, type PanelProps } from '../../components/Panel';
import { PANEL_CSS } from '../../components/panel-css';

export const UI_TAG = 'postcheck-ui';

/** Which way the panel opens from the badge. */
export interface Placement {
  above: boolean;
  left: boolean;
  /** No room below the editor but room on its right: the panel opens there. */
  beside: boolean;
  /** Room below the editor: px from the badge's top to just below it (0: not below). */
  drop: number;
}

/** The panel's width (components/panel-css.ts) plus a margin; rows kept free below the editor. */
const PANEL_ROOM = 372;
const BELOW_ROOM = 260;
/** Where the panel's top sits under the badge by default (components/panel-css.ts `.panel{top}`). */
const PANEL_TOP = 28;

export class EditorUi {
  readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private props: PanelProps | null = null;
  private x = -1;
  private y = -1;
  private shown = false;

  constructor(private readonly editor: HTMLElement) {
    const doc = editor.ownerDocument;
    this.host = doc.createElement(UI_TAG);
    this.host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.box = doc.createElement('div');
    this.box.className = 'pc';
    this.box.hidden = true;
    shadow.append(style, this.box);
    // Keys typed in the panel stay in the panel (the page's shortcuts never see them).
    shadow.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if ((e as KeyboardEvent).key === 'Escape' && this.props?.open) this.props.onToggle();
    });
    // Keyboard users keep their place: when the focused control is replaced (a mode answered,
    // "Change" pressed), focus moves to the panel's first control instead of falling to <body>.
    let focused: Element | null = null;
    const recover = () => {
      if (!focused || focused.isConnected) return;
      focused = null;
      // Only when focus fell to <body>: never take it back from the editor or the page.
      const active = this.host.ownerDocument.activeElement;
      if (this.props?.open && (!active || active === this.host.ownerDocument.body)) this.focusFirst();
    };
    shadow.addEventListener('focusin', (e) => (focused = e.composedPath()[0] as Element));
    shadow.addEventListener('focusout', (e) => {
      const el = e.composedPath()[0];
      queueMicrotask(() => (focused === el && (el as Element).isConnected ? (focused = null) : recover()));
    });
    new MutationObserver(recover).observe(this.box, { childList: true, subtree: true });
    this.attach();
  }

  /** Where the host goes: next to the editor's tree, above modal layers. */
  private anchor(): Node {
    const root = this.editor.getRootNode();
    if (root.nodeType === 11) return root; // shadow root
    const dialog = this.editor.closest('dialog[open]');
    if (dialog) return dialog;
    const doc = this.editor.ownerDocument;
    return doc.body ?? doc.documentElement;
  }

  /** (Re-)attaches the host if the page removed it. */
  attach(): void {
    const anchor = this.anchor();
    if (this.host.parentNode !== anchor) anchor.appendChild(this.host);
  }

  update(props: PanelProps): void {
    this.props = props;
    this.box.classList.toggle('dark', props.dark);
    render(<Panel {...props} />, this.box);
  }

  /**
   * Follows the editor: badge at its top-right corner; hidden while the editor is not visible,
   * and while a modal dialog the editor is not in covers the page (the home composer under X's
   * /compose/post modal, a Facebook comment box under the Create post dialog).
   */
  place(modal?: boolean): Placement | null {
    if (!this.host.isConnected) this.attach();
    const r = this.editor.getBoundingClientRect();
    const view = this.editor.ownerDocument.defaultView;
    const vh = view?.innerHeight ?? 0;
    const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && !coveredByModal(this.editor, modal);
    if (visible !== this.shown) {
      this.shown = visible;
      this.box.hidden = !visible;
    }
    if (!visible) return null;
    const x = Math.round(Math.max(4, r.right - 28));
    const y = Math.round(Math.max(4, r.top + 4));
    if (x !== this.x || y !== this.y) {
      this.x = x;
      this.y = y;
      this.box.style.transform = `translate(${x}px, ${y}px)`;
    }
    // Where the panel goes when opened, so it hides none of the draft where the window allows:
    // below the editor, else beside it (a site's send button often sits right of a comment
    // box, so beside comes second), else above or under the badge.
    const vw = view?.innerWidth ?? 0;
    const above = y > vh * 0.55;
    if (r.bottom + BELOW_ROOM <= vh) {
      const drop = Math.round(r.bottom - y + 6);
      return { above: false, left: x < 380, beside: false, drop: drop > PANEL_TOP ? drop : 0 }; // a one-line box: under the badge is below it
    }
    if (vw - r.right >= PANEL_ROOM) return { above, left: false, beside: true, drop: 0 };
    return { above, left: x < 380, beside: false, drop: 0 };
  }

  /** Focus on the panel's first control (the mode question, else the first finding, else Close). */
  focusFirst(): boolean {
    // In this order (one selector list would return the Close button, first in the DOM).
    const first = ['.panel .mode button', '.panel li button', '.panel button'].map((sel) => this.box.querySelector<HTMLElement>(sel)).find(Boolean);
    first?.focus({ preventScroll: true });
    return !!first && this.hasFocus();
  }

  /** Focus is inside the badge or panel. */
  hasFocus(): boolean {
    return !!this.host.shadowRoot?.activeElement;
  }

  /** The check-before-posting box is rendered and visible (the gate stops a post only then). */
  hasGate(): boolean {
    const gate = this.box.querySelector('[data-testid="postcheck-gate"]');
    return !!gate && this.host.isConnected && !this.box.hidden && gate.getClientRects().length > 0;
  }

  remove(): void {
    render(null, this.box);
    this.host.remove();
  }
}

const MODAL = '[aria-modal="true"], dialog[open]';

/** `el` sits inside a modal dialog (crossing shadow roots on the way up). */
function inModal(el: Element): boolean {
  for (let node: Element | null = el; node; ) {
    const modal = node.closest(MODAL);
    if (modal) return true;
    const root = node.getRootNode();
    node = root.nodeType === 11 ? (root as ShadowRoot).host : null; // not instanceof: Firefox content scripts see wrapped objects
  }
  return false;
}

/** An open, rendered modal dialog is in `doc` (asked once a frame for all editors: entrypoints/content/app.ts). */
export function modalOpen(doc: Document): boolean {
  for (const m of doc.querySelectorAll(MODAL)) {
    if (m.tagName === 'DIALOG' && !isModalDialog(m)) continue; // dialog.show(): not modal
    if (m.getClientRects().length > 0) return true;
  }
  return false;
}

/** A modal dialog covers the page and the editor is not in it. */
export function coveredByModal(editor: Element, open = modalOpen(editor.ownerDocument)): boolean {
  return open && !inModal(editor);
}

function isModalDialog(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return true; // no :modal support: an open <dialog> is taken as modal
  }
}
