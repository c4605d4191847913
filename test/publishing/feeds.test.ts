// The fixture site's Atom and JSON feeds: valid, complete, absolute, newest first, nothing unpublished.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { SiteBuild } from "../helpers/build-site.ts";
import { HOSTILE, fixtureSite, readOutput, urlOf } from "./fixture-site.ts";
import { parseXml } from "./xml.ts";

const ORIGIN = "https://news.example.org";
const test = suite<{ site: SiteBuild }>("feeds (fixture site)");

test.before(async (context) => {
  context.site = await fixtureSite();
  if (context.site.error) throw context.site.error;
});

test("the Atom feed is well-formed Atom with the required feed elements", ({ site }) => {
  const { feed } = parseXml(readOutput(site, "/feed.xml"));
  assert.is(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.is(feed.title["#text"], "The Newsdesk");
  assert.is(feed.id, `${ORIGIN}/feed.xml`);
  assert.match(feed.updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(feed.link.some((l: any) => l["@rel"] === "self" && l["@href"] === `${ORIGIN}/feed.xml`));
  assert.is(feed.author[0].name, "The Newsdesk");
});

test("Atom entries: published articles only, newest first, absolute links, authors and updated", ({ site }) => {
  const { feed } = parseXml(readOutput(site, "/feed.xml"));
  const titles = feed.entry.map((e: any) => e.title["#text"]);
  assert.equal(titles, [HOSTILE, "Inside the window by an hour", "Outside the window by an hour", "An older story"]);
  const hostile = feed.entry[0];
  assert.is(hostile.id, ORIGIN + urlOf(site, "news/hostile.md"));
  assert.is(hostile.link[0]["@href"], hostile.id);
  assert.is(hostile.published, "2026-01-10T11:00:00Z");
  assert.is(hostile.updated, "2026-01-10T13:30:00Z", "front matter `updated` is the entry's updated");
  assert.is(feed.updated, "2026-01-10T13:30:00Z", "the feed's updated is its newest entry's");
  assert.is(hostile.author[0].name, `Ana ${HOSTILE}`);
  assert.is(hostile.author[0].uri, "https://people.example/ana");
  assert.equal(hostile.category.map((c: any) => c["@term"]), ["Public safety", "Courts"]);
  // Entries without authors name the publisher (Atom requires an author).
  assert.is(feed.entry[3].author[0].name, "The Newsdesk");
});

test("Atom content is the full article: pull quotes, stats, images, all URLs absolute", ({ site }) => {
  const { feed } = parseXml(readOutput(site, "/feed.xml"));
  const content = feed.entry[0].content;
  assert.is(content["@type"], "html");
  const body: string = content["#text"];
  assert.match(body, 'class="pull-quote"');
  assert.match(body, 'class="stat"');
  assert.match(body, "Closing paragraph.");
  assert.match(body, `srcset="${ORIGIN}/img/falling-bars-`);
  assert.not.match(body, /(?:href|src|srcset)="\//, "no root-relative URL is left");
});

test("the JSON Feed is JSON Feed 1.1 with the required fields", ({ site }) => {
  const feed = JSON.parse(readOutput(site, "/feed.json"));
  assert.is(feed.version, "https://jsonfeed.org/version/1.1");
  assert.is(feed.title, "The Newsdesk");
  assert.is(feed.home_page_url, `${ORIGIN}/`);
  assert.is(feed.feed_url, `${ORIGIN}/feed.json`);
  assert.is(feed.language, "en-US");
  assert.is(feed.items.length, 4);
  for (const item of feed.items) {
    assert.type(item.id, "string");
    assert.ok(item.url.startsWith(`${ORIGIN}/news/`), item.url);
    assert.ok(typeof item.content_html === "string" && item.content_html.length > 0);
    assert.match(item.date_published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.ok(item.authors.length > 0);
  }
  const hostile = feed.items[0];
  assert.is(hostile.title, HOSTILE);
  assert.is(hostile.summary, `Dek: ${HOSTILE}`);
  assert.is(hostile.date_modified, "2026-01-10T13:30:00Z");
  assert.equal(hostile.authors, [{ name: `Ana ${HOSTILE}`, url: "https://people.example/ana" }]);
  assert.equal(hostile.tags, ["Public safety", "Courts"]);
  assert.match(hostile.image, /^https:\/\/news\.example\.org\/img\/network-map-.*\.jpeg$/);
  assert.match(hostile.content_html, 'class="pull-quote"');
});

test("one feed per topic, holding only that topic's articles", ({ site }) => {
  const courts = parseXml(readOutput(site, "/topics/courts/feed.xml")).feed;
  assert.equal(
    courts.entry.map((e: any) => e.title["#text"]),
    [HOSTILE, "Inside the window by an hour", "Outside the window by an hour"],
  );
  assert.is(courts.id, `${ORIGIN}/topics/courts/feed.xml`);
  assert.ok(courts.link.some((l: any) => l["@rel"] === "alternate" && l["@href"] === `${ORIGIN}/topics/courts/`));
  const safety = JSON.parse(readOutput(site, "/topics/public-safety/feed.json"));
  assert.equal(safety.items.map((i: any) => i.title), [HOSTILE]);
  assert.is(safety.home_page_url, `${ORIGIN}/topics/public-safety/`);
});

test("every page links the feeds from <head>", ({ site }) => {
  for (const page of ["/", urlOf(site, "news/hostile.md") as string, "/topics/courts/"]) {
    const html = readOutput(site, page);
    assert.match(html, '<link rel="alternate" type="application/atom+xml" href="/feed.xml"', page);
    assert.match(html, '<link rel="alternate" type="application/feed+json" href="/feed.json"', page);
  }
  const topicPage = readOutput(site, "/topics/courts/");
  assert.match(topicPage, '<link rel="alternate" type="application/atom+xml" href="/topics/courts/feed.xml"');
  assert.match(topicPage, '<link rel="alternate" type="application/feed+json" href="/topics/courts/feed.json"');
});

test.run();
