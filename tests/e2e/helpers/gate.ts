// The check before posting, driven like a person would: Ctrl+Enter or the site's own button with
// an error open, then "Review" or "Post anyway", by mouse and by keyboard.
import { expect } from 'vitest';
import type { Tab } from './browser';
import { chooseMode, clickUi, type Editor, focusEditor, getText, openPanel, posted, screenshot, waitFor, waitForRules } from './page';
import { PHONE, typeAndCheck } from './scenarios';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const GATE = '[data-testid="postcheck-gate"]';

export const gateShown = (tab: Tab, editor: Editor) =>
  tab.evaluate(([n, g]) => !!(window as any).__pc.ui(n)?.querySelector(g), [editor, GATE] as const);

export const waitGate = (tab: Tab, editor: Editor) =>
  waitFor(tab, ([n, g]) => !!(window as any).__pc.ui(n)?.querySelector(g), [editor, GATE] as const, 5_000, 'the check before posting');

/** Focus is in the editor (through shadow roots). */
export const focusInEditor = (tab: Tab, editor: Editor) =>
  tab.evaluate((n) => {
    const ed = (window as any).__pc.editor(n) as HTMLElement;
    const active = (ed.getRootNode() as Document | ShadowRoot).activeElement;
    return active === ed || ed.contains(active);
  }, editor);

/** Label of the focused element inside the editor's Postcheck UI, or null. */
export const focusedInUi = (tab: Tab, editor: Editor) =>
  tab.evaluate((n) => {
    const root = (window as any).__pc.ui(n) as ShadowRoot | null;
    const el = root?.activeElement as HTMLElement | null | undefined;
    return el ? (el.textContent ?? '').trim() : null;
  }, editor);

/** Clicks the site's own Post / Reply / Comment button with the mouse. */
export async function clickSubmit(tab: Tab, editor: Editor) {
  const at = await waitFor(tab, (n) => {
    const b = (window as any).__fixture.submitButton(n) as HTMLButtonElement | null;
    const enabled = b && !b.disabled && b.getAttribute('aria-disabled') !== 'true';
    return enabled ? (window as any).__pc.center(b) : null;
  }, editor, 5_000, 'submit button enabled');
  await tab.click(at.x, at.y);
}

/** Types a draft with an error (a phone number) in work mode and waits until it is flagged. */
export async function draftWithError(tab: Tab, editor: Editor, text: string) {
  await focusEditor(tab, editor);
  await typeAndCheck(tab, text, editor);
  await chooseMode(tab, 'work', editor);
  await waitForRules(tab, ['personal-info'], editor);
  await closePanel(tab, editor);
  await focusEditor(tab, editor);
}

/** The open panel may cover the site's button: close it, as a person would. */
async function closePanel(tab: Tab, editor: Editor) {
  if (await tab.evaluate((n) => (window as any).__pc.panelOpen(n), editor)) await clickUi(tab, editor, 'button.close');
}

const postCount = async (tab: Tab) => (await posted(tab)).length;

/**
 * The whole check before posting on one editor:
 * 1. the submit key with an error open → asked; nothing posted; "Post anyway" posts the exact text once;
 * 2. the site's button → asked; "Review" keeps the draft and the caret (typing goes on at the end);
 * 3. the site's button → "Post anyway" chosen by keyboard only (focus starts on "Review") → posted once;
 * 4. a draft with only a warning posts straight away.
 */
export async function gateWorks(tab: Tab, editor: Editor, shot: string, submitKey = 'Control+Enter') {
  const first = `Call me at ${PHONE} about the permit`;
  await draftWithError(tab, editor, first);
  await tab.press(submitKey);
  await waitGate(tab, editor);
  expect(await posted(tab)).toEqual([]);
  expect(await getText(tab, editor)).toBe(first);
  await waitFor(tab, (n) => {
    const root = (window as any).__pc.ui(n) as ShadowRoot | null;
    return (root?.activeElement?.textContent ?? '').trim() === 'Review';
  }, editor, 3_000, 'focus on Review').catch(async () => expect(await focusedInUi(tab, editor)).toBe('Review'));
  await screenshot(tab, `${shot}-gate`);
  await clickUi(tab, editor, '[data-testid="postcheck-gate-post"]');
  await waitFor(tab, () => (window as any).__fixture.posted.length > 0, undefined, 5_000, 'posted after "Post anyway"');
  await sleep(600);
  expect(await posted(tab)).toEqual([{ editor, text: first }]);
  expect(await gateShown(tab, editor)).toBe(false);
  await waitFor(tab, (n) => (window as any).__fixture.getText(n).trim() === '', editor, 3_000, 'editor cleared after posting');

  const second = `Text ${PHONE} for the details`;
  await draftWithError(tab, editor, second);
  await clickSubmit(tab, editor);
  await waitGate(tab, editor);
  expect(await postCount(tab)).toBe(1);
  await clickUi(tab, editor, '[data-testid="postcheck-gate-review"]');
  await waitFor(tab, ([n, g]) => !(window as any).__pc.ui(n)?.querySelector(g), [editor, GATE] as const, 3_000, 'gate closed');
  expect(await focusInEditor(tab, editor)).toBe(true);
  await tab.type('!');
  await waitFor(tab, ([n, t]) => (window as any).__fixture.getText(n) === t, [editor, `${second}!`] as const, 3_000, 'typing goes on after Review')
    .catch(async () => expect(await getText(tab, editor)).toBe(`${second}!`));
  expect(await postCount(tab)).toBe(1);

  await closePanel(tab, editor);
  await clickSubmit(tab, editor);
  await waitGate(tab, editor);
  await waitFor(tab, (n) => {
    const root = (window as any).__pc.ui(n) as ShadowRoot | null;
    return (root?.activeElement?.textContent ?? '').trim() === 'Review';
  }, editor, 3_000, 'focus on Review');
  await tab.press('Tab');
  expect(await focusedInUi(tab, editor)).toBe('Post anyway');
  await tab.press('Enter');
  await waitFor(tab, () => (window as any).__fixture.posted.length > 1, undefined, 5_000, 'posted after keyboard "Post anyway"');
  await sleep(600);
  expect(await posted(tab)).toEqual([{ editor, text: first }, { editor, text: `${second}!` }]);
  await waitFor(tab, (n) => (window as any).__fixture.getText(n).trim() === '', editor, 3_000, 'editor cleared after posting');

  const warningOnly = 'Details at https://bit.ly/3xYzAbc';
  await focusEditor(tab, editor);
  await typeAndCheck(tab, warningOnly, editor);
  await openPanel(tab, editor);
  await waitForRules(tab, ['shortened-link'], editor);
  await tab.press(submitKey);
  await waitFor(tab, () => (window as any).__fixture.posted.length > 2, undefined, 5_000, 'a warning-only draft posts at once');
  expect(await gateShown(tab, editor)).toBe(false);
  expect((await posted(tab))[2]).toEqual({ editor, text: warningOnly });
}

/**
 * The panel by keyboard alone: Alt+Shift+P in the editor moves focus into the panel, Enter answers
 * "Work", focus stays in the panel, Escape returns to the draft with the caret where it was.
 */
export async function panelByKeyboard(tab: Tab, editor: Editor) {
  const text = `Ring ${PHONE} after 5`;
  await focusEditor(tab, editor);
  await typeAndCheck(tab, text, editor);
  await waitFor(tab, (n) => (window as any).__pc.badge(n)?.text === '1', editor, 5_000, 'flagged');
  await tab.press('Alt+Shift+P');
  await waitFor(tab, (n) => (window as any).__pc.panelOpen(n), editor, 3_000, 'panel opened by Alt+Shift+P');
  expect(await focusedInUi(tab, editor)).toBe('Work');
  await tab.press('Enter');
  await waitFor(tab, (n) => {
    const root = (window as any).__pc.ui(n) as ShadowRoot | null;
    return (root?.activeElement?.textContent ?? '').trim() === 'Change';
  }, editor, 3_000, 'focus kept in the panel after answering').catch(async () => expect(await focusedInUi(tab, editor)).toBe('Change'));
  await waitForRules(tab, ['personal-info'], editor);
  await tab.press('Tab');
  expect(await focusedInUi(tab, editor)).toContain('416-555-0199');
  await tab.press('Escape');
  await waitFor(tab, (n) => !(window as any).__pc.panelOpen(n), editor, 3_000, 'panel closed by Escape');
  expect(await focusInEditor(tab, editor)).toBe(true);
  await tab.type('!');
  await waitFor(tab, ([n, t]) => (window as any).__fixture.getText(n) === t, [editor, `${text}!`] as const, 3_000, 'typing goes on at the caret')
    .catch(async () => expect(await getText(tab, editor)).toBe(`${text}!`));
  expect(await posted(tab)).toEqual([]);
}

/** "Fix" while the check before posting asks: the error goes, so does the question; the next press posts. */
export async function fixWhileAsked(tab: Tab, editor: Editor) {
  const text = `Call me at ${PHONE} about the permit`;
  await draftWithError(tab, editor, text);
  await tab.press('Control+Enter');
  await waitGate(tab, editor);
  await clickUi(tab, editor, 'button', { rule: 'personal-info', label: 'Fix' });
  await waitFor(tab, ([n, g]) => !(window as any).__pc.ui(n)?.querySelector(g), [editor, GATE] as const, 3_000, 'question gone once no error is left')
    .catch(async (e) => {
      const seen = await tab.evaluate((n) => ({
        text: (window as any).__fixture.getText(n),
        status: (window as any).__pc.ui(n)?.querySelector('.status')?.textContent ?? null,
        findings: ((window as any).__pc.findings(n) as { rule: string }[]).map((f) => f.rule),
      }), editor);
      throw new Error(`${(e as Error).message}; page: ${JSON.stringify(seen)}`);
    });
  const fixed = await getText(tab, editor);
  expect(fixed).not.toContain(PHONE);
  expect(await posted(tab)).toEqual([]);
  await focusEditor(tab, editor);
  await tab.press('Control+Enter');
  await waitFor(tab, () => (window as any).__fixture.posted.length === 1, undefined, 3_000, 'posted without asking');
  expect(await posted(tab)).toEqual([{ editor, text: fixed }]);
}
