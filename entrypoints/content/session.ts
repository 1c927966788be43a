/**
 * One editor being checked: debounced reads of its text, a check in the background, and the
 * result shown as highlights and a badge/panel. Stale answers (older `seq`) are dropped.
 */
import type { GateProps } from '../../components/Gate';
import type { ShownFinding } from '../../components/Panel';
import type { Finding, Mode, PostImage } from '../../rules/types';
import { rangeFor, readText, type TextMap } from '../../utils/dom-text';
import type { SiteAdapter } from './adapters';
import type { Send } from './bridge';
import { refocus, selectionIn } from './caret';
import { applyEdit, selectText } from './editing';
import type { Highlighter, Mark } from './highlights';
import type { ImageMatcher } from './images';
import type { ModeInfo, ModeStore } from './modes';
import { EditorUi, type Placement } from './ui';

export const DEBOUNCE_MS = 70;

export interface SessionEnv {
  adapter: SiteAdapter;
  send: Send;
  highlighter: Highlighter;
  modes: ModeStore;
  images: ImageMatcher;
  nextSeq(): number;
  /** Runs `fn` so that an exception never reaches the page. */
  guard<A extends unknown[]>(fn: (...a: A) => unknown): (...a: A) => void;
  onChecked(detail: { count: number; seq: number; ms: number }): void;
  /** What is shown changed (findings, dismissals, mode): the tab's draft state (entrypoints/content/draft.ts). */
  onState?(session: EditorSession): void;
}

/** A finding is dismissed for this draft by rule and matched text. */
export const dismissKey = (f: Finding, text: string) => `${f.rule}\u0000${text.slice(f.start, f.end)}`;

export function accountKeyFor(adapter: SiteAdapter, editor: Element): string {
  let account: string | null = null;
  try {
    account = adapter.findAccount(editor);
  } catch {
    /* unknown account */
  }
  return `${adapter.platform}:${(account ?? 'default').trim()}`.toLowerCase();
}

export class EditorSession {
  composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the text last changed; `ms` of postcheck:checked counts from here (includes the debounce). */
  private lastChange = 0;
  private pending = 0;
  private lastRequest = '';
  private map: TextMap = { text: '', segments: [] };
  private findings: Finding[] = [];
  private shown: ShownFinding[] = [];
  private marksSig = '';
  private dismissed = new Set<string>();
  private account = '';
  private modeInfo: ModeInfo = { mode: null, official: false };
  /** The mode of `account` has been looked up (until then the panel neither asks nor tells). */
  private modeKnown = false;
  private modeLoad: Promise<void> = Promise.resolve();
  private open = false;
  private placement: Placement = { above: false, left: false, beside: false, drop: 0 };
  private status = '';
  private gate: GateProps | null = null;
  /** Where the caret was when the keyboard moved focus into the panel. */
  private returnCaret: Range | null = null;
  private disposed = false;
  readonly ui: EditorUi;

  constructor(
    readonly editor: HTMLElement,
    private readonly env: SessionEnv,
  ) {
    this.ui = new EditorUi(editor);
    this.styleRoots();
    this.render();
    void this.syncAccount();
    this.markDirty();
  }

  /** The text changed (input, mutation, composition end): check again after the debounce. */
  markDirty(delay = DEBOUNCE_MS): void {
    if (this.disposed || this.composing) return;
    this.lastChange = performance.now();
    clearTimeout(this.timer);
    this.timer = setTimeout(this.env.guard(() => ((this.timer = undefined), this.run())), delay);
  }

  /** Something near the editor changed (an image came or went): check soon, never later than already planned. */
  markNearby(): void {
    if (this.timer === undefined) this.markDirty();
  }

  /** Check again even if the text did not change (mode or settings changed). */
  recheck(delay?: number): void {
    this.lastRequest = '';
    this.markDirty(delay);
  }

  private async run(): Promise<void> {
    if (this.disposed || !this.editor.isConnected) return;
    const since = this.lastChange;
    const map = readText(this.editor);
    await this.syncAccount();
    if (this.disposed) return;
    const images = this.images();
    const mode = this.modeInfo.mode;
    const request = JSON.stringify([map.text, mode, images]);
    if (request === this.lastRequest) {
      this.map = map;
      return;
    }
    this.lastRequest = request;
    const seq = this.env.nextSeq();
    this.pending = seq;
    const answer = await this.env.send({ type: 'check', seq, text: map.text, mode, platform: this.env.adapter.platform, images });
    if (!answer || answer.seq !== this.pending || this.disposed) return; // stale or no background
    this.apply(answer.findings, map);
    this.env.onChecked({ count: this.shown.length, seq, ms: Math.round(performance.now() - since) });
  }

  /** Looks up the mode when the account shown on the page changes (first call: on creation). */
  private syncAccount(): Promise<void> {
    const key = accountKeyFor(this.env.adapter, this.editor);
    if (key !== this.account) {
      this.account = key;
      this.modeKnown = false;
      this.modeLoad = this.env.modes.get(key).then((info) => {
        if (this.account !== key || this.disposed) return;
        this.modeInfo = info;
        this.modeKnown = true;
        this.render();
      });
    }
    return this.modeLoad;
  }

  private images(): PostImage[] {
    try {
      return this.env.images.images(this.env.adapter.findAttachments(this.editor), () => this.recheck(0)); // nothing to wait for: the text did not change
    } catch {
      return [];
    }
  }

  private apply(findings: Finding[], map: TextMap): void {
    if (!map.text.trim()) this.dismissed.clear(); // an emptied box starts a new draft
    this.map = map;
    this.findings = findings;
    this.status = '';
    this.refresh();
  }

  /** Recomputes what is shown from findings, dismissals and the text they were computed on. */
  private refresh(): void {
    const { text } = this.map;
    this.shown = this.findings
      .filter((f) => !this.dismissed.has(dismissKey(f, text)))
      .map((f, i) => ({ key: `${f.rule}:${f.start}:${f.end}:${i}`, finding: f, excerpt: text.slice(f.start, f.end) }));
    if (this.gate) {
      // Asking before posting: keep the count true; once no error is left there is nothing to ask.
      const errors = this.shown.filter((f) => f.finding.severity === 'error').length;
      this.gate = errors ? { ...this.gate, errors } : null;
    }
    const sig = text + '\u0001' + this.shown.map((s) => `${s.finding.severity}${s.finding.start}-${s.finding.end}`).join(',');
    if (sig !== this.marksSig) {
      this.marksSig = sig;
      const marks: Mark[] = [];
      for (const { finding } of this.shown) {
        if (finding.end <= finding.start) continue;
        const range = rangeFor(this.map, finding.start, finding.end, this.editor.ownerDocument);
        if (range) marks.push({ severity: finding.severity, range });
      }
      this.styleRoots();
      this.env.highlighter.set(this, marks);
    }
    this.render();
    this.env.onState?.(this);
  }

  /** What the badge, popup and gate need: the account, its mode, the text and what is shown. */
  snapshot() {
    return { account: this.account, mode: this.modeInfo.mode, official: this.modeInfo.official, text: this.map.text, shown: this.shown };
  }

  /** Keyboard (Alt+Shift+P in the editor, keys.ts): opens the panel and moves focus into it. */
  focusPanel(): boolean {
    this.returnCaret = selectionIn(this.editor);
    this.open = true;
    this.render();
    return this.ui.focusFirst();
  }

  /** Opens the panel on the check before posting; true only if it is on screen (see gate.ts). */
  showGate(gate: GateProps): boolean {
    this.gate = gate;
    this.open = true;
    this.render();
    return this.ui.hasGate();
  }

  /** Closes the check before posting; `close` also closes the panel (the draft is being posted). */
  hideGate(close = false): void {
    if (!this.gate) return;
    this.gate = null;
    if (close) this.open = false;
    this.render();
  }

  /** ::highlight styles in the document and in the editor's shadow root (Firefox needs both). */
  private styleRoots(): void {
    const root = this.editor.getRootNode() as Document | ShadowRoot;
    this.env.highlighter.ensureStyles(this.editor.ownerDocument);
    if (root.nodeType === 11) this.env.highlighter.ensureStyles(root);
  }

  /** `modal`: whether a modal dialog is open on the page, when the caller already knows. */
  position(modal?: boolean): void {
    const p = this.ui.place(modal);
    const q = this.placement;
    if (p && (p.above !== q.above || p.left !== q.left || p.beside !== q.beside || p.drop !== q.drop)) {
      this.placement = p;
      if (this.open) this.render();
    }
  }

  private dark(): boolean {
    try {
      return this.env.adapter.isDark(this.editor.ownerDocument);
    } catch {
      return false;
    }
  }

  render(): void {
    const g = this.env.guard;
    this.ui.update({
      findings: this.shown,
      mode: this.modeInfo.mode,
      modePending: !this.modeKnown,
      official: this.modeInfo.official,
      open: this.open,
      dark: this.dark(),
      above: this.placement.above,
      left: this.placement.left,
      beside: this.placement.beside,
      drop: this.placement.drop,
      status: this.status,
      gate: this.gate ?? undefined,
      onToggle: g(() => {
        this.open = !this.open;
        if (!this.open) this.gate = null;
        const back = !this.open && this.ui.hasFocus();
        this.render();
        if (back) refocus(this.editor, this.returnCaret); // closed from the keyboard: back to the draft
      }),
      onSelect: g((item: ShownFinding) => {
        if (!selectText(this.editor, item.finding.start, item.finding.end)) this.setStatus('That text has changed; it is checked again.');
      }),
      onDismiss: g((item: ShownFinding) => {
        this.dismissed.add(dismissKey(item.finding, this.map.text));
        this.refresh();
      }),
      onFix: g(async (item: ShownFinding) => {
        const fix = item.finding.fix;
        if (!fix) return;
        const ok = await applyEdit(this.editor, { ...fix, expectedText: this.map.text });
        this.setStatus(ok ? '' : 'The fix could not be applied here; please edit the text yourself.');
        this.markDirty();
      }),
      onMode: g(async (mode: Mode) => {
        await this.env.modes.set(this.account || accountKeyFor(this.env.adapter, this.editor), mode);
      }),
    });
  }

  /** The mode of `key` changed ('*' = any): re-read it and check again. */
  async modeChanged(key: string): Promise<void> {
    if (key !== '*' && key !== this.account) return;
    this.modeInfo = await this.env.modes.get(this.account);
    if (this.disposed) return;
    this.render();
    this.env.onState?.(this);
    this.recheck();
  }

  private setStatus(status: string): void {
    this.status = status;
    this.render();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.env.highlighter.set(this, []);
    this.ui.remove();
  }
}
