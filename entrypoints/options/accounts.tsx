/** Remembered accounts (work or personal, forget) and the official City accounts (always work). */
import { useState } from 'preact/hooks';
import type { Mode } from '../../rules/types';
import { Card, type SectionProps } from './App';
import { parseAccount, splitKey } from './edit';

const MODE_NAMES: Record<Mode, string> = { work: 'Work', personal: 'Personal' };

export function Accounts(props: SectionProps) {
  const { settings, save, error } = props;
  const official = new Set(settings.officialAccounts.map((a) => a.toLowerCase()));
  const remembered = Object.entries(settings.modes).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card id="accounts" title="Accounts" error={error}>
      <h3>Accounts you have written from</h3>
      {remembered.length === 0 ? (
        <p class="hint">None yet. The first time you write from an account, Postcheck asks whether it is a work or a personal account.</p>
      ) : (
        <ul class="rows" data-testid="options-modes">
          {remembered.map(([key, mode], i) => {
            const { site, account } = splitKey(key);
            const isOfficial = official.has(key);
            return (
              <li key={key} data-account={key}>
                <fieldset class="switch" disabled={isOfficial}>
                  <legend>
                    <span class="site">{site}</span> {account}
                  </legend>
                  {(['work', 'personal'] as const).map((m) => (
                    <label key={m} class={(isOfficial ? 'work' : mode) === m ? 'on' : ''}>
                      <input
                        type="radio"
                        name={`mode-${i}`}
                        value={m}
                        checked={(isOfficial ? 'work' : mode) === m}
                        onChange={() => void save((s) => void (s.modes[key] = m))}
                      />
                      {MODE_NAMES[m]}
                    </label>
                  ))}
                </fieldset>
                {isOfficial && <span class="hint">Official: always work</span>}
                <button type="button" aria-label={`Forget ${site} ${account}`} onClick={() => void save((s) => void delete s.modes[key])}>
                  Forget
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Official {...props} />
    </Card>
  );
}

function Official({ settings, save, fail, error }: SectionProps) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = async (e: Event) => {
    e.preventDefault();
    const got = parseAccount(text);
    if ('error' in got) {
      setInvalid(true);
      return fail(got.error);
    }
    if (settings.officialAccounts.some((a) => a.toLowerCase() === got.key.toLowerCase())) {
      setInvalid(true);
      return fail(`${got.key} is already in the list.`);
    }
    setInvalid(false);
    if (await save((s) => void s.officialAccounts.push(got.key))) setText('');
  };
  return (
    <>
      <h3>Official City accounts</h3>
      <p class="hint" id="official-hint">
        Accounts the City posts from. They are always checked as work accounts. Write the site and the account, such as{' '}
        <code>x:@TorontoComms</code>, <code>facebook:City of Toronto</code> or <code>linkedin:City of Toronto</code>.
      </p>
      {settings.officialAccounts.length > 0 && (
        <ul class="rows" data-testid="options-official">
          {settings.officialAccounts.map((key) => {
            const { site, account } = splitKey(key);
            return (
              <li key={key} data-account={key}>
                <span class="grow">
                  <span class="site">{site}</span> {account}
                </span>
                <button type="button" aria-label={`Remove ${site} ${account}`} onClick={() => void save((s) => void (s.officialAccounts = s.officialAccounts.filter((a) => a !== key)))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="add" onSubmit={add}>
        <label for="official-input">Add an official account</label>
        <input
          id="official-input"
          type="text"
          value={text}
          placeholder="x:@TorontoComms"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={invalid && !!error}
          aria-describedby={`official-hint${error ? ' accounts-error' : ''}`}
          data-testid="options-official-input"
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="options-official-add">Add</button>
      </form>
    </>
  );
}
