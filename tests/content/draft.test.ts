// The tab's current draft as reported to the background: which box is current, when a new
// draft starts (new draftId, so manual ticks start over), and what an emptied box reports.
import { describe, expect, test } from 'vitest';
import type { SiteAdapter } from '../../entrypoints/content/adapters';
import { DraftReporter } from '../../entrypoints/content/draft';
import type { EditorSession } from '../../entrypoints/content/session';
import type { DraftState } from '../../utils/draft-state';
import type { Request } from '../../utils/messages';

const adapter = { platform: 'x', findAccount: () => '@jane' } as unknown as SiteAdapter;

function session(text: string, errors = 1) {
  const s = {
    text,
    editor: { isConnected: true },
    snapshot: () => ({
      account: 'x:@jane', mode: 'work', official: false, text: s.text,
      shown: Array.from({ length: errors }, () => ({ finding: { rule: 'personal-info', severity: 'error' } })),
    }),
  };
  return s as typeof s & EditorSession;
}

function reporter() {
  const sent: DraftState[] = [];
  const send = (async (req: Request) => {
    if (req.type === 'draft-state' && req.state) sent.push(req.state);
    return { type: 'ok' };
  }) as never;
  return { r: new DraftReporter(adapter, send), sent };
}

describe('DraftReporter', () => {
  test('reports the account, mode and open findings; the same state is not sent twice in a row', () => {
    const { r, sent } = reporter();
    const a = session('call 416-555-0199');
    r.update(a);
    r.update(a);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ site: 'x', account: 'x:@jane', accountLabel: '@jane', mode: 'work', empty: false, findings: [{ rule: 'personal-info', severity: 'error' }] });
  });

  test('an emptied box reports no findings; text again is a new draft', () => {
    const { r, sent } = reporter();
    const a = session('call 416-555-0199');
    r.update(a);
    const first = sent.at(-1)!.draftId;
    a.text = '';
    r.update(a);
    expect(sent.at(-1)).toMatchObject({ empty: true, findings: [], draftId: first });
    a.text = 'new post';
    r.update(a);
    expect(sent.at(-1)!.draftId).not.toBe(first);
  });

  test('the box in focus is the current draft; another box does not overwrite it', () => {
    const { r, sent } = reporter();
    const a = session('first box', 0);
    const b = session('second box 416-555-0199', 1);
    r.update(a);
    r.update(b);
    expect(sent).toHaveLength(1);
    r.focus(b);
    expect(sent.at(-1)!.findings).toHaveLength(1);
    expect(sent.at(-1)!.draftId).not.toBe(sent[0].draftId);
  });

  test('a box that leaves the page ends the draft', () => {
    const { r, sent } = reporter();
    const a = session('call 416-555-0199');
    r.update(a);
    r.ended(a);
    expect(sent.at(-1)).toMatchObject({ empty: true, findings: [] });
  });
});
