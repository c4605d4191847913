// /sitemap.xml: every published page, one template, one pass over the build's URLs.
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import { absoluteUrl } from "../src/seo/absolute-url.ts";
import { sitemapEntries, sitemapXml, type SitemapItem } from "../src/seo/sitemap.ts";

export const data = { permalink: "/sitemap.xml", layout: false, eleventyExcludeFromCollections: true };

/** The sitemap. */
export function render(data: { site: Site; publishing?: Publishing; collections: { all: SitemapItem[]; articles?: SitemapItem[] } }): string {
  const abs = (url: string) => absoluteUrl(url, data.site.url, data.publishing?.pathPrefix ?? "/");
  const urls = data.publishing?.builtUrls?.() ?? data.collections.all.flatMap((item) => (item.url ? [item.url] : []));
  // Articles are not in collections.all (content/news/articles.html builds them): add them.
  const items = [...data.collections.all, ...(data.collections.articles ?? [])];
  return sitemapXml(sitemapEntries(urls, items, abs, data.site.timeZone));
}
