// The labelled image set for the city-logo matcher, generated from the shipped logos
// (assets/logos/) and the hand-drawn look-alikes (tests/fixtures/logos-negative/).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  blank, cropRgba, duotone, flatten, gradient, grayscale, invert, jpegRoundTrip, loadLogo, paste, photo, rng, rotate, scale, textBanner,
  type Colour, type Rgba,
} from './raster';

export interface Item {
  id: string;
  kind: string;
  /** Profile whose logo the image shows, or null for a negative. */
  profile: string | null;
  image: Rgba;
}

const root = path.resolve(__dirname, '../..');
export const POSITIVE_LOGOS = [
  { profile: 'toronto', file: 'toronto.png' },
  { profile: 'toronto', file: 'toronto-mark.svg' },
  { profile: 'calgary', file: 'calgary.svg' },
  { profile: 'peterborough', file: 'peterborough.png' },
];
const negativeDir = path.join(root, 'tests/fixtures/logos-negative');
const NEGATIVE_LOGOS = readdirSync(negativeDir).filter((f) => f.endsWith('.svg')).map((f) => path.join(negativeDir, f));

const BLUE: Colour = [0, 70, 160];
const WHITE: Colour = [255, 255, 255];

/** The variants every logo (City or look-alike) goes through. `seed` varies sizes and places. */
function variants(file: string, seed: number): { kind: string; image: Rgba }[] {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const logo = (w: number) => loadLogo(file, Math.round(w));
  const out: { kind: string; image: Rgba }[] = [];
  const plainW = pick([90, 160, 320, 700]);
  out.push({ kind: 'plain', image: flatten(logo(plainW), WHITE, Math.round(plainW * 0.08)) });
  out.push({ kind: 'plain', image: logo(pick([140, 240, 480])) }); // transparent PNG-like, no margin
  out.push({ kind: 'recoloured', image: duotone(flatten(logo(pick([200, 400])), WHITE, 20), WHITE, BLUE) });
  out.push({ kind: 'recoloured', image: duotone(flatten(logo(pick([180, 360])), WHITE, 16), [250, 200, 40], [20, 60, 30]) });
  out.push({ kind: 'grayscale', image: grayscale(flatten(logo(pick([200, 500])), WHITE, 24)) });
  out.push({ kind: 'inverted', image: invert(flatten(logo(pick([220, 420])), WHITE, 24)) });
  out.push({ kind: 'jpeg', image: jpegRoundTrip(flatten(logo(pick([200, 300, 600])), WHITE, 20), 40 + Math.floor(r() * 31)) });
  {
    const W = pick([1200, 1600]), H = Math.round(W * 0.75);
    const bg = photo(W, H, r);
    const lw = Math.round(W * (0.1 + r() * 0.1));
    const l = logo(lw);
    const plate = r() < 0.5;
    const img = plate ? flatten(l, WHITE, Math.round(lw * 0.06)) : l;
    const m = Math.round(W * 0.03);
    const corner = Math.floor(r() * 4);
    const x = corner % 2 ? W - img.width - m : m;
    const y = corner >= 2 ? H - img.height - m : m;
    out.push({ kind: 'photo-corner', image: jpegRoundTrip(paste(bg, img, x, y), 80) });
  }
  {
    const W = 1500, H = 500;
    const bg = gradient(W, H, [230, 235, 240], [180, 200, 225]);
    const l = logo(W * 0.3);
    const h = Math.min(l.height, H * 0.7);
    const l2 = l.height > h ? scale(l, Math.round((l.width * h) / l.height), Math.round(h)) : l;
    const left = r() < 0.5;
    paste(bg, l2, left ? 40 : W - l2.width - 40, Math.round((H - l2.height) / 2));
    out.push({ kind: 'banner', image: bg });
  }
  for (const deg of [pick([-10, -7, 7, 10]), pick([-5, 5])]) {
    const l = rotate(logo(pick([240, 400])), deg);
    out.push({ kind: 'rotated', image: flatten(l, WHITE, 10) });
  }
  {
    const l = flatten(logo(pick([260, 420])), WHITE, 0);
    const f = 0.08 + r() * 0.07;
    const side = Math.floor(r() * 4);
    const cw = side < 2 ? Math.round(l.width * (1 - f)) : l.width;
    const ch = side >= 2 ? Math.round(l.height * (1 - f)) : l.height;
    const x0 = side === 0 ? l.width - cw : 0;
    const y0 = side === 2 ? l.height - ch : 0;
    out.push({ kind: 'cropped', image: cropRgba(l, x0, y0, cw, ch) });
  }
  return out;
}

const BANNERS: [string[], { bg: string; fg: string; font: string; weight?: string; size: number }][] = [
  [['Community BBQ this Saturday'], { bg: '#ffffff', fg: '#003366', font: 'DejaVu Sans', weight: 'bold', size: 64 }],
  [['Visit Toronto', 'this summer'], { bg: '#00569f', fg: '#ffffff', font: 'Liberation Sans Narrow', weight: 'bold', size: 90 }],
  [['CALGARY STAMPEDE FANS'], { bg: '#c8102e', fg: '#ffffff', font: 'DejaVu Sans', weight: 'bold', size: 70 }],
  [['Happy Canada Day', 'from our family'], { bg: '#f5f0e6', fg: '#222222', font: 'DejaVu Serif', size: 72 }],
  [['Peterborough Lift Lock tours'], { bg: '#1b5e20', fg: '#ffffff', font: 'DejaVu Serif', weight: 'bold', size: 60 }],
  [['SALE 50% OFF', 'THIS WEEKEND ONLY'], { bg: '#000000', fg: '#ffeb3b', font: 'Liberation Sans', weight: 'bold', size: 88 }],
];

/** Every labelled image. `extra` (default 0) varies the seeds for a second, unseen round. */
export function buildDataset(extra = 0): Item[] {
  const items: Item[] = [];
  POSITIVE_LOGOS.forEach(({ profile, file }, i) => {
    for (const v of variants(path.join(root, 'assets/logos', file), 1000 + i * 17 + extra * 7919)) {
      items.push({ id: `${file}:${v.kind}:${items.length}`, kind: v.kind, profile, image: v.image });
    }
  });
  NEGATIVE_LOGOS.forEach((file, i) => {
    const vs = variants(file, 5000 + i * 31 + extra * 7919);
    // A few of each look-alike's variants keep the set small.
    for (const v of vs.filter((_, k) => k % 3 === i % 3)) {
      items.push({ id: `${path.basename(file)}:${v.kind}:${items.length}`, kind: 'other-municipality', profile: null, image: v.image });
    }
  });
  const r = rng(9000 + extra);
  BANNERS.forEach(([lines, opts], i) => {
    items.push({ id: `text-banner:${i}`, kind: 'text-banner', profile: null, image: textBanner(lines, 1200, 400, opts) });
  });
  items.push({ id: 'gradient:0', kind: 'gradient', profile: null, image: gradient(1200, 800, [20, 60, 160], [240, 240, 255]) });
  items.push({ id: 'gradient:1', kind: 'gradient', profile: null, image: gradient(800, 800, [200, 16, 46], [75, 79, 85], true) });
  items.push({ id: 'gradient:2', kind: 'gradient', profile: null, image: blank(640, 480, [0, 86, 159]) });
  for (let k = 0; k < 5; k++) {
    const W = [1600, 1200, 900, 2000, 1000][k];
    items.push({ id: `photo:${k}`, kind: 'photo', profile: null, image: jpegRoundTrip(photo(W, Math.round(W * [0.75, 0.66, 1, 0.5, 0.6][k]), r), 75) });
  }
  return items;
}
