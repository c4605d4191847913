// Site search's pure parts: which pages are indexed, the layout's attributes, excerpts, the live region's words, the page in each mode.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pagesToIndex } from "../../src/search/pages-to-index.ts";
import { filterAttribute, indexedTextAttributes, publishedAttributes } from "../../src/search/index-attributes.ts";
import { excerptParts } from "../../src/search/client/excerpt-parts.ts";
import { statusMessage } from "../../src/search/client/status-message.ts";
import { render as searchPage } from "../../layouts/search.11ty.ts";
import { site } from "../../src/site.ts";

const article = '<html><body><header>Site</header><article class="article" data-pagefind-body>Story</article></body></html>';

const Pages = suite("pagesToIndex");

Pages("keeps this build's HTML pages with an indexed body, given as text or as UTF-8 bytes", () => {
  const pages = pagesToIndex([
    { url: "/news/a/", outputPath: "/out/news/a/index.html", content: article },
    { url: "/news/b/", outputPath: "/out/news/b/index.html", content: Buffer.from(article.replace("Story", "Café"), "utf8") },
  ]);
  assert.equal(pages.map((p) => p.url), ["/news/a/", "/news/b/"]);
  assert.ok(pages[1]!.html.includes("Café"));
});

Pages("leaves out pages without the attribute, non-HTML output, pages with no URL and the attribute named in text", () => {
  const pages = pagesToIndex([
    { url: "/news/", outputPath: "/out/news/index.html", content: "<main>A front</main>" },
    { url: "/feed.json", outputPath: "/out/feed.json", content: '{"x":"<article data-pagefind-body>"}' },
    { url: false, outputPath: false, content: article },
    { url: "/about/", outputPath: "/out/about/index.html", content: "<p>We add data-pagefind-body to &lt;article data-pagefind-body&gt;.</p>" },
    { url: "/news/c/", outputPath: "/out/news/c/index.html", content: '<p data-pagefind-body-like="x">no</p>' },
  ]);
  assert.equal(pages, []);
});

Pages.run();

const Attributes = suite("index attributes");

Attributes("escape any name: a filter value with quotes, ampersands and commas stays one attribute", () => {
  assert.is(filterAttribute("author", `Ana "AJ" Ruiz & Co, Jr.`).toString(), ` data-pagefind-filter="author:Ana &quot;AJ&quot; Ruiz &amp; Co, Jr."`);
  assert.is(indexedTextAttributes("data-topics", `Courts, <Tech>`).toString(), ` data-pagefind-index-attrs="data-topics" data-topics="Courts, &lt;Tech&gt;"`);
});

Attributes("give the readable date, the year and the sort key in the site's zone", () => {
  // 02:30 UTC on New Year's Day is still the old year in New York.
  const attributes = publishedAttributes(new Date("2031-01-01T02:30:00Z"), site).toString();
  assert.is(attributes, ` data-pagefind-meta="date:Dec 31, 2030" data-pagefind-sort="datetime:1925001000" data-pagefind-filter="year:2030"`);
});

Attributes.run();

const Excerpts = suite("excerptParts");

Excerpts("splits an excerpt into text and marked runs, reading back the text's < and >", () => {
  assert.equal(excerptParts("a <mark>b</mark> &lt;c&gt; <mark>d</mark>"), [
    { text: "a ", marked: false },
    { text: "b", marked: true },
    { text: " <c> ", marked: false },
    { text: "d", marked: true },
  ]);
});

Excerpts("keeps markup-like text as text: an escaped <mark> in the page is not a highlight", () => {
  assert.equal(excerptParts("&lt;mark&gt;x&lt;/mark&gt; & y"), [{ text: "<mark>x</mark> & y", marked: false }]);
  assert.equal(excerptParts(""), []);
});

Excerpts.run();

const Status = suite("statusMessage");

Status("counts results for the words and filters asked", () => {
  assert.is(statusMessage({ query: "fentanyl", filters: [] }, 3), "3 results for “fentanyl”.");
  assert.is(statusMessage({ query: "", filters: ["Courts"] }, 1), "1 result in Courts.");
  assert.is(statusMessage({ query: "court", filters: ["Courts", "2031"] }, 45, 20), "45 results for “court” in Courts, 2031, showing the first 20.");
});

Status("says plainly when nothing matched, with a hint", () => {
  assert.is(statusMessage({ query: "xyzzy", filters: [] }, 0), "No results for “xyzzy”. Try fewer or other words.");
  assert.is(statusMessage({ query: "xyzzy", filters: ["Health"] }, 0), "No results for “xyzzy” in Health. Try other words or fewer filters.");
});

Status.run();

const Page = suite("search page");

Page("in a built site: a hidden form, a live region, the script, and a note for readers without JavaScript", () => {
  const page = searchPage({ siteSearch: { indexed: true } });
  assert.match(page, /<form id="search-form" class="search__form" role="search" action="\/search\/" method="get" hidden>/);
  assert.match(page, /<p id="search-status" class="search__status" role="status"><\/p>/);
  assert.match(page, /<script type="module" src="\/assets\/search.js"><\/script>/);
  assert.match(page, /<noscript><p class="search__note">Search runs in your browser and needs JavaScript/);
  for (const key of ["topic", "author", "year"]) assert.match(page, new RegExp(`<label for="search-filter-${key}">`));
});

Page("in `npm start` (no index): says search works in built sites only, with no form or script", () => {
  for (const data of [{ siteSearch: { indexed: false } }, {}]) {
    const page = searchPage(data);
    assert.match(page, /Search works in built sites only/);
    assert.not.match(page, /<form|<script/);
  }
});

Page.run();
