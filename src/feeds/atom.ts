// Writes an Atom 1.0 feed (RFC 4287). Content is escaped HTML (`type="html"`), never CDATA, so a
// `]]>` in an article cannot end a section early.
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { escapeXml as x } from "./xml.ts";
import type { Feed, FeedEntry } from "./feed-model.ts";

function entry(item: FeedEntry, feed: Feed): string {
  const authors = item.authors.length ? item.authors : [{ name: feed.publisher }];
  return `  <entry>
    <title type="text">${x(item.title)}</title>
    <link rel="alternate" type="text/html" href="${x(item.url)}"/>
    <id>${x(item.url)}</id>
    <published>${dateToRfc3339(item.published)}</published>
    <updated>${dateToRfc3339(item.updated)}</updated>
${authors.map((a) => `    <author><name>${x(a.name)}</name>${a.url ? `<uri>${x(a.url)}</uri>` : ""}</author>\n`).join("")}${item.topics.map((t) => `    <category term="${x(t)}"/>\n`).join("")}${item.summary ? `    <summary type="text">${x(item.summary)}</summary>\n` : ""}    <content type="html">${x(item.contentHtml)}</content>
  </entry>
`;
}

/** The Atom document for `feed`. */
export function atomFeed(feed: Feed): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">
  <title type="text">${x(feed.title)}</title>
  <subtitle type="text">${x(feed.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(feed.atomUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>
  <link rel="alternate" type="application/feed+json" href="${x(feed.jsonUrl)}"/>
  <id>${x(feed.atomUrl)}</id>
  <updated>${dateToRfc3339(feed.updated)}</updated>
  <author><name>${x(feed.publisher)}</name></author>
${feed.iconUrl ? `  <icon>${x(feed.iconUrl)}</icon>\n` : ""}${feed.entries.map((e) => entry(e, feed)).join("")}</feed>
`;
}
