// The article's lead image slot: a <figure> with caption and credit. The image pipeline may replace the <img>.
import { html, type SafeHtml } from "../../src/html.ts";

/** The validated `image` front matter: `src` is relative to `content/images/`. */
export interface LeadImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/**
 * `<figure class="lead-image">`. `picture` is the image markup when the image pipeline made one;
 * otherwise a plain `<img>` pointing at `/images/<src>`.
 */
export function leadFigure(image: LeadImage | undefined, picture?: SafeHtml | string): SafeHtml | "" {
  if (!image) return "";
  const img = picture ?? html`<img src="/images/${image.src}" alt="${image.alt}">`;
  const caption = image.caption || image.credit
    ? html`<figcaption>${image.caption ?? ""}${image.credit ? html` <span class="credit">${image.credit}</span>` : ""}</figcaption>`
    : "";
  return html`<figure class="lead-image">${img}${caption}</figure>`;
}
