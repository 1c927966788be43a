/**
 * The check before posting. Capture-phase click and keydown listeners on the window see the
 * site's Post/Reply/Comment button and Ctrl/Cmd+Enter before the site does. The event is
 * stopped only when we are sure: the check is on, error-level findings are open for the text in
 * the box (checked, or its flagged words still there after an edit not checked yet), and the
 * "Review / Post anyway" box is on screen. Anything else (an exception, findings about text that
 * is gone, no panel) lets the post through untouched.
 * "Post anyway" re-dispatches the click on the real button, or the key on the editor, once,
 * while `bypassing` is set; the draft is never touched.
 */
import { browser } from 'wxt/browser';
import { readText } from '../../utils/dom-text';
import { SETTINGS_KEY } from '../../utils/messages';
import type { SiteAdapter } from './adapters';
import { refocus, selectionIn } from './caret';
import type { EditorSession } from './session';

/** What the gate needs from the app (PostcheckApp satisfies it). */
export interface GateHost {
  sessions: Map<HTMLElement, EditorSession>;
  sessionFor(node: Node | null): EditorSession | undefined;
}

export interface Attempt {
  /** settings.checkBeforePosting */
  enabled: boolean;
  /** Error-level findings shown for the draft. */
  errors: number;
  /** The findings were computed on the text now in the box, or their flagged text is still in it. */
  current: boolean;
  /** The site's button is disabled: the site would not post anyway. */
  disabled: boolean;
}

/** Whether to ask before this post goes out (the UI must still render before the event is stopped). */
export const shouldAsk = (a: Attempt) => a.enabled && a.current && !a.disabled && a.errors > 0;

/** Facebook comment boxes send on a plain Enter (SITES.md §2); everywhere Ctrl/Cmd+Enter sends. */
const FB_ENTER_SENDS = /^(?:Comment as|Reply to|Answer as|Write a (?:public )?comment|Write a reply)/;

/** Whether this keydown submits the post in this editor. */
export function isSubmitKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing'>, platform: string, editor: Element): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.altKey) return false;
  if (e.ctrlKey || e.metaKey) return true;
  if (platform !== 'facebook' || e.shiftKey) return false;
  const label = editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
  return FB_ENTER_SENDS.test(label);
}

/**
 * Error findings still open in `now`: all of them when the text is the one checked; after an edit
 * not checked yet (typing then pressing Post at once), those whose flagged text is still there.
 */
export function openErrors(shown: readonly { finding: { severity: string }; excerpt: string }[], checked: string, now: string): number {
  const errors = shown.filter((f) => f.finding.severity === 'error');
  if (now === checked) return errors.length;
  return errors.filter((f) => f.excerpt.trim() !== '' && now.includes(f.excerpt)).length;
}

const isDisabled = (el: Element) => (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';

/** How the post was asked for: the element clicked (inside the site's button) or the key. */
type How = { kind: 'click'; button: HTMLElement; target: HTMLElement } | { kind: 'key'; init: KeyboardEventInit };

export class Gate {
  private enabled = true;
  /** The caret in the editor just before a press on its Post button moved it (pointerdown). */
  private caret: { editor: HTMLElement; range: Range } | null = null;
  /** Set while "Post anyway" re-dispatches: our listeners let that one event through. */
  private bypassing = false;

  constructor(
    private readonly host: GateHost,
    private readonly adapter: SiteAdapter,
    private readonly win: Window = window,
  ) {}

  start(signal: AbortSignal): void {
    const opts = { capture: true, signal };
    this.win.addEventListener('pointerdown', (e) => this.safely(() => this.onPointerDown(e)), opts);
    this.win.addEventListener('click', (e) => this.safely(() => this.onClick(e)), opts);
    this.win.addEventListener('keydown', (e) => this.safely(() => this.onKey(e)), opts);
    void this.readSetting();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) this.enabled = (changes[SETTINGS_KEY].newValue as { checkBeforePosting?: unknown } | undefined)?.checkBeforePosting !== false;
    };
    try {
      browser.storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
    } catch {
      /* no storage: the check stays on */
    }
  }

  private async readSetting(): Promise<void> {
    try {
      const got = await browser.storage.local.get(SETTINGS_KEY);
      this.enabled = (got?.[SETTINGS_KEY] as { checkBeforePosting?: unknown } | undefined)?.checkBeforePosting !== false;
    } catch {
      /* keep the default */
    }
  }

  /** Any failure in here lets the event go on to the site. */
  private safely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      console.debug('[postcheck] gate', e);
    }
  }

  /** The session whose Post button is on the event's path. */
  private postTarget(e: Event): { s: EditorSession; button: HTMLElement } | null {
    const path = e.composedPath();
    for (const s of this.host.sessions.values()) {
      const button = this.adapter.findPostButton(s.editor);
      if (button && path.includes(button)) return { s, button };
    }
    return null;
  }

  private onPointerDown(e: PointerEvent): void {
    this.caret = null;
    if (!this.enabled) return;
    const hit = this.postTarget(e);
    const range = hit && selectionIn(hit.s.editor);
    if (hit && range) this.caret = { editor: hit.s.editor, range };
  }

  private onClick(e: MouseEvent): void {
    if (this.bypassing || !this.enabled || e.button !== 0) return;
    const hit = this.postTarget(e);
    if (!hit) return;
    const inner = e.composedPath()[0] as HTMLElement | undefined;
    const target = inner?.nodeType === 1 && typeof inner.click === 'function' && hit.button.contains(inner) ? inner : hit.button;
    this.attempt(hit.s, e, { kind: 'click', button: hit.button, target }, (hit.button.textContent ?? '').trim() || 'Post');
  }

  private onKey(e: KeyboardEvent): void {
    if (this.bypassing || !this.enabled || e.key !== 'Enter') return;
    const s = this.host.sessionFor((e.composedPath()[0] as Node | undefined) ?? null);
    if (!s || !isSubmitKey(e, this.adapter.platform, s.editor)) return;
    const init: KeyboardEventInit = {
      key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
      bubbles: true, cancelable: true, composed: true,
    };
    this.attempt(s, e, { kind: 'key', init }, e.ctrlKey ? 'Ctrl+Enter' : e.metaKey ? 'Cmd+Enter' : 'Enter');
  }

  private attempt(s: EditorSession, e: Event, how: How, action: string): void {
    const snap = s.snapshot();
    const text = readText(s.editor).text;
    const errors = openErrors(snap.shown, snap.text, text);
    const attempt: Attempt = {
      enabled: this.enabled,
      errors,
      current: errors > 0,
      disabled: how.kind === 'click' && isDisabled(how.button),
    };
    if (!shouldAsk(attempt)) return;
    const saved = selectionIn(s.editor) ?? (this.caret?.editor === s.editor ? this.caret.range : null);
    let answered = false;
    const shown = s.showGate({
      errors,
      action,
      onReview: () => {
        if (answered) return;
        answered = true;
        s.hideGate();
        refocus(s.editor, saved);
      },
      onPostAnyway: () => {
        if (answered) return;
        answered = true;
        s.hideGate(true);
        refocus(s.editor, saved);
        this.postOnce(s.editor, how);
      },
    });
    if (!shown) {
      s.hideGate(); // not on screen: never stop a post we cannot explain
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  /** The same click or key, once, to the same place; our listeners let it pass. */
  private postOnce(editor: HTMLElement, how: How): void {
    this.bypassing = true;
    try {
      if (how.kind === 'click') {
        // The element that was clicked: a site may listen on an inner node of what the adapter calls its button.
        const el = how.target.isConnected ? how.target : how.button;
        if (el.isConnected) el.click();
        return;
      }
      const ev = new KeyboardEvent('keydown', how.init);
      // Draft.js reads keyCode/which; the constructor cannot set them.
      for (const k of ['keyCode', 'which'] as const) Object.defineProperty(ev, k, { get: () => 13 });
      editor.dispatchEvent(ev);
      editor.dispatchEvent(new KeyboardEvent('keyup', how.init));
    } finally {
      this.bypassing = false;
    }
  }
}
