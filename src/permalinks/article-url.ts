// Article URLs: /news/YYYY/MM/DD/<slug>/ with the date as the site's readers see it.
import { DateTime } from "luxon";
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
  const day = DateTime.fromJSDate(parts.date, { zone }).toFormat("yyyy/MM/dd");
  return `/news/${day}/${articleSlug(parts)}/`;
}
