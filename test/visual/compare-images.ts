// Compares a screenshot with its reference: pixels that differ beyond a colour tolerance, as a share of the image.
import pixelmatch from "pixelmatch";

/** Decoded pixels: 4 bytes (RGBA) per pixel, row by row. */
export interface RawImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** How different a screenshot may be and still match. */
export interface Tolerance {
  /**
   * The colour distance (pixelmatch's OKLab HyAB, 0 to 1) under which two pixels are the same.
   * Anti-aliased edges are detected and never counted, so font smoothing does not fail a page.
   */
  threshold: number;
  /** The share of the larger image's pixels (0 to 1) that may differ. */
  maxDiffRatio: number;
}

/** What a comparison found; `diff` shows differing pixels in red over a faded copy of the reference. */
export interface Comparison {
  matches: boolean;
  /** Why it does not match, in words; empty when it does. */
  reason: string;
  differing: number;
  ratio: number;
  diff: RawImage;
}

/** `image` on a canvas of `width` × `height`, the area it does not cover opaque magenta. */
function onCanvas(image: RawImage, width: number, height: number): Uint8Array {
  if (image.width === width && image.height === height) return image.data;
  const out = new Uint8Array(width * height * 4);
  for (let i = 0; i < out.length; i += 4) out.set([255, 0, 255, 255], i);
  for (let y = 0; y < image.height; y++) {
    out.set(image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4), y * width * 4);
  }
  return out;
}

/**
 * Compares `actual` with `reference`. Images of different sizes never match (a page that grew or
 * shrank has moved something), but are still diffed on a canvas of the larger size, where the
 * part only one of them covers counts as differing, so the diff shows where they part.
 */
export function compareImages(reference: RawImage, actual: RawImage, tolerance: Tolerance): Comparison {
  const width = Math.max(reference.width, actual.width);
  const height = Math.max(reference.height, actual.height);
  const diff = { width, height, data: new Uint8Array(width * height * 4) };
  const differing = pixelmatch(onCanvas(reference, width, height), onCanvas(actual, width, height), diff.data, width, height, {
    threshold: tolerance.threshold,
    includeAA: false,
  });
  const ratio = width * height === 0 ? 0 : differing / (width * height);
  const sameSize = reference.width === actual.width && reference.height === actual.height;
  const percent = (r: number) => `${(r * 100).toFixed(3)}%`;
  const reasons: string[] = [];
  if (!sameSize) reasons.push(`size ${actual.width}×${actual.height} px, reference ${reference.width}×${reference.height} px`);
  if (ratio > tolerance.maxDiffRatio) reasons.push(`${differing} pixels differ (${percent(ratio)}; at most ${percent(tolerance.maxDiffRatio)} may)`);
  return { matches: reasons.length === 0, reason: reasons.join("; "), differing, ratio, diff };
}
