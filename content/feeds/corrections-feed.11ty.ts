// The corrections feed in Atom, at /corrections/feed.xml: the site's 20 newest corrections.
import { atomFeed } from "../../src/feeds/atom.ts";
import { CORRECTIONS_FEEDS, correctionsFeed, type CorrectedFeedArticle } from "../../src/collections/corrections-feed.ts";
import type { CorrectionEntry } from "../../src/collections/corrections.ts";
import type { FeedTemplateData } from "../../src/feeds/render-feed.ts";

export const data = { permalink: CORRECTIONS_FEEDS.atom };

/** Atom 1.0 of collections.corrections (src/collections/corrections.ts). */
export function render(data: FeedTemplateData & { collections: { corrections: CorrectionEntry<CorrectedFeedArticle>[] } }) {
  return atomFeed(correctionsFeed(data.collections.corrections, data.site, data.publishing?.pathPrefix, data.publishing?.buildTime));
}
