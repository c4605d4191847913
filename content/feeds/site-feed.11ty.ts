// The site's Atom feed: the 20 newest published articles, full text, at /feed.xml.
import { renderFeed, type FeedTemplateData, type FilterContext } from "../../src/feeds/render-feed.ts";
import { latestArticles, type FeedItem } from "../../src/feeds/latest-articles.ts";
import { siteScope } from "../../src/feeds/feed-scopes.ts";
import { SITE_FEEDS } from "../../src/seo/publishing.ts";

export const data = { permalink: SITE_FEEDS.atom };

/** Atom 1.0. */
export function render(this: FilterContext, data: FeedTemplateData & { collections: { articles?: FeedItem[] } }) {
  return renderFeed(this, "atom", siteScope(data.site), latestArticles(data.collections.articles ?? []), data);
}
