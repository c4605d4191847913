// Series: articles sharing a front-matter `series:` name, in publication order, each a part with its number.
import { toSlug } from "../slugs/to-slug.ts";
import { publicationState } from "../articles/publication.ts";

/** What a series reads of an article. */
export interface SeriesArticle {
  date: Date;
  data: { series?: unknown; draft?: unknown };
}

/** One series: its name as its first part spells it, its page, and its parts oldest first. */
export interface Series<T> {
  slug: string;
  name: string;
  /** `/series/<slug>/`. */
  url: string;
  parts: T[];
}

/** Where an article sits in its series: "Part 2 of 5". */
export interface SeriesPlace<T> {
  series: Series<T>;
  /** 1-based. */
  part: number;
}

/** The series' page. */
export const seriesUrl = (slug: string) => `/series/${slug}/`;

/** The slug of an article's series, or undefined when it has none (or one with no letters or digits, which validation refuses). */
export function seriesSlug(article: SeriesArticle): string | undefined {
  const name = article.data.series;
  if (typeof name !== "string") return undefined;
  return toSlug(name) || undefined;
}

/**
 * Every series of `oldestFirst` (the site's listed articles), sorted by name, each with its
 * published parts in publication order (drafts and articles dated after `now` are no part yet,
 * so "Part 2 of 5" counts what readers can read); and each part's place. Names are matched by
 * slug, as topics are (`Fentanyl on the border`, `fentanyl on the Border`). Linear but for the sort.
 */
export function buildSeries<T extends SeriesArticle>(oldestFirst: readonly T[], now: number): { series: Series<T>[]; places: Map<T, SeriesPlace<T>> } {
  const bySlug = new Map<string, Series<T>>();
  for (const article of oldestFirst) {
    if (publicationState(article.data.draft, article.date, now) !== "published") continue;
    const slug = seriesSlug(article);
    if (!slug) continue;
    let series = bySlug.get(slug);
    if (!series) bySlug.set(slug, (series = { slug, name: String(article.data.series).trim(), url: seriesUrl(slug), parts: [] }));
    series.parts.push(article);
  }
  const places = new Map<T, SeriesPlace<T>>();
  for (const series of bySlug.values()) series.parts.forEach((article, i) => places.set(article, { series, part: i + 1 }));
  const series = [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.slug < b.slug ? -1 : 1));
  return { series, places };
}
