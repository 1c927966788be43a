import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../../utils/messages';
import type { SettingsStore } from '../../utils/settings';
import { App } from './App';
import './style.css';

const store = browser.storage.local as unknown as SettingsStore;

/** Settings changed elsewhere (a mode chosen in a tab, the popup's switch): show them. */
function watch(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

render(<App store={store} watch={watch} />, document.getElementById('app')!);
