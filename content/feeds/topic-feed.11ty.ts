// One Atom feed per topic, at /topics/<slug>/feed.xml: the topic's 20 newest articles.
import { renderFeed, type FeedTemplateData, type FilterContext } from "../../src/feeds/render-feed.ts";
import { firstPublished, type FeedItem } from "../../src/feeds/latest-articles.ts";
import { topicScope } from "../../src/feeds/feed-scopes.ts";
import type { Topic } from "../../src/collections/topics.ts";
import { topicFeeds } from "../../src/seo/publishing.ts";

export const data = {
  // collections.topics (src/collections/topics.ts): one entry per topic, articles newest first.
  pagination: { data: "collections.topics", size: 1, alias: "topic" },
  permalink: (data: { topic: Topic<FeedItem> }) => topicFeeds(data.topic.slug).atom,
};

/** Atom 1.0 for one topic. */
export function render(this: FilterContext, data: FeedTemplateData & { topic: Topic<FeedItem> }) {
  return renderFeed(this, "atom", topicScope(data.topic, data.site), firstPublished(data.topic.articles), data);
}
