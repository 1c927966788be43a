import { accepts, confirmAtBestLevel, type Confirmed } from './confirm';
import { resize, toPlanes, type Gray, type RgbaImage } from './image';
import { referenceFromRgba, type Reference } from './reference';
import { search, shrink } from './search';

/**
 * Finds a reference logo anywhere in an image, at any size from about 7% of the image's longer
 * side up to the whole image (and a little beyond, for cropped logos), recoloured, inverted,
 * JPEG-compressed or turned up to about 10°.
 *
 * 1. Search (search.ts): the image, reduced to DETAIL_SIDE then to COARSE_SIDE, is built into a
 *    pyramid (3 levels an octave). At every level and position (step 2) each small template of
 *    COARSE_AREA pixels is scored by normalised correlation of edge-orientation fields, using
 *    its strongest points only. The best few places per reference go on.
 * 2. Confirm (confirm.ts): around each place, at FINE_AREA pixels, scale (a pyramid step either
 *    way, then ±8%), angle (±10°) and position are refined by the same correlation with every template
 *    point. Then an independent structural check: the correlation of per-cell orientation
 *    histograms (each cell normalised alone). Both must clear their floors (FINE_MIN, SHAPE_MIN)
 *    and their sum RELATIVE_MIN of what the reference scores against a copy of itself.
 */

/** A confirmed logo; `box` in the input image's pixels. */
export type LogoMatch = Confirmed;

export interface FindOptions {
  /** Look for these profiles' logos only (default: every reference). */
  profiles?: readonly string[];
  /** Receives every confirmed or rejected candidate (tests and tuning). */
  onCandidate?: (c: LogoMatch & { coarse: number; accepted: boolean }) => void;
}

/** Longer side the image is reduced to before anything else. */
const DETAIL_SIDE = 1024;
/** A confirmed match this good ends the search early. */
const CLEAR_MATCH = 0.85;

export class LogoMatcher {
  private refs: Reference[] = [];
  /** References added with `addReference` (administrators' logos), which `clearAdded` removes. */
  private readonly added = new Set<Reference>();

  constructor(refs: Reference[] = []) {
    this.refs.push(...refs);
  }

  /** Adds a reference logo (e.g. one an administrator uploaded in settings). */
  addReference(profile: string, img: RgbaImage, name = `${profile} logo (custom)`): void {
    const ref = referenceFromRgba(profile, name, img);
    this.refs.push(ref);
    this.added.add(ref);
  }

  /** Removes every reference `addReference` added (a logo taken out of settings); shipped ones stay. */
  clearAdded(): void {
    this.refs = this.refs.filter((r) => !this.added.has(r));
    this.added.clear();
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
    for (const c of search(halves, refs).sort((a, b) => b.coarse - a.coarse)) {
      const m = confirmAtBestLevel(halves, c);
      if (!m) continue;
      const accepted = accepts(m, c.ref);
      const box = { x: m.box.x * toInput, y: m.box.y * toInput, width: m.box.width * toInput, height: m.box.height * toInput };
      options.onCandidate?.({ ...m, box, coarse: c.coarse, accepted });
      if (accepted && (!best || m.score > best.score)) best = { ...m, box };
      // A clear match ends the search, unless every candidate is wanted (tests, tuning).
      if (best && best.score >= CLEAR_MATCH && !options.onCandidate) break;
    }
    return best;
  }
}
