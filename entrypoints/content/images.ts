/**
 * Attached images → logo matches, through the background's `check-image` (issue 5's matcher).
 * The picture is read from its blob:/data: URL in the page (no network) and sent as a data URL.
 * Results are cached per URL; once the background says no matcher is installed, we stop asking.
 */
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

export class ImageMatcher {
  private results = new Map<string, LogoMatch>();
  private pending = new Set<string>();
  private available: boolean | null = null;

  constructor(private readonly send: Send) {}

  /** The images for a check: what is known now. `onResult` runs when a new match arrives. */
  images(attachments: Attachment[], onResult: () => void): PostImage[] {
    return attachments.map((a) => {
      const image: PostImage = { src: a.src, alt: a.alt };
      if (this.results.has(a.src)) image.logoMatch = this.results.get(a.src);
      else if (this.available !== false && /^(blob|data):/.test(a.src)) void this.match(a.src, onResult);
      return image;
    });
  }

  private async match(src: string, onResult: () => void): Promise<void> {
    if (this.pending.has(src)) return;
    this.pending.add(src);
    try {
      const blob = await (await fetch(src)).blob();
      if (blob.size > MAX_BYTES || !blob.type.startsWith('image/')) return void this.results.set(src, null);
      const answer = await this.send({ type: 'check-image', dataUrl: await toDataUrl(blob) });
      if (!answer) return;
      this.available = answer.available;
      if (!answer.available) return;
      this.results.set(src, answer.logoMatch);
      onResult();
    } catch {
      this.results.set(src, null);
    } finally {
      this.pending.delete(src);
    }
  }
}
