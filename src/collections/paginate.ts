// Splits a list into numbered pages with their URLs and neighbours, for section and topic fronts.

/** One page of a paginated list, with everything a pagination nav needs. */
export interface ListPage<T> {
  /** 1-based. */
  pageNumber: number;
  totalPages: number;
  items: T[];
  url: string;
  previousUrl?: string;
  nextUrl?: string;
  firstUrl: string;
  lastUrl: string;
}

/** `/news/` for page 1, `/news/page/2/` after. `base` ends with `/`. */
export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}

/**
 * Pages of `size` items under `base`. An empty list still has one (empty) page, so `/news/`
 * exists on a new site.
 */
export function paginate<T>(items: readonly T[], size: number, base: string): ListPage<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const pages: ListPage<T>[] = [];
  for (let n = 1; n <= totalPages; n++) {
    pages.push({
      pageNumber: n,
      totalPages,
      items: items.slice((n - 1) * size, n * size),
      url: pageUrl(base, n),
      previousUrl: n > 1 ? pageUrl(base, n - 1) : undefined,
      nextUrl: n < totalPages ? pageUrl(base, n + 1) : undefined,
      firstUrl: base,
      lastUrl: pageUrl(base, totalPages),
    });
  }
  return pages;
}
