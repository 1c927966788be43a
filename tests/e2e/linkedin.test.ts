// LinkedIn (Quill share box in the interop shadow root, legacy light-DOM share box, TipTap
// comments) with the built extension, in Chromium and Firefox.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { BROWSERS, launch, type Session } from './helpers/browser';
import { editingWorks, fallback, openFixture, personalMode, postingWorks, workMode } from './helpers/scenarios';

describe.each(BROWSERS)('LinkedIn in %s', (browser) => {
  let s: Session;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it('keeps typing, Enter, Backspace, undo and posting working in the shadow-root share box', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Editing User');
    await editingWorks(s.tab);
    await postingWorks(s.tab);
  });
  it('flags a phone number and a news link in work mode in the shadow-root share box', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Work User');
    await workMode(s.tab, 'linkedin', 'linkedin-sharebox');
  });
  it('asks for a disclaimer in personal mode in the legacy light-DOM share box (dark theme)', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Personal User&view=legacy&theme=dark');
    await personalMode(s.tab, 'linkedin-legacy-dark');
  });
  it('checks the legacy post page\'s Quill comment box, whose submit button appears with text', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Legacy Commenter&view=legacy');
    await workMode(s.tab, 'linkedin', 'linkedin-legacy-comment', 'comment');
    await postingWorks(s.tab, 'comment');
  });
  it('checks the TipTap feed comment box', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Comment User');
    await editingWorks(s.tab, 'comment');
    await postingWorks(s.tab, 'comment');
    await workMode(s.tab, 'linkedin', 'linkedin-comment', 'comment');
  });
  it('falls back to the focused textbox when LinkedIn\'s markers are renamed', async () => {
    await fallback(s.tab, 'linkedin', 'linkedin');
  });
});
