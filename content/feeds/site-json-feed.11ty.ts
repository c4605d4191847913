// The site's JSON Feed: the 20 newest published articles, full text, at /feed.json.
import { renderFeed, type FeedTemplateData, type FilterContext } from "../../src/feeds/render-feed.ts";
import { latestArticles, type FeedItem } from "../../src/feeds/latest-articles.ts";
import { siteScope } from "../../src/feeds/feed-scopes.ts";
import { SITE_FEEDS } from "../../src/seo/publishing.ts";

export const data = { permalink: SITE_FEEDS.json };

/** JSON Feed 1.1. */
export function render(this: FilterContext, data: FeedTemplateData & { collections: { articles?: FeedItem[] } }) {
  return renderFeed(this, "json", siteScope(data.site), latestArticles(data.collections.articles ?? []), data);
}
