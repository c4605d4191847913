// Integration: the sample site (content/) as `npm run build` makes it — every published article is there, drafts and scheduled are not.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { builtSite, type BuiltSite } from "../helpers/built-site.ts";
import { parseDate } from "../../src/dates/parse-date.ts";
import { isoDateTime } from "../../src/dates/format-date.ts";
import { articleUrl } from "../../src/permalinks/article-url.ts";
import { escapeHtml } from "../../src/html.ts";
import { site } from "../../src/site.ts";

interface SampleArticle {
  file: string;
  title: string;
  url: string;
  datetime: string;
  state: "published" | "draft" | "scheduled";
}

/** Reads content/news/*.md independently of the build: what readers should find. */
function sampleArticles(): SampleArticle[] {
  const dir = "content/news";
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const source = fs.readFileSync(path.join(dir, f), "utf8");
      const data = yaml.load(source.split(/^---\s*$/m)[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
      const parsed = parseDate(data.date, site.timeZone);
      if (!parsed.ok) throw new Error(`${f}: unreadable date`);
      const date = parsed.date.toJSDate();
      const slug = typeof data.slug === "string" ? data.slug : undefined;
      const state = data.draft === true ? "draft" : date.getTime() > Date.now() ? "scheduled" : "published";
      return {
        file: f,
        title: String(data.title),
        url: articleUrl({ date, title: String(data.title), slug }, site.timeZone),
        datetime: isoDateTime(date, site.timeZone),
        state,
      };
    });
}

function read(built: BuiltSite, url: string): string | undefined {
  const file = path.join(built.outputDir, url, "index.html");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

const Sample = suite<{ built: BuiltSite; articles: SampleArticle[] }>("sample site");

Sample.before(async (context) => {
  context.articles = sampleArticles();
  context.built = await builtSite();
});

Sample("has at least 12 published articles, a draft and a scheduled one to check", ({ articles }) => {
  assert.ok(articles.filter((a) => a.state === "published").length >= 12, "at least 12 published");
  assert.ok(articles.some((a) => a.state === "draft"), "a draft");
  assert.ok(articles.some((a) => a.state === "scheduled"), "a scheduled article");
});

Sample("builds every published article with its headline and publication <time>", ({ built, articles }) => {
  for (const article of articles.filter((a) => a.state === "published")) {
    const html = read(built, article.url);
    assert.ok(html, `${article.file}: no page at ${article.url}`);
    assert.ok(html!.includes(`<h1 class="article__headline">${escapeHtml(article.title)}</h1>`), `${article.file}: headline`);
    assert.ok(html!.includes(`Published <time datetime="${article.datetime}">`), `${article.file}: <time datetime="${article.datetime}">`);
  }
});

Sample("leaves drafts and scheduled articles out of pages, fronts and topics", ({ built, articles }) => {
  const front = read(built, "/news/") ?? "";
  const home = read(built, "/") ?? "";
  for (const article of articles.filter((a) => a.state !== "published")) {
    assert.is(read(built, article.url), undefined, `${article.file} was built`);
    assert.not.ok(built.pages.some((p) => p.inputPath.endsWith(`/${article.file}`)), `${article.file} has a page`);
    assert.not.ok(front.includes(`href="${article.url}"`) || home.includes(`href="${article.url}"`), `${article.file} is listed`);
  }
});

Sample("lists every published article on the section front's pages", ({ built, articles }) => {
  let html = "";
  for (let n = 1, url = "/news/"; read(built, url); url = `/news/page/${++n}/`) html += read(built, url);
  for (const article of articles.filter((a) => a.state === "published")) {
    assert.ok(html.includes(`<a href="${article.url}">`), `${article.file} missing from /news/`);
  }
});

Sample("sets article text with curly quotes and apostrophes (typographer), and leaves code alone", ({ built, articles }) => {
  const spector = articles.find((a) => a.file === "operation-spector.md")!;
  const html = read(built, spector.url)!;
  assert.ok(html.includes("“People think of crypto as cash in a mattress,” Patel said."), "curly double quotes");
  assert.not.ok(html.includes('"People think of crypto'), "no straight quotes left in the body");
  const glitch = articles.find((a) => a.file === "court-fee-page-showed-code.md")!;
  assert.ok(read(built, glitch.url)!.includes("<code>{{ price }}</code>"), "code spans keep what the author typed");
});

Sample.run();
