// Renders eleventy-img metadata as `<picture>`: AVIF and WebP sources, a JPEG `<img>` with its size.
import { escapeHtml } from "../html.ts";

/** One generated file, as eleventy-img describes it. */
export interface ImageStat {
  url: string;
  width: number;
  height: number;
  format: string;
  sourceType?: string;
  srcset?: string;
}

/** eleventy-img metadata: generated files per format, narrowest first. */
export type ImageMetadata = Record<string, ImageStat[]>;

/** How the picture is placed on the page. */
export interface PictureOptions {
  alt: string;
  sizes: string;
  /** The lead image is above the fold: load it eagerly with high priority. Others load lazily. */
  lead?: boolean;
  className?: string;
}

function srcset(stats: readonly ImageStat[]): string {
  return stats.map((s) => `${s.url} ${s.width}w`).join(", ");
}

/** The JPEG (or last format's) largest file: `<img src>`, `width` and `height`. */
export function fallbackStat(metadata: ImageMetadata): ImageStat {
  const formats = Object.keys(metadata);
  const list = metadata.jpeg ?? metadata[formats[formats.length - 1]];
  return list[list.length - 1];
}

/** `<picture>` with one `<source>` per modern format and a JPEG `<img>` carrying every attribute. */
export function pictureHtml(metadata: ImageMetadata, options: PictureOptions): string {
  const fallback = fallbackStat(metadata);
  const sizes = escapeHtml(options.sizes);
  const sources = Object.entries(metadata)
    .filter(([format]) => format !== "jpeg" && metadata[format] !== metadata.jpeg)
    .map(([, stats]) => {
      const type = stats[0].sourceType ?? `image/${stats[0].format}`;
      return `<source type="${escapeHtml(type)}" srcset="${escapeHtml(srcset(stats))}" sizes="${sizes}">`;
    });
  const loading = options.lead
    ? `loading="eager" decoding="async" fetchpriority="high"`
    : `loading="lazy" decoding="async"`;
  const className = options.className ? ` class="${escapeHtml(options.className)}"` : "";
  const jpegs = metadata.jpeg ?? [fallback];
  const img =
    `<img src="${escapeHtml(fallback.url)}" srcset="${escapeHtml(srcset(jpegs))}" sizes="${sizes}"` +
    ` width="${fallback.width}" height="${fallback.height}" alt="${escapeHtml(options.alt)}" ${loading}>`;
  return `<picture${className}>${sources.join("")}${img}</picture>`;
}
