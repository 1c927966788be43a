import type { Gray } from './image';

/**
 * Edge-orientation field: at each pixel the gradient direction as a doubled angle,
 * (cos 2θ, sin 2θ), weighted by a saturating function of the gradient strength.
 * Doubling the angle makes a dark-on-light edge and a light-on-dark edge the same, so the
 * field does not change when a logo is inverted or recoloured (white on blue, grayscale);
 * saturation keeps strong edges from drowning weak ones. Lightly blurred so a pixel or two
 * of misalignment (rotation, scale steps) costs little.
 */
export interface Field {
  width: number;
  height: number;
  re: Float32Array;
  im: Float32Array;
}

/** Gradient strength (luminance 0..1 per pixel) at which an edge counts half. */
const SATURATION = 0.06;
/** Gradient strength below which an edge is grain, sensor noise or a smooth shade: ignored. */
const NOISE = 0.012;

export function orientationField(input: Gray | Gray[], blur = 1): Field {
  // Several planes (colour): the structure tensor averaged over them, so an edge in any plane counts.
  const planes = Array.isArray(input) ? input : [input];
  const { width: w, height: h } = planes[0];
  const re = new Float32Array(w * h);
  const im = new Float32Array(w * h);
  const n = planes.length;
  const fr = Math.fround;
  const noise2 = NOISE * NOISE;
  const d0 = planes[0].data;
  const d1 = planes[Math.min(1, n - 1)].data;
  const d2 = planes[Math.min(2, n - 1)].data;
  // One pass over the output, the planes summed in order per pixel and rounded to float32 after
  // each, as a Float32Array sum would be: the same numbers as plane by plane, with less memory traffic.
  for (let y = 0; y < h; y++) {
    const ym = (y > 0 ? y - 1 : y) * w;
    const y0 = y * w;
    const yp = (y < h - 1 ? y + 1 : y) * w;
    for (let x = 0; x < w; x++) {
      const xm = x > 0 ? x - 1 : x;
      const xp = x < w - 1 ? x + 1 : x;
      let sr = 0;
      let si = 0;
      if (n === 3) {
        // Colour: the same sums as the loop below, unrolled.
        let gx = (d0[ym + xp] + 2 * d0[y0 + xp] + d0[yp + xp] - d0[ym + xm] - 2 * d0[y0 + xm] - d0[yp + xm]) / 8;
        let gy = (d0[yp + xm] + 2 * d0[yp + x] + d0[yp + xp] - d0[ym + xm] - 2 * d0[ym + x] - d0[ym + xp]) / 8;
        sr = fr(gx * gx - gy * gy);
        si = fr(2 * gx * gy);
        gx = (d1[ym + xp] + 2 * d1[y0 + xp] + d1[yp + xp] - d1[ym + xm] - 2 * d1[y0 + xm] - d1[yp + xm]) / 8;
        gy = (d1[yp + xm] + 2 * d1[yp + x] + d1[yp + xp] - d1[ym + xm] - 2 * d1[ym + x] - d1[ym + xp]) / 8;
        sr = fr(sr + (gx * gx - gy * gy));
        si = fr(si + 2 * gx * gy);
        gx = (d2[ym + xp] + 2 * d2[y0 + xp] + d2[yp + xp] - d2[ym + xm] - 2 * d2[y0 + xm] - d2[yp + xm]) / 8;
        gy = (d2[yp + xm] + 2 * d2[yp + x] + d2[yp + xp] - d2[ym + xm] - 2 * d2[ym + x] - d2[ym + xp]) / 8;
        sr = fr(sr + (gx * gx - gy * gy));
        si = fr(si + 2 * gx * gy);
      } else for (let c = 0; c < n; c++) {
        const data = planes[c].data;
        const gx =
          (data[ym + xp] + 2 * data[y0 + xp] + data[yp + xp] - data[ym + xm] - 2 * data[y0 + xm] - data[yp + xm]) / 8;
        const gy =
          (data[yp + xm] + 2 * data[yp + x] + data[yp + xp] - data[ym + xm] - 2 * data[ym + x] - data[ym + xp]) / 8;
        sr = fr(sr + (gx * gx - gy * gy));
        si = fr(si + 2 * gx * gy);
      }
      const a = sr / n;
      const b = si / n;
      // |(a, b)| is the squared strength of the dominant edge direction.
      const m2 = Math.sqrt(a * a + b * b);
      if (m2 < noise2) continue; // re, im stay 0
      const m = Math.sqrt(m2) - NOISE;
      const s = m / (m + SATURATION) / m2;
      re[y0 + x] = a * s;
      im[y0 + x] = b * s;
    }
  }
  if (blur > 0) {
    boxBlur(re, w, h, blur);
    boxBlur(im, w, h, blur);
  }
  return { width: w, height: h, re, im };
}

let blurScratch = new Float32Array(0);
let blurSums = new Float64Array(0);

/** In-place separable box blur of radius r (zero outside). */
export function boxBlur(a: Float32Array, w: number, h: number, r: number): void {
  const n = 2 * r + 1;
  const line = new Float32Array(w);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    for (let x = 0; x < w; x++) line[x] = a[o + x];
    let acc = 0;
    for (let x = -r; x < w + r; x++) {
      if (x + r < w) acc += line[x + r];
      if (x - r - 1 >= 0) acc -= line[x - r - 1];
      if (x >= 0 && x < w) a[o + x] = acc / n;
    }
  }
  // Columns: a running sum per column, advanced a row at a time (memory in order), adding and
  // dropping the same values in the same order as one column at a time would.
  if (blurScratch.length < w * h) blurScratch = new Float32Array(w * h);
  if (blurSums.length < w) blurSums = new Float64Array(w);
  const src = blurScratch;
  src.set(a.subarray(0, w * h));
  const acc = blurSums;
  acc.fill(0, 0, w);
  for (let y = -r; y < h + r; y++) {
    const add = y + r < h ? (y + r) * w : -1;
    const drop = y - r - 1 >= 0 ? (y - r - 1) * w : -1;
    const out = y >= 0 && y < h ? y * w : -1;
    for (let x = 0; x < w; x++) {
      let v = acc[x];
      if (add >= 0) v += src[add + x];
      if (drop >= 0) v -= src[drop + x];
      acc[x] = v;
      if (out >= 0) a[out + x] = v / n;
    }
  }
}

/** Copy of `f` with `pad` zero pixels (no edges) on every side, so windows may overhang the image. */
export function padField(f: Field, padX: number, padY: number): Field {
  const w = f.width + 2 * padX;
  const h = f.height + 2 * padY;
  const re = new Float32Array(w * h);
  const im = new Float32Array(w * h);
  for (let y = 0; y < f.height; y++) {
    re.set(f.re.subarray(y * f.width, (y + 1) * f.width), (y + padY) * w + padX);
    im.set(f.im.subarray(y * f.width, (y + 1) * f.width), (y + padY) * w + padX);
  }
  return { width: w, height: h, re, im };
}

/** Summed-area table of |z|² with one leading row and column of zeros. */
export function energyTable(f: Field): Float64Array {
  const w = f.width + 1;
  const t = new Float64Array(w * (f.height + 1));
  for (let y = 0; y < f.height; y++) {
    let row = 0;
    for (let x = 0; x < f.width; x++) {
      const i = y * f.width + x;
      row += f.re[i] * f.re[i] + f.im[i] * f.im[i];
      t[(y + 1) * w + x + 1] = t[y * w + x + 1] + row;
    }
  }
  return t;
}

/** Summed-area table of one channel, with one leading row and column of zeros. */
export function sumTable(a: Float32Array, width: number, height: number): Float64Array {
  const w = width + 1;
  const t = new Float64Array(w * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += a[y * width + x];
      t[(y + 1) * w + x + 1] = t[y * w + x + 1] + row;
    }
  }
  return t;
}

/** Sum of |z|² over the window at (x, y) of size (w, h), from `energyTable`. */
export function windowEnergy(t: Float64Array, fieldWidth: number, x: number, y: number, w: number, h: number): number {
  const s = fieldWidth + 1;
  return t[(y + h) * s + x + w] - t[y * s + x + w] - t[(y + h) * s + x] + t[y * s + x];
}

/**
 * Structural descriptor of a window: per cell, a 6-bin histogram of edge orientation
 * weighted by strength, each cell normalised on its own so faint and bold parts count alike.
 */
export function orientationHistogram(
  f: Field,
  x0: number,
  y0: number,
  w: number,
  h: number,
  cell: number,
  include: (x: number, y: number) => boolean = () => true,
): Float32Array {
  const nx = Math.max(2, Math.round(w / cell));
  const ny = Math.max(2, Math.round(h / cell));
  const bins = 6;
  const v = new Float32Array(nx * ny * bins);
  for (let y = 0; y < h; y++) {
    const cy = Math.min(ny - 1, Math.floor((y * ny) / h));
    for (let x = 0; x < w; x++) {
      if (!include(x, y)) continue;
      const i = (y + y0) * f.width + x + x0;
      const re = f.re[i];
      const im = f.im[i];
      const m = Math.sqrt(re * re + im * im);
      if (m < 1e-6) continue;
      const a = (Math.atan2(im, re) + Math.PI) / (2 * Math.PI);
      const b = Math.min(bins - 1, Math.floor(a * bins));
      const cx = Math.min(nx - 1, Math.floor((x * nx) / w));
      v[(cy * nx + cx) * bins + b] += m;
    }
  }
  let mean = 0;
  const norms = new Float32Array(nx * ny);
  for (let c = 0; c < nx * ny; c++) {
    let s = 0;
    for (let b = 0; b < bins; b++) s += v[c * bins + b] ** 2;
    norms[c] = Math.sqrt(s);
    mean += norms[c] / (nx * ny);
  }
  const eps = 0.25 * mean + 1e-6;
  for (let c = 0; c < nx * ny; c++) for (let b = 0; b < bins; b++) v[c * bins + b] /= norms[c] + eps;
  return v;
}

/** Pearson correlation of two equal-length vectors. */
export function correlation(a: Float32Array, b: Float32Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}
