// The benchmark's synthetic archive: deterministic, valid front matter, directives the plugin accepts.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as yaml from "js-yaml";
import MarkdownItClass from "markdown-it";
import { generateArticles, writeArchive } from "../../bench/generate-archive.ts";
import { newsdeskMarkdown } from "../../plugins/newsdesk/markdown.ts";
import type { Problem } from "../../plugins/newsdesk/errors.ts";
import { validateFrontMatter } from "../../src/front-matter/validate.ts";

const Articles = suite("generateArticles");
const sample = generateArticles(300);

Articles("gives the same archive for the same seed, and smaller archives are prefixes of larger ones", () => {
  assert.equal(generateArticles(300), sample);
  assert.equal(generateArticles(100), sample.slice(0, 100));
  assert.not.equal(generateArticles(20, 9).map((a) => a.text), sample.slice(0, 20).map((a) => a.text));
});

Articles("writes front matter the site's validator accepts, with unique titles", () => {
  const titles = new Set<string>();
  for (const article of sample) {
    const data = yaml.load(article.text.split("---\n")[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    assert.equal(validateFrontMatter(data, "America/New_York"), [], article.fileName);
    titles.add(String(data.title));
  }
  assert.is(titles.size, sample.length);
});

Articles("has ~600-word bodies with 2–3 headings, ties in dates, pull quotes, stats, drafts and series", () => {
  for (const article of sample) {
    const words = article.body.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 590 && words <= 800, `${article.fileName}: ${words} words`);
    const headings = article.body.match(/^## /gm)?.length ?? 0;
    assert.ok(headings >= 2 && headings <= 3, `${article.fileName}: ${headings} headings`);
  }
  const count = (re: RegExp) => sample.filter((a) => re.test(a.text)).length;
  const dates = sample.map((a) => a.text.match(/^date: (.*)$/m)![1]);
  assert.ok(new Set(dates).size < dates.length, "some articles share a date");
  const pullQuotes = count(/^:::pullquote\{|:pull\[/m);
  assert.ok(pullQuotes > 70 && pullQuotes < 130, `pull quotes in ${pullQuotes} of 300`);
  assert.ok(count(/^:::pullquote\{/m) > 0 && count(/:pull\[/) > 0, "both pull-quote forms");
  assert.ok(count(/^::stat\[/m) > 0 && count(/^:::stats\{/m) > 0, "both stat forms");
  assert.ok(count(/^draft: true$/m) > 0 && count(/^series: /m) > 0, "drafts and series");
});

Articles("renders every body with newsdeskMarkdown without a problem (not even a warning)", () => {
  const problems: Problem[] = [];
  const md = new MarkdownItClass({ html: true }).use(newsdeskMarkdown, { onProblem: (p) => problems.push(p) });
  let pulls = 0;
  for (const article of sample) {
    const html = md.render(article.body, { file: article.fileName });
    if (html.includes('class="pull-quote"')) pulls++;
    assert.not.match(html, /:::|::stat|:pull\[/, `${article.fileName}: a directive left as text`);
  }
  assert.equal(problems, []);
  assert.ok(pulls > 70, `${pulls} rendered pull quotes`);
});

Articles.run();

const Archive = suite("writeArchive");

Archive("lays out the site input (articles and linked pages) and the bare input", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-archive-"));
  try {
    const dirs = writeArchive(root, 5);
    const news = fs.readdirSync(path.join(dirs.siteInput, "news"));
    assert.equal(news.filter((f) => f.endsWith(".md")), ["article-00001.md", "article-00002.md", "article-00003.md", "article-00004.md", "article-00005.md"]);
    assert.equal(news.filter((f) => !f.endsWith(".md")), [], "news/ holds only articles (their pages come from the article pipeline)");
    assert.ok(fs.existsSync(path.join(dirs.siteInput, "index.11ty.ts")), "the home page is linked in");
    assert.ok(!fs.readdirSync(path.join(dirs.siteInput, "news")).includes("operation-spector.md"), "no sample articles");
    assert.equal(fs.readdirSync(path.join(dirs.bareInput, "news")), news.filter((f) => f.endsWith(".md")));
    assert.ok(fs.existsSync(path.join(dirs.bareInput, "_includes/layout.njk")));
    assert.is(fs.readFileSync(path.join(dirs.bareInput, "news/article-00003.md"), "utf8"), dirs.articles[2]!.text);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

Archive.run();
