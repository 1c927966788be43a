// Small RGBA drawing kit for generating the labelled logo images (tests only).
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
// @ts-expect-error pngjs ships no type declarations; one call does not justify @types/pngjs.
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type Colour = [number, number, number];

/** Deterministic random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function blank(width: number, height: number, c: Colour = [255, 255, 255], a = 255): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = c[0];
    data[i + 1] = c[1];
    data[i + 2] = c[2];
    data[i + 3] = a;
  }
  return { width, height, data };
}

export function renderSvg(svg: string, width: number): Rgba {
  const img = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.pixels) };
}

/** A logo file (SVG or PNG) at `width` px, trimmed to its visible pixels. */
export function loadLogo(file: string, width: number): Rgba {
  let img: Rgba;
  if (file.endsWith('.svg')) {
    const big = renderSvg(readFileSync(file, 'utf8'), Math.max(width * 2, 800));
    img = trim(big);
  } else {
    const png = PNG.sync.read(readFileSync(file));
    img = trim({ width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) });
  }
  return scale(img, width, Math.max(1, Math.round((img.height * width) / img.width)));
}

export function trim(img: Rgba): Rgba {
  let x0 = img.width, y0 = img.height, x1 = -1, y1 = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.data[(y * img.width + x) * 4 + 3] > 8) {
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
    }
  }
  return cropRgba(img, x0, y0, x1 - x0 + 1, y1 - y0 + 1);
}

export function cropRgba(img: Rgba, x0: number, y0: number, w: number, h: number): Rgba {
  const out = blank(w, h, [0, 0, 0], 0);
  for (let y = 0; y < h; y++) {
    out.data.set(img.data.subarray(((y + y0) * img.width + x0) * 4, ((y + y0) * img.width + x0 + w) * 4), y * w * 4);
  }
  return out;
}

/** Bilinear sample with premultiplied alpha; transparent outside. */
function sample(img: Rgba, x: number, y: number, out: number[]): void {
  const x0 = Math.floor(x), y0 = Math.floor(y);
  const tx = x - x0, ty = y - y0;
  out[0] = out[1] = out[2] = out[3] = 0;
  for (const [xx, yy, w] of [[x0, y0, (1 - tx) * (1 - ty)], [x0 + 1, y0, tx * (1 - ty)], [x0, y0 + 1, (1 - tx) * ty], [x0 + 1, y0 + 1, tx * ty]]) {
    if (xx < 0 || yy < 0 || xx >= img.width || yy >= img.height || w === 0) continue;
    const i = (yy * img.width + xx) * 4;
    const a = img.data[i + 3] / 255;
    out[0] += img.data[i] * a * w; out[1] += img.data[i + 1] * a * w; out[2] += img.data[i + 2] * a * w; out[3] += a * w;
  }
}

/** Area-average resize (premultiplied) when shrinking, bilinear when enlarging. */
export function scale(img: Rgba, w: number, h: number): Rgba {
  const out = blank(w, h, [0, 0, 0], 0);
  const kx = img.width / w, ky = img.height / h;
  const s = [0, 0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0, a = 0, n = 0;
      if (kx > 1 || ky > 1) {
        const sx0 = Math.floor(x * kx), sx1 = Math.max(sx0 + 1, Math.floor((x + 1) * kx));
        const sy0 = Math.floor(y * ky), sy1 = Math.max(sy0 + 1, Math.floor((y + 1) * ky));
        for (let yy = sy0; yy < Math.min(sy1, img.height); yy++) {
          for (let xx = sx0; xx < Math.min(sx1, img.width); xx++) {
            const i = (yy * img.width + xx) * 4;
            const al = img.data[i + 3] / 255;
            r += img.data[i] * al; g += img.data[i + 1] * al; b += img.data[i + 2] * al; a += al; n++;
          }
        }
      } else {
        sample(img, (x + 0.5) * kx - 0.5, (y + 0.5) * ky - 0.5, s);
        [r, g, b, a] = s; n = 1;
      }
      const o = (y * w + x) * 4;
      if (a > 0) { out.data[o] = r / a; out.data[o + 1] = g / a; out.data[o + 2] = b / a; }
      out.data[o + 3] = (a / n) * 255;
    }
  }
  return out;
}

/** Turns the image by `degrees` on a canvas grown to hold it (transparent corners). */
export function rotate(img: Rgba, degrees: number): Rgba {
  const t = (degrees * Math.PI) / 180, c = Math.cos(t), s = Math.sin(t);
  const w = Math.ceil(Math.abs(img.width * c) + Math.abs(img.height * s));
  const h = Math.ceil(Math.abs(img.width * s) + Math.abs(img.height * c));
  const out = blank(w, h, [0, 0, 0], 0);
  const px = [0, 0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = x - (w - 1) / 2, dy = y - (h - 1) / 2;
      sample(img, c * dx + s * dy + (img.width - 1) / 2, -s * dx + c * dy + (img.height - 1) / 2, px);
      const o = (y * w + x) * 4;
      if (px[3] > 0) { out.data[o] = px[0] / px[3]; out.data[o + 1] = px[1] / px[3]; out.data[o + 2] = px[2] / px[3]; }
      out.data[o + 3] = px[3] * 255;
    }
  }
  return out;
}

/** Draws `src` over `dst` at (x, y) (alpha compositing). */
export function paste(dst: Rgba, src: Rgba, x0: number, y0: number): Rgba {
  for (let y = 0; y < src.height; y++) {
    const yy = y + y0;
    if (yy < 0 || yy >= dst.height) continue;
    for (let x = 0; x < src.width; x++) {
      const xx = x + x0;
      if (xx < 0 || xx >= dst.width) continue;
      const i = (y * src.width + x) * 4, o = (yy * dst.width + xx) * 4;
      const a = src.data[i + 3] / 255;
      for (let k = 0; k < 3; k++) dst.data[o + k] = src.data[i + k] * a + dst.data[o + k] * (1 - a);
      dst.data[o + 3] = Math.max(dst.data[o + 3], src.data[i + 3]);
    }
  }
  return dst;
}

/** The image laid on a plain colour, opaque. */
export function flatten(img: Rgba, bg: Colour = [255, 255, 255], margin = 0): Rgba {
  return paste(blank(img.width + 2 * margin, img.height + 2 * margin, bg), img, margin, margin);
}

const lum = (d: Uint8ClampedArray, i: number) => 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];

export function grayscale(img: Rgba): Rgba {
  const out = { ...img, data: new Uint8ClampedArray(img.data) };
  for (let i = 0; i < out.data.length; i += 4) out.data[i] = out.data[i + 1] = out.data[i + 2] = lum(img.data, i);
  return out;
}

export function invert(img: Rgba): Rgba {
  const out = { ...img, data: new Uint8ClampedArray(img.data) };
  for (let i = 0; i < out.data.length; i += 4) for (let k = 0; k < 3; k++) out.data[i + k] = 255 - img.data[i + k];
  return out;
}

/** Two-tone recolouring of an opaque image: ink (dark) becomes `ink`, paper (light) becomes `paper`. */
export function duotone(img: Rgba, ink: Colour, paper: Colour): Rgba {
  const out = { ...img, data: new Uint8ClampedArray(img.data) };
  let maxInk = 0;
  for (let i = 0; i < img.data.length; i += 4) maxInk = Math.max(maxInk, 1 - lum(img.data, i) / 255);
  for (let i = 0; i < img.data.length; i += 4) {
    const t = Math.min(1, (1 - lum(img.data, i) / 255) / (maxInk || 1));
    for (let k = 0; k < 3; k++) out.data[i + k] = paper[k] + (ink[k] - paper[k]) * t;
  }
  return out;
}

export function jpegRoundTrip(img: Rgba, quality: number): Rgba {
  const enc = jpeg.encode({ width: img.width, height: img.height, data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length) }, quality);
  const dec = jpeg.decode(enc.data, { useTArray: true, formatAsRGBA: true });
  return { width: dec.width, height: dec.height, data: new Uint8ClampedArray(dec.data) };
}

export function encodeJpeg(img: Rgba, quality: number): Buffer {
  return jpeg.encode({ width: img.width, height: img.height, data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length) }, quality).data;
}

export function encodePng(img: Rgba): Buffer {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data);
  return PNG.sync.write(png);
}

/** Photo-like background: gradient, soft shapes, sharp shapes, grain. */
export function photo(width: number, height: number, rand: () => number): Rgba {
  const c = (): Colour => [rand() * 255, rand() * 255, rand() * 255];
  const a = c(), b = c();
  const img = blank(width, height);
  const d = img.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      const o = (y * width + x) * 4;
      for (let k = 0; k < 3; k++) d[o + k] = a[k] + (b[k] - a[k]) * t;
    }
  }
  const shapes = 25 + Math.floor(rand() * 20);
  for (let s = 0; s < shapes; s++) {
    const col = c();
    const alpha = 0.3 + rand() * 0.7;
    const cx = rand() * width, cy = rand() * height;
    const rx = (0.02 + rand() * 0.2) * width, ry = (0.02 + rand() * 0.2) * height;
    const round = rand() < 0.5;
    const x0 = Math.max(0, Math.floor(cx - rx)), x1 = Math.min(width, Math.ceil(cx + rx));
    const y0 = Math.max(0, Math.floor(cy - ry)), y1 = Math.min(height, Math.ceil(cy + ry));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        if (round && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1) continue;
        const o = (y * width + x) * 4;
        for (let k = 0; k < 3; k++) d[o + k] = d[o + k] * (1 - alpha) + col[k] * alpha;
      }
    }
  }
  const grain = 6 + rand() * 14;
  for (let i = 0; i < d.length; i += 4) {
    const n = (rand() - 0.5) * 2 * grain;
    d[i] += n; d[i + 1] += n; d[i + 2] += n;
  }
  return img;
}

export function gradient(width: number, height: number, a: Colour, b: Colour, vertical = false): Rgba {
  const img = blank(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = vertical ? y / height : x / width;
      const o = (y * width + x) * 4;
      for (let k = 0; k < 3; k++) img.data[o + k] = a[k] + (b[k] - a[k]) * t;
    }
  }
  return img;
}

/** A banner of text rendered with resvg, optionally on a given background colour. */
export function textBanner(lines: string[], width: number, height: number, opts: { bg: string; fg: string; font: string; weight?: string; size: number }): Rgba {
  const texts = lines
    .map((l, i) => `<text x="${width / 2}" y="${(height / (lines.length + 1)) * (i + 1) + opts.size / 3}" text-anchor="middle" font-family="${opts.font}" font-weight="${opts.weight ?? 'normal'}" font-size="${opts.size}" fill="${opts.fg}">${l}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${opts.bg}"/>${texts}</svg>`;
  return renderSvg(svg, width);
}
