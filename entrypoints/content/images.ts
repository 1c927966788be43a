/**
 * Attached images → logo matches, through the background's `check-image` (issue 5's matcher).
 * The picture is read from its blob:/data: URL in the page (no network) and sent as a data URL.
 * Results are cached per URL and per content: a file picked, pasted or dropped is sent at once
 * (`prime`), so when the site shows it as a blob: thumbnail the answer is often there already.
 * Once the background says no matcher is installed, we stop asking.
 */
import { browser } from 'wxt/browser';
import type { PostImage } from '../../rules/types';
import type { Attachment } from './adapters';
import type { Send } from './bridge';

type LogoMatch = PostImage['logoMatch'];
const MAX_BYTES = 8 * 1024 * 1024;

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Size and a hash of the first and last 4 KB: the same file as a File and as its blob: URL. */
async function fingerprint(blob: Blob): Promise<string> {
  let h = 2166136261;
  for (const part of [blob.slice(0, 4096), blob.slice(Math.max(4096, blob.size - 4096))]) {
    const bytes = new Uint8Array(await part.arrayBuffer());
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
  }
  return `${blob.size}:${(h >>> 0).toString(36)}`;
}

const usable = (blob: Blob) => blob.size <= MAX_BYTES && blob.type.startsWith('image/');

/** Firefox structured-clones a Blob in a message; Chrome's messages are JSON (a Blob arrives as {}). */
function blobsCross(): boolean {
  try {
    return browser.runtime.getURL('/').startsWith('moz-extension:');
  } catch {
    return false;
  }
}

export class ImageMatcher {
  private results = new Map<string, LogoMatch>();
  private pending = new Set<string>();
  /** Answers by content; undefined = no answer (no background, or no matcher). */
  private byContent = new Map<string, Promise<LogoMatch | undefined>>();
  private available: boolean | null = null;

  constructor(
    private readonly send: Send,
    /** Send the Blob itself instead of a data URL (saves reading, copying and decoding base64). */
    private readonly sendBlobs = blobsCross(),
  ) {}

  /** The images for a check: what is known now. `onResult` runs when a new match arrives. */
  images(attachments: Attachment[], onResult: () => void): PostImage[] {
    return attachments.map((a) => {
      const image: PostImage = { src: a.src, alt: a.alt };
      if (this.results.has(a.src)) image.logoMatch = this.results.get(a.src);
      else if (this.available !== false && /^(blob|data):/.test(a.src)) void this.match(a.src, onResult);
      return image;
    });
  }

  /** Files just picked, pasted or dropped: matched now, before the site shows them. */
  prime(files: Blob[]): void {
    if (this.available === false) return;
    for (const f of files) if (usable(f)) void this.byBlob(f).catch(() => {});
  }

  private async byBlob(blob: Blob): Promise<LogoMatch | undefined> {
    const key = await fingerprint(blob);
    let answer = this.byContent.get(key);
    if (!answer) {
      this.byContent.set(key, (answer = this.ask(blob)));
      answer.then((r) => r === undefined && this.byContent.delete(key), () => this.byContent.delete(key));
    }
    return answer;
  }

  private async ask(blob: Blob): Promise<LogoMatch | undefined> {
    const t0 = performance.now();
    const image = this.sendBlobs ? { blob } : { dataUrl: await toDataUrl(blob) };
    const readMs = Math.round(performance.now() - t0);
    const answer = await this.send({ type: 'check-image', ...image });
    if (!answer) return undefined;
    // For the end-to-end tests (like `postcheck:checked`): a string detail crosses to the page in Firefox.
    const detail = JSON.stringify({ bytes: blob.size, ms: Math.round(performance.now() - t0), readMs, unpackMs: answer.unpackMs ?? null, matcherMs: answer.ms ?? null, found: !!answer.logoMatch });
    globalThis.dispatchEvent?.(new CustomEvent('postcheck:image-checked', { detail }));
    this.available = answer.available;
    return answer.available ? answer.logoMatch : undefined;
  }

  private async match(src: string, onResult: () => void): Promise<void> {
    if (this.pending.has(src)) return;
    this.pending.add(src);
    try {
      const blob = await (await fetch(src)).blob();
      if (!usable(blob)) return void this.results.set(src, null);
      const match = await this.byBlob(blob);
      if (match === undefined) return;
      this.results.set(src, match);
      onResult();
    } catch {
      this.results.set(src, null);
    } finally {
      this.pending.delete(src);
    }
  }
}
