// @vitest-environment happy-dom
// The options page with a fake storage.local: each change is saved through updateSettings and
// announced; bad input is refused with a message in the section's role=alert.
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { SETTINGS_KEY } from '../../utils/messages';
import { defaultSettings, MAX_CUSTOM_LOGOS, type Settings, type SettingsStore } from '../../utils/settings';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** storage.local in memory; `saved()` is what was last written, repaired as the page wrote it. */
function fakeStore(initial: Partial<Settings> = {}) {
  let data: Record<string, unknown> = { [SETTINGS_KEY]: { ...defaultSettings(), ...initial } };
  const store: SettingsStore & { writes: number } = {
    writes: 0,
    get: async (key) => ({ [key]: structuredClone(data[key]) }),
    set: async (items) => {
      store.writes++;
      data = { ...data, ...structuredClone(items) };
    },
  };
  return { store, saved: () => data[SETTINGS_KEY] as Settings };
}

const mounted: Element[] = [];
async function mount(store: SettingsStore, decodeImage = async (_: Blob) => {}) {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  render(<App store={store} decodeImage={decodeImage} />, root);
  await vi.waitFor(() => expect(root.querySelector('main:not([aria-busy])')).not.toBeNull());
  return root;
}
afterEach(() => {
  for (const root of mounted.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

const $ = <T extends Element = HTMLElement>(root: Element, testid: string) => root.querySelector<T>(`[data-testid="${testid}"]`)!;
const alertOf = (root: Element, section: string) => $(root, `options-${section}-error`);
const status = (root: Element) => $(root, 'options-status').textContent?.trim();

async function addOfficial(root: Element, text: string) {
  const input = $<HTMLInputElement>(root, 'options-official-input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  $<HTMLButtonElement>(root, 'options-official-add').click();
}

async function chooseFiles(root: Element, files: File[]) {
  const input = $<HTMLInputElement>(root, 'options-logo-files');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options page', () => {
  test('every section is there, with its heading and labelled controls', async () => {
    const { store } = fakeStore();
    const root = await mount(store);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Employer', 'Accounts', 'Checks', 'Your organisation', 'Logos']);
    for (const el of root.querySelectorAll('input:not([type="radio"]):not([type="checkbox"]), select, textarea')) {
      expect(root.querySelector(`label[for="${el.id}"]`), el.outerHTML).not.toBeNull();
    }
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(5);
  });

  test('the employer change is saved and announced', async () => {
    const { store, saved } = fakeStore();
    const root = await mount(store);
    expect($<HTMLInputElement>(root, 'options-employer-toronto').checked).toBe(true);
    expect([...root.querySelectorAll('[name="employer"]')].map((r) => r.parentElement!.textContent)).toEqual(['City of Toronto', 'City of Calgary', 'City of Peterborough']);
    $<HTMLInputElement>(root, 'options-employer-calgary').click();
    await vi.waitFor(() => expect(saved().profileId).toBe('calgary'));
    await vi.waitFor(() => expect(status(root)).toBe('Saved'));
    expect($<HTMLInputElement>(root, 'options-employer-calgary').checked).toBe(true);
    expect($<HTMLSelectElement>(root, 'options-logo-city').value).toBe('calgary'); // logos are added for the employer by default
  });

  test('an official account is added (X handle gets its @), a bad one refused in role=alert, then removed', async () => {
    const { store, saved } = fakeStore();
    const root = await mount(store);
    await addOfficial(root, 'TorontoComms');
    await vi.waitFor(() => expect(alertOf(root, 'accounts').textContent).toContain('x:@TorontoComms'));
    expect($(root, 'options-official-input').getAttribute('aria-invalid')).toBe('true');
    expect(saved().officialAccounts).toEqual([]);
    await addOfficial(root, 'x:@This_handle_is_far_too_long');
    await vi.waitFor(() => expect(alertOf(root, 'accounts').textContent).toContain('15'));

    await addOfficial(root, ' X: TorontoComms ');
    await vi.waitFor(() => expect(saved().officialAccounts).toEqual(['x:@TorontoComms']));
    await vi.waitFor(() => expect(alertOf(root, 'accounts').textContent).toBe(''));
    expect($<HTMLInputElement>(root, 'options-official-input').value).toBe('');
    await addOfficial(root, 'x:@torontocomms');
    await vi.waitFor(() => expect(alertOf(root, 'accounts').textContent).toContain('already in the list'));
    await addOfficial(root, 'linkedin:City of Toronto');
    await vi.waitFor(() => expect(saved().officialAccounts).toEqual(['x:@TorontoComms', 'linkedin:City of Toronto']));

    root.querySelector<HTMLButtonElement>('button[aria-label="Remove X @TorontoComms"]')!.click();
    await vi.waitFor(() => expect(saved().officialAccounts).toEqual(['linkedin:City of Toronto']));
  });

  test('a remembered account can be switched between work and personal, and forgotten', async () => {
    const { store, saved } = fakeStore({ modes: { 'x:@jane': 'personal', 'linkedin:jane doe': 'work' }, officialAccounts: ['x:@TorontoComms'] });
    const root = await mount(store);
    const row = (key: string) => root.querySelector(`[data-testid="options-modes"] li[data-account="${key}"]`)!;
    expect(row('x:@jane').querySelector('legend')!.textContent).toBe('X @jane');
    row('x:@jane').querySelector<HTMLInputElement>('input[value="work"]')!.click();
    await vi.waitFor(() => expect(saved().modes['x:@jane']).toBe('work'));
    root.querySelector<HTMLButtonElement>('button[aria-label="Forget LinkedIn jane doe"]')!.click();
    await vi.waitFor(() => expect(saved().modes).toEqual({ 'x:@jane': 'work' }));
    expect(root.querySelector('li[data-account="linkedin:jane doe"]')).toBeNull();
  });

  test('an official account among the remembered ones is shown as work and cannot be switched', async () => {
    const { store } = fakeStore({ modes: { 'x:@torontocomms': 'personal' }, officialAccounts: ['x:@TorontoComms'] });
    const root = await mount(store);
    const li = root.querySelector('li[data-account="x:@torontocomms"]')!;
    expect(li.querySelector('fieldset')!.disabled).toBe(true);
    expect(li.querySelector<HTMLInputElement>('input[value="work"]')!.checked).toBe(true);
  });

  test('a rule switched off is saved; the check before posting too', async () => {
    const { store, saved } = fakeStore();
    const root = await mount(store);
    const box = $<HTMLInputElement>(root, 'options-rule-news-link');
    expect(box.checked).toBe(true);
    expect(box.parentElement!.textContent).toContain('Links to news stories');
    box.click();
    await vi.waitFor(() => expect(saved().rules['news-link']).toBe(false));
    expect(saved().rules['personal-info']).toBe(true);
    $<HTMLInputElement>(root, 'options-check-before-posting').click();
    await vi.waitFor(() => expect(saved().checkBeforePosting).toBe(false));
  });

  test('colleagues, topics and domains one a line; a line that is not a domain is refused', async () => {
    const { store, saved } = fakeStore();
    const root = await mount(store);
    const set = (id: string, text: string) => {
      const ta = $<HTMLTextAreaElement>(root, id);
      ta.value = text;
      ta.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('options-colleagues', 'Jane Doe\n\n  Raj Patel \njane doe');
    await vi.waitFor(() => expect(saved().colleagues).toEqual(['jane doe', 'raj patel']));
    set('options-extraTopics', 'Rail Deck Park');
    await vi.waitFor(() => expect(saved().extraTopics).toEqual(['rail deck park']));
    set('options-extraDomains', 'https://www.TorontoZoo.com/visit\nnot a domain');
    await vi.waitFor(() => expect(alertOf(root, 'organisation').textContent).toContain('"not a domain" is not a web domain'));
    expect(saved().extraDomains).toEqual([]);
    set('options-extraDomains', 'https://www.TorontoZoo.com/visit\ntorontozoo.com\nfeeds.toronto.ca');
    await vi.waitFor(() => expect(saved().extraDomains).toEqual(['torontozoo.com', 'feeds.toronto.ca']));
    await vi.waitFor(() => expect(alertOf(root, 'organisation').textContent).toBe(''));
  });

  test('a logo is added for the chosen City with a thumbnail, and removed', async () => {
    const { store, saved } = fakeStore();
    const root = await mount(store);
    const select = $<HTMLSelectElement>(root, 'options-logo-city');
    select.value = 'calgary';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const bytes = Uint8Array.from(atob(PNG.split(',')[1]), (c) => c.charCodeAt(0));
    await chooseFiles(root, [new File([bytes], 'calgary-logo.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(saved().customLogos).toEqual([{ profileId: 'calgary', dataUrl: PNG, name: 'calgary-logo.png' }]));
    await vi.waitFor(() => expect($(root, 'options-logos').textContent).toContain('calgary-logo.png'));
    expect($(root, 'options-logos').textContent).toContain('City of Calgary');
    expect($<HTMLImageElement>(root, 'options-logos').querySelector('img')!.getAttribute('src')).toBe(PNG);
    root.querySelector<HTMLButtonElement>('button[aria-label="Remove logo calgary-logo.png"]')!.click();
    await vi.waitFor(() => expect(saved().customLogos).toEqual([]));
  });

  test('logos over the limits are refused with a clear message: too many, too large, not an image, not decodable', async () => {
    const logos = Array.from({ length: MAX_CUSTOM_LOGOS - 1 }, (_, i) => ({ profileId: 'toronto', dataUrl: `${PNG}${'A'.repeat(i)}`, name: `l${i}.png` }));
    const { store, saved } = fakeStore({ customLogos: logos });
    const decode = vi.fn(async (file: Blob) => {
      if ((file as File).name === 'broken.png') throw new Error('decode failed');
    });
    const root = await mount(store, decode);
    await chooseFiles(root, [
      new File([new Uint8Array(3 * 1024 * 1024)], 'huge.png', { type: 'image/png' }),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      new File(['not a png'], 'broken.png', { type: 'image/png' }),
      new File([new Uint8Array(10)], 'ok.png', { type: 'image/png' }),
      new File([new Uint8Array(11)], 'one-too-many.png', { type: 'image/png' }),
    ]);
    await vi.waitFor(() => expect(saved().customLogos).toHaveLength(MAX_CUSTOM_LOGOS));
    const alert = alertOf(root, 'logos').textContent!;
    expect(alert).toContain('"huge.png" is too large');
    expect(alert).toContain('"notes.txt" is not an image file');
    expect(alert).toContain('"broken.png" could not be read as an image');
    expect(alert).toContain(`"one-too-many.png" was not added: there can be at most ${MAX_CUSTOM_LOGOS} logos`);
    expect(saved().customLogos.at(-1)!.name).toBe('ok.png');
    expect(decode).not.toHaveBeenCalledWith(expect.objectContaining({ name: 'huge.png' }));
    expect($(root, 'options-logo-count').textContent).toBe(`${MAX_CUSTOM_LOGOS} of ${MAX_CUSTOM_LOGOS} logos: remove one to add another.`);
  });

  test('a storage failure is shown in role=alert, not as "Saved"', async () => {
    const { store } = fakeStore();
    const root = await mount(store);
    store.set = async () => { throw new Error('QUOTA_BYTES quota exceeded'); };
    $<HTMLInputElement>(root, 'options-employer-peterborough').click();
    await vi.waitFor(() => expect(alertOf(root, 'employer').textContent).toBe('Not saved: QUOTA_BYTES quota exceeded'));
    expect(status(root)).toBe('');
  });
});
