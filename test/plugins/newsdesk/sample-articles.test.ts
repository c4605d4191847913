// The sample articles in content/news pass every editorial check set to "error" (README "Editorial checks").
import * as fs from "node:fs";
import * as path from "node:path";
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatProblem, frontMatterLineCount, newsdeskMarkdown, type Problem } from "../../../plugins/newsdesk/index.ts";
import { site } from "../../../src/site.ts";

const NEWS = "content/news";

function articleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? articleFiles(file) : entry.name.endsWith(".md") ? [file] : [];
  });
}

const test = suite("sample articles under the editorial checks");

test("every article's stat figures, pull quotes and attributions are in its story", () => {
  const found: Problem[] = [];
  // The site's Markdown settings (src/articles/article-markdown.ts): raw HTML and typographer on.
  const md = new MarkdownIt({ html: true, typographer: true }).use(newsdeskMarkdown, {
    locale: site.language,
    verifyStats: "error",
    verifyPullQuotes: "error",
    verifyQuoteAttribution: "error",
    onProblem: (p: Problem) => found.push(p),
  });
  const files = articleFiles(NEWS);
  assert.ok(files.length >= 10, `expected the sample articles in ${NEWS}, found ${files.length}`);
  let stats = 0;
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    const offset = frontMatterLineCount(source);
    const body = source.split(/\r?\n/).slice(offset).join("\n");
    stats += body.match(/^::stat\[|^\s*[-*] \*\*/gm)?.length ?? 0;
    md.render(body, { file, lineOffset: offset });
  }
  assert.ok(stats > 10, "the samples hold stat callouts to check");
  assert.equal(found.map(formatProblem), []);
});

test.run();
