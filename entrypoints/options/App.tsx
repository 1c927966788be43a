/**
 * The options page: every setting of utils/settings.ts a person or an administrator can change,
 * saved as soon as it changes (`updateSettings`), with "Saved" in a polite live region and any
 * problem in role=alert next to the control. Imports the City profiles and the rule titles only,
 * never the rule engine.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { profiles } from '../../rules/profiles';
import { ruleTitles } from '../../rules/titles';
import type { RuleId } from '../../rules/types';
import { loadSettings, updateSettings, type Settings, type SettingsStore } from '../../utils/settings';
import { Accounts } from './accounts';
import { Logos } from './logos';
import { Organisation } from './organisation';

export type Section = 'employer' | 'accounts' | 'checks' | 'organisation' | 'logos';

export interface OptionsProps {
  /** browser.storage.local in the extension; a fake in tests. */
  store?: SettingsStore;
  /** Calls `onChange` when the stored settings change elsewhere; returns how to stop. */
  watch?: (onChange: () => void) => () => void;
  /** Resolves when the browser can decode the image, rejects otherwise (tests pass a fake). */
  decodeImage?: (file: Blob) => Promise<void>;
}

/** What every section gets: the settings, a saver and a way to report a problem. */
export interface SectionProps {
  settings: Settings;
  /** Applies `change` to the stored settings; false when it could not be saved (the error is shown). */
  save(change: (s: Settings) => void): Promise<boolean>;
  fail(text: string): void;
  error: string | null;
}

/** Toronto first (the default), then the others as listed in rules/profiles. */
export const employerIds = ['toronto', 'calgary', 'peterborough'].filter((id) => profiles[id]).concat(
  Object.keys(profiles).filter((id) => !['toronto', 'calgary', 'peterborough'].includes(id)),
);

export function App({ store, watch, decodeImage }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saves, setSaves] = useState(0);
  const [error, setError] = useState<{ section: Section; text: string } | null>(null);

  useEffect(() => {
    const reload = () => void loadSettings(store).then(setSettings, () => setError({ section: 'employer', text: 'Settings could not be read.' }));
    reload();
    return watch?.(reload);
  }, [store, watch]);

  const sectionProps = useCallback(
    (section: Section): SectionProps => ({
      settings: settings!,
      error: error?.section === section ? error.text : null,
      fail: (text) => setError({ section, text }),
      save: async (change) => {
        try {
          setSettings(await updateSettings(change, store));
          setError((e) => (e?.section === section ? null : e));
          setSaves((n) => n + 1);
          return true;
        } catch (e) {
          setError({ section, text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
          return false;
        }
      },
    }),
    [settings, error, store],
  );

  if (!settings) return <main aria-busy="true"><h1>Postcheck settings</h1></main>;
  return (
    <main>
      <h1>Postcheck settings</h1>
      <p class="lead">Changes are saved as you make them and apply at once, also to drafts already open.</p>
      {/* Alternating a no-break space makes each save a change screen readers announce. */}
      <p class="saved" role="status" aria-live="polite" data-testid="options-status">
        {saves ? `Saved${saves % 2 ? '' : '\u00a0'}` : ''}
      </p>
      <Employer {...sectionProps('employer')} />
      <Accounts {...sectionProps('accounts')} />
      <Checks {...sectionProps('checks')} />
      <Organisation {...sectionProps('organisation')} />
      <Logos {...sectionProps('logos')} decodeImage={decodeImage} />
    </main>
  );
}

/** A section card with its heading and an always-present alert region for its problems. */
export function Card({ id, title, error, children }: { id: Section; title: string; error: string | null; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${id}-h`} data-testid={`options-${id}`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
      <div role="alert" class="error" id={`${id}-error`} data-testid={`options-${id}-error`}>
        {error}
      </div>
    </section>
  );
}

function Employer({ settings, save, error }: SectionProps) {
  return (
    <Card id="employer" title="Employer" error={error}>
      <fieldset class="choices">
        <legend>Which City's policy applies to your posts?</legend>
        {employerIds.map((id) => (
          <label key={id}>
            <input
              type="radio"
              name="employer"
              value={id}
              checked={settings.profileId === id}
              data-testid={`options-employer-${id}`}
              onChange={() => void save((s) => void (s.profileId = id))}
            />
            {profiles[id].name}
          </label>
        ))}
      </fieldset>
      <p class="hint">Decides the policy clauses cited, and which phone numbers, web sites, addresses and topics count as the City's.</p>
    </Card>
  );
}

function Checks({ settings, save, error }: SectionProps) {
  const ids = Object.keys(ruleTitles) as RuleId[];
  return (
    <Card id="checks" title="Checks" error={error}>
      <fieldset class="rules">
        <legend>What Postcheck looks for</legend>
        {ids.map((id) => (
          <label key={id} class="toggle">
            <input
              type="checkbox"
              checked={settings.rules[id]}
              data-testid={`options-rule-${id}`}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void save((s) => void (s.rules[id] = on));
              }}
            />
            <span>{ruleTitles[id]}</span> <code>{id}</code>
          </label>
        ))}
      </fieldset>
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={settings.checkBeforePosting}
          data-testid="options-check-before-posting"
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            void save((s) => void (s.checkBeforePosting = on));
          }}
        />
        Ask before posting while errors are open
      </label>
    </Card>
  );
}
