// sitemap.xml (https://www.sitemaps.org/protocol.html): every published HTML page with `lastmod`.
import { escapeXml as x } from "../feeds/xml.ts";
import { frontMatterDate, isoWithOffset } from "./iso-date.ts";

/** The part of a collection item the sitemap reads. */
export interface SitemapItem {
  url: string | false;
  date: Date;
  inputPath: string;
  data: Record<string, any>;
}

/** One `<url>`: absolute location and last modification (ISO 8601 with offset). */
export interface SitemapEntry {
  loc: string;
  lastmod: string;
}

/** True for an item that belongs in a sitemap: a built, published HTML page that is not a 404. */
export function isSitemapPage(item: SitemapItem): boolean {
  const url = item.url;
  if (!url || item.data?.draft === true || item.data?.sitemap === false) return false;
  if (!url.endsWith("/") && !url.endsWith(".html")) return false;
  return !/(^|\/)404(\.html|\/)$/.test(url);
}

/** True for an article (a Markdown file in a `news/` folder, as head metadata decides). */
export function isArticleItem(item: SitemapItem): boolean {
  return /(^|\/)news\/[^/]+\.md$/.test(item.inputPath.replace(/\\/g, "/"));
}

/**
 * Sitemap entries in collection order. Articles carry their `updated` or publication time; other
 * pages (fronts, topic pages) change whenever an article does, so they carry the newest of those.
 */
export function sitemapEntries(items: readonly SitemapItem[], abs: (url: string) => string, zone: string): SitemapEntry[] {
  const pages = items.filter(isSitemapPage);
  let newest = 0;
  const articleTimes = new Map<SitemapItem, number>();
  for (const item of pages) {
    if (!isArticleItem(item)) continue;
    const updated = frontMatterDate(item.data.updated, zone);
    const time = Math.max(item.date.getTime(), updated?.getTime() ?? 0);
    articleTimes.set(item, time);
    newest = Math.max(newest, time);
  }
  return pages.map((item) => {
    const time = articleTimes.get(item) ?? (newest || item.date.getTime());
    return { loc: abs(item.url as string), lastmod: isoWithOffset(new Date(time), zone) };
  });
}

/** The sitemap document. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `  <url><loc>${x(e.loc)}</loc><lastmod>${x(e.lastmod)}</lastmod></url>\n`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}
