// The corrections feed in JSON Feed, at /corrections/feed.json: the site's 20 newest corrections.
import { jsonFeed } from "../../src/feeds/json-feed.ts";
import { CORRECTIONS_FEEDS, correctionsFeed, type CorrectedFeedArticle } from "../../src/collections/corrections-feed.ts";
import type { CorrectionEntry } from "../../src/collections/corrections.ts";
import type { FeedTemplateData } from "../../src/feeds/render-feed.ts";

export const data = { permalink: CORRECTIONS_FEEDS.json };

/** JSON Feed 1.1 of collections.corrections (src/collections/corrections.ts). */
export function render(data: FeedTemplateData & { collections: { corrections: CorrectionEntry<CorrectedFeedArticle>[] } }) {
  return jsonFeed(correctionsFeed(data.collections.corrections, data.site, data.publishing?.pathPrefix, data.publishing?.buildTime));
}
