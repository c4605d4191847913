// /robots.txt: crawl everything, and where the two sitemaps are.
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import { absoluteUrl } from "../src/seo/absolute-url.ts";

export const data = { permalink: "/robots.txt", layout: false, eleventyExcludeFromCollections: true };

/** robots.txt naming both sitemaps by absolute URL (path prefix included). */
export function render(data: { site: Site; publishing?: Publishing }): string {
  const abs = (url: string) => absoluteUrl(url, data.site.url, data.publishing?.pathPrefix ?? "/");
  return `User-agent: *\nAllow: /\n\nSitemap: ${abs("/sitemap.xml")}\nSitemap: ${abs("/news-sitemap.xml")}\n`;
}
