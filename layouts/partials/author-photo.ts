// A staff profile's portrait (content/authors.json `photo`) as a <picture>, for the author page and the masthead.
import path from "node:path";
import { raw, type SafeHtml } from "../../src/html.ts";
import type { SiteAuthor } from "../../src/collections/authors.ts";
import type { Publishing } from "../../src/seo/publishing.ts";
import type { PictureOptions } from "../../src/images/picture-html.ts";

/**
 * From content/images/ like any image; a missing file or one that is no image is a problem at
 * the photo's line in the data file (reported once, however many pages show it). Empty without
 * a photo or a pipeline.
 */
export function authorPhoto(author: Pick<SiteAuthor<unknown>, "photo">, publishing: Publishing | undefined, options: Omit<PictureOptions, "alt">): SafeHtml | "" {
  const images = publishing?.images;
  const { photo } = author;
  if (!photo || !images) return "";
  const picture = images.picture(path.join(images.imagesDir, photo.src), photo.src, photo.alt, { file: photo.file, line: photo.line }, options, images.imagesDir);
  return picture ? raw(picture) : "";
}
