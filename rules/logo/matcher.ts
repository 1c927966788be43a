import { correlation, energyTable, orientationField, orientationHistogram, padField, windowEnergy, type Field } from './features';
import { crop, resize, toPlanes, warp, type Gray, type RgbaImage } from './image';
import { makeTemplate, referenceFromRgba, sizeForArea, type Reference, type Template } from './reference';

/**
 * Finds a reference logo anywhere in an image, at any size from about 7% of the image's longer
 * side up to the whole image (and a little beyond, for cropped logos), recoloured, inverted,
 * JPEG-compressed or turned up to about 10°.
 *
 * 1. Search: the image, reduced to DETAIL_SIDE then to COARSE_SIDE, is built into a pyramid
 *    (4 levels an octave). At every level and position (step 2) each small template of
 *    COARSE_AREA pixels is scored by normalised correlation of edge-orientation fields, using
 *    its strongest points only. The best few places per reference go on.
 * 2. Confirm: around each place, at FINE_AREA pixels, angle (±10°), scale (±12%) and position
 *    are refined by the same correlation with every template point; the best pose must score
 *    FINE_MIN. Then an independent structural check, the correlation of per-cell orientation
 *    histograms (each cell normalised alone), must reach SHAPE_MIN.
 */

export interface LogoMatch {
  profile: string;
  /** Confidence 0..1: the mean of the two confirmation scores. */
  score: number;
  /** Name of the reference that matched. */
  reference: string;
  /** Where the logo is, in the input image's pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** Turn of the logo in degrees. */
  angle: number;
  fine: number;
  shape: number;
}

export interface FindOptions {
  /** Look for these profiles' logos only (default: every reference). */
  profiles?: readonly string[];
  /** Receives every confirmed or rejected candidate (tests and tuning). */
  onCandidate?: (c: Omit<LogoMatch, 'score'> & { coarse: number; accepted: boolean }) => void;
}

const DETAIL_SIDE = 1024;
const COARSE_SIDE = 512;
const COARSE_AREA = 440;
const FINE_AREA = 2400;
/** Levels per octave in the search pyramid. */
const LEVELS_PER_OCTAVE = 3;
/** How far (fraction of the logo) a template may hang over the image edge: cropped logos. */
const OVERHANG = 0.2;
const COARSE_POINTS = 120;
const CANDIDATES_PER_REFERENCE = 10;
const COARSE_FLOOR = 0.2;
/** Blur of the fine fields: forgiving enough for resampled detail, still sharp enough to tell text apart. */
const FINE_BLUR = 2;
/** Floors for the two confirmation scores, whatever the reference. */
export const FINE_MIN = 0.7;
export const SHAPE_MIN = 0.65;
/**
 * Share of the reference's own ceiling (see `ceiling`) that fine + shape must reach. Detailed
 * logos (a coat of arms) never score as high as bold ones, so a fixed threshold would be too strict
 * for one and too loose for the other.
 */
export const RELATIVE_MIN = Number((globalThis as any).process?.env?.RELMIN ?? 0.82);
/** Share of a template's area that must fall inside the image (cropped logos lose the rest). */
const MIN_VISIBLE = 0.75;
/** A candidate scoring below this unturned, at its first scale, is not refined further. */
const QUICK_REJECT = 0.4;
/** A confirmed match this good ends the search early. */
const CLEAR_MATCH = 0.85;
const ANGLES = [-10, -5, 0, 5, 10];
/** Scales tried first (unturned), then around the best one. */
const FIRST_SCALES = [0.84, 1, 1.19];
const SCALES = [0.92, 0.96, 1, 1.04, 1.08];

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

interface Candidate {
  ref: Reference;
  coarse: number;
  /** Logo box in detail-image pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export class LogoMatcher {
  private readonly refs: Reference[] = [];

  constructor(refs: Reference[] = []) {
    this.refs.push(...refs);
  }

  /** Adds a reference logo (e.g. one an administrator uploaded in settings). */
  addReference(profile: string, img: RgbaImage, name = `${profile} logo (custom)`): void {
    this.refs.push(referenceFromRgba(profile, name, img));
  }

  add(ref: Reference): void {
    this.refs.push(ref);
  }

  references(): readonly Reference[] {
    return this.refs;
  }

  /** The best confirmed logo in `img`, or null. */
  find(img: RgbaImage | Gray, options: FindOptions = {}): LogoMatch | null {
    const refs = this.refs.filter((r) => !options.profiles || options.profiles.includes(r.profile));
    if (!refs.length) return null;
    const source = img.data instanceof Float32Array ? [img as Gray] : toPlanes(img as RgbaImage, DETAIL_SIDE);
    const detail = source.map((p) => shrink(p, DETAIL_SIDE));
    const { width: dw, height: dh } = detail[0];
    if (Math.min(dw, dh) < 8) return null;
    const toInput = img.width / dw;

    let best: LogoMatch | null = null;
    // Halved copies, so a candidate covering much of the image is confirmed from few pixels.
    const halves = [detail];
    while (halves.length < 4 && Math.min(halves[halves.length - 1][0].width, halves[halves.length - 1][0].height) >= 64) {
      halves.push(halves[halves.length - 1].map((p) => resize(p, Math.round(p.width / 2), Math.round(p.height / 2))));
    }
    for (const c of this.search(halves, refs).sort((a, b) => b.coarse - a.coarse)) {
      const m = confirmAtBestLevel(halves, c);
      if (!m) continue;
      const accepted = m.fine >= FINE_MIN && m.shape >= SHAPE_MIN && m.fine + m.shape >= RELATIVE_MIN * ceiling(c.ref);
      const box = { x: m.box.x * toInput, y: m.box.y * toInput, width: m.box.width * toInput, height: m.box.height * toInput };
      options.onCandidate?.({ ...m, box, coarse: c.coarse, accepted });
      if (accepted && (!best || m.score > best.score)) best = { ...m, box };
      // A clear match ends the search, unless every candidate is wanted (tests, tuning).
      if (best && best.score >= CLEAR_MATCH && !options.onCandidate) break;
    }
    return best;
  }

  /** Step 1: the most promising places for each reference, across the pyramid. */
  private search(halves: Gray[][], refs: Reference[]): Candidate[] {
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
function shrink(g: Gray, side: number): Gray {
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
  // The image proper inside the padded field, less its cleared outermost pixels.
  const inX0 = pad + 1;
  const inY0 = pad + 1;
  const inX1 = pad + lw - 1;
  const inY1 = pad + lh - 1;
  for (let j = 0; j < ny; j++) {
    const y = y0 + 2 * j;
    for (let i = 0; i < nx; i++) {
      const x = x0 + 2 * i;
      const base = y * field.width + x;
      let acc = 0;
      for (let k = 0; k < n; k++) {
        const p = base + points[k];
        acc += fre[p] * re[k] + fim[p] * im[k];
      }
      // Where the window hangs over the image's edge, only the template points inside count.
      let et = c.energy;
      if (x < inX0 || y < inY0 || x + tw > inX1 || y + th > inY1) {
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

const ceilings = new WeakMap<Reference, number>();

/**
 * What fine + shape come to when the reference is found in a clean, slightly soft copy of itself:
 * the best this reference can be expected to score. Computed once per reference.
 */
export function ceiling(ref: Reference): number {
  let v = ceilings.get(ref);
  if (v === undefined) {
    const { w, h } = sizeForArea(ref, FINE_AREA);
    // Copies at sizes that share no pixel grid with the template, each shifted by part of a pixel.
    const scores = [1.13, 1.57, 2.31].map((k, i) => {
      const lw = Math.round(w * k);
      const lh = Math.round(h * k);
      const m = Math.round(0.15 * lw);
      const W = lw + 2 * m;
      const H = lh + 2 * m;
      const t = 0.3 + 0.2 * i;
      const sx = ref.lum.width / lw;
      const sy = ref.lum.height / lh;
      const img = warp(ref.lum, W, H, { ax: sx, bx: 0, cx: (t - m) * sx, ay: 0, by: sy, cy: (t - m) * sy }, ref.background);
      const r = confirm([img], { ref, coarse: 0, x: m, y: m, w: lw, h: lh });
      return r ? r.fine + r.shape : 0;
    });
    v = scores.reduce((a, b) => a + b, 0) / scores.length;
    ceilings.set(ref, v);
  }
  return v;
}

const templates = new WeakMap<Reference, Map<string, Template>>();

/** Templates are pure functions of (reference, size, angle): built once, kept for later images. */
function cachedTemplate(ref: Reference, w: number, h: number, angle: number, blur: number): Template {
  let cache = templates.get(ref);
  if (!cache) templates.set(ref, (cache = new Map()));
  const key = `${w}x${h}/${angle}/${blur}`;
  let tpl = cache.get(key);
  if (!tpl) {
    if (cache.size > 400) cache.clear();
    tpl = makeTemplate(ref, w, h, angle, blur);
    cache.set(key, tpl);
  }
  return tpl;
}

/** `confirm` on the smallest halved copy that still has the pixels the fine template needs. */
function confirmAtBestLevel(halves: Gray[][], c: Candidate) {
  const { w } = sizeForArea(c.ref, FINE_AREA);
  let level = 0;
  while (level + 1 < halves.length && (c.w / 2 ** (level + 1)) >= w * 1.2) level++;
  const planes = halves[level];
  const k = halves[0][0].width / planes[0].width;
  const m = confirm(planes, { ...c, x: c.x / k, y: c.y / k, w: c.w / k, h: c.h / k });
  if (m) m.box = { x: m.box.x * k, y: m.box.y * k, width: m.box.width * k, height: m.box.height * k };
  return m;
}

/** Step 2: refine pose around a candidate at FINE_AREA and score it twice. */
export function confirm(planes: Gray[], c: Candidate): Omit<LogoMatch, 'score'> & { score: number } | null {
  let { w: fw, h: fh } = sizeForArea(c.ref, FINE_AREA);
  let s = fw / c.w;
  if (s > 1.5) {
    // The image has fewer pixels than the fine template: don't invent detail.
    s = 1.5;
    fw = Math.max(8, Math.round(c.w * s));
    fh = Math.max(8, Math.round((fw * c.ref.lum.height) / c.ref.lum.width));
  }
  const maxScale = FIRST_SCALES[FIRST_SCALES.length - 1] * SCALES[SCALES.length - 1] * 1.03;
  const t = (Math.max(...ANGLES) * Math.PI) / 180;
  const range = Math.round(0.1 * Math.max(fw, fh)) + 2;
  const halfW = Math.ceil((maxScale * (fw * Math.cos(t) + fh * Math.sin(t))) / 2) + range + 4;
  const halfH = Math.ceil((maxScale * (fw * Math.sin(t) + fh * Math.cos(t))) / 2) + range + 4;
  // Crop the detail image around the candidate and bring it to fine scale.
  const cx = c.x + c.w / 2;
  const cy = c.y + c.h / 2;
  const x0 = Math.floor(cx - halfW / s);
  const y0 = Math.floor(cy - halfH / s);
  const cwD = Math.ceil((2 * halfW) / s) + 1;
  const chD = Math.ceil((2 * halfH) / s) + 1;
  const pw = Math.max(4, Math.round(cwD * s));
  const ph = Math.max(4, Math.round(chD * s));
  const detail = planes[0];
  const patch = planes.map((p) => resize(crop(p, x0, y0, cwD, chD), pw, ph));
  const sx = pw / cwD;
  const sy = ph / chD;
  const field = orientationField(patch, FINE_BLUR);
  // Pixels near or beyond the image's edge say nothing (a logo cut by the edge has no outline
  // there): they are left out of both sides of every comparison.
  const valid = new Uint8Array(pw * ph);
  const band = Math.max(1, 2 / s);
  for (let y = 0; y < ph; y++) {
    const dy = y0 + (y + 0.5) / sy;
    const rowOk = dy >= band && dy <= detail.height - band;
    for (let x = 0; x < pw; x++) {
      const dx = x0 + (x + 0.5) / sx;
      const ok = rowOk && dx >= band && dx <= detail.width - band;
      valid[y * pw + x] = ok ? 1 : 0;
      if (!ok) field.re[y * pw + x] = field.im[y * pw + x] = 0;
    }
  }
  const table = energyTable(field);
  const pcx = (cx - x0) * sx;
  const pcy = (cy - y0) * sy;

  const template = (angle: number, scale: number) =>
    cachedTemplate(c.ref, Math.max(6, Math.round(fw * scale)), Math.max(4, Math.round(fh * scale)), angle, FINE_BLUR);
  // The image's own extent in patch pixels: how much of a posed logo it shows.
  const ix0 = -x0 * sx;
  const iy0 = -y0 * sy;
  const ix1 = (detail.width - x0) * sx;
  const iy1 = (detail.height - y0) * sy;
  const at = (tpl: Template, dx: number, dy: number) => {
    const x = Math.round(pcx + dx - tpl.field.width / 2);
    const y = Math.round(pcy + dy - tpl.field.height / 2);
    const lx = pcx + dx - tpl.w / 2;
    const ly = pcy + dy - tpl.h / 2;
    const shown =
      (Math.max(0, Math.min(lx + tpl.w, ix1) - Math.max(lx, ix0)) * Math.max(0, Math.min(ly + tpl.h, iy1) - Math.max(ly, iy0))) /
      (tpl.w * tpl.h);
    return { x, y, score: shown < MIN_VISIBLE ? 0 : dense(field, valid, table, tpl, x, y) };
  };

  let pose = { angle: 0, scale: 1, dx: 0, dy: 0, score: -1 };
  // The search pyramid's steps are coarse, and a plain plate around a logo can pass for its
  // outline one step up: try the neighbouring steps too before anything else.
  for (const scale of FIRST_SCALES) {
    const tpl = template(0, scale);
    for (let dy = -range; dy <= range; dy += 3) {
      for (let dx = -range; dx <= range; dx += 3) {
        const r = at(tpl, dx, dy);
        if (r.score > pose.score) pose = { angle: 0, scale, dx, dy, score: r.score };
      }
    }
  }
  // Most candidates are nothing like the logo: drop them before the costly angle and scale search.
  if (pose.score < QUICK_REJECT) {
    return { profile: c.ref.profile, reference: c.ref.name, score: pose.score / 2, fine: pose.score, shape: 0, angle: 0, box: { x: c.x, y: c.y, width: c.w, height: c.h } };
  }
  // Angle first, then scale, each around the best so far (a full grid costs 5x more for little).
  for (const pass of ['angle', 'scale'] as const) {
    const start = { ...pose };
    for (const v of pass === 'angle' ? ANGLES : SCALES) {
      const angle = pass === 'angle' ? v : start.angle;
      const scale = pass === 'scale' ? v * start.scale : start.scale;
      const tpl = template(angle, scale);
      for (let ddy = -2; ddy <= 2; ddy += 2) {
        for (let ddx = -2; ddx <= 2; ddx += 2) {
          const r = at(tpl, start.dx + ddx, start.dy + ddy);
          if (r.score > pose.score) pose = { angle, scale, dx: start.dx + ddx, dy: start.dy + ddy, score: r.score };
        }
      }
    }
  }
  const mid = { ...pose };
  for (const angle of [mid.angle - 2.5, mid.angle, mid.angle + 2.5]) {
    for (const scale of [mid.scale / 1.03, mid.scale, mid.scale * 1.03]) {
      const tpl = template(angle, scale);
      for (let ddy = -1; ddy <= 1; ddy++) {
        for (let ddx = -1; ddx <= 1; ddx++) {
          const r = at(tpl, mid.dx + ddx, mid.dy + ddy);
          if (r.score > pose.score) pose = { angle, scale, dx: mid.dx + ddx, dy: mid.dy + ddy, score: r.score };
        }
      }
    }
  }
  if (pose.score <= 0) return null;
  const tpl = template(pose.angle, pose.scale);
  const { x, y } = at(tpl, pose.dx, pose.dy);
  const shape = shapeScore(field, valid, tpl, x, y);
  const bw = (tpl.w / sx) ;
  const bh = (tpl.h / sy);
  const bx = x0 + (pcx + pose.dx) / sx - bw / 2;
  const by = y0 + (pcy + pose.dy) / sy - bh / 2;
  return {
    profile: c.ref.profile,
    reference: c.ref.name,
    score: (pose.score + shape) / 2,
    fine: pose.score,
    shape,
    angle: pose.angle,
    box: { x: bx, y: by, width: bw, height: bh },
  };
}

/**
 * Normalised correlation of the template with the window at (x, y), over valid pixels only;
 * 0 when the window leaves the patch or too little of the template falls on valid pixels.
 */
function dense(field: Field, valid: Uint8Array, table: Float64Array, tpl: Template, x: number, y: number): number {
  const tf = tpl.field;
  if (x < 0 || y < 0 || x + tf.width > field.width || y + tf.height > field.height) return 0;
  let acc = 0;
  let et = 0;
  const te = tpl.pointEnergy;
  for (let j = 0; j < tf.height; j++) {
    let p = (y + j) * field.width + x;
    let q = j * tf.width;
    for (let i = 0; i < tf.width; i++, p++, q++) {
      if (!valid[p]) continue;
      acc += field.re[p] * tf.re[q] + field.im[p] * tf.im[q];
      et += te[q];
    }
  }
  if (et <= 0) return 0;
  const e = windowEnergy(table, field.width, x, y, tf.width, tf.height);
  return acc > 0 ? acc / Math.sqrt(et * (e + 0.05 * et)) : 0;
}

/** Independent check: per-cell orientation histograms of template and window must agree. */
function shapeScore(field: Field, valid: Uint8Array, tpl: Template, x: number, y: number): number {
  const tf = tpl.field;
  if (x < 0 || y < 0 || x + tf.width > field.width || y + tf.height > field.height) return 0;
  const cell = Math.max(4, Math.round(Math.sqrt((tf.width * tf.height) / 48)));
  const include = (i: number, j: number) => valid[(y + j) * field.width + x + i] === 1;
  const a = orientationHistogram(tf, 0, 0, tf.width, tf.height, cell, include);
  const b = orientationHistogram(field, x, y, tf.width, tf.height, cell, include);
  return correlation(a, b);
}
