// Facebook (Lexical) with the built extension, in Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from './helpers/browser';
import { allHighlighted, getText, screenshot } from './helpers/page';
import { editingWorks, fallback, openFixture, personalMode, PHONE, postingWorks, workMode } from './helpers/scenarios';

describe.each(BROWSERS)('Facebook in %s', (browser) => {
  let s: Session;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it('keeps typing, Enter, Backspace, undo and posting working in the Create post dialog', async () => {
    await openFixture(s.tab, 'facebook');
    await editingWorks(s.tab);
    await postingWorks(s.tab);
  });
  it('flags a phone number and a news link in work mode; Fix removes the number', async () => {
    await workMode(s.tab, 'facebook', 'facebook-composer');
  });
  it('asks "Comment as <Name>" for a disclaimer in personal mode (dark theme); Fix adds "Personally, "', async () => {
    // Another signed-in person: the composer and the comment box share one account (the page data
    // names it), so the work answer given for Jane Doe above would carry over to her comments.
    await openFixture(s.tab, 'facebook', 'theme=dark&handle=Sam%20Rivera');
    await personalMode(s.tab, 'facebook-comment-dark', 'comment');
    await postingWorks(s.tab, 'comment', 'Enter');
  });
  it('leaves the Messenger box alone', async () => {
    await openFixture(s.tab, 'facebook');
    const at = await s.tab.evaluate(() => (window as any).__pc.center(document.querySelector('[aria-label="Message"]')));
    await s.tab.click(at.x, at.y);
    await s.tab.type(`call me at ${PHONE}`);
    expect(await s.tab.evaluate(() => (window as any).__fixture.getText('messenger'))).toBe(`call me at ${PHONE}`);
    await new Promise((r) => setTimeout(r, 600));
    expect(await allHighlighted(s.tab)).toEqual([]);
    await screenshot(s.tab, 'facebook-messenger');
    // SITES.md §2: Messenger is Lexical too and is not a post: no badge over the chat box.
    const badgesOverChat = await s.tab.evaluate(() => {
      const chat = document.querySelector('.chat')!.getBoundingClientRect();
      return [...document.querySelectorAll('postcheck-ui')].map((h) => h.shadowRoot?.querySelector('[data-testid="postcheck-badge"]'))
        .filter((b) => {
          const r = b?.getBoundingClientRect();
          return r && r.width > 0 && r.right >= chat.left && r.left <= chat.right && r.bottom >= chat.top && r.top <= chat.bottom;
        }).length;
    });
    expect(badgesOverChat).toBe(0);
    expect(await s.tab.evaluate(() => ((window as any).__pc.checks as { count: number }[]).filter((c) => c.count > 0))).toEqual([]);
  });
  it('falls back to the focused textbox when Facebook\'s markers are renamed', async () => {
    await fallback(s.tab, 'facebook', 'facebook');
    expect(await getText(s.tab)).toBe(`Call me at ${PHONE}`);
  });
});
