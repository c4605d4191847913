// Topic fronts: /topics/<slug>/ and /topics/<slug>/page/2/ — one page per entry of collections.topicPages.
import type { TopicPage } from "../src/collections/site-collections.ts";

interface Data {
  listPage: TopicPage;
}

export const data = {
  layout: "topic.11ty.ts",
  pagination: { data: "collections.topicPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => data.listPage.url,
  eleventyExcludeFromCollections: true,
};

/**
 * The topic layout renders the whole page, title and head metadata included. (The template's own
 * output, which Eleventy keeps until the build ends, stays empty.)
 */
export function render(): string {
  return "";
}
