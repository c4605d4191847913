// Date archives: /news/2024/, /news/2024/05/, /news/2024/05/02/ and their /page/2/ — one page per entry of collections.archivePages.
import type { ArchivePage } from "../src/collections/archives.ts";

interface Data {
  listPage: ArchivePage<unknown>;
}

export const data = {
  layout: "archive.11ty.ts",
  pagination: { data: "collections.archivePages", size: 1, alias: "listPage" },
  permalink: (data: Data) => data.listPage.url,
  eleventyExcludeFromCollections: true,
};

/**
 * The archive layout renders the whole page, title and head metadata included. (The template's
 * own output, which Eleventy keeps until the build ends, stays empty.)
 */
export function render(): string {
  return "";
}
