// @vitest-environment happy-dom
// Attached images go to the background's check-image hook once each; no matcher → stop asking.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ImageMatcher } from '../../entrypoints/content/images';
import type { Send } from '../../entrypoints/content/bridge';
import type { Request } from '../../utils/messages';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
afterEach(() => vi.unstubAllGlobals());

function stubFetch() {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return { blob: async () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }) };
  });
  return fetched;
}

describe('ImageMatcher', () => {
  test('asks once per image, then reports the logo match', async () => {
    const fetched = stubFetch();
    const sent: Request[] = [];
    const send = (async (req: Request) => {
      sent.push(req);
      return { type: 'image-checked', logoMatch: { profile: 'toronto', score: 0.93 }, available: true };
    }) as Send;
    const m = new ImageMatcher(send);
    let results = 0;
    const first = m.images([{ src: 'blob:https://x.com/1', alt: 'crest' }], () => results++);
    expect(first).toEqual([{ src: 'blob:https://x.com/1', alt: 'crest' }]);
    await vi.waitFor(() => expect(results).toBe(1)); // a busy machine may take more than a few ms
    expect(sent).toHaveLength(1);
    expect((sent[0] as { dataUrl: string }).dataUrl).toMatch(/^data:image\/png;base64,/);
    const second = m.images([{ src: 'blob:https://x.com/1', alt: 'crest' }], () => results++);
    expect(second[0].logoMatch).toEqual({ profile: 'toronto', score: 0.93 });
    await wait(20);
    expect(fetched).toEqual(['blob:https://x.com/1']);
  });

  test('no matcher installed: stops asking after the first answer', async () => {
    const fetched = stubFetch();
    let answered = 0;
    const send = (async () => (answered++, { type: 'image-checked', logoMatch: null, available: false })) as unknown as Send;
    const m = new ImageMatcher(send);
    m.images([{ src: 'blob:a' }], () => {});
    await vi.waitFor(() => expect(answered).toBe(1));
    await wait(20);
    m.images([{ src: 'blob:b' }], () => {});
    await wait(50);
    expect(fetched).toEqual(['blob:a']);
  });

  test('https images are never fetched (no network)', async () => {
    const fetched = stubFetch();
    const m = new ImageMatcher((async () => null) as unknown as Send);
    m.images([{ src: 'https://pbs.twimg.com/media/x.jpg' }], () => {});
    await wait(20);
    expect(fetched).toEqual([]);
  });

  test('a file picked or pasted is matched at once; its blob: thumbnail reuses the answer (same bytes)', async () => {
    const bytes = new Uint8Array(5000).map((_, i) => (i * 7) % 251);
    vi.stubGlobal('fetch', async () => ({ blob: async () => new Blob([bytes], { type: 'image/png' }) }));
    const sent: Request[] = [];
    const send = (async (req: Request) => {
      sent.push(req);
      return { type: 'image-checked', logoMatch: { profile: 'toronto', score: 0.9 }, available: true };
    }) as Send;
    const m = new ImageMatcher(send);
    m.prime([new File([bytes], 'IMG_1.png', { type: 'image/png' }), new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    await vi.waitFor(() => expect(sent).toHaveLength(1)); // the image only
    let results = 0;
    m.images([{ src: 'blob:https://x.com/thumb' }], () => results++);
    await vi.waitFor(() => expect(results).toBe(1));
    expect(sent).toHaveLength(1); // not sent again
    expect(m.images([{ src: 'blob:https://x.com/thumb' }], () => {})[0].logoMatch).toEqual({ profile: 'toronto', score: 0.9 });
  });

  test('where messages clone Blobs (Firefox), the Blob itself is sent, not a data URL', async () => {
    stubFetch();
    const sent: Request[] = [];
    const send = (async (req: Request) => (sent.push(req), { type: 'image-checked', logoMatch: null, available: true })) as Send;
    new ImageMatcher(send, true).images([{ src: 'blob:https://x.com/2' }], () => {});
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const req = sent[0] as { blob?: Blob; dataUrl?: string };
    expect(req.blob).toBeInstanceOf(Blob);
    expect(req.dataUrl).toBeUndefined();
  });
});
