// Related stories: for every article, up to N others chosen by shared series and topics, then closeness in time.
import { toSlug } from "../slugs/to-slug.ts";

/** What the choice reads of an article. */
export interface RelatedCandidate {
  date: Date;
  data: { topics?: unknown; series?: unknown };
}

/** How related stories are chosen. */
export interface RelatedOptions<T> {
  /** How many per article. */
  count: number;
  /** Articles never shown as related to `article` (its previous and next links). */
  exclude?: (article: T) => readonly T[];
}

// A shared series outweighs any number of shared topics a pair of articles is likely to have.
const SERIES_WEIGHT = 100;

/**
 * Related articles for every article of `oldestFirst` (the site's listed articles, oldest first:
 * drafts, scheduled and excluded pages are already out). Score: a shared series counts
 * {@link SERIES_WEIGHT}, each shared topic 1; ties go to the article closest in time, then to the
 * newer. Candidates come from per-topic and per-series lists in date order, scanning only the
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
      const weight = key.startsWith("series:") ? SERIES_WEIGHT : 1;
      for (let k = Math.max(0, at - window); k < Math.min(list.length, at + window + 1); k++) {
        const j = list[k]!;
        if (!skip.has(j)) scores.set(j, (scores.get(j) ?? 0) + weight);
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
  const { topics, series } = article.data;
  if (Array.isArray(topics)) for (const t of topics) if (typeof t === "string") keys.add(`topic:${toSlug(t)}`);
  if (typeof series === "string" && series.trim()) keys.add(`series:${toSlug(series)}`);
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
