// The related stories each article page shows: its front matter's `related:` list, else those chosen by topic and series.
import { buildRelated, type RelatedCandidate } from "./related.ts";
import { ArticleNames } from "./related-overrides.ts";
import { toSlug } from "../slugs/to-slug.ts";

/** What the choice reads of an article. */
export interface RelatedArticle extends RelatedCandidate {
  url: string;
  data: RelatedCandidate["data"] & { series?: unknown; related?: unknown; draft?: unknown; eleventyExcludeFromCollections?: unknown };
}

/** What an article page shows under "Related". */
export interface RelatedStories<T> {
  /** `More on Courts` when every story shares the article's topic Courts, else `Related`. */
  heading: string;
  stories: T[];
}

/** How the stories are chosen. */
export interface RelatedStoriesOptions {
  /** How many are chosen by topic and series (a `related:` list shows all it names); 0: none. */
  count: number;
  /** The build's clock: an article dated later is scheduled, and never related. */
  now: number;
}

const published = (article: RelatedArticle, now: number) => article.data.draft !== true && article.date.getTime() <= now;

/**
 * The related stories of every article of `pages` (every built article, oldest first) that has
 * any. Chosen ones come from the published articles on the site's lists (`listed`, oldest
 * first), never the article's previous or next link (its neighbours in that list, as the
 * plugin's previous/next links are without `scopeBy`) nor another part of its series (its series
 * box lists them); a `related:` list is shown as written,
 * leaving out only articles not published in this build.
 */
export function buildRelatedStories<T extends RelatedArticle>(pages: readonly T[], listed: readonly T[], options: RelatedStoriesOptions): Map<T, RelatedStories<T>> {
  const { count, now } = options;
  const candidates = listed.filter((article) => published(article, now));
  const place = new Map<T, number>();
  candidates.forEach((article, i) => place.set(article, i));
  // A series part's box already lists every part: the same headlines are not shown twice.
  const seriesOf = (article: T) => (typeof article.data.series === "string" && article.data.series.trim() ? toSlug(article.data.series) : undefined);
  const parts = new Map<string, T[]>();
  for (const article of candidates) {
    const series = seriesOf(article);
    if (series) parts.set(series, [...(parts.get(series) ?? []), article]);
  }
  const shownElsewhere = (article: T) => {
    const i = place.get(article)!;
    const series = seriesOf(article);
    return [candidates[i - 1], candidates[i + 1], ...(series ? parts.get(series)! : [])].filter((x): x is T => x !== undefined);
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
