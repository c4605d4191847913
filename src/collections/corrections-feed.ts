// The corrections feed (/corrections/feed.xml and feed.json): the site's newest corrections, one entry each, linked to the note on its article.
import { getNewestCollectionItemDate } from "@11ty/eleventy-plugin-rss";
import type { Site } from "../site.ts";
import { html } from "../html.ts";
import { absoluteUrl } from "../seo/absolute-url.ts";
import type { Feed } from "../feeds/feed-model.ts";
import type { CorrectionEntry } from "./corrections.ts";

/** The feeds' paths, beside the corrections page. */
export const CORRECTIONS_FEEDS = { page: "/corrections/", atom: "/corrections/feed.xml", json: "/corrections/feed.json" } as const;

/** How many corrections the feed carries, as the site feed carries 20 articles. */
export const CORRECTIONS_FEED_SIZE = 20;

/** What an entry reads of a corrected article. */
export interface CorrectedFeedArticle {
  url: string;
  date: Date;
  data: { title: string; topics?: unknown };
}

/** The `id` of an article's n-th correction on its page (`Correction.number`: layouts/partials/correction-notice.ts). */
export const correctionId = (n: number) => `correction-${n}`;

/**
 * The feed of `entries` (collections.corrections, newest first): each entry titled
 * "Correction: <headline>", at the correction's place on its article, dated when it was made, its
 * text as escaped HTML.
 */
export function correctionsFeed<T extends CorrectedFeedArticle>(
  entries: readonly CorrectionEntry<T>[],
  site: Pick<Site, "title" | "url" | "language" | "publisher">,
  pathPrefix = "/",
  buildTime?: Date,
): Feed {
  const abs = (url: string) => absoluteUrl(url, site.url, pathPrefix);
  const shown = entries.slice(0, CORRECTIONS_FEED_SIZE).map((entry) => {
    const { article, correction } = entry;
    const label = correction.kind === "clarification" ? "Clarification" : "Correction";
    return {
      url: `${abs(article.url)}#${correctionId(correction.number)}`,
      title: `${label}: ${article.data.title}`,
      summary: correction.text,
      contentHtml: html`<p>${correction.text}</p>`.toString(),
      published: correction.date,
      updated: correction.date,
      authors: [],
      topics: (Array.isArray(article.data.topics) ? article.data.topics : []).filter((t): t is string => typeof t === "string"),
    };
  });
  return {
    title: `Corrections — ${site.title}`,
    description: `Every correction and clarification ${site.title} has published, newest first.`,
    language: site.language,
    homeUrl: abs(CORRECTIONS_FEEDS.page),
    atomUrl: abs(CORRECTIONS_FEEDS.atom),
    jsonUrl: abs(CORRECTIONS_FEEDS.json),
    updated: getNewestCollectionItemDate(shown.map((e) => ({ date: e.updated })), buildTime),
    publisher: site.publisher.name,
    iconUrl: abs(site.publisher.logo),
    entries: shown,
  };
}
