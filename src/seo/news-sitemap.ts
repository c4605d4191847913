// Google News sitemap: articles published in the last two days, at most 1,000, newest first.
// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
import { escapeXml as x } from "../feeds/xml.ts";
import { isoDateTime } from "../dates/format-date.ts";
import { isSitemapPage, type SitemapItem } from "./sitemap.ts";

/** Google's limits: articles from the last two days, up to 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX = 1000;

/** One article in the news sitemap. */
export interface NewsEntry {
  loc: string;
  title: string;
  published: string;
}

/**
 * Articles (oldest first, contract 2) published in `(now − 2 days, now]`, newest first, capped at
 * 1,000. Walks back from the newest and stops at the window's edge: cost is the window, not the site.
 */
export function newsEntries(
  oldestFirst: readonly SitemapItem[],
  now: Date,
  abs: (url: string) => string,
  zone: string,
): NewsEntry[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  const out: NewsEntry[] = [];
  for (let i = oldestFirst.length - 1; i >= 0 && out.length < NEWS_MAX; i--) {
    const item = oldestFirst[i];
    const time = item.date.getTime();
    if (time <= start) break;
    if (time > end || !isSitemapPage(item)) continue;
    out.push({ loc: abs(item.url as string), title: String(item.data.title ?? ""), published: isoDateTime(item.date, zone) });
  }
  return out;
}

/** Google News wants ISO 639 language codes: `en-US` → `en`; Chinese keeps its script (`zh-cn`). */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  return lower.startsWith("zh-") ? lower : lower.split("-")[0];
}

/** The news sitemap document. */
export function newsSitemapXml(entries: readonly NewsEntry[], publication: { name: string; language: string }): string {
  const pub = `<news:publication><news:name>${x(publication.name)}</news:name><news:language>${x(newsLanguage(publication.language))}</news:language></news:publication>`;
  const urls = entries.map(
    (e) =>
      `  <url><loc>${x(e.loc)}</loc><news:news>${pub}<news:publication_date>${x(e.published)}</news:publication_date><news:title>${x(e.title)}</news:title></news:news></url>\n`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join("")}</urlset>\n`;
}
