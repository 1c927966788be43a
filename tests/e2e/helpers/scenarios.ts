// The checks every fixture goes through, written once and called by the short per-site specs.
import { expect } from 'vitest';
import type { Site } from '../../fixtures/serve';
import type { Tab } from './browser';
import {
  allHighlighted, chooseMode, clearEditor, clickUi, closePanel, type Editor, focusEditor, getText, openFixture, openPanel,
  screenshot, settle, waitFor, waitForRules,
} from './page';

export const PHONE = '416-555-0199';
export const NEWS_URL = 'https://www.cbc.ca/news/canada/toronto/some-story-1.234';
export const WORK_POST = `Read ${NEWS_URL} then call me at ${PHONE}`;
// The brief's "Council's new budget cuts transit service again." alone is a statement, not an opinion, for the engine.
export const CITY_POST = "Council's new budget cuts transit service again. Terrible decision.";

/** Editors split paragraphs differently (Lexical and TipTap "\n\n", Draft "\n"); compare lines. */
export const lines = (text: string) => text.replace(/\n+/g, '\n').trim();

/** Types `text` into an editor with real key events and checks the editor's own model got it. */
export async function typeAndCheck(tab: Tab, text: string, editor: Editor = 'main') {
  await tab.type(text);
  await waitFor(tab, ([n, t]) => (window as any).__fixture.getText(n) === t, [editor, text] as const, 5_000, `editor text "${text}"`)
    .catch(async () => expect(await getText(tab, editor)).toBe(text));
}

/** Typing, Enter, Backspace and undo behave as the editor's own; the text model follows. */
export async function editingWorks(tab: Tab, editor: Editor = 'main') {
  await focusEditor(tab, editor);
  const seen = [''];
  for (const step of ['Hello', 'Enter', 'world!', 'Backspace']) {
    if (step === 'Enter' || step === 'Backspace') await tab.press(step);
    else await tab.type(step);
    seen.push(lines(await getText(tab, editor)));
  }
  expect(seen.slice(1)).toEqual(['Hello', 'Hello', 'Hello\nworld!', 'Hello\nworld']);
  await settle(tab);
  await tab.press('Control+z');
  // The editor applies undo on its next render, which a busy machine may delay: poll for it.
  await expect.poll(async () => lines(await getText(tab, editor)), { timeout: 3_000 }).not.toBe('Hello\nworld');
  const undone = lines(await getText(tab, editor));
  expect(seen).toContain(undone);
  await clearEditor(tab, editor);
}

/**
 * A clean post goes out both ways a person sends it: the site's submit button (which enables
 * once the editor has text) and the keyboard shortcut; each time the editor is cleared.
 */
export async function postingWorks(tab: Tab, editor: Editor = 'main', submitKey = 'Control+Enter') {
  const texts = ['Lovely evening at the farmers market.', 'See you at the farmers market.'];
  for (const [i, text] of texts.entries()) {
    await focusEditor(tab, editor);
    await typeAndCheck(tab, text, editor);
    // Sites enable their button a tick after the editor's model changes (LinkedIn: async).
    const at = await waitFor(tab, (n) => {
      const b = (window as any).__fixture.submitButton(n) as HTMLButtonElement | null;
      const enabled = b && !b.disabled && b.getAttribute('aria-disabled') !== 'true';
      return enabled ? (window as any).__pc.center(b) : null;
    }, editor, 5_000, 'submit button enabled');
    if (i === 0) await tab.click(at.x, at.y);
    else await tab.press(submitKey);
    await waitFor(tab, (n) => (window as any).__fixture.getText(n).trim() === '', editor, 3_000, `editor cleared after ${i === 0 ? 'the button' : submitKey}`);
  }
  expect(await tab.evaluate(() => (window as any).__fixture.posted)).toEqual(texts.map((text) => ({ editor, text })));
}

/** Work mode: a phone number and a news link are highlighted and listed; Fix removes the number. */
export async function workMode(tab: Tab, site: Site, shot: string, editor: Editor = 'main') {
  await focusEditor(tab, editor);
  await typeAndCheck(tab, WORK_POST, editor);
  await chooseMode(tab, 'work', editor);
  await waitForRules(tab, ['personal-info', 'news-link'], editor);
  const marked = await waitFor(tab, ([p, u]) => {
    const all = Object.values((window as any).__pc.highlights() as Record<string, string[]>).flat();
    return all.some((t) => t.includes(p)) && all.some((t) => t.includes(u)) ? all : null;
  }, [PHONE, 'cbc.ca/news'] as const, 5_000, 'highlighted phone and link').catch(async () => {
    throw new Error(`highlighted ranges: ${JSON.stringify(await allHighlighted(tab))}`);
  });
  expect(marked.find((t) => t.includes(PHONE))).toBe(PHONE);
  expect(await getText(tab, editor)).toBe(WORK_POST);
  await screenshot(tab, `${shot}-work-panel`);
  // The open panel hides none of the draft: it opens beside the editor, else below it.
  const overlap = await tab.evaluate((n) => {
    const w = window as any;
    const panel = w.__pc.ui(n)?.querySelector('[data-testid="postcheck-panel"]') as HTMLElement | null;
    const ed = w.__fixture.element(n) as HTMLElement;
    if (!panel) return 'no panel';
    const p = panel.getBoundingClientRect();
    const e = ed.getBoundingClientRect();
    const x = Math.min(p.right, e.right) - Math.max(p.left, e.left);
    const y = Math.min(p.bottom, e.bottom) - Math.max(p.top, e.top);
    return x > 0 && y > 0 ? `panel ${JSON.stringify(p)} over editor ${JSON.stringify(e)}` : '';
  }, editor);
  expect(overlap).toBe('');
  await clickUi(tab, editor, 'button', { rule: 'personal-info', label: 'Fix' });
  const fixed = await waitFor(tab, ([n, p]) => {
    const t = (window as any).__fixture.getText(n) as string;
    return t.includes(p) ? null : t;
  }, [editor, PHONE] as const, 5_000, 'phone number removed by Fix');
  expect(fixed).toContain(NEWS_URL);
  await assertModelMatchesDom(tab, editor);
  await waitForRules(tab, ['news-link'], editor);
  await clearEditor(tab, editor);
}

/** Personal mode: a City topic without "Personally," → missing-disclaimer; Fix prepends it. */
export async function personalMode(tab: Tab, shot: string, editor: Editor = 'main') {
  await focusEditor(tab, editor);
  await typeAndCheck(tab, CITY_POST, editor);
  await chooseMode(tab, 'personal', editor);
  await waitForRules(tab, ['missing-disclaimer'], editor);
  await screenshot(tab, `${shot}-personal-panel`);
  await clickUi(tab, editor, 'button', { rule: 'missing-disclaimer', label: 'Fix' });
  const fixed = await waitFor(tab, (n) => {
    const t = (window as any).__fixture.getText(n) as string;
    return t.startsWith('Personally, ') ? t : null;
  }, editor, 5_000, 'text starting with "Personally, "');
  expect(fixed).toBe(`Personally, ${CITY_POST}`);
  await assertModelMatchesDom(tab, editor);
  await waitForRules(tab, [], editor);
  // The caret is still usable after the fix: typing at the end lands at the end.
  await focusEditor(tab, editor);
  await tab.press('End');
  await tab.type(' Sad.');
  await waitFor(tab, (n) => ((window as any).__fixture.getText(n) as string).endsWith(' Sad.'), editor, 3_000, 'typing after Fix');
  await clearEditor(tab, editor);
}

/**
 * Fallback: with the site's named markers gone, the real editor (still carrying its engine's
 * classes) and a bare contenteditable with no marker at all are both checked once focused.
 */
export async function fallback(tab: Tab, site: Site, shot: string) {
  await openFixture(tab, site, 'variant=renamed&handle=fallback_user');
  // The bare box first: on Facebook and LinkedIn the composer opens in a modal over the feed.
  for (const editor of ['plain', 'main'] as const) {
    await focusEditor(tab, editor);
    await typeAndCheck(tab, `Call me at ${PHONE}`, editor);
    await chooseMode(tab, 'work', editor);
    await waitForRules(tab, ['personal-info'], editor);
    await waitFor(tab, (p) => Object.values((window as any).__pc.highlights() as Record<string, string[]>).flat().includes(p), PHONE, 5_000, 'phone highlighted');
    await screenshot(tab, `${shot}-fallback-${editor}`);
    await closePanel(tab, editor);
  }
}

/** The editor's model and what it shows agree (no desync after an edit from outside). */
export async function assertModelMatchesDom(tab: Tab, editor: Editor) {
  const [model, shown] = await tab.evaluate((n) => {
    const f = (window as any).__fixture;
    return [f.getText(n) as string, (f.element(n) as HTMLElement).innerText as string];
  }, editor);
  expect(lines(shown).replace(/\s+/g, ' ')).toBe(lines(model).replace(/\s+/g, ' '));
}

export { openFixture, openPanel, screenshot };
