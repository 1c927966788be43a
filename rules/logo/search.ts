import { energyTable, orientationField, padField, windowEnergy, type Field } from './features';
import { resize, type Gray } from './image';
import { cachedTemplate, sizeForArea, type Reference, type Template } from './reference';

/**
 * Step 1 of the matcher: the image, reduced to COARSE_SIDE, is built into a pyramid
 * (LEVELS_PER_OCTAVE levels an octave). At every level and position (step 2) each small
 * template of COARSE_AREA pixels is scored by normalised correlation of edge-orientation fields,
 * using its COARSE_POINTS strongest points. The best places per reference go on to `confirm`.
 */

export const COARSE_SIDE = 512;
const COARSE_AREA = 440;
/** Levels per octave in the search pyramid. */
const LEVELS_PER_OCTAVE = 3;
/** How far (fraction of the logo) a template may hang over the image edge: cropped logos. */
const OVERHANG = 0.2;
const COARSE_POINTS = 120;
const CANDIDATES_PER_REFERENCE = 10;
const COARSE_FLOOR = 0.2;
/** A place whose QUICK_POINTS strongest template points score below QUICK_COARSE is skipped. */
const QUICK_POINTS = 30;
const QUICK_COARSE = 0.25;
/** Share of a template's area that must fall inside the image (cropped logos lose the rest). */
export const MIN_VISIBLE = 0.75;

interface Coarse {
  template: Template;
  /** Column and row of each point in the template. */
  px: Int32Array;
  py: Int32Array;
  pe: Float32Array;
  /** Offsets of the strongest template points in a padded level field of width `stride`. */
  points: Int32Array;
  re: Float32Array;
  im: Float32Array;
  energy: number;
  stride: number;
}

export interface Candidate {
  ref: Reference;
  coarse: number;
  /** Logo box in detail-image pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}
/** The most promising places for each reference, across the pyramid built from `halves` (the image and its halved copies). */
export function search(halves: Gray[][], refs: Reference[]): Candidate[] {
  const detail = halves[0];
  // The largest halved copy within COARSE_SIDE is the pyramid's top when it is big enough.
  const half = halves.find((h) => Math.max(h[0].width, h[0].height) <= COARSE_SIDE);
  const top = half && Math.max(half[0].width, half[0].height) >= 0.8 * COARSE_SIDE ? half : detail.map((p) => shrink(p, COARSE_SIDE));
  const { width: tw, height: th } = top[0];
  const coarse = refs.map((ref) => {
    const { w, h } = sizeForArea(ref, COARSE_AREA);
    return cachedTemplate(ref, w, h, 0, 1);
  });
  const pad = Math.ceil(Math.max(...coarse.map((t) => Math.max(t.field.width, t.field.height))) * OVERHANG) + 1;
  const found: Candidate[][] = refs.map(() => []);
  const side = Math.max(tw, th);
  let prev = top;
  for (let l = 0; ; l++) {
    const k = 2 ** (-l / LEVELS_PER_OCTAVE);
    const lw = Math.round(tw * k);
    const lh = Math.round(th * k);
    const fits = coarse.map((t) => t.field.width <= lw * (1 + 2 * OVERHANG) && t.field.height <= lh * (1 + 2 * OVERHANG));
    if (!fits.some(Boolean) || Math.round(side * k) < 8) break;
    // Each level from the one before: the same average, from fewer pixels.
    prev = l === 0 ? top : prev.map((p) => resize(p, lw, lh));
    const level = prev;
    const field = padField(clearBorder(orientationField(level, 1)), pad, pad);
    const table = energyTable(field);
    const perDetail = lw / detail[0].width;
    coarse.forEach((t, i) => {
      if (!fits[i]) return;
      const c = sparse(t, field.width);
      for (const hit of scan(field, table, c, pad, lw, lh)) {
        found[i].push({
          ref: refs[i],
          coarse: hit.score,
          x: (hit.x - pad + 2) / perDetail,
          y: (hit.y - pad + 2) / perDetail,
          w: t.w / perDetail,
          h: t.h / perDetail,
        });
      }
    });
  }
  // The logo may be the whole picture (an attached logo file, maybe cropped): always try that too.
  return found.flatMap((list, i) => [...suppress(list), ...wholeImage(refs[i], detail[0])]);
}

/** Candidates for a logo filling the image: the box of the logo's shape that covers it, and one inside its margins. */
function wholeImage(ref: Reference, detail: Gray): Candidate[] {
  const a = ref.lum.width / ref.lum.height;
  const { width: W, height: H } = detail;
  const cover = { w: Math.max(W, H * a), h: Math.max(W, H * a) / a };
  const inside = { w: 0.85 * Math.min(W, H * a), h: (0.85 * Math.min(W, H * a)) / a };
  return [cover, inside].map(({ w, h }) => ({ ref, coarse: 0, x: (W - w) / 2, y: (H - h) / 2, w, h }));
}

/** Zeroes the outermost pixels, whose gradients only say where the image stops. */
function clearBorder(f: Field): Field {
  const { width: w, height: h } = f;
  for (let x = 0; x < w; x++) {
    f.re[x] = f.im[x] = f.re[(h - 1) * w + x] = f.im[(h - 1) * w + x] = 0;
  }
  for (let y = 0; y < h; y++) {
    f.re[y * w] = f.im[y * w] = f.re[y * w + w - 1] = f.im[y * w + w - 1] = 0;
  }
  return f;
}

/** Area-averaged reduction so the longer side is `side` (no enlargement). */
export function shrink(g: Gray, side: number): Gray {
  const k = Math.min(1, side / Math.max(g.width, g.height));
  return k === 1 ? g : resize(g, Math.max(1, Math.round(g.width * k)), Math.max(1, Math.round(g.height * k)));
}

/** The template's strongest points as offsets into a field `stride` pixels wide. */
function sparse(t: Template, stride: number): Coarse {
  const f = t.field;
  const idx = Array.from({ length: f.re.length }, (_, i) => i)
    .filter((i) => f.re[i] !== 0 || f.im[i] !== 0)
    .sort((a, b) => f.re[b] ** 2 + f.im[b] ** 2 - (f.re[a] ** 2 + f.im[a] ** 2))
    .slice(0, COARSE_POINTS);
  const points = new Int32Array(idx.length);
  const px = new Int32Array(idx.length);
  const py = new Int32Array(idx.length);
  const pe = new Float32Array(idx.length);
  const re = new Float32Array(idx.length);
  const im = new Float32Array(idx.length);
  let energy = 0;
  idx.forEach((i, k) => {
    px[k] = i % f.width;
    py[k] = Math.floor(i / f.width);
    points[k] = py[k] * stride + px[k];
    re[k] = f.re[i];
    im[k] = f.im[i];
    pe[k] = re[k] ** 2 + im[k] ** 2;
    energy += pe[k];
  });
  return { template: t, px, py, pe, points, re, im, energy, stride };
}

let quickAcc = new Float64Array(0);

/** Local maxima of the coarse score at one level (positions on a step-2 grid). */
function scan(field: Field, table: Float64Array, c: Coarse, pad: number, lw: number, lh: number) {
  const tw = c.template.field.width;
  const th = c.template.field.height;
  const ox = Math.round(OVERHANG * tw);
  const oy = Math.round(OVERHANG * th);
  const x0 = Math.max(0, pad - ox);
  const y0 = Math.max(0, pad - oy);
  const x1 = Math.min(field.width - tw, pad + lw - tw + ox);
  const y1 = Math.min(field.height - th, pad + lh - th + oy);
  const hits: { x: number; y: number; score: number }[] = [];
  if (x1 < x0 || y1 < y0) return hits;
  const nx = Math.floor((x1 - x0) / 2) + 1;
  const ny = Math.floor((y1 - y0) / 2) + 1;
  const scores = new Float32Array(nx * ny);
  const { points, re, im } = c;
  const n = points.length;
  const fre = field.re;
  const fim = field.im;
  const floor = 0.05 * c.template.energy;
  const quick = Math.min(n, QUICK_POINTS);
  let quickEnergy = 0;
  for (let k = 0; k < quick; k++) quickEnergy += c.pe[k];
  // The image proper inside the padded field, less its cleared outermost pixels.
  const inX0 = pad + 1;
  const inY0 = pad + 1;
  const inX1 = pad + lw - 1;
  const inY1 = pad + lh - 1;
  const fw = field.width;
  if (quickAcc.length < nx) quickAcc = new Float64Array(nx);
  const accs = quickAcc;
  for (let j = 0; j < ny; j++) {
    const y = y0 + 2 * j;
    const rowBase = y * fw + x0;
    // The strongest points' sums for the whole row, a point at a time (memory in order); each
    // place's sum still adds the points in the same order.
    accs.fill(0, 0, nx);
    for (let k = 0; k < quick; k++) {
      const rk = re[k];
      const ik = im[k];
      let p = rowBase + points[k];
      for (let i = 0; i < nx; i++, p += 2) accs[i] += fre[p] * rk + fim[p] * ik;
    }
    for (let i = 0; i < nx; i++) {
      const x = x0 + 2 * i;
      const base = y * fw + x;
      const inside = x >= inX0 && y >= inY0 && x + tw <= inX1 && y + th <= inY1;
      let acc = accs[i];
      // Most places are plainly not the logo: its strongest points already say so.
      if (inside && (acc <= 0 || acc * acc < QUICK_COARSE * QUICK_COARSE * quickEnergy * (windowEnergy(table, field.width, x, y, tw, th) + floor))) continue;
      for (let k = quick; k < n; k++) {
        const p = base + points[k];
        acc += fre[p] * re[k] + fim[p] * im[k];
      }
      // Where the window hangs over the image's edge, only the template points inside count.
      let et = c.energy;
      if (!inside) {
        const lx0 = x + 2;
        const ly0 = y + 2;
        const shown =
          (Math.max(0, Math.min(lx0 + c.template.w, pad + lw) - Math.max(lx0, pad)) *
            Math.max(0, Math.min(ly0 + c.template.h, pad + lh) - Math.max(ly0, pad))) /
          (c.template.w * c.template.h);
        if (shown < MIN_VISIBLE) continue;
        et = 0;
        for (let k = 0; k < n; k++) {
          const xx = x + c.px[k];
          const yy = y + c.py[k];
          if (xx >= inX0 && xx < inX1 && yy >= inY0 && yy < inY1) et += c.pe[k];
        }
        if (et <= 0) continue;
      }
      const e = windowEnergy(table, field.width, x, y, tw, th);
      scores[j * nx + i] = acc > 0 ? acc / Math.sqrt(et * (e + floor * (et / c.energy))) : 0;
    }
  }
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const s = scores[j * nx + i];
      if (s < COARSE_FLOOR) continue;
      let peak = true;
      for (let dj = -1; dj <= 1 && peak; dj++) {
        for (let di = -1; di <= 1; di++) {
          const jj = j + dj;
          const ii = i + di;
          if ((di || dj) && jj >= 0 && jj < ny && ii >= 0 && ii < nx && scores[jj * nx + ii] > s) {
            peak = false;
            break;
          }
        }
      }
      if (peak) hits.push({ x: x0 + 2 * i, y: y0 + 2 * j, score: s });
    }
  }
  return hits;
}

/** Best candidates first, dropping any that overlap a better one by more than 30%. */
function suppress(list: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of list.sort((a, b) => b.coarse - a.coarse)) {
    if (kept.some((k) => overlap(k, c) > 0.3)) continue;
    kept.push(c);
    if (kept.length >= CANDIDATES_PER_REFERENCE) break;
  }
  return kept;
}

function overlap(a: Candidate, b: Candidate): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const inter = ix * iy;
  return inter / (a.w * a.h + b.w * b.h - inter);
}
