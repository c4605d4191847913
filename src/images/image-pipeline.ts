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
 * of the build. Images are encoded into a cache kept between builds (IMAGE_CACHE_DIR), so an
 * image is encoded once; `settle()` then copies the files this build's pages use into its own
 * `img/` folder, and nothing else: an image of a removed article is not published again.
 */
export class ImagePipeline {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();
  private readonly metadataBySource = new Map<string, ImageMetadata>();
  private pending: Promise<unknown>[] = [];
  private options: Record<string, unknown>;
  private readonly encode: boolean;
  /** The build's `img/` folder, and the cached files its pages use (copied there by `settle`). */
  private siteImagesDir: string;
  private used = new Set<string>();

  /**
   * `imagesDir`: where front-matter `image.src` is looked up (`content/images/`). `encode: false`
   * checks images (they exist, are images, have `alt`) without writing any.
   */
  constructor(
    public imagesDir: string,
    siteOutputDir: string,
    options: { encode?: boolean } = {},
  ) {
    this.options = imageOptions();
    this.siteImagesDir = path.join(siteOutputDir, "img");
    this.encode = options.encode ?? true;
  }

  /** Starts a new build reading `imagesDir` and writing into `siteOutputDir`. */
  reset(siteOutputDir: string, imagesDir: string = this.imagesDir): void {
    this.imagesDir = imagesDir;
    this.siteImagesDir = path.join(siteOutputDir, "img");
    this.used = new Set();
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
   * problem naming `written`, the path as the author wrote it) when the file does not exist, is
   * not an image, or is not inside `root` (its real path: a `..` or a symbolic link that leads out
   * of the content folder would publish a file from elsewhere on the machine).
   */
  metadata(file: string, written: string, where: ImageSite, root: string = path.dirname(this.imagesDir)): ImageMetadata | undefined {
    const cached = this.metadataBySource.get(file);
    if (cached) return cached;
    const shown = path.relative(process.cwd(), file).replace(/\\/g, "/");
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      this.report(where, `image \`${written}\` was not found (looked for \`${shown}\`); expected an image file there`);
      return undefined;
    }
    if (!inside(file, root)) {
      const folder = path.relative(process.cwd(), root).replace(/\\/g, "/") || ".";
      this.report(where, `image \`${written}\` is outside \`${folder}/\` (it leads to \`${fs.realpathSync(file)}\`); expected an image inside it (no \`..\` out of it, no symbolic link that leaves it)`);
      return undefined;
    }
    let metadata: ImageMetadata;
    try {
      metadata = eleventyImage().statsSync(file, this.options);
    } catch (error) {
      this.report(where, `image \`${written}\` is not an image this site can read (${firstLine(error)}); expected a JPEG, PNG, WebP, AVIF, GIF or SVG file`);
      return undefined;
    }
    this.metadataBySource.set(file, metadata);
    if (this.encode) {
      const outputs = Object.values(metadata).flat().map((stat) => path.join(String(this.options.outputDir), path.basename(stat.url)));
      for (const output of outputs) this.used.add(path.basename(output));
      // A failed encoding leaves empty files in the cache, which eleventy-img would take as done
      // on the next build and publish: empty ones are removed first, so the image is encoded again.
      for (const output of outputs) if (fs.existsSync(output) && fs.statSync(output).size === 0) fs.rmSync(output);
      // An image that reads as one and then fails to encode (a truncated file) is a problem
      // of its page, reported when the build settles, not an error that stops it.
      this.pending.push(eleventyImage()(file, this.options).catch((error: unknown) => {
        for (const output of outputs) fs.rmSync(output, { force: true });
        this.report(where, `image \`${written}\` could not be converted (${firstLine(error)}); expected a complete image file`);
      }));
    }
    return metadata;
  }

  /**
   * `<picture>` for `file`, or `""` after recording a problem when the file is missing (or outside
   * `root`, default: the content folder), or `alt` is missing or empty (every image here carries information; decorative art belongs in CSS).
   */
  picture(file: string, written: string, alt: unknown, where: ImageSite, options: Omit<PictureOptions, "alt">, root?: string): string {
    const altOk = typeof alt === "string" && alt.trim() !== "";
    if (!altOk) {
      const found = alt === undefined ? "no `alt`" : `\`alt\` ${JSON.stringify(alt)}`;
      this.report(where, `image \`${written}\` has ${found}; expected a text alternative describing the image`);
    }
    const metadata = this.metadata(file, written, where, root);
    if (!metadata || !altOk) return "";
    return pictureHtml(metadata, { ...options, alt: alt as string });
  }

  /**
   * Waits for every queued encoding (each failure is a problem of its page), then copies the
   * encoded files this build uses from the cache into its `img/` folder (a hard link where the
   * two share a file system).
   */
  async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
    const cacheDir = String(this.options.outputDir);
    for (const name of this.used) {
      const from = path.join(cacheDir, name);
      const to = path.join(this.siteImagesDir, name);
      if (!fs.existsSync(from) || fs.existsSync(to)) continue;
      fs.mkdirSync(this.siteImagesDir, { recursive: true });
      try {
        fs.linkSync(from, to);
      } catch {
        fs.copyFileSync(from, to);
      }
    }
  }
}

/** True when the real path of `file` is inside the real path of `root`. */
function inside(file: string, root: string): boolean {
  let real: string;
  let realRoot: string;
  try {
    real = fs.realpathSync(file);
    realRoot = fs.realpathSync(root);
  } catch {
    return false;
  }
  const relative = path.relative(realRoot, real);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** The first line of an error's message (sharp's go on about its build). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // eleventy-img names the file by its full path, which the message already gives as written.
  return message.split("\n")[0]!.replace(/\s*\(file: [^)]*\)/, "").trim().replace(/`/g, "'");
}
