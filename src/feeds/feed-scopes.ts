// Titles and URLs of the site feed and of each topic's feed.
import type { Site } from "../site.ts";
import { topicUrl } from "../collections/topics.ts";
import { SITE_FEEDS, topicFeeds } from "../seo/publishing.ts";
import type { FeedScope } from "./build-feed.ts";

/** The whole site's feed. */
export function siteScope(site: Site): FeedScope {
  return { title: site.title, description: site.description, homePath: "/", atomPath: SITE_FEEDS.atom, jsonPath: SITE_FEEDS.json };
}

/** One topic's feed, beside its topic page. */
export function topicScope(topic: { name: string; slug: string }, site: Site): FeedScope {
  const feeds = topicFeeds(topic.slug);
  return {
    title: `${topic.name} — ${site.title}`,
    description: `The latest ${topic.name} reporting from ${site.title}.`,
    homePath: topicUrl(topic.slug),
    atomPath: feeds.atom,
    jsonPath: feeds.json,
  };
}
