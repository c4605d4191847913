// Article URLs: /news/YYYY/MM/DD/<slug>/ with the date as the site's readers see it.
import { wallClock } from "../../plugins/newsdesk/index.ts";
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

const pad = (n: number) => String(n).padStart(2, "0");

// `2023/05/02` from the wall clock the rest of the date code reads (one cached `Intl` format() and
// a regular expression, remembered per instant: the article's date was read while it was parsed),
// not `formatToParts()` per article. As that formatter printed it: the year unpadded, and as
// the era counts it (1 BC is 1, not ISO's 0), so that no URL changes.
function calendarPath(date: Date, zone: string): string {
  const { year, month, day } = wallClock(date.getTime(), zone);
  return `${year > 0 ? year : 1 - year}/${pad(month)}/${pad(day)}`;
}
