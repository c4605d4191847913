// sitemap.xml, news-sitemap.xml and robots.txt of the fixture site, parsed with a real XML parser.
import * as fs from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { SiteBuild } from "../helpers/build-site.ts";
import { HOSTILE, fixtureSite, readOutput, urlOf } from "./fixture-site.ts";
import { parseXml } from "./xml.ts";

const ORIGIN = "https://news.example.org";
const test = suite<{ site: SiteBuild }>("sitemaps (fixture site)");

test.before(async (context) => {
  context.site = await fixtureSite();
  if (context.site.error) throw context.site.error;
});

/** Every HTML page written, as its site path (`news/x/index.html` → `/news/x/`), 404 left out. */
function builtPages(site: SiteBuild): string[] {
  return fs
    .readdirSync(site.outputDir, { recursive: true, encoding: "utf8" })
    .map((f) => f.split("\\").join("/"))
    // The CMS's /admin/ is noindex and never listed (src/cms/cms-plugin.ts).
    .filter((f) => f.endsWith(".html") && f !== "404.html" && f !== "admin/index.html")
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
}

test("sitemap.xml lists exactly the published pages, each with lastmod", ({ site }) => {
  const { urlset } = parseXml(readOutput(site, "/sitemap.xml"));
  assert.is(urlset["@xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
  const locs = urlset.url.map((u: any) => u.loc as string);
  assert.equal([...locs].sort(), builtPages(site).map((p) => ORIGIN + p));
  for (const u of urlset.url) assert.match(u.lastmod, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/, u.loc);
  for (const gone of ["a-draft", "scheduled", "nobody-should-see", "scheduled-for-later"]) {
    assert.not.ok(locs.some((l: string) => l.includes(gone)), `${gone} is not in the sitemap`);
  }
  assert.ok(locs.includes(`${ORIGIN}/topics/courts/`), "topic pages are listed");
  const hostile = urlset.url.find((u: any) => u.loc === ORIGIN + urlOf(site, "news/hostile.md"));
  assert.is(hostile.lastmod, "2026-01-10T08:30:00-05:00", "an article's lastmod is its `updated`");
});

test("news-sitemap.xml holds the last two days' articles with publication, date and title", ({ site }) => {
  const { urlset } = parseXml(readOutput(site, "/news-sitemap.xml"));
  assert.is(urlset["@xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
  const entries = urlset.url.map((u: any) => ({ loc: u.loc, news: u["news:news"] }));
  assert.equal(
    entries.map((e: any) => e.loc),
    [ORIGIN + urlOf(site, "news/hostile.md"), ORIGIN + urlOf(site, "news/edge-inside.md")],
    "47 hours old is in, 49 hours old and older are out; newest first",
  );
  const first = entries[0].news;
  assert.is(first["news:publication"]["news:name"], "The Newsdesk");
  assert.is(first["news:publication"]["news:language"], "en");
  assert.is(first["news:publication_date"], "2026-01-10T06:00:00-05:00");
  assert.is(first["news:title"], HOSTILE);
});

test("robots.txt allows crawling and names both sitemaps by absolute URL", ({ site }) => {
  const robots = readOutput(site, "/robots.txt");
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, `Sitemap: ${ORIGIN}/sitemap.xml\n`);
  assert.match(robots, `Sitemap: ${ORIGIN}/news-sitemap.xml\n`);
});

test.run();
