import { suite } from "uvu";
import * as assert from "uvu/assert";
import { countWords, minutesToRead, readingMinutes } from "../../src/articles/reading-time.ts";
import { renderedBody } from "../../src/articles/body-renderer.ts";
import fc from "fast-check";
import "../helpers/property-seed.ts";
import { isBuilt, isDevRunMode, publicationState } from "../../src/articles/publication.ts";
import { displayPath, isArticlePath } from "../../src/articles/is-article.ts";
import { orderStylesheets } from "../../src/styles/order-stylesheets.ts";
import { frozen } from "../../src/frozen-data.ts";
import { site } from "../../src/site.ts";

const Reading = suite("readingMinutes");

Reading("counts words at 230 a minute, rounded up", () => {
  const words = (n: number) => `<p>${Array.from({ length: n }, () => "word").join(" ")}</p>`;
  assert.is(readingMinutes(words(230)), 1);
  assert.is(readingMinutes(words(231)), 2);
  assert.is(readingMinutes(words(920)), 4);
});

Reading("ignores tags and attributes, never says 0 minutes", () => {
  assert.is(readingMinutes('<a href="/a/very/long/url" class="x y z">one</a>'), 1);
  assert.is(readingMinutes(""), 1);
});

Reading("a rendered body carries its word count: the same minutes as counting its HTML", () => {
  for (const n of [0, 1, 230, 231, 919, 921]) {
    const html = `<h2 id="x">Heading</h2><p>${Array.from({ length: n }, () => "word").join(" ")}</p>`;
    const body = renderedBody(html);
    assert.is(body.html, html);
    assert.is(body.words, n + 1);
    assert.is(minutesToRead(body.words), readingMinutes(html));
  }
  assert.is(minutesToRead(0), 1);
});

// The definition countWords implements in one pass: strip tags, then entities, then match words.
const referenceCount = (html: string) =>
  html.replace(/<[^>]*>/g, " ").replace(/&[#a-z0-9]+;/gi, " ").match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;

Reading("counts words exactly as stripping tags and entities and matching words would", () => {
  const pieces = ["word", "<p>", "</p>", '<a href="/x">', "&amp;", "&#8217;", "&nope", "& ", "<", ">", " ", "-", ".", "'", "’", "don’t", "3.5", "é", "日本", "𝐀b", "\uD835", "x-", "--", ";", "\n"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const html = parts.join("");
      assert.is(countWords(html), referenceCount(html), JSON.stringify(html));
    }),
    { numRuns: 3000 },
  );
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), (html) => countWords(html) === referenceCount(html)), { numRuns: 3000 });
});

Reading.run();

const Publication = suite("publicationState");

Publication("draft wins, future is scheduled, the rest published", () => {
  const now = Date.parse("2024-01-01T00:00:00Z");
  assert.is(publicationState(true, new Date("2020-01-01"), now), "draft");
  assert.is(publicationState(false, new Date("2024-01-01T00:00:01Z"), now), "scheduled");
  assert.is(publicationState(undefined, new Date("2024-01-01T00:00:00Z"), now), "published");
});

Publication("production builds only published; dev builds all", () => {
  assert.ok(isDevRunMode("serve") && isDevRunMode("watch") && !isDevRunMode("build") && !isDevRunMode(undefined));
  assert.equal(["published", "draft", "scheduled"].map((s) => isBuilt(s as "draft", false)), [true, false, false]);
  assert.equal(["published", "draft", "scheduled"].map((s) => isBuilt(s as "draft", true)), [true, true, true]);
});

Publication.run();

const Paths = suite("isArticlePath");

Paths("articles are Markdown under the input's news/", () => {
  assert.ok(isArticlePath("./content/news/a.md", "./content/"));
  assert.ok(isArticlePath("./content/news/2023/a.md", "content"));
  assert.not.ok(isArticlePath("./content/news/index.11ty.ts", "./content/"));
  assert.not.ok(isArticlePath("./content/about.md", "./content/"));
  assert.not.ok(isArticlePath("./content/newsletter/a.md", "./content/"));
});

Paths("shows paths relative to the working directory", () => {
  assert.is(displayPath("./content/news/a.md", "./content/", "/repo"), "content/news/a.md");
  assert.is(displayPath("/elsewhere/site/content/news/a.md", "/elsewhere/site/content", "/repo"), "content/news/a.md");
});

Paths.run();

const Styles = suite("orderStylesheets");

Styles("puts base.css first, the rest alphabetically, only .css", () => {
  assert.equal(orderStylesheets(["stats.css", "order.ts", "article-nav.css", "base.css", "pull-quote.css"]), [
    "base.css",
    "article-nav.css",
    "pull-quote.css",
    "stats.css",
  ]);
});

Styles.run();

const Frozen = suite("frozen global data");

Frozen("plain objects and arrays are frozen all the way down; instances with state are not", () => {
  class Pipeline {
    jobs: string[] = [];
  }
  const pipeline = new Pipeline();
  const when = new Date(0);
  const data = frozen({ a: { b: [{ c: 1 }] }, pipeline, when, list: [1, 2] });
  assert.ok(Object.isFrozen(data) && Object.isFrozen(data.a) && Object.isFrozen(data.a.b) && Object.isFrozen(data.a.b[0]) && Object.isFrozen(data.list));
  assert.not.ok(Object.isFrozen(pipeline));
  assert.not.ok(Object.isFrozen(when));
  pipeline.jobs.push("still works");
  assert.throws(() => {
    (data.a as { b: unknown }).b = [];
  }, TypeError);
  assert.is(frozen(data), data);
});

Frozen("the site's settings are frozen, so Eleventy hands them to pages without a proxy", () => {
  assert.ok(Object.isFrozen(site) && Object.isFrozen(site.publisher));
});

Frozen.run();

