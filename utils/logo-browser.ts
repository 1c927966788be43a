// Browser side of the city-logo rule: decodes an image Blob off the page's main thread (MV3
// service worker, Firefox background page, or a worker) and runs the pure matcher on it.
// Needs createImageBitmap and OffscreenCanvas only; no DOM, no network.
import { addReference, clearAddedReferences, defaultMatcher, findLogo, type RgbaImage } from '../rules/logo/index';
import { resize } from '../rules/logo/image';

/** Longer side the image is decoded to: the matcher needs no more (it works at 1024 px at most). */
export const DECODE_SIDE = 1024;

/**
 * Decodes a Blob to RGBA pixels, at most `maxSide` px on the longer side. The browser scales while
 * decoding where it can (`resizeWidth`), so a 12-megapixel photo never exists at full size here.
 */
export async function decodeBlob(blob: Blob, maxSide = DECODE_SIDE): Promise<RgbaImage> {
  const size = await imageSize(blob);
  const options: ImageBitmapOptions = { imageOrientation: 'from-image' };
  if (size && Math.max(size.width, size.height) > maxSide) {
    const k = maxSide / Math.max(size.width, size.height);
    // A JPEG's EXIF may turn it a quarter: then only a width set from the shorter side is sure to
    // keep the picture's shape and its longer side within maxSide.
    options.resizeWidth = Math.max(1, Math.round((size.turnable ? Math.min(size.width, size.height) : size.width) * k));
    if (!size.turnable) options.resizeHeight = Math.max(1, Math.round(size.height * k));
    options.resizeQuality = 'medium';
  }
  const bitmap = await createImageBitmap(blob, options);
  try {
    // Scale here too, in case the browser ignored the resize options or the header had no size.
    const k = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * k));
    const h = Math.max(1, Math.round(bitmap.height * k));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | null;
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.drawImage(bitmap, 0, 0, w, h);
    const { data } = ctx.getImageData(0, 0, w, h);
    return { width: w, height: h, data };
  } finally {
    bitmap.close();
  }
}

/**
 * Looks for the City logo of `profileId` in an image file, pasted image or thumbnail.
 * Resolves to `{ profile, score }` (score 0..1) when found, else null; rejects when the Blob is
 * not an image the browser can decode. ~100-300 ms for a 12-megapixel photo.
 */
export async function findLogoInBlob(blob: Blob, profileId: string): Promise<{ profile: string; score: number } | null> {
  const image = await decodeBlob(blob);
  const match = findLogo(image, profileId);
  return match ? { profile: match.profile, score: Math.round(match.score * 1000) / 1000 } : null;
}

/** Adds an administrator's own logo image (from settings) as a reference for `profileId`. */
export async function addReferenceFromBlob(profileId: string, blob: Blob, name?: string): Promise<void> {
  addReference(profileId, await decodeBlob(blob, 512), name);
}

/** Removes every logo added with `addReferenceFromBlob` (one was taken out of settings). */
export function clearCustomReferences(): void {
  clearAddedReferences();
}

/**
 * Builds the matcher's templates and warms the JIT and the decoder before the first real image:
 * the first call otherwise costs ~0.4-0.8 s more. Runs the matcher on a made-up 768x512 picture
 * holding each of the profile's logos, plus one without (the path every ordinary photo takes).
 * Resolves with the time it took, ms.
 */
export async function warmLogoMatcher(profileId: string): Promise<number> {
  const t0 = performance.now();
  const tick = () => new Promise((r) => setTimeout(r, 0)); // let messages in between
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(16, 16);
    canvas.getContext('2d')?.fillRect(4, 4, 8, 8);
    await canvas.convertToBlob({ type: 'image/png' }).then((b) => decodeBlob(b)).catch(() => null);
  }
  for (const ref of defaultMatcher().references()) {
    if (ref.profile !== profileId) continue;
    findLogo(pictureWith(ref.lum, 220), profileId);
    await tick();
  }
  findLogo(pictureWith(null, 0), profileId);
  return performance.now() - t0;
}

/** A 768x512 RGBA picture: soft gradient and blocks, with `logo` (luminance 0..1) laid at `width` px. */
function pictureWith(logo: { width: number; height: number; data: Float32Array } | null, width: number): RgbaImage {
  const W = 768, H = 512;
  const data = new Uint8ClampedArray(W * H * 4);
  let seed = 12345;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const blocks = Array.from({ length: 12 }, () => [rand() * W, rand() * H, 40 + rand() * 200, 40 + rand() * 160, rand() * 255]);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let v = 90 + (120 * (x + y)) / (W + H);
      for (const [bx, by, bw, bh, c] of blocks) if (x >= bx && x < bx + bw && y >= by && y < by + bh) v = c;
      const i = (y * W + x) * 4;
      data[i] = v; data[i + 1] = v * 0.9 + 20; data[i + 2] = v * 0.8 + 30; data[i + 3] = 255;
    }
  }
  if (logo) {
    const h = Math.max(1, Math.round((logo.height * width) / logo.width));
    const small = resize(logo, width, h);
    const x0 = W - width - 24, y0 = H - h - 24;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < width; x++) {
        const i = ((y0 + y) * W + x0 + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = small.data[y * width + x] * 255;
      }
    }
  }
  return { width: W, height: H, data };
}

/** Width and height from a PNG or JPEG header (first 64 KB), without decoding; null when unknown. */
async function imageSize(blob: Blob): Promise<{ width: number; height: number; turnable: boolean } | null> {
  const b = new Uint8Array(await blob.slice(0, 65536).arrayBuffer());
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[12] === 0x49 && b[13] === 0x48) {
    const v = new DataView(b.buffer);
    return { width: v.getUint32(16), height: v.getUint32(20), turnable: false };
  }
  if (b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1];
      const len = (b[i + 2] << 8) | b[i + 3];
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = (b[i + 5] << 8) | b[i + 6];
        const width = (b[i + 7] << 8) | b[i + 8];
        return { width, height, turnable: true };
      }
      i += 2 + len;
    }
  }
  return null;
}
