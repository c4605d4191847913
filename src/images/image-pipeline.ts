// Turns local images into responsive `<picture>`s during a build and collects author mistakes.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { imageOptions } from "./image-options.ts";
import { pictureHtml, type ImageMetadata, type PictureOptions } from "./picture-html.ts";

// eleventy-img is CommonJS without types; we use two functions of it. Loaded on the first image:
// it loads sharp, a tenth of a second a build with no images does not need to spend.
const require = createRequire(import.meta.url);
type EleventyImage = {
  (src: string, options: Record<string, unknown>): Promise<ImageMetadata>;
  statsSync(src: string, options: Record<string, unknown>): ImageMetadata;
};
let loaded: EleventyImage | undefined;
const eleventyImage = (): EleventyImage => (loaded ??= require("@11ty/eleventy-img") as EleventyImage);

/** Where an image was referenced, for error messages. */
export interface ImageSite {
  /** Project-relative file, e.g. `content/news/foo.md`. */
  file: string;
  /** The line, or a function that finds it: called only when a problem is reported. */
  line?: number | (() => number);
}

/**
 * One build's images. `picture()` answers synchronously (eleventy-img's `statsSync` knows every
 * output URL and size up front) and queues the real encoding, which `settle()` awaits at the end
 * of the build. Both eleventy-img caches stay on, so an image is encoded once per output folder.
 */
export class ImagePipeline {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();
  private readonly metadataBySource = new Map<string, ImageMetadata>();
  private pending: Promise<unknown>[] = [];
  private options: Record<string, unknown>;

  /** `imagesDir`: where front-matter `image.src` is looked up (`content/images/`). */
  constructor(
    public imagesDir: string,
    siteOutputDir: string,
  ) {
    this.options = imageOptions(siteOutputDir);
  }

  /** Starts a new build reading `imagesDir` and writing into `siteOutputDir`. */
  reset(siteOutputDir: string, imagesDir: string = this.imagesDir): void {
    this.imagesDir = imagesDir;
    this.options = imageOptions(siteOutputDir);
    this.problems.length = 0;
    this.seen.clear();
    this.metadataBySource.clear();
    this.pending = [];
  }

  /** Records a problem once, however often the page or image is rendered. */
  report(where: ImageSite, message: string): void {
    const line = typeof where.line === "function" ? where.line() : where.line;
    const key = `${where.file}:${line ?? 0}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ file: where.file, line, message });
  }

  /**
   * Metadata for the image at absolute path `file`, queueing its encoding; `undefined` (and a
   * problem naming `written`, the path as the author wrote it) when the file does not exist.
   */
  metadata(file: string, written: string, where: ImageSite): ImageMetadata | undefined {
    const cached = this.metadataBySource.get(file);
    if (cached) return cached;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      const shown = path.relative(process.cwd(), file).replace(/\\/g, "/");
      this.report(where, `image \`${written}\` was not found (looked for \`${shown}\`); expected an image file there`);
      return undefined;
    }
    const metadata = eleventyImage().statsSync(file, this.options);
    this.metadataBySource.set(file, metadata);
    this.pending.push(eleventyImage()(file, this.options));
    return metadata;
  }

  /**
   * `<picture>` for `file`, or `""` after recording a problem when the file is missing or `alt`
   * is missing or empty (every image here carries information; decorative art belongs in CSS).
   */
  picture(file: string, written: string, alt: unknown, where: ImageSite, options: Omit<PictureOptions, "alt">): string {
    const altOk = typeof alt === "string" && alt.trim() !== "";
    if (!altOk) {
      const found = alt === undefined ? "no `alt`" : `\`alt\` ${JSON.stringify(alt)}`;
      this.report(where, `image \`${written}\` has ${found}; expected a text alternative describing the image`);
    }
    const metadata = this.metadata(file, written, where);
    if (!metadata || !altOk) return "";
    return pictureHtml(metadata, { ...options, alt: alt as string });
  }

  /** Waits for every queued encoding; throws the first encoding error. */
  async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }
}
