/** The badge anchored to an editor and the panel it opens (rendered in a shadow root). */
import { useState } from 'preact/hooks';
import type { Finding, Mode } from '../rules/types';
import { GateBox, type GateProps } from './Gate';

export interface ShownFinding {
  key: string;
  finding: Finding;
  /** The text the finding is about, as it appears in the draft. */
  excerpt: string;
}

export interface PanelProps {
  findings: ShownFinding[];
  /** null: not known yet for this account; the panel asks. */
  mode: Mode | null;
  /** The mode is still being looked up: neither ask nor tell yet. */
  modePending?: boolean;
  /** An official City account: always work mode. */
  official?: boolean;
  open: boolean;
  dark: boolean;
  /** Open the panel upwards (badge in the lower half of the window). */
  above: boolean;
  /** Open the panel to the right of the badge (badge near the window's left edge). */
  left?: boolean;
  /** Open the panel beside the editor, right of the badge (room on the editor's right). */
  beside?: boolean;
  /** Open the panel this many px below the badge's top (just under the editor); 0 or absent: under the badge. */
  drop?: number;
  status?: string;
  /** The check before posting is asking "Review" or "Post anyway". */
  gate?: GateProps;
  onToggle(): void;
  onSelect(f: ShownFinding): void;
  onFix(f: ShownFinding): void;
  onDismiss(f: ShownFinding): void;
  onMode(mode: Mode): void;
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

function worst(findings: ShownFinding[]): string {
  let best = '';
  for (const { finding } of findings) if (!best || RANK[finding.severity] > RANK[best as keyof typeof RANK]) best = finding.severity;
  return best;
}

/** Visually hidden, still read by screen readers. */
const SR_ONLY = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';

/** Keeps focus (and the selection) in the editor when our buttons are pressed. */
const keepFocus = (e: Event) => e.preventDefault();

function ModeQuestion({ onMode }: { onMode(m: Mode): void }) {
  return (
    <div class="mode" role="group" aria-label="Work or personal account?">
      <strong>Work or personal account?</strong>
      <button class="act primary" type="button" data-testid="postcheck-mode-work" onMouseDown={keepFocus} onClick={() => onMode('work')}>
        Work
      </button>
      <button class="act primary" type="button" data-testid="postcheck-mode-personal" onMouseDown={keepFocus} onClick={() => onMode('personal')}>
        Personal
      </button>
    </div>
  );
}

function FindingItem({ item, props }: { item: ShownFinding; props: PanelProps }) {
  const f = item.finding;
  return (
    <li class={f.severity} data-testid="postcheck-finding" data-rule={f.rule} data-severity={f.severity}>
      <span class="sev" aria-hidden="true" />
      <button class="quote" type="button" title="Select in the post" onMouseDown={keepFocus} onClick={() => props.onSelect(item)}>
        {item.excerpt ? `“${item.excerpt.length > 80 ? item.excerpt.slice(0, 77) + '…' : item.excerpt}”` : 'Whole post'}
      </button>
      <p class="msg">{f.message}</p>
      <p class="source">{f.source}</p>
      {f.suggestion && <p class="suggestion">{f.suggestion}</p>}
      <div class="actions">
        {f.fix && (
          <button class="act primary" type="button" onMouseDown={keepFocus} onClick={() => props.onFix(item)}>
            Fix
          </button>
        )}
        {f.fix && (
          <span class="source">
            {f.fix.text ? <>→ <span class="replace">{f.fix.text}</span></> : 'removes it'}
          </span>
        )}
        <button class="act" type="button" onMouseDown={keepFocus} onClick={() => props.onDismiss(item)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

export function Panel(props: PanelProps) {
  const [changing, setChanging] = useState(false);
  const count = props.findings.length;
  const label = `${count} Postcheck finding${count === 1 ? '' : 's'}`;
  const asking = (props.mode === null && !props.modePending) || changing;
  const chooseMode = (m: Mode) => {
    setChanging(false);
    props.onMode(m);
  };
  return (
    <>
      <button
        class={`badge ${worst(props.findings)}${props.mode === null && !props.modePending ? ' ask' : ''}`}
        type="button"
        data-testid="postcheck-badge"
        aria-label={label}
        aria-expanded={props.open}
        aria-keyshortcuts="Alt+Shift+P"
        title={props.mode === null && !props.modePending ? 'Postcheck: work or personal account? (Alt+Shift+P)' : 'Postcheck (Alt+Shift+P)'}
        onMouseDown={keepFocus}
        onClick={props.onToggle}
      >
        {count}
      </button>
      {/* Announces count changes to screen readers while the user types (the badge itself is not live). */}
      <span role="status" aria-live="polite" data-testid="postcheck-live" style={SR_ONLY}>
        {label}
      </span>
      {props.open && (
        <div
          class={`panel${props.above ? ' above' : ''}${props.left ? ' left' : ''}${props.beside ? ' beside' : ''}`}
          style={!props.beside && !props.above && props.drop ? { top: `${props.drop}px` } : undefined}
          data-testid="postcheck-panel"
          role="dialog"
          aria-label="Postcheck"
        >
          <div class="head">
            <h2>Postcheck</h2>
            <button class="close" type="button" aria-label="Close" onMouseDown={keepFocus} onClick={props.onToggle}>
              ×
            </button>
          </div>
          {asking ? (
            <ModeQuestion onMode={chooseMode} />
          ) : props.mode === null ? null : (
            <div class="mode">
              <span>
                Checking as a <strong>{props.mode === 'work' ? 'work' : 'personal'}</strong> account{props.official ? ' (official City account)' : ''}.
              </span>
              {!props.official && (
                <button class="act" type="button" data-testid="postcheck-mode-change" onMouseDown={keepFocus} onClick={() => setChanging(true)}>
                  Change
                </button>
              )}
            </div>
          )}
          {props.gate && <GateBox {...props.gate} />}
          {props.status && <p class="status" role="status">{props.status}</p>}
          {count === 0 ? (
            <p class="empty">Nothing to flag{props.mode === null ? ' so far (more rules run once you choose)' : ''}.</p>
          ) : (
            <ul>
              {props.findings.map((item) => (
                <FindingItem key={item.key} item={item} props={props} />
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
