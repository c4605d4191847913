// Turns collection items into a Feed: absolute URLs, full content, authors, dates.
import { articleType } from "../articles/article-type.ts";
import { getNewestCollectionItemDate } from "@11ty/eleventy-plugin-rss";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../seo/absolute-url.ts";
import { lastModified } from "../collections/corrections.ts";
import type { Publishing } from "../seo/publishing.ts";
import type { Feed, FeedEntry } from "./feed-model.ts";
import type { FeedItem } from "./latest-articles.ts";
import { leadImageStat } from "../images/lead-image.ts";

/** Rewrites an article's HTML so every URL in it is absolute (Eleventy's `transformWithHtmlBase`). */
export type AbsolutizeHtml = (html: string, pageUrl: string) => Promise<string>;

/** What a feed is about: the whole site, or one topic. */
export interface FeedScope {
  title: string;
  description: string;
  /** Root-relative URLs, before the path prefix. */
  homePath: string;
  atomPath: string;
  jsonPath: string;
}

function authorsOf(data: Record<string, any>): FeedEntry["authors"] {
  const list: unknown[] = Array.isArray(data.authors) ? data.authors : [];
  return list.flatMap((a: any) =>
    a && typeof a.name === "string" ? [{ name: a.name, ...(typeof a.url === "string" ? { url: a.url } : {}) }] : [],
  );
}

// An article is in the site feed and its topics' feeds, each in two formats: render its body once
// per article object, not once per feed. A production build makes new article objects; `npm start`
// keeps one only while its file is unchanged and nothing but article files changed (LoadMemo).
const bodies = new WeakMap<object, Promise<string>>();

/** The item's HTML: its rendered body (once per article object), or Eleventy's `content`. */
function contentOf(item: FeedItem): Promise<string> {
  if (typeof item.html !== "function") return Promise.resolve(typeof item.content === "string" ? item.content : "");
  let body = bodies.get(item);
  if (!body) bodies.set(item, (body = item.html()));
  return body;
}

/** Builds the feed for `items` (already the newest 20, newest first). */
export async function buildFeed(
  scope: FeedScope,
  items: readonly FeedItem[],
  context: { site: Site; publishing?: Publishing; absolutize: AbsolutizeHtml },
): Promise<Feed> {
  const { site, publishing } = context;
  const abs = (url: string) => absoluteUrl(url, site.url, publishing?.pathPrefix ?? "/");
  const entries: FeedEntry[] = await Promise.all(
    items.map(async (item) => {
      const url = item.url as string;
      // The last change: `updated` or a later correction (src/collections/corrections.ts).
      const updated = lastModified(item.data, site.timeZone)?.date ?? item.date;
      const content = await contentOf(item);
      const image = leadImageStat({ image: item.data.image, page: { inputPath: item.inputPath }, publishing });
      return {
        url: abs(url),
        // Sponsored content says so in feed readers too, where no page label is seen.
        title: labelledTitle(item.data),
        ...(typeof item.data.dek === "string" ? { summary: item.data.dek } : {}),
        contentHtml: content ? await context.absolutize(content, url) : "",
        published: item.date,
        updated: updated < item.date ? item.date : updated,
        authors: authorsOf(item.data),
        topics: (Array.isArray(item.data.topics) ? item.data.topics : []).filter((t: unknown) => typeof t === "string"),
        ...(image ? { image: abs(image.url) } : {}),
      };
    }),
  );
  return {
    title: scope.title,
    description: scope.description,
    language: site.language,
    homeUrl: abs(scope.homePath),
    atomUrl: abs(scope.atomPath),
    jsonUrl: abs(scope.jsonPath),
    updated: getNewestCollectionItemDate(
      entries.map((e) => ({ date: e.updated })),
      publishing?.buildTime,
    ),
    publisher: site.publisher.name,
    iconUrl: abs(site.publisher.logo),
    entries,
  };
}

/** The headline, after `Sponsored: ` for a kind labelled everywhere (src/articles/article-type.ts). */
function labelledTitle(data: { title?: unknown; type?: unknown }): string {
  const title = String(data.title ?? "");
  const kind = articleType(data.type);
  return kind.everywhere ? `${kind.label}: ${title}` : title;
}
