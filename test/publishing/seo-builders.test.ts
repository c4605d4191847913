// Pure SEO builders: absolute URLs, the JSON-LD serialiser, structured data and Open Graph tags.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { absoluteUrl, normalizePathPrefix } from "../../src/seo/absolute-url.ts";
import { serializeJsonLd, jsonLdScript } from "../../src/seo/json-ld.ts";
import { structuredData } from "../../src/seo/structured-data.ts";
import { openGraphTags } from "../../src/seo/open-graph.ts";
import type { SeoPage } from "../../src/seo/seo-page.ts";

const urls = suite("absoluteUrl");

urls("joins origin, path prefix and a root-relative URL", () => {
  assert.is(absoluteUrl("/news/a/", "https://x.org"), "https://x.org/news/a/");
  assert.is(absoluteUrl("/news/a/", "https://x.org/", "/newsroom/"), "https://x.org/newsroom/news/a/");
  assert.is(absoluteUrl("news/a/", "https://x.org", "newsroom"), "https://x.org/newsroom/news/a/");
});

urls("never adds the prefix twice and leaves full URLs alone", () => {
  assert.is(absoluteUrl("/newsroom/feed.xml", "https://x.org", "/newsroom/"), "https://x.org/newsroom/feed.xml");
  assert.is(absoluteUrl("https://elsewhere.example/a", "https://x.org", "/newsroom/"), "https://elsewhere.example/a");
});

urls("normalises path prefixes", () => {
  assert.equal(["", "/", "newsroom", "/newsroom", "/newsroom/", "//a/b//"].map(normalizePathPrefix), ["/", "/", "/newsroom/", "/newsroom/", "/newsroom/", "/a/b/"]);
});

urls.run();

const ld = suite("serializeJsonLd");

ld("escapes < > & U+2028 U+2029 so the text cannot end or confuse a script element", () => {
  const value = { t: "</script><!-- & \u2028\u2029 ]]>" };
  const out = serializeJsonLd(value);
  assert.not.match(out, /[<>&\u2028\u2029]/);
  assert.is(out, '{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 ]]\\u003e"}');
  assert.equal(JSON.parse(out), value, "and it still parses to the same value");
});

ld("wraps the JSON in a data block", () => {
  assert.is(jsonLdScript({ a: 1 }), '<script type="application/ld+json">{"a":1}</script>');
});

ld.run();

const page: SeoPage = {
  kind: "article",
  url: "https://x.org/news/2023/05/02/a/",
  title: "Headline",
  description: "Dek",
  language: "en-US",
  siteName: "The Newsdesk",
  siteUrl: "https://x.org/",
  published: "2023-05-02T09:30:00-04:00",
  authors: [],
  topics: [],
  images: [],
  breadcrumbs: [],
  publisher: { name: "The Newsdesk", url: "https://x.org/", logo: { url: "https://x.org/assets/logo.png", width: 512, height: 512 } },
};

const data = suite("structuredData");

data("an article without authors, image or update credits the publisher and uses the logo", () => {
  const graph = (structuredData(page) as any)["@graph"];
  assert.is(graph.length, 1, "no breadcrumbs without a trail");
  const article = graph[0];
  assert.is(article.dateModified, "2023-05-02T09:30:00-04:00");
  assert.equal(article.author, [{ "@type": "Organization", name: "The Newsdesk", url: "https://x.org/" }]);
  assert.is(article.image[0].url, "https://x.org/assets/logo.png");
  assert.not.ok("articleSection" in article);
});

data("a plain page without breadcrumbs has no JSON-LD", () => {
  assert.is(structuredData({ ...page, kind: "page" }), undefined);
});

data.run();

const og = suite("openGraphTags");

og("articles: article type, times, one tag per topic, one author per byline", () => {
  const tags = openGraphTags({
    ...page,
    modified: "2023-05-03T10:00:00-04:00",
    topics: ["Courts", "Health"],
    authors: [{ name: "Ana", url: "https://people.example/ana" }, { name: "Tom" }],
    images: [{ url: "https://x.org/img/a.jpeg", width: 1600, height: 900, alt: "A map" }],
  });
  const get = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
  assert.equal(get("og:type"), ["article"]);
  assert.equal(get("article:modified_time"), ["2023-05-03T10:00:00-04:00"]);
  assert.equal(get("article:tag"), ["Courts", "Health"]);
  assert.equal(get("article:author"), ["https://people.example/ana", "Tom"]);
  assert.equal(get("twitter:card"), ["summary_large_image"]);
  assert.equal(get("og:image:alt"), ["A map"]);
  assert.ok(tags.filter((t) => t.key.startsWith("twitter:")).every((t) => t.attribute === "name"));
});

og("other pages are websites without article tags", () => {
  const tags = openGraphTags({ ...page, kind: "collection" });
  assert.equal(tags.find((t) => t.key === "og:type")?.content, "website");
  assert.not.ok(tags.some((t) => t.key.startsWith("article:")));
});

og.run();
