// Every collection the site's pages use, derived once per build from the build's articles.
import type { ArticleItem } from "../articles/article-item.ts";
import { paginate, type ListPage } from "./paginate.ts";
import { sortArticles } from "./sort-articles.ts";
import { buildTopics, topicUrl, type Topic } from "./topics.ts";
import { buildArchivePages, type ArchivePage } from "./archives.ts";
import { buildRelatedStories, type RelatedStories } from "./related-stories.ts";
import { buildSeries, type Series, type SeriesPlace } from "./series.ts";
import { buildCorrections, type CorrectionEntry } from "./corrections.ts";
import { buildAuthorPages, buildAuthors, type AuthorPage, type SiteAuthor } from "./authors.ts";
import type { AuthorProfile } from "./authors-file.ts";
import { site } from "../site.ts";

/** A page of a topic's articles, with the topic it belongs to. */
export interface TopicPage extends ListPage<ArticleItem> {
  topic: { slug: string; name: string; count: number };
}

/**
 * How many articles `latestArticles` holds. Short on purpose: Eleventy 3.1 fills every array
 * collection of pages with their content by a linear search per item, so a full-length
 * newest-first copy would cost O(n²) over the site; fronts get theirs from the pages.
 */
export const LATEST_ARTICLES = 24;

/** The site's collections, each computed once per build. */
export interface SiteCollections {
  /** Every built article, oldest → newest: one page each (content/news/articles.html). */
  articlePages: ArticleItem[];
  /** Every built article on the site's lists, oldest → newest: `eleventyExcludeFromCollections` ones left out. */
  articles: ArticleItem[];
  /** The newest {@link LATEST_ARTICLES} articles, newest first (the home page's lists). */
  latestArticles: ArticleItem[];
  /** Topics sorted by name, each with its articles newest first. */
  topics: Topic<ArticleItem>[];
  /** Pages of the section front at `/news/`. */
  newsPages: ListPage<ArticleItem>[];
  /** Pages of every topic front at `/topics/<slug>/`. */
  topicPages: TopicPage[];
  /** Pages of the date archives at `/news/<year>/`, `/news/<year>/<month>/`, `/news/<year>/<month>/<day>/` (src/collections/archives.ts). */
  archivePages: ArchivePage<ArticleItem>[];
  /** What each article page shows under "Related" (src/collections/related-stories.ts); articles with none are not in it. */
  relatedStories: ReadonlyMap<ArticleItem, RelatedStories<ArticleItem>>;
  /** Every series (`series:` in front matter), by name, each with its published parts oldest first: a page each at `/series/<slug>/`. */
  series: Series<ArticleItem>[];
  /** Each part's series and number ("Part 2 of 5"); articles in no series are not in it. */
  seriesPlaces: ReadonlyMap<ArticleItem, SeriesPlace<ArticleItem>>;
  /** Every correction of a published, listed article, newest first (the corrections page). */
  corrections: CorrectionEntry<ArticleItem>[];
  /** Every author a byline names or `content/authors.json` describes, by name (src/collections/authors.ts). */
  authors: SiteAuthor<ArticleItem>[];
  /** Pages of every author's articles at `/authors/<slug>/`. */
  authorPages: AuthorPage<ArticleItem>[];
  /** The author a byline name is, by the slug of the name (src/collections/authors.ts `authorKey`): where the byline links. */
  authorsByName: ReadonlyMap<string, SiteAuthor<ArticleItem>>;
  /** The URL of every article page and list page (the sitemap's, when `npm start` writes only some). */
  allPageUrls: string[];
}

/** What else the collections depend on. */
export interface CollectionSettings {
  /** The build's clock: scheduled articles are never related stories. Default: now. */
  now?: number;
  /** Related stories chosen per article (`site.related.count`). */
  relatedCount?: number;
  /** The staff file's profiles (src/collections/authors-file.ts). Default: none. */
  authorProfiles?: readonly AuthorProfile[];
}

/**
 * Builds all collections from the build's articles (src/articles/load-articles.ts) with one sort.
 * `zone` and `locale` (the archives' dates and labels) default to the site's.
 */
export function buildSiteCollections(
  built: readonly ArticleItem[],
  pageSize: number,
  zone: string = site.timeZone,
  locale: string = site.language,
  settings: CollectionSettings = {},
): SiteCollections {
  const articlePages = sortArticles(built);
  const articles = articlePages.filter((article) => article.data.eleventyExcludeFromCollections !== true);
  const articlesNewestFirst = [...articles].reverse();
  const topics = buildTopics(articlesNewestFirst);
  const topicPages = topics.flatMap((topic) =>
    paginate(topic.articles, pageSize, topicUrl(topic.slug)).map((page) => ({
      ...page,
      topic: { slug: topic.slug, name: topic.name, count: topic.articles.length },
    })),
  );
  const newsPages = paginate(articlesNewestFirst, pageSize, "/news/");
  const archivePages = buildArchivePages(articlesNewestFirst, pageSize, zone, locale);
  const now = settings.now ?? Date.now();
  const series = buildSeries(articles, now);
  const authors = buildAuthors(articlesNewestFirst, settings.authorProfiles ?? []);
  const authorPages = buildAuthorPages(authors.authors, pageSize);
  return {
    articlePages,
    articles,
    latestArticles: articlesNewestFirst.slice(0, LATEST_ARTICLES),
    topics,
    newsPages,
    topicPages,
    archivePages,
    relatedStories: buildRelatedStories(articlePages, articles, { count: settings.relatedCount ?? site.related.count, now, seriesPlaces: series.places }),
    series: series.series,
    seriesPlaces: series.places,
    corrections: buildCorrections(articlesNewestFirst, zone, now),
    authors: authors.authors,
    authorPages,
    authorsByName: authors.byName,
    allPageUrls: [
      ...articlePages.map((a) => a.url),
      ...newsPages.map((p) => p.url),
      ...topicPages.map((p) => p.url),
      ...archivePages.map((p) => p.url),
      ...series.series.map((s) => s.url),
      ...authorPages.map((p) => p.url),
    ],
  };
}
