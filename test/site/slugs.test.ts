import { suite } from "uvu";
import * as assert from "uvu/assert";
import { SLUG_PATTERN, toSlug } from "../../src/slugs/to-slug.ts";
import { articleSlug, articleUrl } from "../../src/permalinks/article-url.ts";

const Slug = suite("toSlug");

Slug("lower-cases and joins words with hyphens", () => {
  assert.is(toSlug("Public safety"), "public-safety");
});

Slug("drops punctuation (strict) and keeps digits", () => {
  assert.is(toSlug("Dark-web sweep: 288 arrests — on 3 continents!"), "dark-web-sweep-288-arrests-on-3-continents");
  assert.is(toSlug("Council's $2.1 billion budget"), "councils-dollar21-billion-budget");
});

Slug("transliterates accents", () => {
  assert.is(toSlug("Café São Paulo"), "cafe-sao-paulo");
});

Slug("never leaves leading, trailing or doubled hyphens", () => {
  assert.is(toSlug("  -- Hello -- world --  "), "hello-world");
});

Slug("returns an empty slug when nothing is left", () => {
  assert.is(toSlug("!!! ???"), "");
});

Slug("always matches SLUG_PATTERN when not empty", () => {
  for (const title of ["A", "Über 9000", "x — y", "2023: a year"]) assert.ok(SLUG_PATTERN.test(toSlug(title)), title);
});

Slug.run();

const Url = suite("articleUrl");
const NY = "America/New_York";

Url("builds /news/YYYY/MM/DD/<slug>/ from the title", () => {
  assert.is(articleUrl({ date: new Date("2023-05-02T13:30:00Z"), title: "Council passes budget" }, NY), "/news/2023/05/02/council-passes-budget/");
});

Url("an explicit slug wins over the title", () => {
  assert.is(articleUrl({ date: new Date("2023-05-02T13:30:00Z"), title: "Anything", slug: "budget-vote" }, NY), "/news/2023/05/02/budget-vote/");
  assert.is(articleSlug({ title: "Anything", slug: "budget-vote" }), "budget-vote");
});

Url("takes the day in the site zone: 23:30 in New York is still May 2", () => {
  assert.is(articleUrl({ date: new Date("2023-05-03T03:30:00Z"), title: "Late vote" }, NY), "/news/2023/05/02/late-vote/");
});

Url("takes the day in a zone ahead of UTC", () => {
  assert.is(articleUrl({ date: new Date("2023-05-01T12:30:00Z"), title: "Early" }, "Pacific/Auckland"), "/news/2023/05/02/early/");
});

Url("pads month and day", () => {
  assert.is(articleUrl({ date: new Date("2024-01-05T17:00:00Z"), title: "x" }, NY), "/news/2024/01/05/x/");
});

Url.run();
