// JSON-LD, Open Graph and canonical URLs on the fixture site's article and topic pages.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { SiteBuild } from "../helpers/build-site.ts";
import { HOSTILE, fixtureSite, readOutput, urlOf } from "./fixture-site.ts";

const ORIGIN = "https://news.example.org";
const test = suite<{ site: SiteBuild; article: string; url: string }>("structured data (fixture site)");

test.before(async (context) => {
  context.site = await fixtureSite();
  if (context.site.error) throw context.site.error;
  context.url = urlOf(context.site, "news/hostile.md") as string;
  context.article = readOutput(context.site, context.url);
});

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): any[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

function graphNode(html: string, type: string): any {
  return jsonLd(html).flatMap((doc) => doc["@graph"] ?? [doc]).find((node: any) => node["@type"] === type);
}

test("the JSON-LD block is inert: no `<` inside it, so `</script>` in a title cannot end it", ({ article }) => {
  const blocks = [...article.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.is(blocks.length, 1);
  assert.not.match(blocks[0][1], /[<>]/);
  assert.match(blocks[0][1], "\\u003c/script\\u003e");
});

test("NewsArticle: headline, dates with offset, authors, publisher with logo, image, main entity", ({ article, url }) => {
  const node = graphNode(article, "NewsArticle");
  assert.is(node.headline, HOSTILE);
  assert.is(node.datePublished, "2026-01-10T06:00:00-05:00");
  assert.is(node.dateModified, "2026-01-10T08:30:00-05:00");
  // `url` is the author's page on the site (src/collections/authors.ts), `sameAs` their own.
  const authorPage = "https://news.example.org/authors/ana-lessscriptgreaterlessscriptgreateralert1lessscriptgreater-and-quotes-greater/";
  assert.equal(node.author, [{ "@type": "Person", name: `Ana ${HOSTILE}`, url: authorPage, sameAs: "https://people.example/ana", jobTitle: "Reporter" }]);
  assert.is(node.publisher["@type"], "NewsMediaOrganization");
  assert.is(node.publisher.name, "The Newsdesk");
  assert.equal(node.publisher.logo, { "@type": "ImageObject", url: `${ORIGIN}/assets/logo.png`, width: 512, height: 512 });
  assert.match(node.image[0].url, /^https:\/\/news\.example\.org\/img\/network-map-[\w-]+-1600\.jpeg$/);
  assert.is(node.image[0].width, 1600);
  assert.is(node.image[0].height, 900);
  assert.equal(node.mainEntityOfPage, { "@type": "WebPage", "@id": ORIGIN + url });
  assert.is(node.articleSection, "Public safety");
});

test("articles carry a breadcrumb trail: home, first topic, article", ({ article, url }) => {
  const crumbs = graphNode(article, "BreadcrumbList").itemListElement;
  assert.equal(
    crumbs.map((c: any) => [c.position, c.name, c.item]),
    [
      [1, "The Newsdesk", `${ORIGIN}/`],
      [2, "Public safety", `${ORIGIN}/topics/public-safety/`],
      [3, HOSTILE, ORIGIN + url],
    ],
  );
});

test("canonical, Open Graph article tags and a large-image Twitter card", ({ article, url }) => {
  const meta = (key: string) =>
    [...article.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, "\\:")}" content="([^"]*)">`, "g"))].map((m) => m[1]);
  assert.match(article, `<link rel="canonical" href="${ORIGIN}${url}">`);
  assert.equal(meta("og:type"), ["article"]);
  assert.equal(meta("og:url"), [ORIGIN + url]);
  assert.equal(meta("article:published_time"), ["2026-01-10T06:00:00-05:00"]);
  assert.equal(meta("article:modified_time"), ["2026-01-10T08:30:00-05:00"]);
  assert.equal(meta("article:section"), ["Public safety"]);
  assert.equal(meta("article:tag"), ["Public safety", "Courts"]);
  assert.equal(meta("article:author"), ["https://news.example.org/authors/ana-lessscriptgreaterlessscriptgreateralert1lessscriptgreater-and-quotes-greater/"]);
  assert.equal(meta("twitter:card"), ["summary_large_image"]);
  assert.equal(meta("og:image:width"), ["1600"]);
  // The attribute holds the escaped title, which decodes back to it exactly.
  assert.equal(meta("og:title"), ["&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt;"]);
});

test("topic pages are CollectionPages with breadcrumbs through Topics", ({ site }) => {
  const html = readOutput(site, "/topics/courts/");
  const page = graphNode(html, "CollectionPage");
  assert.is(page.url, `${ORIGIN}/topics/courts/`);
  assert.is(page.name, "Courts");
  assert.is(page.publisher.logo.url, `${ORIGIN}/assets/logo.png`);
  const crumbs = graphNode(html, "BreadcrumbList").itemListElement.map((c: any) => c.item);
  assert.equal(crumbs, [`${ORIGIN}/`, `${ORIGIN}/topics/`, `${ORIGIN}/topics/courts/`]);
  assert.ok(graphNode(readOutput(site, "/news/"), "CollectionPage"), "the section front is one too");
});

test("the 404 page has no canonical URL and is not indexed", ({ site }) => {
  const html = readOutput(site, "/404.html");
  assert.not.match(html, 'rel="canonical"');
  assert.match(html, '<meta name="robots" content="noindex">');
});

test.run();
