// AUTHORING.md can never drift from the code: each of its examples is built here, and each error
// example must fail with exactly the message the document prints under it.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSite, type SiteBuild } from "../helpers/build-site.ts";
import { findContentProblems } from "../../src/dev/content-errors.ts";
import { formatProblem } from "../../plugins/newsdesk/errors.ts";
import { PAGE_KINDS, PAGE_TEMPLATES } from "../../src/authoring/page-templates.ts";
import { asArticle, errorExamples, pageExampleFile, pageExamples, validExamples } from "./doc-examples.ts";

const DOC = fs.readFileSync(fileURLToPath(new URL("../../AUTHORING.md", import.meta.url)), "utf8");
const VALID = validExamples(DOC);
const ERRORS = errorExamples(DOC);
const PAGES = pageExamples(DOC);
const PAGE_ERRORS = errorExamples(DOC, "markdown page error");

/** `file:line: message` lines of a failed build, with fixture paths shown as `content/news/story.md` (or `content/<shownAs>`). */
function problemLines(build: SiteBuild, fileName: string, shownAs = "story.md"): string[] {
  const problems = findContentProblems(build.error) ?? [];
  // A fixture build lives in .test-sites/site-XXXX/; a journalist's paths have no such prefix.
  const local = (text: string) => text.replace(/(?:\.test-sites\/site-[^/]+\/)/g, "").split(fileName).join(shownAs);
  return problems.map((p) => local(formatProblem(p)));
}

const doc = suite("AUTHORING.md");

doc("has examples of every kind it promises", () => {
  assert.ok(VALID.length >= 9, `valid examples: ${VALID.length}`);
  assert.ok(ERRORS.length >= 10, `error examples: ${ERRORS.length}`);
  for (const needle of [":::pullquote", ":pull[", "::stat[", "::stat{value=", ":::stats", "- **", "![", "draft: true"]) {
    assert.ok(VALID.some((f) => f.body.includes(needle)), `a built example uses ${needle}`);
  }
});

doc("every ```markdown example builds without a problem", async () => {
  const files = Object.fromEntries(VALID.map((f, i) => [`news/authoring-example-${i}.md`, asArticle(f.body, i)]));
  const build = await buildSite({ files });
  assert.is(build.error, undefined, String(build.error && findContentProblems(build.error)?.map(formatProblem).join("\n")));
  const pages = build.results.filter((r) => /authoring-example-\d+\.md$/.test(r.inputPath));
  // The draft and the scheduled example are left out of a production build; the rest are pages.
  const kept = VALID.filter((f) => !/^draft: true$/m.test(f.body) && !/^date: 2031/m.test(f.body));
  assert.is(pages.length, kept.length);
  const html = pages.map((p) => p.content).join("\n");
  for (const page of pages) assert.not.match(page.content, /(^|>)\s*:{2,3}[a-z]/m, `${page.inputPath}: a directive left as text`);
  assert.match(html, '<figure class="pull-quote"');
  assert.match(html, '<data class="stat__value" value="53400000">$53.4M</data>');
  assert.match(html, '<figure class="stats">');
  assert.match(html, '<a class="related__link" href="/news/2024/05/02/harbor-bridge-closes-for-six-weeks-of-repairs/">');
  assert.match(html, '<p class="article__type article__type--analysis" data-pagefind-ignore>Analysis</p>');
  // The front-matter example and the series example are parts 1 and 2 of "Fixing the harbor".
  assert.match(html, '<a href="/series/fixing-the-harbor/">Fixing the harbor</a> <span class="article__series-part">· Part 2 of 2</span>');
  assert.match(html, /<picture[^>]*>[\s\S]*?alt="Two inspectors walk along the closed bridge deck at dawn\."/);
});

ERRORS.forEach((example, i) => {
  const first = example.expected[0].replace(/^[^ ]+ /, "");
  doc(`AUTHORING.md line ${example.line}: ${first.slice(0, 60)}`, async () => {
    const fileName = `authoring-error-${i}.md`;
    const build = await buildSite({ files: { [`news/${fileName}`]: example.source } });
    assert.ok(build.error, "the example must fail the build");
    assert.equal(problemLines(build, fileName), example.expected);
  });
});
doc("the Site pages table lists every kind `npm run new -- --page` knows, with its file and address", () => {
  const section = DOC.slice(DOC.indexOf("## Site pages"), DOC.indexOf("\n## ", DOC.indexOf("## Site pages") + 1));
  const rows = [...section.matchAll(/^\| `([a-z]+)` \| `content\/([^`]+)`, `([^`]+)` \|/gm)].map((m) => [m[1], m[2], m[3]]);
  assert.equal(rows, PAGE_KINDS.map((kind) => [kind, PAGE_TEMPLATES[kind].file, PAGE_TEMPLATES[kind].permalink]));
  assert.ok(PAGES.length >= 1 && PAGE_ERRORS.length >= 1, `page examples: ${PAGES.length}, page error examples: ${PAGE_ERRORS.length}`);
});

doc("every ```markdown page example builds as a page at its permalink", async () => {
  const files = Object.fromEntries(PAGES.map((f) => [pageExampleFile(f.body), f.body]));
  const build = await buildSite({ files: { ...files, "news/a.md": asArticle("Text.", 0) } });
  assert.is(build.error, undefined, String(build.error && findContentProblems(build.error)?.map(formatProblem).join("\n")));
  for (const example of PAGES) {
    const url = `/${pageExampleFile(example.body).replace(/\.md$/, "")}/`;
    assert.ok(build.page(url), `AUTHORING.md line ${example.line}: no page at ${url}`);
  }
  // The masthead example lists the staff of content/authors.json under its text.
  assert.match(build.page("/masthead/")?.content ?? "", '<h2 id="masthead-staff__heading">Staff</h2>');
});

PAGE_ERRORS.forEach((example) => {
  doc(`AUTHORING.md line ${example.line}: ${example.expected[0]!.replace(/^[^ ]+ /, "").slice(0, 60)}`, async () => {
    const file = pageExampleFile(example.source);
    const build = await buildSite({ files: { [file]: example.source, "news/a.md": asArticle("Text.", 0) } });
    assert.ok(build.error, "the example must fail the build");
    assert.equal(problemLines(build, file, file), example.expected);
  });
});
doc.run();
