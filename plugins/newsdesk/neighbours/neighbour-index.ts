// Previous/next articles: plain records in, a neighbour index out — one sort, one pass each way.

/** One article as the index sees it: plain data, no Eleventy objects. */
export interface NeighbourRecord {
  /** Where the article is served; `false` (Eleventy's `permalink: false`) is never linked to. */
  url: string | false;
  title: string;
  /** Publication instant, as a `Date` or epoch milliseconds. */
  date: Date | number;
  /** Second sort key, for articles published at the same instant. */
  slug: string;
  /** Third sort key, unique per article; also the index's key. */
  inputPath: string;
  /** A draft gets neighbours (the dev server shows it) but is never one. */
  draft?: boolean;
  /** Left out of collections (`eleventyExcludeFromCollections`): never a neighbour. */
  excluded?: boolean;
  /** Scope key (e.g. the series' name): a scoped article links only within its scope. */
  scope?: string;
}

/**
 * What an article without a scope links to, when some articles have one:
 * `"unscoped"` — other articles without a scope (default; previous/next stay exact inverses);
 * `"all"` — the whole collection, scoped articles included (they link back only within their scope);
 * `"none"` — nothing.
 */
export type ScopeFallback = "unscoped" | "all" | "none";

/** Options of `buildNeighbourIndex`. */
export interface NeighbourIndexOptions {
  /** Articles dated after this instant are scheduled, never neighbours. Default: `Date.now()`. */
  now?: Date | number;
  /** See `ScopeFallback`. Default: `"unscoped"`. */
  fallback?: ScopeFallback;
}

/** An article's neighbours: `previous` was published earlier, `next` later; `null` at the ends. */
export interface Neighbours<R> {
  previous: R | null;
  next: R | null;
}

/** Neighbours of every record, keyed by `inputPath`. */
export type NeighbourIndex<R> = Map<string, Neighbours<R>>;

/** The fallback values, for validation and documentation. */
export const SCOPE_FALLBACKS: readonly ScopeFallback[] = ["unscoped", "all", "none"];

/** Milliseconds of a record's date; throws, naming the file, when it is not a valid instant. */
export function dateMs(record: NeighbourRecord): number {
  const ms = record.date instanceof Date ? record.date.getTime() : record.date;
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw new TypeError(
      `${record.inputPath}: \`date\` is ${String(record.date)}, expected a valid Date or epoch milliseconds`,
    );
  }
  return ms;
}

/** True when the record may be linked to: built, not a draft, not excluded, not in the future. */
export function isPublished(record: NeighbourRecord, now: number): boolean {
  return Boolean(record.url) && !record.draft && !record.excluded && dateMs(record) <= now;
}

// Code-unit order, not localeCompare: the same on every machine and ICU version.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first: date-time, then slug, then input path (code-unit order) — a total order. */
export function compareRecords(a: NeighbourRecord, b: NeighbourRecord): number {
  return dateMs(a) - dateMs(b) || compareText(a.slug, b.slug) || compareText(a.inputPath, b.inputPath);
}

interface Entry<R> {
  record: R;
  ms: number;
  /** The list this record takes its neighbours from; -1 for none. */
  source: number;
  /** The list it is a target in besides ALL: its scope's, or UNSCOPED; -1 when not published. */
  own: number;
  neighbours: Neighbours<R>;
}

// Lists are numbered: two built-in ones, then one per scope value (numbers, so no series name
// can collide with a built-in list, and each step is an array read, not a hash look-up).
const ALL = 0;
const UNSCOPED = 1;

/**
 * Builds every record's previous/next once: O(n log n) for the sort, then O(n), and O(1) per
 * look-up — never a scan per page (Eleventy's `getPreviousCollectionItem` is O(n²) over a site).
 * Every record gets an entry (drafts and scheduled ones too); only published records are targets.
 * Throws on an invalid date or a repeated `inputPath`.
 */
export function buildNeighbourIndex<R extends NeighbourRecord>(
  records: readonly R[],
  options: NeighbourIndexOptions = {},
): NeighbourIndex<R> {
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const fallback = options.fallback ?? "unscoped";
  const scopes = new Map<string, number>();
  const entries = records.map((record): Entry<R> => {
    let own = UNSCOPED;
    if (record.scope !== undefined) {
      own = scopes.get(record.scope) ?? scopes.size + 2;
      scopes.set(record.scope, own);
    }
    const source = own !== UNSCOPED ? own : fallback === "all" ? ALL : fallback === "none" ? -1 : UNSCOPED;
    const published = isPublished(record, now);
    return { record, ms: dateMs(record), source, own: published ? own : -1, neighbours: { previous: null, next: null } };
  });
  // compareRecords, with each date read once instead of once per comparison.
  entries.sort(
    (a, b) =>
      a.ms - b.ms ||
      compareText(a.record.slug, b.record.slug) ||
      compareText(a.record.inputPath, b.record.inputPath),
  );

  const index: NeighbourIndex<R> = new Map();
  // The latest (then, walking back, the earliest) published record seen in each list.
  let last: (R | null)[] = new Array(scopes.size + 2).fill(null);
  for (const entry of entries) {
    const key = entry.record.inputPath;
    if (index.has(key)) throw new TypeError(`${key}: the same input path appears twice in the collection`);
    index.set(key, entry.neighbours);
    entry.neighbours.previous = entry.source < 0 ? null : last[entry.source];
    if (entry.own >= 0) last[entry.own] = last[ALL] = entry.record;
  }
  last = new Array(scopes.size + 2).fill(null);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    entry.neighbours.next = entry.source < 0 ? null : last[entry.source];
    if (entry.own >= 0) last[entry.own] = last[ALL] = entry.record;
  }
  return index;
}
