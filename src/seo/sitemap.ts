// sitemap.xml (https://www.sitemaps.org/protocol.html): every published HTML page with `lastmod`.
import { escapeXml as x } from "../feeds/xml.ts";
import { lastModified } from "../collections/corrections.ts";
import { isoDateTime } from "../dates/format-date.ts";

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

/** True for a URL that is an HTML page and not the 404 page. */
export function isPageUrl(url: string | false): url is string {
  if (!url || (!url.endsWith("/") && !url.endsWith(".html"))) return false;
  return !/(^|\/)404(\.html|\/)$/.test(url);
}

/** True for an item that belongs in a sitemap: a built, published HTML page that is not a 404. */
export function isSitemapPage(item: SitemapItem): boolean {
  return isPageUrl(item.url) && item.data?.draft !== true && item.data?.sitemap !== false;
}

/**
 * True for an article's input path: a Markdown file anywhere under a `news/` folder, sub-folders
 * included (`content/news/2023/budget.md` is an article as much as `content/news/budget.md`).
 */
export function isArticleInputPath(inputPath: string): boolean {
  return /(^|\/)news\/(?:[^/]+\/)*[^/]+\.md$/.test(inputPath.replace(/\\/g, "/"));
}

/** True for an article (a Markdown file under a `news/` folder, as head metadata decides). */
export function isArticleItem(item: SitemapItem): boolean {
  return isArticleInputPath(item.inputPath);
}

/**
 * Sitemap entries for every built URL (`urls`, from Eleventy's content map, so pages kept out of
 * collections — fronts, topic pages and their pagination — are listed too), in that order.
 * `items` (collections.all) supply data: drafts and `sitemap: false` pages are left out, articles
 * carry their last change (`updated` or a later correction) or publication time; other pages change whenever an article does, so
 * they carry the newest of those.
 */
export function sitemapEntries(
  urls: readonly string[],
  items: readonly SitemapItem[],
  abs: (url: string) => string,
  zone: string,
): SitemapEntry[] {
  const byUrl = new Map<string, SitemapItem>();
  for (const item of items) if (item.url) byUrl.set(item.url, item);
  // Times before 1970 are negative: "none yet" is -Infinity, never 0 (1970-01-01).
  let newest = -Infinity;
  const articleTimes = new Map<string, number>();
  for (const item of byUrl.values()) {
    if (!isArticleItem(item) || !isSitemapPage(item)) continue;
    const updated = lastModified(item.data, zone)?.date;
    const time = Math.max(item.date.getTime(), updated?.getTime() ?? -Infinity);
    articleTimes.set(item.url as string, time);
    newest = Math.max(newest, time);
  }
  const entries: SitemapEntry[] = [];
  for (const url of urls) {
    const item = byUrl.get(url);
    if (!isPageUrl(url) || (item && !isSitemapPage(item))) continue;
    const time = articleTimes.get(url) ?? (Number.isFinite(newest) ? newest : (item?.date.getTime() ?? Date.now()));
    entries.push({ loc: abs(url), lastmod: isoDateTime(new Date(time), zone) });
  }
  return entries;
}

/** The sitemap document. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `  <url><loc>${x(e.loc)}</loc><lastmod>${x(e.lastmod)}</lastmod></url>\n`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}
