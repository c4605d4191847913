// The one place image sizes and formats are chosen, shared by lead images and Markdown images.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Widths generated for every image (eleventy-img skips widths larger than the original). */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600];
/** Most compact first: browsers take the first `<source>` they support. */
export const IMAGE_FORMATS = ["avif", "webp", "jpeg"] as const;
/** Public URL folder of generated images (before the path prefix). */
export const IMAGE_URL_PATH = "/img/";

/** `sizes` for the lead image and for images in the article body (the text column). */
export const LEAD_SIZES = "(min-width: 62rem) 60rem, 100vw";
export const BODY_SIZES = "(min-width: 42rem) 40rem, 100vw";

/**
 * Where encoded images are kept between builds: every build writes a fresh output folder
 * (src/build/fresh-output.ts), so eleventy-img encodes into this cache, whose file names carry a
 * hash of the original and its options, and a build copies the files its pages use into its
 * own `img/` (src/images/image-pipeline.ts). CI services can keep `node_modules/.cache/`.
 */
export const IMAGE_CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/newsdesk/img/", import.meta.url));

/** eleventy-img options writing into `cacheDir`; its in-memory and disk caches stay on. */
export function imageOptions(cacheDir: string = IMAGE_CACHE_DIR): Record<string, unknown> {
  return {
    widths: IMAGE_WIDTHS,
    formats: [...IMAGE_FORMATS],
    urlPath: IMAGE_URL_PATH,
    outputDir: cacheDir,
    useCache: true,
    // sharp's default AVIF effort (4) is slow; 2 keeps builds quick for a few percent more bytes.
    sharpAvifOptions: { effort: 2 },
    // eleventy-img reads with `failOnError: false`, which fills a cut-off photo with grey and
    // publishes it; a truncated file fails its page instead (ImagePipeline reports it).
    sharpOptions: { failOn: "truncated" },
    filenameFormat: (id: string, src: string, width: number, format: string) =>
      `${path.basename(src, path.extname(src))}-${id}-${width}.${format}`,
  };
}
