// loadArticle with hostile and careless input: problems found while reading, TODO placeholders, body problems beside front-matter ones.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem } from "../../plugins/newsdesk/errors.ts";
import { loadArticle, type ArticleFile, type LoadOptions } from "../../src/articles/load-article.ts";
import { bodyPlaceholderLines } from "../../src/front-matter/placeholders.ts";

const ZONE = "America/New_York";
const render = async () => ({ html: "", words: 0 });
const inputDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-load-"));
process.once("exit", () => fs.rmSync(inputDir, { recursive: true, force: true }));
const file = (source: string, more: Partial<ArticleFile> = {}): ArticleFile => ({ inputPath: `${inputDir}/news/x.md`, file: "content/news/x.md", source, inputDir, ...more });
const problemsOf = (source: string, options: LoadOptions = { devMode: false, now: Date.parse("2026-12-02T12:00:00Z") }, more?: Partial<ArticleFile>) => {
  const loaded = loadArticle(file(source, more), ZONE, render, options);
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
};

const Load = suite("loadArticle, hostile and careless input");

Load("passes on the problems found reading the file", () => {
  const problem = { file: "content/news/x.md", line: 3, message: "found a byte that is not UTF-8" };
  assert.equal(problemsOf("", undefined, { problems: [problem] }), ["content/news/x.md:3: found a byte that is not UTF-8"]);
});

Load("lists a body's problems with its front matter's: directives, images, raw HTML", () => {
  const source = ["---", "title: A", "date: 2023-05-02", "titel: oops", "---", "", ":::pullqoute", "x", ":::", "", "![A chart](missing.png)", "", "<script>x()</script>", ""].join("\n");
  assert.equal(problemsOf(source), [
    "content/news/x.md:4: `titel`: unknown field, did you mean `title`?",
    "content/news/x.md:7: unknown directive `:::pullqoute`, expected one of `:::pullquote`, `:::stats`, `::stat`; did you mean `:::pullquote`?",
    "content/news/x.md:13: raw HTML: found `<script>`, expected no scripts: the site runs none, and its Content-Security-Policy blocks them",
    "content/news/x.md:11: image `missing.png` was not found (looked for `" + path.relative(process.cwd(), `${inputDir}/news/missing.png`) + "`); expected an image file there",
  ]);
});

Load("lists a body's problems beside invalid YAML too", () => {
  const source = ["---", "title: [unclosed", "---", "", "<b onclick=x>b</b>", ""].join("\n");
  assert.equal(problemsOf(source), [
    "content/news/x.md:2: front matter: found invalid YAML (unexpected end of the stream within a flow collection), expected `key: value` lines",
    "content/news/x.md:5: raw HTML: found the event handler `onclick` on `<b>`, expected no scripts (the site runs none)",
  ]);
});

const TODO = "found a `TODO:` placeholder left from `npm run new`, expected the text written (or the line removed) before the article is published, or `draft: true`";

Load("refuses `TODO:` lines in the body of a production build's article, not of a draft or in `npm start`", () => {
  const source = (extra: string) => ["---", "title: A", "date: 2023-05-02", extra, "---", "", "TODO: the first paragraph.", ""].join("\n");
  assert.equal(problemsOf(source("dek: Fine")), [`content/news/x.md:7: ${TODO}`]);
  assert.equal(problemsOf(source("draft: true")), []);
  assert.equal(problemsOf(source("dek: Fine"), { devMode: true }), []);
});

Load("refuses an `updated` time later than the build's clock", () => {
  const source = ["---", "title: A", "date: 2023-05-02", "updated: 2026-12-02 08:00", "---", ""].join("\n");
  assert.equal(problemsOf(source, { devMode: false, now: Date.parse("2026-12-02T13:00:00Z") }), []);
  assert.equal(problemsOf(source, { devMode: false, now: Date.parse("2026-12-02T12:00:00Z") }), [
    'content/news/x.md:4: `updated`: found `"2026-12-02 08:00"`, which is later than the build (2026-12-02T12:00:00.000Z), expected the time of the last change, no later than now',
  ]);
});

Load.run();

const Placeholders = suite("bodyPlaceholderLines");

Placeholders("finds lines that start with `TODO:`, not inside fenced code or later in a line", () => {
  const body = ["TODO: intro", "A TODO: list", "```", "TODO: shown as code", "```", "  TODO: indented", "~~~~", "TODO: x", "~~~", "still code", "~~~~", "TODO: last"].join("\n");
  assert.equal(bodyPlaceholderLines(body), [1, 6, 12]);
});

Placeholders.run();
