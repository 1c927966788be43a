import { readFile } from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
// @ts-expect-error pngjs ships no type declarations; one call does not justify @types/pngjs.
import { PNG } from 'pngjs';
import { findLogo, type RgbaImage } from '../rules/logo/index';
import type { PostImage, Profile } from '../rules/types';

/** The image format a file holds, from its first bytes (names lie; magic bytes don't). */
export function sniffFormat(bytes: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | 'unknown' {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 6 && ascii(0, 4) === 'GIF8') return 'gif';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return 'unknown';
}

/** Decodes PNG or JPEG bytes to RGBA. Throws an Error saying what is wrong (without the file name). */
export function decodeImage(bytes: Uint8Array): RgbaImage {
  const format = sniffFormat(bytes);
  if (format === 'png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    return { width: png.width, height: png.height, data: png.data };
  }
  if (format === 'jpeg') {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 200, maxMemoryUsageInMB: 2048 });
    return { width: img.width, height: img.height, data: img.data };
  }
  if (format === 'gif' || format === 'webp') {
    throw new Error(`${format.toUpperCase()} images are not supported; save it as PNG or JPEG to check it for City logos`);
  }
  throw new Error('not a PNG or JPEG image');
}

/**
 * Reads an image file from disk and looks for the profile's City logo in it.
 * Throws an Error whose message names the file when it cannot be read or decoded.
 */
export async function readPostImage(file: string, profile: Profile): Promise<PostImage> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read image ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let image: RgbaImage;
  try {
    image = decodeImage(bytes);
  } catch (error) {
    throw new Error(`cannot decode image ${file}: ${(error as Error).message}`);
  }
  const match = findLogo(image, profile.id);
  return { name, src: file, logoMatch: match ? { profile: match.profile, score: Math.round(match.score * 1000) / 1000 } : null };
}
