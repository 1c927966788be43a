import { correlation, energyTable, orientationField, orientationHistogram, windowEnergy, type Field } from './features';
import { crop, resize, warp, type Gray } from './image';
import { cachedTemplate, sizeForArea, type Reference, type Template } from './reference';
import { MIN_VISIBLE, type Candidate } from './search';

/**
 * Step 2 of the matcher: around a candidate, at FINE_AREA pixels, scale (a pyramid step either
 * way, then ±8%), angle (±10°) and position are refined by normalised correlation with every
 * template point. Then an independent structural check: the correlation of per-cell orientation
 * histograms (each cell normalised alone). Both must clear their floors (FINE_MIN, SHAPE_MIN) and
 * their sum RELATIVE_MIN of what the reference scores against a copy of itself (`ceiling`).
 */

export interface Confirmed {
  profile: string;
  /** Confidence 0..1: the mean of the two confirmation scores. */
  score: number;
  /** Name of the reference that matched. */
  reference: string;
  /** Where the logo is, in the image's pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** Turn of the logo in degrees. */
  angle: number;
  fine: number;
  shape: number;
}

const FINE_AREA = 2400;
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
export const RELATIVE_MIN = 0.82;
/** A candidate scoring below this unturned, at its first scale, is not refined further. */
const QUICK_REJECT = 0.4;
const ANGLES = [-10, -5, 0, 5, 10];
/** Scales tried first (unturned), then around the best one. */
const FIRST_SCALES = [0.84, 1, 1.19];
const SCALES = [0.92, 0.96, 1, 1.04, 1.08];

/** Whether a confirmation is a match. */
export function accepts(m: Confirmed, ref: Reference): boolean {
  return m.fine >= FINE_MIN && m.shape >= SHAPE_MIN && m.fine + m.shape >= RELATIVE_MIN * ceiling(ref);
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

/** `confirm` on the smallest halved copy that still has the pixels the fine template needs. */
export function confirmAtBestLevel(halves: Gray[][], c: Candidate) {
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
export function confirm(planes: Gray[], c: Candidate): Confirmed | null {
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
