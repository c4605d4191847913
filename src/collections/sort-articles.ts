// Orders articles oldest → newest with deterministic ties.
import { articleSlug } from "../permalinks/article-url.ts";

/** The parts of a collection item the order looks at. */
export interface SortableArticle {
  date: Date;
  inputPath: string;
  data: { title?: unknown; slug?: unknown };
}

/**
 * A new array, oldest first: by date, then slug, then input path — so two articles with the same
 * date always come out in the same order, whatever order Eleventy found the files in.
 * Keys are computed once per item, not per comparison.
 */
export function sortArticles<T extends SortableArticle>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({
    item,
    time: item.date.getTime(),
    slug: articleSlug({
      title: String(item.data.title ?? ""),
      slug: typeof item.data.slug === "string" ? item.data.slug : undefined,
    }),
  }));
  keyed.sort(
    (a, b) =>
      a.time - b.time ||
      compare(a.slug, b.slug) ||
      compare(a.item.inputPath, b.item.inputPath),
  );
  return keyed.map((k) => k.item);
}

// Code-point order, not locale order: the same result on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
