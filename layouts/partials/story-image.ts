// A teaser's picture on a front: the article's lead image, at the size its slot on the front takes.
import path from "node:path";
import { raw, type SafeHtml } from "../../src/html.ts";
import type { ImagePipeline } from "../../src/images/image-pipeline.ts";
import { relativeFile } from "../../plugins/newsdesk/index.ts";
import { locateField } from "../../src/front-matter/locate.ts";
import { readSource } from "../../src/front-matter/read-source.ts";

/** What a front's teaser reads of an article's `image` front matter. */
export interface StoryImageData {
  src?: unknown;
  alt?: unknown;
}

/**
 * Where a teaser's picture sits, as a `sizes` value: the width the slot takes at each viewport
 * (the page frame is `min(100% - 2rem, 72rem)`, src/styles/base.css; `rem` in `sizes` is 16px).
 */
export const STORY_SIZES = {
  /** The home page's lead: two thirds of the frame beside the side column from 60rem, else the frame. */
  homeLead: "(min-width: 74rem) 46rem, (min-width: 60rem) calc((100vw - 4rem) * 2 / 3), calc(100vw - 2rem)",
  /** The lead of /news/ and topic fronts: three fifths of the 52rem column from 48rem, else the frame. */
  frontLead: "(min-width: 54rem) 30.5rem, (min-width: 48rem) calc((100vw - 3.5rem) * 3 / 5), calc(100vw - 2rem)",
  /** A thumbnail beside a headline: 11rem on wide screens, 6.5rem on phones. */
  thumbnail: "(min-width: 40rem) 11rem, 6.5rem",
} as const;

/**
 * The `<picture>` of an article's lead image for a front, or `""` when it has none or it has a
 * problem. The problem is placed where the article page's lead image places it (src/images/lead-image.ts),
 * so the report, which keeps each problem once, lists it once. `lead` loads it eagerly with
 * high priority (it is the front's first image, above the fold); every other one loads lazily.
 */
export function storyImage(
  image: StoryImageData | undefined,
  inputPath: string | undefined,
  pipeline: ImagePipeline | undefined,
  sizes: string,
  lead = false,
): SafeHtml | "" {
  if (!image || typeof image !== "object" || typeof image.src !== "string" || !image.src.trim() || !pipeline || !inputPath) return "";
  const file = path.join(pipeline.imagesDir, image.src);
  const field = typeof image.alt === "string" && image.alt.trim() ? "src" : "alt";
  const where = { file: relativeFile(inputPath), line: () => locateField(readSource(inputPath), ["image", field]) };
  const picture = pipeline.picture(file, image.src, image.alt, where, { sizes, lead, className: "story__image" }, pipeline.imagesDir);
  return picture ? raw(picture) : "";
}
