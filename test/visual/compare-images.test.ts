import { suite } from "uvu";
import * as assert from "uvu/assert";
import { compareImages, type RawImage } from "./compare-images.ts";

/** A `width` × `height` image of one colour, with `paint` applied per pixel. */
function image(width: number, height: number, rgb: [number, number, number], paint?: (x: number, y: number) => [number, number, number] | undefined): RawImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set([...(paint?.(x, y) ?? rgb), 255], (y * width + x) * 4);
  }
  return { width, height, data };
}

const WHITE: [number, number, number] = [255, 255, 255];
const tolerance = { threshold: 0.15, maxDiffRatio: 0.01 };
const Compare = suite("compareImages");

Compare("identical images match with no differing pixel", () => {
  const result = compareImages(image(50, 40, WHITE), image(50, 40, WHITE), tolerance);
  assert.ok(result.matches);
  assert.is(result.differing, 0);
  assert.is(result.reason, "");
  assert.equal([result.diff.width, result.diff.height], [50, 40]);
});

Compare("a shade of difference under the threshold is the same page", () => {
  const result = compareImages(image(50, 40, WHITE), image(50, 40, [250, 250, 250]), tolerance);
  assert.ok(result.matches, result.reason);
  assert.is(result.differing, 0);
});

Compare("a block that moved fails, with the count and share of pixels in the reason", () => {
  const block = (left: number) => image(100, 100, WHITE, (x, y) => (x >= left && x < left + 10 && y >= 10 && y < 30 ? [200, 0, 0] : undefined));
  const result = compareImages(block(10), block(30), tolerance);
  assert.not.ok(result.matches);
  // The block's old and new places, 10 × 20 each, less the edges pixelmatch takes for anti-aliasing.
  assert.ok(result.differing > 200 && result.differing <= 400, String(result.differing));
  assert.match(result.reason, new RegExp(`^${result.differing} pixels differ \\(\\d+\\.\\d{3}%; at most 1\\.000% may\\)$`));
  // Differing pixels are red in the diff.
  const at = (x: number, y: number) => Array.from(result.diff.data.subarray((y * 100 + x) * 4, (y * 100 + x) * 4 + 3));
  assert.equal(at(15, 20), [255, 0, 0]);
  assert.equal(at(35, 20), [255, 0, 0]);
});

Compare("a difference within the allowed share still matches", () => {
  const dot = image(100, 100, WHITE, (x, y) => (x === 50 && y === 50 ? [0, 0, 0] : undefined));
  const result = compareImages(image(100, 100, WHITE), dot, tolerance);
  assert.ok(result.matches, result.reason);
  assert.ok(result.ratio <= 0.0001);
});

Compare("a page that grew never matches; the diff covers both and counts the new part", () => {
  const result = compareImages(image(20, 10, WHITE), image(20, 15, WHITE), tolerance);
  assert.not.ok(result.matches);
  assert.equal([result.diff.width, result.diff.height], [20, 15]);
  assert.is(result.differing, 20 * 5);
  assert.match(result.reason, "size 20×15 px, reference 20×10 px");
});

Compare("the same size with a changed colour everywhere fails", () => {
  const result = compareImages(image(30, 30, WHITE), image(30, 30, [20, 20, 20]), tolerance);
  assert.not.ok(result.matches);
  assert.is(result.differing, 900);
  assert.is(result.ratio, 1);
});

Compare.run();
