/**
 * Tells the background about this tab's current draft (toolbar badge, popup): the editor last
 * focused or typed in, its account and mode, and its open findings. A draft ends when its box
 * is emptied (posted) or goes away; the next text starts a new one (new `draftId`).
 */
import type { DraftState } from '../../utils/draft-state';
import type { SiteAdapter } from './adapters';
import type { Send } from './bridge';
import { accountKeyFor, type EditorSession } from './session';

function label(adapter: SiteAdapter, el: Element): string | null {
  try {
    return adapter.findAccount(el);
  } catch {
    return null;
  }
}

const RESEND_MS = 3000;

export class DraftReporter {
  private current: EditorSession | null = null;
  private lastSent = '';
  private lastSentAt = 0;
  private ids = new WeakMap<EditorSession, { n: number; empty: boolean }>();
  private static sessions = 0;
  private readonly tag = Math.random().toString(36).slice(2, 8);

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly send: Send,
  ) {}

  /** Before any editor: the site and the account the page shows, so the popup can set the mode. */
  async reportPage(doc: Document): Promise<void> {
    const key = accountKeyFor(this.adapter, doc.body ?? doc.documentElement);
    const mode = await this.send({ type: 'get-mode', account: key });
    if (this.current) return;
    this.post({
      site: this.adapter.platform, account: key, accountLabel: label(this.adapter, doc.body ?? doc.documentElement),
      mode: mode?.mode ?? null, official: mode?.official ?? false, draftId: `${this.tag}.page`, empty: true, findings: [],
    });
  }

  /** The user is in this editor now (focus or input). */
  focus(s: EditorSession): void {
    if (this.current === s) return;
    this.current = s;
    this.update(s);
  }

  /** What a session shows changed; reported when it is the current one (or the first one). */
  update(s: EditorSession): void {
    if (this.current && this.current !== s) return;
    this.current = s;
    this.post(this.stateOf(s));
  }

  /** A session ended (its box left the page): the draft is gone. */
  ended(s: EditorSession): void {
    if (this.current !== s) return;
    const state = this.stateOf(s);
    this.post({ ...state, empty: true, findings: [] });
    this.current = null;
  }

  private stateOf(s: EditorSession): DraftState {
    const snap = s.snapshot();
    const empty = snap.text.trim() === '' || !s.editor.isConnected;
    let id = this.ids.get(s);
    if (!id) this.ids.set(s, (id = { n: ++DraftReporter.sessions * 1000, empty: true }));
    if (id.empty && !empty) id.n++; // text again after an empty box: a new draft
    id.empty = empty;
    return {
      site: this.adapter.platform,
      account: snap.account || accountKeyFor(this.adapter, s.editor),
      accountLabel: label(this.adapter, s.editor),
      mode: snap.mode,
      official: snap.official,
      draftId: `${this.tag}.${id.n}`,
      empty,
      findings: empty ? [] : snap.shown.map(({ finding }) => ({ rule: finding.rule, severity: finding.severity })),
    };
  }

  private post(state: DraftState): void {
    const sig = JSON.stringify(state);
    const now = Date.now();
    // The same state again is sent only now and then: the background forgets a tab that
    // navigates, and an MV3 worker that restarted has forgotten everything.
    if (sig === this.lastSent && now - this.lastSentAt < RESEND_MS) return;
    this.lastSent = sig;
    this.lastSentAt = now;
    void this.send({ type: 'draft-state', state });
  }
}
