// `npm start` only: what each kind of page is made of, for UnchangedPages (src/dev/unchanged-pages.ts).
import type { ArticleItem } from "../articles/article-item.ts";
import { publicationState } from "../articles/publication.ts";
import type { ListPage } from "../collections/paginate.ts";
import type { TopicPage } from "../collections/site-collections.ts";
import type { ArchivePage } from "../collections/archives.ts";
import type { PageInputs } from "./unchanged-pages.ts";

/** A previous/next link as the article page shows it. */
export interface NavLinkLike {
  url: string | false;
  title: string;
  date: Date;
}

/** The related stories an article page shows (src/collections/related-stories.ts). */
export interface RelatedLike {
  heading: string;
  stories: readonly { url: string; date: Date; data: { title: string } }[];
}

/** The series box an article page shows (src/collections/series.ts). */
export interface SeriesLike {
  part: number;
  series: { name: string; url: string; parts: readonly { url: string; date: Date; data: { title: string } }[] };
}

type Story = { url: string; date: Date; data: { title: string } };
// A story in a box or list shows parts of its front matter (headline, dek, kicker, thumbnail,
// type label, bylines): all of it counts, so none of those changes is missed.
const storyInputs = (stories: readonly Story[]) => stories.flatMap((s) => [s.url, s.date.getTime(), JSON.stringify(s.data)]);

/**
 * An article page: the article's whole file (front matter and body), whether it shows the draft
 * or scheduled banner, the previous and next links (which change when a neighbour's title,
 * date or URL does, or when an article moves in between), its related stories (which change
 * when another article's topics do) and its series' parts.
 */
export function articlePageInputs(article: ArticleItem, neighbours: { previous: NavLinkLike | null; next: NavLinkLike | null }, now: number, related?: RelatedLike, series?: SeriesLike): PageInputs {
  const link = (l: NavLinkLike | null) => (l ? [l.url, l.title, l.date.getTime()] : [null, null, null]);
  const stories = related ? ["related", related.heading, ...storyInputs(related.stories)] : [];
  const parts = series ? ["series", series.series.name, series.series.url, series.part, ...storyInputs(series.series.parts)] : [];
  return [article.source, publicationState(article.data.draft, article.date, now), ...link(neighbours.previous), ...link(neighbours.next), ...stories, ...parts];
}

/**
 * A section-front, topic or archive page: its place in the pagination, each teaser's article
 * (its front matter), and an archive's count and links to the periods around it.
 */
export function listPageInputs(page: ListPage<ArticleItem> | TopicPage | ArchivePage<ArticleItem>): PageInputs {
  const topic = "topic" in page ? [page.topic.name, page.topic.count] : [];
  const archive = "archive" in page ? [page.archive.count, page.archive.older?.url, page.archive.newer?.url] : [];
  const teasers = storyInputs(page.items as ArticleItem[]);
  return [page.url, page.pageNumber, page.totalPages, ...topic, ...archive, ...teasers];
}
