// Topic fronts: /topics/<slug>/ and /topics/<slug>/page/2/ — one page per entry of collections.topicPages.
import type { TopicPage } from "../src/collections/site-collections.ts";

interface Data {
  listPage: TopicPage;
}

export const data = {
  layout: "topic.11ty.ts",
  pagination: { data: "collections.topicPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => data.listPage.url,
  eleventyComputed: {
    title: (data: Data) =>
      data.listPage.pageNumber > 1
        ? `${data.listPage.topic.name}, page ${data.listPage.pageNumber} of ${data.listPage.totalPages}`
        : data.listPage.topic.name,
    // head-meta.ts links the topic's feeds from this.
    seo: (data: Data) => ({ topic: data.listPage.topic.name }),
  },
  eleventyExcludeFromCollections: true,
};

/** The topic layout renders the page. */
export function render(): string {
  return "";
}
