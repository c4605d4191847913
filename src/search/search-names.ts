// The names site search shares between the layouts, the indexer and the browser script: one place each.

/** Where the search page is. */
export const SEARCH_URL = "/search/";

/** The folder of the output Pagefind's bundle (its script, WebAssembly and index) is written to. */
export const PAGEFIND_DIR = "pagefind";

/** The search page's own script, written next to the stylesheet by the search plugin. */
export const SEARCH_SCRIPT_URL = "/assets/search.js";

/**
 * Pagefind's attributes (https://pagefind.app/docs/indexing/). The article is the indexed body;
 * a page without it (fronts, topic pages, this page) is never sent to the indexer.
 */
export const PAGEFIND = {
  body: "data-pagefind-body",
  ignore: "data-pagefind-ignore",
  filter: "data-pagefind-filter",
  meta: "data-pagefind-meta",
  sort: "data-pagefind-sort",
  indexAttrs: "data-pagefind-index-attrs",
} as const;

/** The filters a result can be narrowed by, in the order the search form shows them. */
export const FILTERS = [
  { key: "topic", label: "Topic", all: "All topics" },
  { key: "author", label: "Author", all: "All authors" },
  { key: "year", label: "Year", all: "All years" },
] as const;

export type FilterKey = (typeof FILTERS)[number]["key"];

/** Meta and sort keys: `date` is the readable date a result shows, `datetime` its ISO value. */
export const META = { date: "date", datetime: "datetime" } as const;

/** The ids and classes of the search page that its script finds and fills. */
export const SEARCH_PAGE = {
  form: "search-form",
  input: "search-query",
  status: "search-status",
  results: "search-results",
  filterPrefix: "search-filter-",
  resultClass: "search-result",
  excerptClass: "search-result__excerpt",
} as const;
