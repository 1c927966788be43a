/**
 * Finds compose boxes and keeps one EditorSession per box. One shared MutationObserver
 * (the document plus the open shadow roots that hold editors), batched; input and
 * composition events at document level; a periodic rescan for late shadow roots and
 * attribute-only changes. Everything is tied to `signal` and removed by `dispose()`.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../../utils/messages';
import { editableRoot, findEditors, isEditable, type SiteAdapter } from './adapters';
import type { Send } from './bridge';
import { Highlighter } from './highlights';
import { ImageMatcher } from './images';
import { ModeStore } from './modes';
import { EditorSession, type SessionEnv } from './session';
import { modalOpen, UI_TAG } from './ui';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const RESCAN_MS = 2000;
const WARM_EVERY_MS = 20_000;

const hasImage = (n: Node) => n.nodeType === 1 && ((n as Element).localName === 'img' || !!(n as Element).querySelector('img'));

export interface AppOptions {
  adapter: SiteAdapter;
  send: Send;
  signal: AbortSignal;
  doc?: Document;
  /** Called with the `postcheck:checked` detail after each applied check. */
  onChecked?: (detail: { count: number; seq: number; ms: number }) => void;
  /** What an editor shows changed (draft.ts reports it for the toolbar badge and popup). */
  onState?: (session: EditorSession) => void;
  /** An editor left the page. */
  onEnded?: (session: EditorSession) => void;
}

export class PostcheckApp {
  readonly sessions = new Map<HTMLElement, EditorSession>();
  private readonly doc: Document;
  private readonly observer: MutationObserver;
  private readonly resizer: ResizeObserver | null;
  private readonly observed = new WeakSet<Node>();
  private readonly highlighter = new Highlighter();
  private readonly modes: ModeStore;
  private readonly env: SessionEnv;
  private added = new Set<Element>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;
  private frame = 0;
  private seq = 0;
  private lastWarm = -Infinity;
  private disposed = false;

  constructor(private readonly opts: AppOptions) {
    this.doc = opts.doc ?? document;
    this.modes = new ModeStore(opts.send);
    this.modes.onChange((key) => this.sessions.forEach((s) => void s.modeChanged(key).catch(() => {})));
    this.env = {
      adapter: opts.adapter,
      send: opts.send,
      highlighter: this.highlighter,
      modes: this.modes,
      images: new ImageMatcher(opts.send),
      nextSeq: () => ++this.seq,
      guard: (fn) => this.guard(fn),
      onChecked: (d) => {
        this.schedulePosition();
        opts.onChecked?.(d);
      },
      onState: (s) => opts.onState?.(s),
    };
    this.observer = new MutationObserver(this.guard((records: MutationRecord[]) => this.onMutations(records)));
    const RO = this.doc.defaultView?.ResizeObserver;
    this.resizer = RO ? new RO(this.guard(() => this.schedulePosition())) : null;
  }

  /** Wraps a handler so that an exception never propagates to the page. */
  guard<A extends unknown[]>(fn: (...a: A) => unknown): (...a: A) => void {
    return (...a: A) => {
      if (this.disposed) return;
      try {
        const r = fn(...a);
        if (r instanceof Promise) r.catch((e) => console.debug('[postcheck]', e));
      } catch (e) {
        console.debug('[postcheck]', e);
      }
    };
  }

  start(): void {
    const { signal } = this.opts;
    const doc = this.doc;
    const win = doc.defaultView!;
    const opts = { capture: true, signal };
    this.observer.observe(doc, OBSERVE);
    doc.addEventListener('input', this.guard((e: Event) => this.onInput(e)), opts);
    doc.addEventListener('compositionstart', this.guard((e: Event) => this.onComposition(e, true)), opts);
    doc.addEventListener('compositionend', this.guard((e: Event) => this.onComposition(e, false)), opts);
    doc.addEventListener('focusin', this.guard((e: Event) => this.onFocus(e)), opts);
    // Images attached through the file picker, paste or drop: matched before the site shows them.
    for (const type of ['change', 'paste', 'drop']) doc.addEventListener(type, this.guard((e: Event) => this.onFiles(e)), opts);
    doc.addEventListener('scroll', this.guard(() => this.schedulePosition()), { capture: true, passive: true, signal });
    win.addEventListener('resize', this.guard(() => this.schedulePosition()), { passive: true, signal });
    try {
      browser.storage?.onChanged?.addListener(this.onStorage);
    } catch {
      /* no storage in this context */
    }
    this.interval = setInterval(this.guard(() => this.scan()), RESCAN_MS);
    signal.addEventListener('abort', () => this.dispose(), { once: true });
    this.scan();
  }

  private onStorage = (changes: Record<string, unknown>, area: string) => {
    if (!this.disposed && area === 'local' && SETTINGS_KEY in changes) {
      this.modes.invalidate();
    }
  };

  /** The session whose editor contains `node`. */
  sessionFor(node: Node | null): EditorSession | undefined {
    if (!node) return undefined;
    for (const s of this.sessions.values()) if (s.editor === node || s.editor.contains(node)) return s;
    return undefined;
  }

  private target(e: Event): Node | null {
    return (e.composedPath?.()[0] as Node | undefined) ?? (e.target as Node | null);
  }

  private onInput(e: Event): void {
    const s = this.sessionFor(this.target(e)) ?? this.fallback(this.target(e));
    if (!s || (e as InputEvent).isComposing) return;
    s.composing = false; // a plain input ends any composition we missed the end of
    s.markDirty();
  }

  private onComposition(e: Event, composing: boolean): void {
    const s = this.sessionFor(this.target(e));
    if (!s) return;
    s.composing = composing;
    if (!composing) s.markDirty();
  }

  /** Files picked (input change), pasted or dropped near a compose box go to the logo matcher now. */
  private onFiles(e: Event): void {
    if (!this.sessions.size) return;
    const t = this.target(e) as HTMLInputElement | null;
    let files: FileList | null | undefined;
    if (e.type === 'change') files = t?.localName === 'input' && t.type === 'file' ? t.files : null;
    else files = ((e as ClipboardEvent).clipboardData ?? (e as DragEvent).dataTransfer)?.files;
    if (!files?.length || !t || !this.nearEditor(t)) return;
    this.env.images.prime([...files]);
  }

  /** `node` sits in a compose box's own part of the page (its dialog or composer), not elsewhere (a cover photo). */
  private nearEditor(node: Node): boolean {
    for (const s of this.sessions.values()) {
      let n: Element | null = s.editor;
      for (let i = 0; n && i < 12 && n !== this.doc.body; i++, n = n.parentElement) if (n.contains(node)) return true;
    }
    return false;
  }

  private onFocus(e: Event): void {
    const t = this.target(e);
    if (this.sessionFor(t)) this.warm(); // the worker may have gone to sleep since
    else {
      this.scan();
      if (!this.sessionFor(t)) this.fallback(t);
    }
  }

  /** Any focused editable box on the site is checked when no named selector matched it. */
  private fallback(node: Node | null): EditorSession | undefined {
    const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    if (!el || el.closest(UI_TAG)) return undefined;
    const root = el.tagName === 'TEXTAREA' ? (isEditable(el) ? (el as HTMLElement) : null) : editableRoot(el);
    if (!root || this.opts.adapter.isExcluded(root)) return undefined;
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    if (active !== root && !root.contains(active)) return undefined;
    return this.track(root);
  }

  private onMutations(records: MutationRecord[]): void {
    let layout = false;
    let removed = false;
    let images = false;
    for (const r of records) {
      const s = this.sessionFor(r.target);
      if (s) {
        s.markDirty();
        layout = true;
        continue;
      }
      if (r.type !== 'childList') continue;
      for (const n of r.addedNodes) if (n.nodeType === 1 && (n as Element).localName !== UI_TAG) this.added.add(n as Element);
      if (r.removedNodes.length) removed = true;
      if (!images) images = [...r.addedNodes, ...r.removedNodes].some(hasImage);
      layout = true;
    }
    if (this.added.size || removed) this.scheduleScan();
    // A thumbnail came or went (X's attachments, Facebook's dialog): the sessions look again.
    // (X's timeline adds images all the time: that must not keep postponing a pending check.)
    if (images) for (const s of this.sessions.values()) s.markNearby();
    if (layout && this.sessions.size) this.schedulePosition();
  }

  /** Batches scans of added subtrees (X adds timeline nodes all the time). */
  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(
      this.guard(() => {
        this.scanTimer = undefined;
        const added = [...this.added];
        this.added.clear();
        if (added.length > 300) return this.scan();
        this.prune();
        for (const el of added) {
          // Only the added subtree itself: never re-query its (possibly huge) parent.
          if (el.isConnected) for (const ed of findEditors(this.opts.adapter, el)) this.track(ed);
        }
      }),
      50,
    );
  }

  /** Full scan: the document and every open shadow root the site keeps editors in. */
  scan(): void {
    if (this.disposed) return;
    this.prune();
    const roots: ParentNode[] = [this.doc];
    for (const sr of this.opts.adapter.shadowRoots(this.doc)) {
      if (!this.observed.has(sr)) {
        this.observed.add(sr);
        this.observer.observe(sr, OBSERVE);
        // `change` is not composed: a file input inside the root is heard only there.
        sr.addEventListener('change', this.guard((e: Event) => this.onFiles(e)), { capture: true, signal: this.opts.signal });
      }
      roots.push(sr);
    }
    for (const root of roots) for (const ed of findEditors(this.opts.adapter, root)) this.track(ed);
  }

  /** Ends sessions whose editor left the page or was excluded. */
  private prune(): void {
    for (const [ed, s] of this.sessions) {
      if (!ed.isConnected || !isEditable(ed)) {
        s.dispose();
        this.resizer?.unobserve(ed);
        this.sessions.delete(ed);
        this.opts.onEnded?.(s);
      }
    }
  }

  track(editor: HTMLElement): EditorSession {
    const known = this.sessions.get(editor);
    if (known) return known;
    // An editor nested in a tracked one is the same box.
    const outer = this.sessionFor(editor);
    if (outer) return outer;
    this.warm();
    const s = new EditorSession(editor, this.env);
    this.sessions.set(editor, s);
    this.resizer?.observe(editor);
    this.schedulePosition();
    return s;
  }

  /** Loads the engine in the background before the first check (MV3 workers sleep). */
  private warm(): void {
    const now = performance.now();
    if (now - this.lastWarm < WARM_EVERY_MS) return;
    this.lastWarm = now;
    void this.opts.send({ type: 'warm' });
  }

  private schedulePosition(): void {
    if (this.frame || this.disposed) return;
    const win = this.doc.defaultView!;
    this.frame = win.requestAnimationFrame(
      this.guard(() => {
        this.frame = 0;
        if (!this.sessions.size) return;
        const modal = modalOpen(this.doc); // once a frame, not once an editor
        for (const s of this.sessions.values()) s.position(modal);
      }),
    );
  }

  /** Extension reload or uninstall: remove everything, leave the editors untouched. */
  dispose(): void {
    if (this.disposed) return;
    this.observer.disconnect();
    this.resizer?.disconnect();
    clearInterval(this.interval);
    clearTimeout(this.scanTimer);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.highlighter.dispose();
    try {
      browser.storage?.onChanged?.removeListener(this.onStorage);
    } catch {
      /* ignore */
    }
    this.disposed = true;
  }
}
