// Eleventy collection items to neighbour records, and an index memoised per collection array.
import { buildNeighbourIndex, type NeighbourIndex, type NeighbourRecord, type Neighbours, type ScopeFallback } from "./neighbour-index.ts";
import type { NavLink } from "./article-nav.ts";

/** The parts of an Eleventy collection item the index reads. */
export interface CollectionItemLike {
  inputPath: string;
  url: string | false;
  date: Date;
  fileSlug: string;
  data?: Record<string, unknown>;
}

/** A record that remembers the link it stands for. */
export type ItemRecord = NeighbourRecord & { link: NavLink };

/** Scope values are strings: a non-empty string or a finite number; anything else is no scope. */
export function scopeValue(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * The slug that breaks date ties: the last segment of the page's URL (`/news/2023/05/02/port-bids/`
 * gives `port-bids`), so the order follows what readers see and the site's own collection order;
 * for a page without a URL, front matter `slug`, else the file's slug.
 */
export function slugOf(item: CollectionItemLike): string {
  const segment = item.url ? item.url.replace(/\/index\.html$/, "/").split("/").filter(Boolean).at(-1) : undefined;
  if (segment) {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  const slug = item.data?.slug;
  return typeof slug === "string" && slug ? slug : item.fileSlug;
}

/** Reads an item's title, slug (see `slugOf`), `draft` and scope. */
export function recordFromItem(item: CollectionItemLike, scopeBy: string | null): ItemRecord {
  const data = item.data ?? {};
  const title = typeof data.title === "string" ? data.title : item.fileSlug;
  return {
    url: item.url,
    title,
    date: item.date,
    slug: slugOf(item),
    inputPath: item.inputPath,
    draft: data.draft === true,
    excluded: Boolean(data.eleventyExcludeFromCollections),
    scope: scopeBy ? scopeValue(data[scopeBy]) : undefined,
    link: { url: item.url || "", title, date: item.date },
  };
}

/** How the lookup builds its indexes. */
export interface NeighbourLookupOptions {
  scopeBy: string | null;
  fallback: ScopeFallback;
  /** Clock for "scheduled"; read once per index. Default: `Date.now`. */
  now?: () => number;
}

/** The neighbours of one page, as templates get them. */
export type PageNeighbours = Neighbours<NavLink>;

/**
 * One index per collection array (a WeakMap, so a rebuild's new arrays get new indexes and old
 * ones are collected): the first page pays O(n log n), every other page an O(1) look-up.
 */
export function createNeighbourLookup(options: NeighbourLookupOptions) {
  const indexes = new WeakMap<readonly unknown[], NeighbourIndex<ItemRecord>>();

  function indexFor(collection: readonly CollectionItemLike[]): NeighbourIndex<ItemRecord> {
    let index = indexes.get(collection);
    if (!index) {
      const records = collection.map((item) => recordFromItem(item, options.scopeBy));
      index = buildNeighbourIndex(records, { now: (options.now ?? Date.now)(), fallback: options.fallback });
      indexes.set(collection, index);
    }
    return index;
  }

  /** `{ previous, next }` for `page` (null at the ends, and both null for a page not in `collection`). */
  function neighboursOf(name: string, collection: unknown, page: unknown): PageNeighbours {
    if (!Array.isArray(collection)) {
      throw new TypeError(
        `\`${name}\`: expected a collection such as \`collections.articles\` first, got ${describe(collection)}`,
      );
    }
    const inputPath = (page as { inputPath?: unknown } | null)?.inputPath;
    if (typeof inputPath !== "string") {
      throw new TypeError(
        `\`${name}\`: expected Eleventy's \`page\` second (e.g. \`${name}(collections.articles, page)\`), got ${describe(page)}`,
      );
    }
    const found = indexFor(collection).get(inputPath);
    return { previous: found?.previous?.link ?? null, next: found?.next?.link ?? null };
  }

  return { indexFor, neighboursOf };
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  return Array.isArray(value) ? "an array" : typeof value === "object" && value ? "an object" : JSON.stringify(value);
}

/**
 * The previous/next functions the plugin puts on an 11ty.js template's `this`; type a layout's
 * `render(this: NeighbourTemplateFunctions, data)` to call `this.articleNav(collections.articles, page)`.
 */
export interface NeighbourTemplateFunctions {
  /** `{ previous, next }` of `page` in `collection`, each `{ url, title, date }` or `null`. */
  neighbours(collection: unknown, page: unknown): PageNeighbours;
  /** The `<nav>` HTML, or `""` when the page has no neighbour. */
  articleNav(collection: unknown, page: unknown): string;
}
