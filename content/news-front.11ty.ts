// The section front: /news/, /news/page/2/, … — one page per entry of collections.newsPages (20 articles each).
import type { ListPage } from "../src/collections/paginate.ts";

interface Data {
  listPage: ListPage<unknown>;
}

export const data = {
  layout: "section-front.11ty.ts",
  pagination: { data: "collections.newsPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => data.listPage.url,
  eleventyExcludeFromCollections: true,
};

/**
 * The section-front layout renders the whole page, title included. (The template's own output,
 * which Eleventy keeps until the build ends, stays empty.)
 */
export function render(): string {
  return "";
}
