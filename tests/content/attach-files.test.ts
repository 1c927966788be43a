// @vitest-environment happy-dom
// Files picked in a compose box's own file input (or pasted/dropped on it) go to the logo matcher
// at once; a file input elsewhere on the page (a cover photo) does not.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PostcheckApp } from '../../entrypoints/content/app';
import { x } from '../../entrypoints/content/adapters/x';
import type { Send } from '../../entrypoints/content/bridge';
import type { Request } from '../../utils/messages';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = `
    <div class="compose">
      <div id="ed" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div>
      <div data-testid="toolBar"><input id="near" type="file" data-testid="fileInput"></div>
    </div>
    <div class="cover"><input id="cover" type="file"></div>
    <section id="timeline"></section>`;
  const sent: Request[] = [];
  const send = (async (req: Request) => {
    sent.push(req);
    if (req.type === 'check') return { type: 'checked', seq: req.seq, findings: [], ms: 1 };
    if (req.type === 'get-mode') return { type: 'mode', account: req.account, mode: 'personal', official: false };
    if (req.type === 'check-image') return { type: 'image-checked', logoMatch: null, available: true };
    return { type: 'ok' };
  }) as Send;
  const controller = new AbortController();
  new PostcheckApp({ adapter: x, send, signal: controller.signal }).start();
  stop = () => controller.abort();
  return { images: () => sent.filter((r) => r.type === 'check-image'), checks: () => sent.filter((r) => r.type === 'check') as { text: string }[] };
}

function choose(id: string, files: File[]) {
  const input = document.getElementById(id)!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], name, { type: 'image/png' });

describe('files attached near a compose box', () => {
  test('the composer\'s own file input: sent to the matcher at once', async () => {
    const { images } = page();
    await wait(20);
    choose('near', [png('IMG_1.png')]);
    await vi.waitFor(() => expect(images()).toHaveLength(1));
    expect((images()[0] as { dataUrl: string }).dataUrl).toMatch(/^data:image\/png;base64,/);
  });

  test('a file input elsewhere on the page (a cover photo): not sent', async () => {
    const { images } = page();
    await wait(20);
    choose('cover', [png('cover.png')]);
    await wait(50);
    expect(images()).toHaveLength(0);
  });

  test('images added elsewhere all the time (a timeline) do not keep postponing a check', async () => {
    const { checks } = page();
    await wait(20);
    const ed = document.getElementById('ed')!;
    ed.textContent = 'Hello there';
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    const timer = setInterval(() => document.getElementById('timeline')!.append(document.createElement('img')), 20);
    try {
      // Were each added image to restart the debounce, no check would ever come; 2 s leaves room for a busy machine.
      await vi.waitFor(() => expect(checks().some((c) => c.text === 'Hello there')).toBe(true), { timeout: 2000 });
    } finally {
      clearInterval(timer);
    }
  });
});
