// Integration: 45 generated articles paginate 20 a page on /news/ and on their topic page.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { pageHtml } from "../helpers/built-page.ts";

const COUNT = 45;

/** Article n is published on day n of 2023 at noon: article 45 is the newest. */
function articles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= COUNT; n++) {
    const day = new Date(Date.UTC(2023, 0, n)).toISOString().slice(0, 10);
    files[`news/story-${n}.md`] = `---\ntitle: "Story ${n}"\ndate: ${day} 12:00\ntopics: [Courts]\n---\n\nBody ${n}.\n`;
  }
  return files;
}

const headlines = (html: string) => [...html.matchAll(/<h2 class="story__headline"><a href="[^"]+">Story (\d+)<\/a>/g)].map((m) => Number(m[1]));
const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

const page = pageHtml;

const Pagination = suite<{ build: SiteBuild }>("pagination");

Pagination.before(async (context) => {
  // The fixture replaces the site's articles; the site's pages and layouts are used as they are.
  context.build = await buildSite({ files: articles() });
  if (context.build.error) throw new Error(errorText(context.build));
});

Pagination("splits /news/ into 20, 20 and 5 articles, newest first", ({ build }) => {
  assert.equal(headlines(page(build, "/news/")), range(45, 26));
  assert.equal(headlines(page(build, "/news/page/2/")), range(25, 6));
  assert.equal(headlines(page(build, "/news/page/3/")), range(5, 1));
  assert.is(build.page("/news/page/4/"), undefined);
  assert.is(build.page("/news/page/1/"), undefined);
});

Pagination("links each page to its neighbours and says where the reader is", ({ build }) => {
  const first = page(build, "/news/");
  assert.ok(first.includes('<nav class="pagination" aria-label="Pagination">'));
  assert.ok(first.includes("Page 1 of 3"));
  assert.ok(first.includes('<a href="/news/page/2/" rel="next">Next page</a>'));
  assert.not.ok(first.includes('rel="prev"'));

  const second = page(build, "/news/page/2/");
  assert.ok(second.includes("Page 2 of 3"));
  assert.ok(second.includes('<a href="/news/" rel="prev">Previous page</a>'));
  assert.ok(second.includes('<a href="/news/page/3/" rel="next">Next page</a>'));
  assert.ok(second.includes("<title>News, page 2 of 3 — The Newsdesk</title>"));

  const last = page(build, "/news/page/3/");
  assert.ok(last.includes("Page 3 of 3"));
  assert.ok(last.includes('<a href="/news/page/2/" rel="prev">Previous page</a>'));
  assert.not.ok(last.includes('rel="next"'));
});

Pagination("paginates topic pages the same way", ({ build }) => {
  assert.equal(headlines(page(build, "/topics/courts/")), range(45, 26));
  const last = page(build, "/topics/courts/page/3/");
  assert.equal(headlines(last), range(5, 1));
  assert.ok(last.includes('<a href="/topics/courts/page/2/" rel="prev">Previous page</a>'));
  assert.ok(last.includes("45 articles"));
  assert.ok(page(build, "/topics/").includes('<a href="/topics/courts/">Courts</a> <span class="topic-index__count">45 articles</span>'));
});

Pagination("shows the newest article as the home page's lead story, the next three as top stories, then the latest eight", ({ build }) => {
  const home = page(build, "/");
  assert.match(home, /<section class="home__lead" aria-label="Lead story"><article class="story story--lead story--text">\n<h2 class="story__headline"><a href="\/news\/2023\/02\/14\/story-45\/">Story 45<\/a>/);
  const stories = (html: string) => [...html.matchAll(/<h[23] class="story__headline"><a href="[^"]+">Story (\d+)<\/a>/g)].map((m) => Number(m[1]));
  assert.equal(stories(home), range(45, 34));
  const top = home.slice(home.indexOf('id="top-heading"'), home.indexOf('id="latest-heading"'));
  assert.equal(stories(top), range(44, 42));
});

Pagination.run();
