// The check before posting on every fixture editor, in Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from './helpers/browser';
import { draftWithError, fixWhileAsked, gateWorks, panelByKeyboard, waitGate } from './helpers/gate';
import { axeScan, serious } from './helpers/popup';
import { PHONE } from './helpers/scenarios';
import { openFixture } from './helpers/page';

describe.each(BROWSERS)('check before posting in %s', (browser) => {
  let s: Session;
  beforeAll(async () => { s = await launch(browser); });
  afterAll(async () => { await s?.close(); });

  it('X (Draft.js): asks on Ctrl+Enter and on Post; Review keeps the draft; Post anyway posts once', async () => {
    await openFixture(s.tab, 'x', 'handle=gate_user');
    await gateWorks(s.tab, 'main', 'x-home');
  });
  it('X reply box (Reply button) and the /compose/post modal (tweetButton)', async () => {
    await openFixture(s.tab, 'x', 'handle=gate_user', 'https://x.com/CityofToronto/status/1234567890');
    await gateWorks(s.tab, 'main', 'x-reply');
    await openFixture(s.tab, 'x', 'handle=gate_user', 'https://x.com/compose/post');
    await gateWorks(s.tab, 'main', 'x-modal');
  });
  it('Facebook composer (Lexical)', async () => {
    await openFixture(s.tab, 'facebook', 'handle=Gate User');
    await gateWorks(s.tab, 'main', 'facebook-composer');
  });
  it('Facebook comment (Lexical): plain Enter sends, so Enter is checked too', async () => {
    await openFixture(s.tab, 'facebook', 'handle=Gate User');
    await gateWorks(s.tab, 'comment', 'facebook-comment', 'Enter');
  });
  it('LinkedIn share box (Quill in a shadow root)', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Gate User');
    await gateWorks(s.tab, 'main', 'linkedin-sharebox');
  });
  it('LinkedIn comment (TipTap)', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Gate User');
    await gateWorks(s.tab, 'comment', 'linkedin-comment');
  });
  it('Fix while asked: the question goes with the last error and the next press posts', async () => {
    await openFixture(s.tab, 'x', 'handle=fix_user');
    await fixWhileAsked(s.tab, 'main');
  });
  it('the panel by keyboard alone (Alt+Shift+P, Enter, Escape) on X', async () => {
    await openFixture(s.tab, 'x', 'handle=keyboard_user');
    await panelByKeyboard(s.tab, 'main');
  });
  it('the panel by keyboard alone in the LinkedIn share box (shadow root)', async () => {
    await openFixture(s.tab, 'linkedin', 'handle=Keyboard User');
    await panelByKeyboard(s.tab, 'main');
  });
  it('axe-core: no serious or critical violations in the panel with the check before posting open', async () => {
    await openFixture(s.tab, 'x', 'handle=axe_user');
    await draftWithError(s.tab, 'main', `Call me at ${PHONE} about the permit`);
    await s.tab.press('Control+Enter');
    await waitGate(s.tab, 'main');
    const scan = await axeScan(s.tab, { include: [{ fromShadowDom: ['postcheck-ui', '.pc'] }] });
    console.log(`[axe] panel + gate (X, ${browser}):`, JSON.stringify(scan));
    expect(scan.passedChecks).toBeGreaterThan(10);
    expect(serious(scan)).toEqual([]);
  });
});
