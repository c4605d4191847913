// Heading ids and anchor links on article h2/h3 (markdown-it plugin).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import MarkdownIt from "markdown-it";
import { headingAnchors, headingSlug, uniqueId } from "../../src/markdown/heading-anchors.ts";

const test = suite("headingAnchors");
const md = new MarkdownIt().use(headingAnchors);

test("h2 and h3 get slug ids and an anchor named by the heading", () => {
  assert.is(
    md.render("## Why it *matters*"),
    '<div class="heading-anchored"><h2 id="why-it-matters">Why it <em>matters</em></h2>' +
      '<a class="heading-anchor" href="#why-it-matters" aria-labelledby="why-it-matters"><span aria-hidden="true">#</span></a></div>\n',
  );
});

test("repeated headings get unique ids; ids the shell uses are never taken", () => {
  const out = md.render("## Main\n\n## Same\n\n### Same\n\n## Same");
  assert.equal([...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]), ["main-2", "same", "same-2", "same-3"]);
});

test("h1 and h4 are left alone", () => {
  assert.is(md.render("# Title\n\n#### Small"), "<h1>Title</h1>\n<h4>Small</h4>\n");
});

test("ids are stable: the same Markdown always gives the same ids", () => {
  const source = "## Ça va? — “Quotes” & <b>tags</b>\n\n## 2023: numbers";
  assert.is(md.render(source), md.render(source));
  assert.match(md.render(source), 'id="ca-va-quotes-and-b-tags-b"');
  assert.match(md.render(source), 'id="2023-numbers"');
});

test("helpers: an unsluggable heading is `section`; uniqueId counts from 2", () => {
  assert.is(headingSlug("???"), "section");
  const taken = new Set<string>();
  assert.equal([uniqueId("a", taken), uniqueId("a", taken), uniqueId("a", taken)], ["a", "a-2", "a-3"]);
});

test.run();
