// X (Draft.js) with the built extension, in Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from './helpers/browser';
import { waitFor } from './helpers/page';
import { editingWorks, fallback, openFixture, personalMode, postingWorks, workMode } from './helpers/scenarios';

describe.each(BROWSERS)('X in %s', (browser) => {
  let s: Session;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it('keeps typing, Enter, Backspace, undo and posting working', async () => {
    await openFixture(s.tab, 'x', 'handle=editing_user');
    // Only the fixture answers: any other request is refused before it leaves the machine.
    expect(await s.tab.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'refused'))).toBe('refused');
    await editingWorks(s.tab);
    await postingWorks(s.tab);
  });
  it('flags a phone number and a news link in work mode; Fix removes the number', async () => {
    await openFixture(s.tab, 'x', 'handle=work_user');
    await workMode(s.tab, 'x', 'x-home');
  });
  it('asks for a disclaimer in personal mode (dark theme, reply box); Fix adds "Personally, "', async () => {
    await openFixture(s.tab, 'x', 'handle=personal_user&theme=dark', 'https://x.com/CityofToronto/status/1234567890');
    expect(await s.tab.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]')?.getAttribute('aria-describedby') !== null)).toBe(true);
    await personalMode(s.tab, 'x-reply-dark');
  });
  it('checks the /compose/post modal composer over the home timeline', async () => {
    await openFixture(s.tab, 'x', 'handle=modal_user', 'https://x.com/compose/post');
    // Only the modal's composer shows a badge: the home composer under the mask shows none.
    const badges = () => s.tab.evaluate(() => [...document.querySelectorAll('postcheck-ui')].filter((h) => {
      const box = h.shadowRoot?.querySelector('.pc') as HTMLElement | null;
      return !!box && !box.hidden;
    }).length);
    await waitFor(s.tab, () => document.querySelectorAll('postcheck-ui').length >= 2 || null, undefined, 5_000, 'two editors hooked');
    await expect.poll(badges, { timeout: 3_000 }).toBe(1);
    await workMode(s.tab, 'x', 'x-compose-modal');
  });
  it('falls back to the focused textbox when X\'s markers are renamed', async () => {
    await fallback(s.tab, 'x', 'x');
  });
});
