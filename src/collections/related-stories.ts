// The related stories each article page shows: its front matter's `related:` list, else those chosen by topic and time.
import { buildRelated, type RelatedCandidate } from "./related.ts";
import { ArticleNames } from "./related-overrides.ts";
import type { SeriesPlace } from "./series.ts";
import { toSlug } from "../slugs/to-slug.ts";
import { publicationState } from "../articles/publication.ts";

/** What the choice reads of an article. */
export interface RelatedArticle extends RelatedCandidate {
  url: string;
  data: RelatedCandidate["data"] & { related?: unknown; draft?: unknown; eleventyExcludeFromCollections?: unknown };
}

/** What an article page shows under "Related". */
export interface RelatedStories<T> {
  /** `More on Courts` when every story shares the article's topic Courts, else `Related`. */
  heading: string;
  stories: T[];
}

/** How the stories are chosen. */
export interface RelatedStoriesOptions<T> {
  /** How many are chosen by topic and time (a `related:` list shows all it names); 0: none. */
  count: number;
  /** The build's clock: an article dated later is scheduled, and never related. */
  now: number;
  /** Each series part's place (src/collections/series.ts): its box lists the other parts. */
  seriesPlaces?: ReadonlyMap<T, SeriesPlace<T>>;
}

const published = (article: RelatedArticle, now: number) => publicationState(article.data.draft, article.date, now) === "published";

/**
 * The related stories of every article of `pages` (every built article, oldest first) that has
 * any. Chosen ones come from the published articles on the site's lists (`listed`, oldest
 * first), never the article's previous or next link (its neighbours in that list, as the
 * plugin's previous/next links are without `scopeBy`) nor another part of its series (its series
 * box lists them); a `related:` list is shown as written,
 * leaving out only articles not published in this build.
 */
export function buildRelatedStories<T extends RelatedArticle>(pages: readonly T[], listed: readonly T[], options: RelatedStoriesOptions<T>): Map<T, RelatedStories<T>> {
  const { count, now, seriesPlaces } = options;
  const candidates = listed.filter((article) => published(article, now));
  const place = new Map<T, number>();
  candidates.forEach((article, i) => place.set(article, i));
  // A series part's box already lists every part: the same headlines are not shown twice.
  const shownElsewhere = (article: T) => {
    const i = place.get(article)!;
    return [candidates[i - 1], candidates[i + 1], ...(seriesPlaces?.get(article)?.series.parts ?? [])].filter((x): x is T => x !== undefined);
  };
  const chosen = count > 0 ? buildRelated(candidates, { count, exclude: shownElsewhere }) : new Map<T, T[]>();
  const names = new ArticleNames(pages.filter((article) => published(article, now)));
  const result = new Map<T, RelatedStories<T>>();
  for (const article of pages) {
    const list = article.data.related;
    if (Array.isArray(list)) {
      const stories = list.flatMap((entry) => (typeof entry === "string" ? names.find(entry).slice(0, 1) : [])).filter((story) => story !== article);
      if (stories.length) result.set(article, { heading: "Related", stories });
      continue;
    }
    const stories = chosen.get(article);
    if (stories?.length) result.set(article, { heading: headingFor(article, stories), stories });
  }
  return result;
}

/** `More on <topic>` for the article's first topic that every story has, else `Related`. */
function headingFor(article: RelatedArticle, stories: readonly RelatedArticle[]): string {
  const slugs = (a: RelatedArticle) => new Set(Array.isArray(a.data.topics) ? a.data.topics.filter((t): t is string => typeof t === "string").map(toSlug) : []);
  const shared = stories.map(slugs);
  const topics = Array.isArray(article.data.topics) ? article.data.topics : [];
  const topic = topics.find((t): t is string => typeof t === "string" && shared.every((s) => s.has(toSlug(t))));
  return topic ? `More on ${topic}` : "Related";
}
