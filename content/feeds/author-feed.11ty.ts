// One Atom feed per author, at /authors/<slug>/feed.xml: their 20 newest published articles.
import { renderFeed, type FeedTemplateData, type FilterContext } from "../../src/feeds/render-feed.ts";
import { firstPublished, type FeedItem } from "../../src/feeds/latest-articles.ts";
import type { SiteAuthor } from "../../src/collections/authors.ts";
import { authorFeeds, authorScope } from "../../src/collections/authors-feeds.ts";

export const data = {
  // collections.authors (src/collections/authors.ts): one entry per author, articles newest first.
  pagination: { data: "collections.authors", size: 1, alias: "author" },
  permalink: (data: { author: SiteAuthor<FeedItem> }) => authorFeeds(data.author.slug).atom,
};

/** Atom 1.0 for one author. */
export function render(this: FilterContext, data: FeedTemplateData & { author: SiteAuthor<FeedItem> }) {
  return renderFeed(this, "atom", authorScope(data.author, data.site), firstPublished(data.author.articles), data);
}
