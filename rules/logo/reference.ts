import { orientationField, type Field } from './features';
import { LIGHT_LOGO, resize, warp, type Gray, type RgbaImage } from './image';

/** A reference logo as stored in templates.ts: luminance and alpha, a byte each (0..255), base64. */
export interface PackedReference {
  profile: string;
  name: string;
  file?: string;
  width: number;
  height: number;
  data: string;
}

/** A reference logo ready for matching: luminance laid on a contrasting plain background, and alpha. */
export interface Reference {
  profile: string;
  name: string;
  lum: Gray;
  alpha: Gray;
  /** Luminance of the plain background the logo is laid on. */
  background: number;
}

/** Longer side of stored references; templates are never larger than this. */
export const REFERENCE_SIZE = 192;

function decodeBase64(s: string): Uint8Array {
  if (typeof atob === 'function') return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  return new Uint8Array(Buffer.from(s, 'base64'));
}

/** Unpacks a stored reference. */
export function unpackReference(p: PackedReference): Reference {
  const bytes = decodeBase64(p.data);
  const lum = new Float32Array(p.width * p.height);
  const alpha = new Float32Array(p.width * p.height);
  for (let i = 0; i < lum.length; i++) {
    lum[i] = bytes[2 * i] / 255;
    alpha[i] = bytes[2 * i + 1] / 255;
  }
  return layOnBackground(p.profile, p.name, { width: p.width, height: p.height, data: lum }, { width: p.width, height: p.height, data: alpha });
}

/**
 * Builds a reference from decoded pixels (an administrator's own logo, a shipped asset):
 * trims transparent or plain margins, reduces to REFERENCE_SIZE. Throws when nothing is visible.
 */
export function referenceFromRgba(profile: string, name: string, img: RgbaImage): Reference {
  const { width, height, data } = img;
  const corner = cornerColour(img);
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const visible = corner
        ? Math.abs(data[i] - corner[0]) + Math.abs(data[i + 1] - corner[1]) + Math.abs(data[i + 2] - corner[2]) > 40
        : data[i + 3] > 8;
      if (!visible) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (x1 < 0) throw new Error(`reference "${name}" has no visible pixels`);
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  const k = Math.min(1, REFERENCE_SIZE / Math.max(bw, bh));
  const w = Math.max(1, Math.round(bw * k));
  const h = Math.max(1, Math.round(bh * k));
  const lum = new Float32Array(bw * bh);
  const alpha = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const i = ((y + y0) * width + x + x0) * 4;
      const a = corner ? 1 : data[i + 3] / 255;
      lum[y * bw + x] = ((0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255) * a;
      alpha[y * bw + x] = a;
    }
  }
  const a = resize({ width: bw, height: bh, data: alpha }, w, h);
  const premul = resize({ width: bw, height: bh, data: lum }, w, h);
  for (let i = 0; i < w * h; i++) premul.data[i] = a.data[i] > 0 ? premul.data[i] / a.data[i] : 0;
  // An opaque image trimmed of its plain margin sits on that margin's colour.
  const plain = corner ? (0.2126 * corner[0] + 0.7152 * corner[1] + 0.0722 * corner[2]) / 255 : undefined;
  return layOnBackground(profile, name, premul, a, plain);
}

/** The corners' colour when an opaque image has a plain margin to trim, else null (use alpha). */
function cornerColour({ width, height, data }: RgbaImage): number[] | null {
  const corners = [0, width - 1, (height - 1) * width, height * width - 1].map((p) => p * 4);
  if (corners.some((i) => data[i + 3] < 250)) return null;
  const c = [data[0], data[1], data[2]];
  const same = corners.every((i) => Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]) < 30);
  return same ? c : null;
}

/** Lays the logo on white, or black for a light logo (see LIGHT_LOGO), so its outline is an edge like any other. */
function layOnBackground(profile: string, name: string, lum: Gray, alpha: Gray, plain?: number): Reference {
  let s = 0;
  let n = 0;
  for (let i = 0; i < lum.data.length; i++) {
    s += lum.data[i] * alpha.data[i];
    n += alpha.data[i];
  }
  const background = plain ?? (n > 0 && s / n > LIGHT_LOGO ? 0 : 1);
  const out = new Float32Array(lum.data.length);
  for (let i = 0; i < out.length; i++) out[i] = lum.data[i] * alpha.data[i] + background * (1 - alpha.data[i]);
  return { profile, name, lum: { ...lum, data: out }, alpha, background };
}

/** Width / height of the reference. */
export function aspect(ref: Reference): number {
  return ref.lum.width / ref.lum.height;
}

/** Size (w, h) of the reference scaled to cover about `area` pixels. */
export function sizeForArea(ref: Reference, area: number): { w: number; h: number } {
  const a = aspect(ref);
  return { w: Math.max(4, Math.round(Math.sqrt(area * a))), h: Math.max(4, Math.round(Math.sqrt(area / a))) };
}

/** A template: the reference at one size and angle, as an orientation field on a canvas holding the turned logo. */
export interface Template {
  field: Field;
  /** Size of the unturned logo. */
  w: number;
  h: number;
  energy: number;
  /** |z|² at each template point. */
  pointEnergy: Float32Array;
  /** The field less its mean (for zero-mean correlation), and that field's |z|² per point and sum. */
  centred: { re: Float32Array; im: Float32Array; pointEnergy: Float32Array; energy: number };
}

/** The reference reduced to (w, h), turned by `degrees` (canvas grows to hold it), as an orientation field. */
export function makeTemplate(ref: Reference, w: number, h: number, degrees = 0, blur = 1): Template {
  const small = resize(ref.lum, w, h);
  // A margin of plain background, so the logo's outline is a whole edge, not half of one.
  const pad = 2;
  const t = (degrees * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const cw = Math.ceil(Math.abs(w * c) + Math.abs(h * s) - 1e-6) + 2 * pad;
  const ch = Math.ceil(Math.abs(w * s) + Math.abs(h * c) - 1e-6) + 2 * pad;
  // Inverse map: canvas point relative to its centre, turned back, into the small logo.
  const ox = (cw - 1) / 2;
  const oy = (ch - 1) / 2;
  const ix = (w - 1) / 2;
  const iy = (h - 1) / 2;
  const g = warp(small, cw, ch, { ax: c, bx: s, cx: ix - c * ox - s * oy, ay: -s, by: c, cy: iy + s * ox - c * oy }, ref.background);
  const field = orientationField(g, blur);
  let energy = 0;
  const pointEnergy = new Float32Array(field.re.length);
  for (let i = 0; i < field.re.length; i++) {
    pointEnergy[i] = field.re[i] ** 2 + field.im[i] ** 2;
    energy += pointEnergy[i];
  }
  const n = field.re.length;
  let mr = 0;
  let mi = 0;
  for (let i = 0; i < n; i++) {
    mr += field.re[i] / n;
    mi += field.im[i] / n;
  }
  const centred = { re: new Float32Array(n), im: new Float32Array(n), pointEnergy: new Float32Array(n), energy: 0 };
  for (let i = 0; i < n; i++) {
    centred.re[i] = field.re[i] - mr;
    centred.im[i] = field.im[i] - mi;
    centred.pointEnergy[i] = centred.re[i] ** 2 + centred.im[i] ** 2;
    centred.energy += centred.pointEnergy[i];
  }
  return { field, w, h, energy, pointEnergy, centred };
}

const templates = new WeakMap<Reference, Map<string, Template>>();

/** Templates are pure functions of (reference, size, angle): built once, kept for later images. */
export function cachedTemplate(ref: Reference, w: number, h: number, angle: number, blur: number): Template {
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
