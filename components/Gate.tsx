/**
 * The check before posting, shown at the top of the panel: errors are open and the user pressed
 * Post (or Ctrl/Cmd+Enter). "Review" goes back to the draft; "Post anyway" posts it as it is.
 * Focus moves to "Review" so keyboard users can answer at once (alertdialog pattern).
 */
import { useEffect, useRef } from 'preact/hooks';

export interface GateProps {
  /** Open error-level findings in the draft. */
  errors: number;
  /** What the post would be sent with: "Post", "Reply", "Comment" or the key chord. */
  action: string;
  onReview(): void;
  onPostAnyway(): void;
}

const GATE_CSS = `
.gate{border:2px solid #b3261e;border-radius:8px;padding:8px 10px;margin:0 0 8px;background:var(--bg)}
.gate h3{margin:0 0 4px;font-size:14px}
.gate p{margin:0 0 8px}
.gate .actions{margin-top:0}
`;

export function GateBox(props: GateProps) {
  const review = useRef<HTMLButtonElement>(null);
  useEffect(() => review.current?.focus({ preventScroll: true }), []);
  const n = props.errors;
  return (
    <div
      class="gate"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="postcheck-gate-title"
      aria-describedby="postcheck-gate-desc"
      data-testid="postcheck-gate"
      data-action={props.action}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onReview();
        }
      }}
    >
      <style>{GATE_CSS}</style>
      <h3 id="postcheck-gate-title">Post with {n === 1 ? 'this problem' : 'these problems'}?</h3>
      <p id="postcheck-gate-desc">
        {n} {n === 1 ? 'thing' : 'things'} in this draft {n === 1 ? 'goes' : 'go'} against the policy. Review {n === 1 ? 'it' : 'them'} below, or post the draft as it is.
      </p>
      <div class="actions">
        <button ref={review} class="act primary" type="button" data-testid="postcheck-gate-review" onClick={props.onReview}>
          Review
        </button>
        <button class="act" type="button" data-testid="postcheck-gate-post" onClick={props.onPostAnyway}>
          Post anyway
        </button>
      </div>
    </div>
  );
}
