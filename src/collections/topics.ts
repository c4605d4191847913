// The topic index: every topic once, with its articles, built in one pass over the articles.
import { toSlug } from "../slugs/to-slug.ts";

/** One topic: its URL slug, display name and articles (in the order they were given). */
export interface Topic<T> {
  slug: string;
  name: string;
  articles: T[];
}

/**
 * Groups articles by topic slug (`Public safety` and `public safety` are one topic; the first
 * spelling seen names it). Returns topics sorted by name. O(articles × topics per article).
 */
export function buildTopics<T extends { data: { topics?: unknown } }>(articles: readonly T[]): Topic<T>[] {
  const bySlug = new Map<string, Topic<T>>();
  for (const article of articles) {
    const names = article.data.topics;
    if (!Array.isArray(names)) continue;
    for (const name of names) {
      if (typeof name !== "string") continue;
      const slug = toSlug(name);
      let topic = bySlug.get(slug);
      if (!topic) bySlug.set(slug, (topic = { slug, name, articles: [] }));
      topic.articles.push(article);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1));
}

/** `/topics/public-safety/` */
export function topicUrl(slug: string): string {
  return `/topics/${slug}/`;
}
