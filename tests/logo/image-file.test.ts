// CLI side: readPostImage decodes PNG and JPEG files by their bytes and names the file in errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPostImage, sniffFormat } from '../../cli/image-file';
import { getProfile } from '../../rules/profiles';
import { encodeJpeg, encodePng, flatten, loadLogo, paste, photo, rng } from './raster';

const dir = mkdtempSync(path.join(tmpdir(), 'pc-logo-'));
const logos = path.resolve(__dirname, '../../assets/logos');
const file = (name: string, bytes: Uint8Array | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('readPostImage', () => {
  test('finds the Toronto logo in a JPEG photo, by bytes even with a misleading extension', { timeout: 120_000 }, async () => {
    const scene = photo(1600, 1200, rng(11));
    paste(scene, flatten(loadLogo(path.join(logos, 'toronto.png'), 280), [255, 255, 255], 12), 1250, 1050);
    const p = file('holiday.png', encodeJpeg(scene, 70));
    const img = await readPostImage(p, getProfile('toronto'));
    expect(img).toMatchObject({ name: 'holiday.png', src: p, logoMatch: { profile: 'toronto' } });
    expect((await readPostImage(p, getProfile('calgary'))).logoMatch).toBeNull();
  });

  test('a PNG of the Calgary logo matches Calgary', { timeout: 60_000 }, async () => {
    const p = file('c.png', encodePng(loadLogo(path.join(logos, 'calgary.svg'), 300)));
    expect((await readPostImage(p, getProfile('calgary'))).logoMatch?.profile).toBe('calgary');
  });

  test.each([
    ['anim.gif', 'GIF89a\x01\x00\x01\x00', /anim\.gif.*GIF images are not supported/],
    ['pic.webp', 'RIFF\x10\x00\x00\x00WEBPVP8 ', /pic\.webp.*WEBP images are not supported/],
    ['notes.jpg', 'hello', /notes\.jpg.*not a PNG or JPEG/],
  ])('%s: a clear error naming the file', async (name, bytes, message) => {
    await expect(readPostImage(file(name, Buffer.from(bytes, 'latin1')), getProfile('toronto'))).rejects.toThrow(message);
  });

  test('a missing file: error names it', async () => {
    await expect(readPostImage(path.join(dir, 'nope.png'), getProfile('toronto'))).rejects.toThrow(/nope\.png: no such file/);
  });

  test('sniffFormat reads magic bytes', () => {
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffFormat(new Uint8Array([1, 2, 3]))).toBe('unknown');
  });
});
