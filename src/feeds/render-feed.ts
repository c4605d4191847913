// The shared body of the four feed templates: pick articles, absolutise their HTML, write the format.
import type { Site } from "../site.ts";
import type { Publishing } from "../seo/publishing.ts";
import { atomFeed } from "./atom.ts";
import { buildFeed, type AbsolutizeHtml, type FeedScope } from "./build-feed.ts";
import { jsonFeed } from "./json-feed.ts";
import type { FeedItem } from "./latest-articles.ts";

/** `this` in an `.11ty.ts` render function: Eleventy binds filters to it. */
export interface FilterContext {
  transformWithHtmlBase?: (html: string, base: string, pageUrl: string) => Promise<string>;
}

/** Data every feed template receives. */
export interface FeedTemplateData {
  site: Site;
  publishing?: Publishing;
}

// An article appears in the site feed and in a feed per topic, in two formats: rewrite its URLs
// once per build. Keyed by page URL; the content check keeps watch-mode edits fresh.
const absolutized = new Map<string, { content: string; result: Promise<string> }>();

/**
 * Makes every URL in an article's HTML absolute with Eleventy's `transformWithHtmlBase` (from the
 * HTML base plugin, which also adds the path prefix): `/img/a.jpg` → `https://site/newsroom/img/a.jpg`.
 */
export function absolutizer(self: FilterContext, site: Site, pathPrefix: string): AbsolutizeHtml {
  return (html, pageUrl) => {
    const key = `${pathPrefix}|${pageUrl}`;
    const hit = absolutized.get(key);
    if (hit && hit.content === html) return hit.result;
    const transform = self.transformWithHtmlBase;
    if (!transform) throw new Error("feeds need Eleventy's HtmlBasePlugin (`transformWithHtmlBase` filter)");
    const result = transform.call(self, html, `${site.url}/`, pageUrl);
    absolutized.set(key, { content: html, result });
    return result;
  };
}

/** Renders the Atom or JSON Feed document for `items` (the newest first, already limited). */
export async function renderFeed(
  self: FilterContext,
  format: "atom" | "json",
  scope: FeedScope,
  items: readonly FeedItem[],
  data: FeedTemplateData,
): Promise<string> {
  const prefix = data.publishing?.pathPrefix ?? "/";
  const feed = await buildFeed(scope, items, {
    site: data.site,
    publishing: data.publishing,
    absolutize: absolutizer(self, data.site, prefix),
  });
  return format === "atom" ? atomFeed(feed) : jsonFeed(feed);
}
