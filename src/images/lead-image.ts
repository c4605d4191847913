// The article's lead image from front matter `image: { src, alt, credit?, caption? }` as a <picture>.
import path from "node:path";
import { raw, type SafeHtml } from "../html.ts";
import { relativeFile } from "../../plugins/newsdesk/index.ts";
import type { ImagePipeline, ImageSite } from "./image-pipeline.ts";
import { LEAD_SIZES } from "./image-options.ts";
import { locateField } from "../front-matter/locate.ts";
import { readSource } from "../front-matter/read-source.ts";
import { fallbackStat } from "./picture-html.ts";

/** Front matter `image`, as authors write it. */
export interface LeadImageData {
  src?: unknown;
  alt?: unknown;
  credit?: unknown;
  caption?: unknown;
}

/** The part of a page's data the lead image reads. */
export interface LeadImagePage {
  image?: LeadImageData;
  page: { inputPath: string };
  publishing?: { images?: ImagePipeline };
}

/** Finds the line of `image.<field>` in the article's file, read only when a problem is reported. */
function lineOf(inputPath: string, field: "src" | "alt"): () => number {
  return () => locateField(readSource(inputPath), ["image", field]);
}

function resolve(data: LeadImagePage): { file: string; written: string; where: ImageSite } | undefined {
  const image = data.image;
  const pipeline = data.publishing?.images;
  if (!image || typeof image !== "object" || !pipeline) return undefined;
  const inputPath = data.page.inputPath;
  const file = relativeFile(inputPath);
  if (typeof image.src !== "string" || image.src.trim() === "") {
    pipeline.report({ file, line: lineOf(inputPath, "src") }, `\`image.src\` is ${image.src === undefined ? "missing" : JSON.stringify(image.src)}; expected a path relative to \`content/images/\``);
    return undefined;
  }
  return {
    file: path.join(pipeline.imagesDir, image.src),
    written: image.src,
    where: { file, line: lineOf(inputPath, "src") },
  };
}

/**
 * The lead image's `<picture>` (eager, `fetchpriority="high"`: it is above the fold), for the
 * article layout's `leadFigure(image, picture)`. Empty without an image or when it has a problem
 * (which fails the build at its end).
 */
export function leadPicture(data: LeadImagePage): SafeHtml | undefined {
  const found = resolve(data);
  const pipeline = data.publishing?.images;
  if (!found || !pipeline) return undefined;
  const image = data.image as LeadImageData;
  const altOk = typeof image.alt === "string" && image.alt.trim() !== "";
  const where = altOk ? found.where : { file: found.where.file, line: lineOf(data.page.inputPath, "alt") };
  return raw(pipeline.picture(found.file, found.written, image.alt, where, { sizes: LEAD_SIZES, lead: true }, pipeline.imagesDir));
}

/** The largest JPEG of the lead image (for Open Graph and JSON-LD), or `undefined`. */
export function leadImageStat(data: LeadImagePage): { url: string; width: number; height: number; alt: string } | undefined {
  const found = resolve(data);
  if (!found || !data.publishing?.images) return undefined;
  const metadata = data.publishing.images.metadata(found.file, found.written, found.where, data.publishing.images.imagesDir);
  if (!metadata) return undefined;
  const stat = fallbackStat(metadata);
  return { url: stat.url, width: stat.width, height: stat.height, alt: String(data.image?.alt ?? "") };
}
