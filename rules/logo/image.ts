/** Pixel maps the logo matcher works on. No DOM: plain typed arrays, same in Node and the browser. */

/** Decoded image, 4 bytes a pixel (what ImageData, pngjs and jpeg-js give). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/**
 * Mean luminance above which a logo on a transparent background counts as a light logo and is laid
 * on black. Most logos are shown on white; a crest with white parts still is, so the bar is high.
 */
export const LIGHT_LOGO = 0.75;

/** One channel, values 0..1. */
export interface Gray {
  width: number;
  height: number;
  data: Float32Array;
}

/**
 * The cell grid an image of width x height is averaged into so its longer side is at most
 * `maxSide`: the scale `k`, the grid's size and, for each source column, its cell column.
 */
function reducedGrid(width: number, height: number, maxSide: number): { k: number; w: number; h: number; colOf: Int32Array } {
  const k = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.max(1, Math.round(width * k));
  const h = Math.max(1, Math.round(height * k));
  const colOf = new Int32Array(width);
  for (let x = 0; x < width; x++) colOf[x] = Math.min(w - 1, Math.floor((x * w) / width));
  return { k, w, h, colOf };
}

/**
 * Luminance of `img`, reduced (area average) so its longer side is at most `maxSide`.
 * Transparent pixels are laid on black or white, whichever contrasts with the opaque ones,
 * so a white logo on a transparent background stays visible.
 */
export function toGray(img: RgbaImage, maxSide = Infinity): Gray {
  const { width, height, data } = img;
  const { w, h, colOf } = reducedGrid(width, height, maxSide);
  const lum = new Float32Array(w * h);
  const alpha = new Float32Array(w * h);
  const count = new Float32Array(w * h);
  let opaqueLum = 0;
  let opaque = 0;
  for (let y = 0; y < height; y++) {
    const row = Math.min(h - 1, Math.floor((y * h) / height)) * w;
    let i = y * width * 4;
    for (let x = 0; x < width; x++, i += 4) {
      const a = data[i + 3] / 255;
      const l = (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255;
      const j = row + colOf[x];
      lum[j] += l * a;
      alpha[j] += a;
      count[j]++;
      opaqueLum += l * a;
      opaque += a;
    }
  }
  const bg = opaque > 0 && opaqueLum / opaque > LIGHT_LOGO ? 0 : 1;
  for (let j = 0; j < w * h; j++) lum[j] = (lum[j] + bg * (count[j] - alpha[j])) / count[j];
  return { width: w, height: h, data: lum };
}

/**
 * Red, green and blue planes of `img` (0..1), reduced like `toGray`. Edges between colours of
 * equal brightness (dark blue on purple) exist only here, not in the luminance.
 */
export function toPlanes(img: RgbaImage, maxSide = Infinity): Gray[] {
  const { width, height, data } = img;
  const { k, w, h, colOf } = reducedGrid(width, height, maxSide);
  const planes = [new Float32Array(w * h), new Float32Array(w * h), new Float32Array(w * h)];
  const alpha = new Float32Array(w * h);
  const count = new Float32Array(w * h);
  let opaqueLum = 0;
  let opaque = 0;
  const [r, g, b] = planes;
  // A big photo reduced 3x or more: every other row and column is plenty for an average.
  const step = k < 1 / 3 ? 2 : 1;
  if (w === width && h === height) {
    // Already small enough (the browser decodes to the working size): one pixel a cell.
    for (let j = 0, i = 0; j < w * h; j++, i += 4) {
      const a = data[i + 3] / 255;
      r[j] = (data[i] / 255) * a;
      g[j] = (data[i + 1] / 255) * a;
      b[j] = (data[i + 2] / 255) * a;
      alpha[j] = a;
      opaqueLum += ((0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255) * a;
      opaque += a;
    }
    count.fill(1);
  } else for (let y = 0; y < height; y += step) {
    const row = Math.min(h - 1, Math.floor((y * h) / height)) * w;
    let i = y * width * 4;
    for (let x = 0; x < width; x += step, i += 4 * step) {
      const a = data[i + 3] / 255;
      const j = row + colOf[x];
      r[j] += (data[i] / 255) * a;
      g[j] += (data[i + 1] / 255) * a;
      b[j] += (data[i + 2] / 255) * a;
      alpha[j] += a;
      count[j]++;
      opaqueLum += ((0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255) * a;
      opaque += a;
    }
  }
  const bg = opaque > 0 && opaqueLum / opaque > LIGHT_LOGO ? 0 : 1;
  for (const p of planes) for (let j = 0; j < w * h; j++) p[j] = (p[j] + bg * (count[j] - alpha[j])) / count[j];
  return planes.map((data) => ({ width: w, height: h, data }));
}

/** Resamples to (w, h): area average along each axis when shrinking, linear when enlarging. */
export function resize(g: Gray, w: number, h: number): Gray {
  const { width: gw, height: gh, data } = g;
  const ax = axisWeights(gw, w);
  const ay = axisWeights(gh, h);
  const tmp = new Float32Array(w * gh);
  const { start: xs, len: xl, offset: xo, weights: xw } = ax;
  for (let y = 0; y < gh; y++) {
    const row = y * gw;
    const o = y * w;
    for (let x = 0; x < w; x++) {
      let acc = 0;
      const s0 = row + xs[x];
      const n = xl[x];
      for (let k = 0, q = xo[x]; k < n; k++, q++) acc += data[s0 + k] * xw[q];
      tmp[o + x] = acc;
    }
  }
  // Rows at a time, so both passes read memory in order.
  const out = new Float32Array(w * h);
  const fr = Math.fround;
  for (let y = 0; y < h; y++) {
    const o = y * w;
    const q = ay.offset[y];
    const r = ay.start[y] * w;
    if (ay.len[y] === 2) {
      // The common case, both rows at once: the same float32 sums as the loop below.
      const w0 = ay.weights[q];
      const w1 = ay.weights[q + 1];
      for (let x = 0; x < w; x++) out[o + x] = fr(fr(tmp[r + x] * w0) + tmp[r + w + x] * w1);
      continue;
    }
    for (let k = 0; k < ay.len[y]; k++) {
      const wt = ay.weights[q + k];
      const rk = r + k * w;
      for (let x = 0; x < w; x++) out[o + x] += tmp[rk + x] * wt;
    }
  }
  return { width: w, height: h, data: out };
}

interface AxisWeights {
  start: Int32Array;
  len: Int32Array;
  offset: Int32Array;
  weights: Float32Array;
}

/** Per output sample: which input samples contribute and how much (flat arrays). */
function axisWeights(n: number, m: number): AxisWeights {
  const start = new Int32Array(m);
  const len = new Int32Array(m);
  const offset = new Int32Array(m);
  const scale = n / m;
  const weights = new Float32Array(m * (Math.ceil(scale) + 2));
  let q = 0;
  for (let o = 0; o < m; o++) {
    offset[o] = q;
    if (scale >= 1) {
      const a = o * scale;
      const b = a + scale;
      const i0 = Math.floor(a);
      const i1 = Math.min(n, Math.ceil(b));
      for (let i = i0; i < i1; i++) weights[q++] = (Math.min(b, i + 1) - Math.max(a, i)) / scale;
      start[o] = i0;
      len[o] = i1 - i0;
    } else {
      const c = Math.max(0, Math.min(n - 1, (o + 0.5) * scale - 0.5));
      const i0 = Math.min(n - 1, Math.floor(c));
      const t = c - i0;
      start[o] = i0;
      if (i0 + 1 < n) {
        weights[q++] = 1 - t;
        weights[q++] = t;
        len[o] = 2;
      } else {
        weights[q++] = 1;
        len[o] = 1;
      }
    }
  }
  return { start, len, offset, weights };
}

/**
 * Samples `src` bilinearly into a (w, h) map: output pixel (x, y) comes from
 * source point (ax*x + bx*y + cx, ay*x + by*y + cy). Points outside read `outside`.
 */
export function warp(
  src: Gray,
  w: number,
  h: number,
  m: { ax: number; bx: number; cx: number; ay: number; by: number; cy: number },
  outside: number,
): Gray {
  const out = new Float32Array(w * h);
  const { width: sw, height: sh, data } = src;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = m.ax * x + m.bx * y + m.cx;
      const sy = m.ay * x + m.by * y + m.cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const tx = sx - x0;
      const ty = sy - y0;
      let v00 = outside, v10 = outside, v01 = outside, v11 = outside;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < sw && y0 + 1 < sh) {
        const i = y0 * sw + x0;
        v00 = data[i];
        v10 = data[i + 1];
        v01 = data[i + sw];
        v11 = data[i + sw + 1];
      } else {
        const inside = (xx: number, yy: number) => xx >= 0 && yy >= 0 && xx < sw && yy < sh;
        if (inside(x0, y0)) v00 = data[y0 * sw + x0];
        if (inside(x0 + 1, y0)) v10 = data[y0 * sw + x0 + 1];
        if (inside(x0, y0 + 1)) v01 = data[(y0 + 1) * sw + x0];
        if (inside(x0 + 1, y0 + 1)) v11 = data[(y0 + 1) * sw + x0 + 1];
      }
      out[y * w + x] = (v00 * (1 - tx) + v10 * tx) * (1 - ty) + (v01 * (1 - tx) + v11 * tx) * ty;
    }
  }
  return { width: w, height: h, data: out };
}

/** Copies the region [x0, x0+w) x [y0, y0+h) of `g`, repeating the border pixels outside it. */
export function crop(g: Gray, x0: number, y0: number, w: number, h: number): Gray {
  const out = new Float32Array(w * h);
  const { width: gw, height: gh, data } = g;
  // Columns [a, b) of the output come straight from the source row; the rest repeat its ends.
  const a = Math.min(w, Math.max(0, -x0));
  const b = Math.max(a, Math.min(w, gw - x0));
  for (let y = 0; y < h; y++) {
    const row = Math.min(gh - 1, Math.max(0, y + y0)) * gw;
    const o = y * w;
    if (b > a) out.set(data.subarray(row + x0 + a, row + x0 + b), o + a);
    if (a > 0) out.fill(data[row], o, o + a);
    if (b < w) out.fill(data[row + gw - 1], o + b, o + w);
  }
  return { width: w, height: h, data: out };
}
