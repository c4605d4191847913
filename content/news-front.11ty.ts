// The section front: /news/, /news/page/2/, … — one page per entry of collections.newsPages (20 articles each).
import type { ListPage } from "../src/collections/paginate.ts";

interface Data {
  listPage: ListPage<unknown>;
}

export const data = {
  layout: "section-front.11ty.ts",
  pagination: { data: "collections.newsPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => data.listPage.url,
  eleventyComputed: {
    title: (data: Data) => (data.listPage.pageNumber > 1 ? `News, page ${data.listPage.pageNumber} of ${data.listPage.totalPages}` : "News"),
  },
  eleventyExcludeFromCollections: true,
};

/** The section-front layout renders the page. */
export function render(): string {
  return "";
}
