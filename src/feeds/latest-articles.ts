// Picks a feed's articles: the newest published ones, newest first, without scanning the whole site.

/** The part of a collection item feeds read. */
export interface FeedItem {
  url: string | false;
  date: Date;
  inputPath: string;
  data: Record<string, any>;
  content?: unknown;
  /** An article's body HTML (src/articles/article-item.ts); other items give `content`. */
  html?: () => Promise<string>;
}

/** True for an item that is published: built, not a draft (drafts only exist in `npm start`). */
export function isPublished(item: FeedItem): boolean {
  return Boolean(item.url) && item.data?.draft !== true && item.data?.eleventyExcludeFromCollections !== true;
}

/**
 * The `limit` newest published items of `oldestFirst` (contract 2's order), newest first.
 * Walks back from the end, so the cost is the feed's size, not the site's.
 */
export function latestArticles<T extends FeedItem>(oldestFirst: readonly T[], limit = 20): T[] {
  const out: T[] = [];
  for (let i = oldestFirst.length - 1; i >= 0 && out.length < limit; i--) {
    if (isPublished(oldestFirst[i])) out.push(oldestFirst[i]);
  }
  return out;
}

/** The `limit` first published items of a list that is already newest first (a topic's articles). */
export function firstPublished<T extends FeedItem>(newestFirst: readonly T[], limit = 20): T[] {
  const out: T[] = [];
  for (let i = 0; i < newestFirst.length && out.length < limit; i++) {
    if (isPublished(newestFirst[i])) out.push(newestFirst[i]);
  }
  return out;
}
