// The search page at /search/ (site search, src/search/): the search layout renders the form and results.
import { SEARCH_URL } from "../src/search/search-names.ts";

export const data = {
  layout: "search.11ty.ts",
  // No page when the site turns search off (`search: false` in src/site.ts).
  permalink: (data: { site: { search?: boolean } }) => (data.site.search === false ? false : SEARCH_URL),
  title: "Search",
  description: "Search every article on the site by words, topic, author and year.",
  eleventyExcludeFromCollections: true,
};

/** The search layout renders the whole page. */
export function render(): string {
  return "";
}
