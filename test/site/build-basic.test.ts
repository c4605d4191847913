// Integration: the basic fixture built as production and as `npm start` does — what readers get.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";

const FIXTURE = "test/site/fixtures/basic";

const PUBLISHED = [
  {
    url: "/news/2023/05/02/council-passes-a-21-billion-budget-after-a-late-night-session/",
    headline: "Council passes a 2.1 billion budget after a late-night session",
    time: '<time datetime="2023-05-02T23:30:00-04:00">May 2, 2023, 11:30 PM EDT</time>',
  },
  {
    url: "/news/2023/05/02/libraries-weekend/",
    headline: "Libraries keep weekend hours",
    time: '<time datetime="2023-05-02T00:00:00-04:00">May 2, 2023</time>',
  },
  {
    url: "/news/2022/11/14/transit-plan-adds-night-buses/",
    headline: "Transit plan adds night buses",
    time: '<time datetime="2022-11-14T09:30:00-05:00">Nov 14, 2022, 9:30 AM EST</time>',
  },
];

function must(build: SiteBuild, url: string): string {
  const page = build.page(url);
  assert.ok(page, `no page at ${url}; pages: ${build.results.map((r) => r.url).join(", ")}`);
  return page!.content;
}

const Production = suite<{ build: SiteBuild }>("production build");

Production.before(async (context) => {
  context.build = await buildSite({ fixture: FIXTURE });
  if (context.build.error) throw new Error(errorText(context.build));
});

Production("writes every published article with its headline and <time datetime>", ({ build }) => {
  for (const article of PUBLISHED) {
    const html = must(build, article.url);
    assert.ok(html.includes(`<h1 class="article__headline">${article.headline}</h1>`), article.url);
    assert.ok(html.includes(article.time), `${article.url} lacks ${article.time}`);
    assert.ok(fs.existsSync(path.join(build.outputDir, article.url, "index.html")));
  }
});

Production("leaves drafts and scheduled articles out: no page, no listing, no topic", ({ build }) => {
  const sources = build.results.map((r) => r.inputPath);
  assert.not.ok(sources.some((p) => p.endsWith("unfinished-draft.md") || p.endsWith("far-future.md")), sources.join(", "));
  const everything = build.results.map((r) => r.content).join("\n");
  assert.not.ok(everything.includes("stadium deal"), "draft title leaked");
  assert.not.ok(everything.includes("2999 census"), "scheduled title leaked");
  assert.is(build.page("/topics/census/"), undefined);
});

Production("keeps {{ }}, {% %} and {# literal in Markdown", ({ build }) => {
  const html = must(build, "/news/2023/05/02/libraries-weekend/");
  assert.ok(html.includes("Templates stay literal: {{ x }} and {% raw %} and {# not a comment #}."), html);
  assert.ok(html.includes("<code>{{ page.url }}</code>"));
});

Production("renders byline, updated time, reading time, topics and series", ({ build }) => {
  const html = must(build, PUBLISHED[0].url);
  // Bylines link to author pages (src/collections/authors.ts); the front matter's `url` is linked from there.
  assert.ok(html.includes('<a href="/authors/ana-ruiz/" rel="author">Ana Ruiz</a><span class="byline__role">, City hall reporter</span>'));
  assert.ok(html.includes(' and <span class="byline__author" data-pagefind-filter="author:Tom Lind"><a href="/authors/tom-lind/" rel="author">Tom Lind</a></span>'));
  assert.ok(html.includes('Updated <time datetime="2023-05-03T08:15:00-04:00">May 3, 2023, 8:15 AM EDT</time>'));
  assert.ok(html.includes("<span data-pagefind-ignore>1 min read</span>"));
  assert.ok(html.includes('<li><a href="/topics/city-hall/" data-pagefind-filter="topic:City hall">City hall</a></li><li><a href="/topics/budget/" data-pagefind-filter="topic:Budget">Budget</a></li>'));
  assert.ok(must(build, PUBLISHED[2].url).includes('<p class="article__series" data-pagefind-ignore><a href="/series/getting-around/">Getting around</a> <span class="article__series-part">· Part 1 of 1</span></p>'));
  assert.not.ok(html.includes("status-banner"), "production pages have no status banner");
});

Production("renders the lead image as a figure with caption and credit", ({ build }) => {
  const html = must(build, PUBLISHED[1].url);
  assert.match(html, /<figure class="lead-image">[\s\S]*alt="Readers at long tables in the main library&#39;s reading room"/);
  assert.match(html, /<figcaption>The main library&#39;s reading room on a Saturday\. <span class="credit">Photo: Ana Ruiz<\/span><\/figcaption>/);
});

Production("lists articles newest first on the section front, ties in slug order", ({ build }) => {
  const html = must(build, "/news/");
  const order = [...html.matchAll(/<h2 class="story__headline"><a href="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(order, [PUBLISHED[0].url, PUBLISHED[1].url, PUBLISHED[2].url]);
  assert.not.ok(html.includes('aria-label="Pagination"'), "one page needs no pagination");
});

Production("builds home, topic pages, topic index with counts, 404 and the stylesheet", ({ build }) => {
  const home = must(build, "/");
  assert.ok(home.includes(`<a href="${PUBLISHED[0].url}">${PUBLISHED[0].headline}</a>`), "lead story");
  const index = must(build, "/topics/");
  assert.ok(index.includes('<a href="/topics/city-hall/">City hall</a> <span class="topic-index__count">2 articles</span>'), index);
  assert.ok(index.includes('<a href="/topics/transit/">Transit</a> <span class="topic-index__count">1 article</span>'));
  assert.ok(must(build, "/topics/city-hall/").includes("<h1>City hall</h1>"));
  assert.ok(must(build, "/404.html").includes("<h1>Page not found</h1>"));
  const css = must(build, "/assets/site.css");
  assert.ok(css.startsWith("/* base.css */\n"), css.slice(0, 40));
});

Production("gives every page the shell: lang, skip link, section nav, stylesheet", ({ build }) => {
  // /admin/ is the CMS's own page, not the site's (src/cms/admin-page.ts, test/cms/admin-output.test.ts).
  for (const page of build.results.filter((r) => r.outputPath.toString().endsWith(".html") && r.url !== "/admin/")) {
    assert.ok(page.content.startsWith('<!doctype html>\n<html lang="en-US">'), page.url);
    assert.ok(page.content.includes('<a class="skip-link" href="#main">Skip to content</a>'), page.url);
    assert.ok(page.content.includes('<nav class="site-nav" aria-label="Sections">'), page.url);
    assert.ok(page.content.includes('<link rel="stylesheet" href="/assets/site.css">'), page.url);
    // The one script is site search's, on its page (docs/search.md).
    const scripts = page.content.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [];
    assert.equal(scripts, page.url === "/search/" ? ['<script type="module" src="/assets/search.js">'] : [], `${page.url}: scripts`);
  }
});

Production.run();

const Dev = suite<{ build: SiteBuild }>("dev build (npm start)");

Dev.before(async (context) => {
  context.build = await buildSite({ fixture: FIXTURE, runMode: "serve" });
  if (context.build.error) throw new Error(errorText(context.build));
});

Dev("builds drafts with a Draft banner", ({ build }) => {
  const html = must(build, "/news/2023/04/01/draft-stadium-deal-details/");
  assert.ok(html.includes('<p class="status-banner status-banner--draft"><strong>Draft</strong>'));
});

Dev("builds scheduled articles with a Scheduled banner", ({ build }) => {
  const html = must(build, "/news/2999/01/01/embargoed-the-2999-census/");
  assert.ok(html.includes('<p class="status-banner status-banner--scheduled"><strong>Scheduled</strong>'));
});

Dev("marks the draft in lists", ({ build }) => {
  assert.ok(must(build, "/news/").includes('Draft: stadium deal details</a> <span class="tag-draft">Draft</span>'));
});

Dev.run();
