// Writes a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Feed } from "./feed-model.ts";

/** The JSON Feed for `feed`, pretty-printed; JSON.stringify does all the escaping. */
export function jsonFeed(feed: Feed): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      description: feed.description,
      language: feed.language,
      home_page_url: feed.homeUrl,
      feed_url: feed.jsonUrl,
      ...(feed.iconUrl ? { icon: feed.iconUrl, favicon: feed.iconUrl } : {}),
      authors: [{ name: feed.publisher }],
      items: feed.entries.map((e) => ({
        id: e.url,
        url: e.url,
        title: e.title,
        ...(e.summary ? { summary: e.summary } : {}),
        content_html: e.contentHtml,
        ...(e.image ? { image: e.image } : {}),
        date_published: dateToRfc3339(e.published),
        date_modified: dateToRfc3339(e.updated),
        authors: (e.authors.length ? e.authors : [{ name: feed.publisher }]).map((a) => ({
          name: a.name,
          ...(a.url ? { url: a.url } : {}),
        })),
        ...(e.topics.length ? { tags: e.topics } : {}),
      })),
    },
    null,
    2,
  );
}
