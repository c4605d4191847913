// Article URLs: /news/YYYY/MM/DD/<slug>/ with the date as the site's readers see it.
import { toSlug } from "../slugs/to-slug.ts";

/** What an article URL is made of: its publication instant, its title and an optional slug override. */
export interface ArticleUrlParts {
  date: Date;
  title: string;
  slug?: string;
}

/** The slug of an article: its explicit `slug`, else the slug of its title. */
export function articleSlug(parts: Pick<ArticleUrlParts, "title" | "slug">): string {
  return parts.slug ?? toSlug(parts.title);
}

/**
 * `/news/2023/05/02/dark-web-sweep/`. The date parts are taken in `zone`, so an article published
 * at 23:30 in New York on May 2 lives under 05/02 even though it is already May 3 in UTC.
 */
export function articleUrl(parts: ArticleUrlParts, zone: string): string {
  return `/news/${calendarPath(parts.date, zone)}/${articleSlug(parts)}/`;
}

// `2023/05/02` via a cached Intl formatter: one per zone, far cheaper than a luxon DateTime per article.
const formatters = new Map<string, Intl.DateTimeFormat>();

function calendarPath(date: Date, zone: string): string {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  return `${parts.year}/${parts.month}/${parts.day}`;
}
