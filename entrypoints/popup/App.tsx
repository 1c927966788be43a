/**
 * The toolbar popup: the active tab's site, account and mode (a work/personal switch), the
 * checklist of that mode with live pass/fail for the current draft, and bundled summaries of the
 * policy clauses. On any other tab: what Postcheck does and how to set the mode.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checklists, clauseSummaries, type ChecklistItem } from '../../rules/checklists';
import type { Mode } from '../../rules/types';
import { hasErrors, itemStatus, SITE_NAMES, type DraftState } from '../../utils/draft-state';
import type { TabStateResponse } from '../../utils/messages';
import type { Connection } from './connection';

const POLL_MS = 400;
const MODE_NAMES: Record<Mode, string> = { work: 'Work', personal: 'Personal' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 open findings, 1 error" for the live region; no draft says so. */
export function countText(state: DraftState | null): string {
  if (!state || state.empty) return 'No draft in the box yet.';
  const n = state.findings.length;
  if (n === 0) return 'No open findings in this draft.';
  const errors = state.findings.filter((f) => f.severity === 'error').length;
  return `${plural(n, 'open finding', 'open findings')} in this draft${errors ? `, ${plural(errors, 'error', 'errors')}` : ''}.`;
}

export function App({ connection }: { connection: Connection }) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [data, setData] = useState<TabStateResponse | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [employer, setEmployer] = useState<string | null>(null);

  useEffect(() => void connection.employer?.().then(setEmployer, () => {}), [connection]);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    void connection.tab().then(async (id) => {
      setTabId(id);
      const poll = async () => {
        const got = await connection.state(id);
        if (stop) return;
        setData(got);
        setLoaded(true);
        timer = setTimeout(poll, POLL_MS);
      };
      await poll();
    });
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [connection]);

  if (!loaded) return <main aria-busy="true"><h1>Postcheck</h1></main>;
  const state = data?.state ?? null;
  const realTab = data?.tabId ?? tabId ?? null;
  return (
    <main>
      <h1>Postcheck</h1>
      {employer && (
        <p class="employer" data-testid="popup-employer">
          Checking against {employer} policy
        </p>
      )}
      {state && realTab !== null ? (
        <SiteView key={state.account} connection={connection} tabId={realTab} data={data!} state={state} onData={setData}>
          <CheckBeforePosting connection={connection} on={data?.checkBeforePosting ?? true} />
        </SiteView>
      ) : (
        <>
          <OffSite />
          <CheckBeforePosting connection={connection} on={data?.checkBeforePosting ?? true} />
        </>
      )}
    </main>
  );
}

/** The site tab's account, mode and checklist; `children` (settings) go before the long clause summaries. */
function SiteView(props: { connection: Connection; tabId: number; data: TabStateResponse; state: DraftState; onData(d: TabStateResponse): void; children?: ComponentChildren }) {
  const { state, connection } = props;
  // The switch answers at once; the tab's next report confirms it.
  const [chosen, setChosen] = useState<Mode | null>(null);
  const mode: Mode | null = state.official ? 'work' : (chosen ?? state.mode);
  useEffect(() => {
    if (chosen && state.mode === chosen) setChosen(null);
  }, [state.mode, chosen]);

  const choose = async (m: Mode) => {
    setChosen(m);
    await connection.setMode(state.account, m);
  };

  const account = state.accountLabel ?? 'this account';
  return (
    <>
      <section aria-labelledby="account-h" class="card">
        <h2 id="account-h">
          {SITE_NAMES[state.site] ?? state.site}: <span data-testid="popup-account">{account}</span>
        </h2>
        <fieldset class="switch" disabled={state.official} data-testid="popup-mode">
          <legend>This account posts as</legend>
          {(['work', 'personal'] as const).map((m) => (
            <label key={m} class={mode === m ? 'on' : ''}>
              <input type="radio" name="mode" value={m} checked={mode === m} data-testid={`popup-mode-${m}`} onChange={() => void choose(m)} />
              {MODE_NAMES[m]}
            </label>
          ))}
        </fieldset>
        {state.official && <p class="note">An official City account: always checked as work.</p>}
        {mode === null && <p class="note ask">Work or personal? Choose above; until then only the rules common to both run.</p>}
        <p class={`count${state.findings.length && hasErrors(state.findings) ? ' bad' : ''}`} role="status" aria-live="polite" data-testid="popup-count">
          {countText(state)}
        </p>
      </section>
      {mode && <Checklist mode={mode} {...props} />}
      {props.children}
      {mode && <Clauses items={checklists[mode]} />}
    </>
  );
}

function Checklist({ mode, state, data, connection, tabId, onData }: { mode: Mode; state: DraftState; data: TabStateResponse; connection: Connection; tabId: number; onData(d: TabStateResponse): void }) {
  const ticked = new Set(data.ticked);
  const tick = async (item: ChecklistItem, checked: boolean) => {
    const got = await connection.tick(tabId, state.draftId, item.id, checked);
    if (got) onData(got);
  };
  return (
    <section aria-labelledby="list-h" class="card">
      <h2 id="list-h">{MODE_NAMES[mode]} checklist</h2>
      <ul class="checklist" data-testid="popup-checklist">
        {checklists[mode].map((item) => {
          const about = (
            <a class="why" href={`#clause-${item.clause}`}>
              Why?<span class="sr-only"> ({item.label})</span>
            </a>
          );
          if (item.rules) {
            const status = itemStatus(item.rules, state);
            const said = status === 'pass' ? 'passes' : status === 'fail' ? 'needs a look' : 'no draft yet';
            return (
              <li key={item.id} class={`auto ${status}`} data-testid="popup-item" data-item={item.id} data-status={status}>
                <span class="mark" aria-hidden="true">{status === 'pass' ? '✓' : status === 'fail' ? '✗' : '–'}</span>
                <span class="label">
                  {item.label}
                  <span class="sr-only">: {said}</span>
                </span>
                {about}
              </li>
            );
          }
          return (
            <li key={item.id} class="manual" data-testid="popup-item" data-item={item.id} data-status={ticked.has(item.id) ? 'ticked' : 'open'}>
              <input
                id={`tick-${item.id}`}
                type="checkbox"
                checked={ticked.has(item.id)}
                disabled={state.empty}
                onChange={(e) => void tick(item, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label class="label" for={`tick-${item.id}`}>
                {item.label}
              </label>
              {about}
            </li>
          );
        })}
      </ul>
      <p class="note">Items with ✓ / ✗ follow the draft; tick the others yourself. Ticks reset with a new draft.</p>
    </section>
  );
}

function Clauses({ items }: { items: ChecklistItem[] }) {
  const seen = [...new Set(items.map((i) => i.clause))];
  return (
    <section aria-labelledby="policy-h" class="card">
      <h2 id="policy-h">What the policy says</h2>
      {seen.map((id) => {
        const c = clauseSummaries[id];
        return (
          <div key={id} id={`clause-${id}`} class="clause" tabIndex={-1} data-testid="popup-clause">
            <h3>{c.title}</h3>
            <p>{c.summary}</p>
            <p class="source">{c.source}</p>
            <a href="#list-h">Back to the checklist</a>
          </div>
        );
      })}
    </section>
  );
}

function OffSite() {
  return (
    <section aria-labelledby="about-h" class="card" data-testid="popup-offsite">
      <h2 id="about-h">Checks your post before it goes out</h2>
      <p>
        On X, Facebook and LinkedIn, Postcheck reads what you write in a post, reply or comment and points out what your City's social-media
        policy asks you to avoid: personal or confidential information, news and shortened links from work accounts, missing "my views are my
        own" on personal ones, and more. Everything runs on this computer; nothing is sent anywhere.
      </p>
      <h3>Work or personal account?</h3>
      <ol>
        <li>Open X, Facebook or LinkedIn and start writing a post.</li>
        <li>The Postcheck badge at the corner of the box asks whether you are posting from a work or a personal account. Your answer is remembered for that account.</li>
        <li>To change it, click the badge (or press Alt+Shift+P in the box) and choose "Change", or open this popup while that tab is active.</li>
      </ol>
      <p class="note">Official City accounts your administrator lists are always checked as work.</p>
    </section>
  );
}

function CheckBeforePosting({ connection, on }: { connection: Connection; on: boolean }) {
  const [value, setValue] = useState<boolean | null>(null);
  const checked = value ?? on;
  return (
    <section aria-labelledby="settings-h" class="card">
      <h2 id="settings-h">Settings</h2>
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          data-testid="popup-check-before-posting"
          onChange={(e) => {
            const next = (e.currentTarget as HTMLInputElement).checked;
            setValue(next);
            void connection.setCheckBeforePosting(next);
          }}
        />
        Ask before posting while errors are open
      </label>
      {connection.openSettings && (
        <p>
          <a
            href="/options.html"
            target="_blank"
            data-testid="popup-settings"
            onClick={(e) => {
              e.preventDefault();
              void connection.openSettings!();
            }}
          >
            Settings
          </a>
          <span class="note"> — employer, accounts, checks, logos</span>
        </p>
      )}
    </section>
  );
}
