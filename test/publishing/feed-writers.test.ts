// Feed and sitemap writers on their own: limits, windows and escaping of hostile text.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { atomFeed } from "../../src/feeds/atom.ts";
import { jsonFeed } from "../../src/feeds/json-feed.ts";
import { escapeXml } from "../../src/feeds/xml.ts";
import { firstPublished, latestArticles, type FeedItem } from "../../src/feeds/latest-articles.ts";
import { newsEntries, newsLanguage, NEWS_MAX } from "../../src/seo/news-sitemap.ts";
import type { Feed } from "../../src/feeds/feed-model.ts";
import { buildFeed } from "../../src/feeds/build-feed.ts";
import { site } from "../../src/site.ts";
import { parseXml } from "./xml.ts";

const HOSTILE = `</script><script>alert(1)</script> & "quotes" ]]>`;

const item = (n: number, extra: Record<string, unknown> = {}): FeedItem => ({
  url: `/news/${n}/`,
  date: new Date(Date.UTC(2026, 0, 1) + n * 3600_000),
  inputPath: `./content/news/${n}.md`,
  data: { title: `Story ${n}`, ...extra },
});

const pick = suite("latestArticles");

pick("takes the 20 newest published items, newest first, skipping drafts", () => {
  const items = Array.from({ length: 30 }, (_, i) => item(i, i === 28 ? { draft: true } : {}));
  const latest = latestArticles(items);
  assert.is(latest.length, 20);
  assert.equal(latest.slice(0, 3).map((i) => i.url), ["/news/29/", "/news/27/", "/news/26/"]);
  assert.equal(firstPublished([...items].reverse(), 2).map((i) => i.url), ["/news/29/", "/news/27/"]);
});

pick.run();

const feed: Feed = {
  title: HOSTILE,
  description: HOSTILE,
  language: "en-US",
  homeUrl: "https://x.org/",
  atomUrl: "https://x.org/feed.xml",
  jsonUrl: "https://x.org/feed.json",
  updated: new Date("2026-01-02T00:00:00Z"),
  publisher: "The Newsdesk",
  entries: [
    {
      url: "https://x.org/news/a/?x=1&y=2",
      title: HOSTILE,
      contentHtml: `<p>${HOSTILE.replace(/&/g, "&amp;")}</p><p>]]></p>`,
      published: new Date("2026-01-01T00:00:00Z"),
      updated: new Date("2026-01-02T00:00:00Z"),
      authors: [{ name: HOSTILE }],
      topics: [HOSTILE],
    },
  ],
};

const writers = suite("feed writers");

writers("Atom: hostile text in titles, attributes and content parses back intact", () => {
  const xml = atomFeed(feed);
  assert.not.match(xml, "<![CDATA[");
  const parsed = parseXml(xml).feed;
  assert.is(parsed.title["#text"], HOSTILE);
  assert.is(parsed.entry[0].title["#text"], HOSTILE);
  assert.is(parsed.entry[0].id, "https://x.org/news/a/?x=1&y=2");
  assert.is(parsed.entry[0].category[0]["@term"], HOSTILE);
  assert.is(parsed.entry[0].author[0].name, HOSTILE);
  assert.is(parsed.entry[0].content["#text"], feed.entries[0].contentHtml);
});

writers("JSON Feed: JSON.stringify round-trips every field", () => {
  const parsed = JSON.parse(jsonFeed(feed));
  assert.is(parsed.title, HOSTILE);
  assert.is(parsed.items[0].title, HOSTILE);
  assert.is(parsed.items[0].content_html, feed.entries[0].contentHtml);
  assert.equal(parsed.items[0].tags, [HOSTILE]);
});

writers("escapeXml drops characters XML cannot hold", () => {
  assert.is(escapeXml("a\u0000b\u0008c\td\n"), "abc\td\n");
});

writers.run();

const news = suite("newsEntries");
const abs = (url: string) => `https://x.org${url}`;

news("keeps (now − 48 h, now], newest first, and stops at the window's edge", () => {
  const now = new Date("2026-01-10T12:00:00Z");
  const at = (iso: string, n: number) => ({ ...item(n), date: new Date(iso) });
  const items = [
    at("2026-01-08T12:00:00Z", 1), // exactly 48 h: out
    at("2026-01-08T12:00:01Z", 2),
    at("2026-01-10T12:00:00Z", 3), // exactly now: in
    at("2026-01-10T12:00:01Z", 4), // after now: out
  ];
  assert.equal(newsEntries(items, now, abs, "UTC").map((e) => e.loc), ["https://x.org/news/3/", "https://x.org/news/2/"]);
});

news("holds at most 1,000 articles", () => {
  const now = new Date("2026-01-10T12:00:00Z");
  const items = Array.from({ length: 1500 }, (_, n) => ({ ...item(n), date: new Date(now.getTime() - (1500 - n) * 60_000) }));
  const entries = newsEntries(items, now, abs, "UTC");
  assert.is(entries.length, NEWS_MAX);
  assert.is(entries[0].loc, "https://x.org/news/1499/");
});

news("uses ISO 639 language codes", () => {
  assert.equal(["en-US", "fr", "zh-CN", "pt-BR"].map(newsLanguage), ["en", "fr", "zh-cn", "pt"]);
});

news.run();

const bodies = suite("buildFeed bodies");

bodies("an article in several feeds has its body rendered once, and each feed has it", async () => {
  let renders = 0;
  const article = { ...item(1), html: async () => (renders++, `<p>Body <a href="/news/2/">link</a></p>`) };
  const other = { ...item(2), html: async () => (renders++, "<p>Other</p>") };
  const scope = { title: "T", description: "D", homePath: "/", atomPath: "/feed.xml", jsonPath: "/feed.json" };
  const context = { site, absolutize: async (html: string) => html.replace('href="/', `href="${site.url}/`) };
  const feeds = [await buildFeed(scope, [article, other], context), await buildFeed(scope, [article], context), await buildFeed(scope, [article], context)];
  assert.is(renders, 2);
  for (const feed of feeds) assert.is(feed.entries[0]!.contentHtml, `<p>Body <a href="${site.url}/news/2/">link</a></p>`);
  // Items that are not articles give Eleventy's content.
  assert.is((await buildFeed(scope, [{ ...item(3), content: "<p>Page</p>" }], context)).entries[0]!.contentHtml, "<p>Page</p>");
});

bodies.run();
