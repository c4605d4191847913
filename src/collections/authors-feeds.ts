// Each author's feeds, beside their page: /authors/<slug>/feed.xml and feed.json.
import type { Site } from "../site.ts";
import type { FeedScope } from "../feeds/build-feed.ts";
import { authorUrl } from "./authors.ts";

/** `/authors/<slug>/feed.xml` and `feed.json`. */
export function authorFeeds(slug: string): { atom: string; json: string } {
  return { atom: `${authorUrl(slug)}feed.xml`, json: `${authorUrl(slug)}feed.json` };
}

/** One author's feed: their newest articles, titled with their name. */
export function authorScope(author: { name: string; slug: string }, site: Pick<Site, "title">): FeedScope {
  const feeds = authorFeeds(author.slug);
  return {
    title: `${author.name} — ${site.title}`,
    description: `The latest reporting by ${author.name} for ${site.title}.`,
    homePath: authorUrl(author.slug),
    atomPath: feeds.atom,
    jsonPath: feeds.json,
  };
}
