// Author pages: /authors/<slug>/ and /authors/<slug>/page/2/ — one page per entry of collections.authorPages.
import type { AuthorPage } from "../src/collections/authors.ts";

interface Data {
  listPage: AuthorPage<unknown>;
}

export const data = {
  layout: "author.11ty.ts",
  pagination: { data: "collections.authorPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => data.listPage.url,
  eleventyExcludeFromCollections: true,
};

/** The author layout renders the whole page (the template's own output stays empty, as topic pages' does). */
export function render(): string {
  return "";
}
