// /news-sitemap.xml: Google News sitemap of the last two days' articles.
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import { absoluteUrl } from "../src/seo/absolute-url.ts";
import { newsEntries, newsSitemapXml } from "../src/seo/news-sitemap.ts";
import type { SitemapItem } from "../src/seo/sitemap.ts";

export const data = { permalink: "/news-sitemap.xml", layout: false, eleventyExcludeFromCollections: true };

/** The news sitemap; "now" is `publishing.buildTime`. */
export function render(data: { site: Site; publishing?: Publishing; collections: { articles?: SitemapItem[] } }): string {
  const abs = (url: string) => absoluteUrl(url, data.site.url, data.publishing?.pathPrefix ?? "/");
  const now = data.publishing?.buildTime ?? new Date();
  const entries = newsEntries(data.collections.articles ?? [], now, abs, data.site.timeZone);
  return newsSitemapXml(entries, { name: data.site.publisher.name, language: data.site.language });
}
