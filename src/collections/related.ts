// Related stories: for every article, up to N others chosen by shared topics, then closeness in time.
import { toSlug } from "../slugs/to-slug.ts";

/** What the choice reads of an article. */
export interface RelatedCandidate {
  date: Date;
  data: { topics?: unknown };
}

/** How related stories are chosen. */
export interface RelatedOptions<T> {
  /** How many per article. */
  count: number;
  /** Articles never shown as related to `article` (its previous and next links, its series' other parts). */
  exclude?: (article: T) => readonly T[];
}

/**
 * Related articles for every article of `oldestFirst` (the site's listed articles, oldest first:
 * drafts, scheduled and excluded pages are already out). Score: each shared topic counts 1; ties
 * go to the article closest in time, then to the newer. (A series part's other parts are listed
 * in its series box, so the site excludes them.) Candidates come from per-topic lists in date
 * order, scanning only the
 * `window` nearest entries on each side of the article: O(n × groups per article × window), not
 * O(n²). Articles sharing nothing are not related.
 */
export function buildRelated<T extends RelatedCandidate>(oldestFirst: readonly T[], options: RelatedOptions<T>): Map<T, T[]> {
  const { count, exclude } = options;
  const index = new Map<T, number>();
  oldestFirst.forEach((article, i) => index.set(article, i));
  const groups = new Map<string, number[]>();
  const keysOf = oldestFirst.map((article, i) => {
    const keys = groupKeys(article);
    for (const key of keys) {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(i);
    }
    return keys;
  });
  const related = new Map<T, T[]>();
  oldestFirst.forEach((article, i) => {
    const skip = new Set<number>([i]);
    for (const other of exclude?.(article) ?? []) {
      const j = index.get(other);
      if (j !== undefined) skip.add(j);
    }
    const window = count + skip.size;
    const scores = new Map<number, number>();
    for (const key of keysOf[i]!) {
      const list = groups.get(key)!;
      const at = position(list, i);
      for (let k = Math.max(0, at - window); k < Math.min(list.length, at + window + 1); k++) {
        const j = list[k]!;
        if (!skip.has(j)) scores.set(j, (scores.get(j) ?? 0) + 1);
      }
    }
    const time = article.date.getTime();
    const chosen = [...scores.entries()]
      .sort(([a, sa], [b, sb]) => sb - sa || distance(oldestFirst[a]!, time) - distance(oldestFirst[b]!, time) || b - a)
      .slice(0, count)
      .map(([j]) => oldestFirst[j]!);
    related.set(article, chosen);
  });
  return related;
}

function groupKeys(article: RelatedCandidate): string[] {
  const keys = new Set<string>();
  const { topics } = article.data;
  if (Array.isArray(topics)) for (const t of topics) if (typeof t === "string") keys.add(`topic:${toSlug(t)}`);
  return [...keys];
}

const distance = (article: RelatedCandidate, time: number) => Math.abs(article.date.getTime() - time);

// Where index `i` sits in a sorted list of indices (binary search).
function position(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
