// Reading article files (src/articles/): splitting, YAML errors on their line, publication, duplicate URLs.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { splitSource } from "../../src/articles/split-source.ts";
import { loadArticle, permalinkUrl, type ArticleFile } from "../../src/articles/load-article.ts";
import { LoadMemo, loadArticles, type LoadSettings } from "../../src/articles/load-articles.ts";
import { formatProblem } from "../../plugins/newsdesk/errors.ts";

const ZONE = "America/New_York";
const render = async () => ({ html: "<p>body</p>", words: 1 });
const file = (name: string, source: string): ArticleFile => ({ inputPath: `./content/news/${name}`, file: `content/news/${name}`, source });
const problemsOf = (source: string) => {
  const loaded = loadArticle(file("x.md", source), ZONE, render);
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
};

const Split = suite("splitSource");

Split("splits front matter from the body and counts the lines before it", () => {
  assert.equal(splitSource("---\ntitle: A\ndate: 2023-05-02\n---\n\nBody.\n"), { yaml: "title: A\ndate: 2023-05-02\n", unclosed: false, body: "\nBody.\n", bodyOffset: 4 });
  assert.equal(splitSource("---\r\ntitle: A\r\n...\r\nBody"), { yaml: "title: A\r\n", unclosed: false, body: "Body", bodyOffset: 3 });
});

Split("a file without an opening `---` has no front matter; a BOM is skipped", () => {
  assert.equal(splitSource("Just text\n---\n"), { yaml: undefined, unclosed: false, body: "Just text\n---\n", bodyOffset: 0 });
  assert.equal(splitSource("\uFEFF---\na: 1\n---\nx").yaml, "a: 1\n");
});

Split("an opening `---` without a closing one is unclosed, and the body is not guessed", () => {
  assert.equal(splitSource("---\ntitle: A\n\nBody that never ends"), { yaml: "title: A\n\nBody that never ends", unclosed: true, body: "", bodyOffset: 4 });
});

Split.run();

const Yaml = suite("front-matter YAML errors");

Yaml("points at the line of a mistake in the middle of the front matter", () => {
  assert.match(problemsOf('---\ntitle: "Fine"\ndate: 2023-05-02\n  dek: indented\nsummary: x\n---\n')[0] ?? "", /^content\/news\/x\.md:4: front matter: found invalid YAML \(bad indentation of a mapping entry\)/);
});

Yaml("points at the last line with text when the YAML ends inside a [ or a quote", () => {
  assert.match(problemsOf('---\ntitle: "Fine"\ndate: [2023-05-02\n---\n')[0] ?? "", /^content\/news\/x\.md:3: front matter: found invalid YAML \(unexpected end of the stream within a flow collection\)/);
  assert.match(problemsOf('---\ntitle: "Never closed\ndate: 2023-05-02\n\n---\n')[0] ?? "", /^content\/news\/x\.md:3: front matter: found invalid YAML \(unexpected end of the stream within a double quoted scalar\)/);
});

Yaml("a file with no front matter, or an unclosed one, is a problem at line 1", () => {
  assert.equal(problemsOf("# Headline\n\nText."), ["content/news/x.md:1: front matter: found none, expected front matter between `---` lines, e.g. `title: \"…\"` and `date: 2023-05-02`"]);
  assert.equal(problemsOf("---\ntitle: A\ndate: 2023-05-02\n\nText."), ["content/news/x.md:1: front matter: found an opening `---` line and no closing one, expected a line `---` after the last field"]);
});

Yaml.run();

const Load = suite("loadArticle");

Load("a valid article gets its URL in the site's zone, its date and its body position", async () => {
  const loaded = loadArticle(file("late.md", "---\ntitle: Late news\ndate: 2023-05-02 23:30\n---\n\nBody.\n"), ZONE, render);
  assert.ok(loaded.ok);
  if (!loaded.ok) return;
  assert.is(loaded.article.url, "/news/2023/05/02/late-news/");
  assert.is(loaded.article.date.toISOString(), "2023-05-03T03:30:00.000Z");
  assert.is(loaded.article.bodyOffset, 4);
  assert.is(loaded.article.fileSlug, "late");
  assert.is(await loaded.article.html(), "<p>body</p>");
  assert.is(loaded.article.readingMinutes, 1);
});

Load("`permalink` replaces the dated URL, the way Eleventy writes it", () => {
  const loaded = loadArticle(file("p.md", "---\ntitle: Moved\ndate: 2023-05-02\npermalink: archive/moved/index.html\n---\n"), ZONE, render);
  assert.is(loaded.ok && loaded.article.url, "/archive/moved/");
  assert.is(permalinkUrl("/a/b.html"), "/a/b.html");
  assert.is(permalinkUrl("a/b/"), "/a/b/");
});

Load("every problem of the file, each at its line", () => {
  assert.equal(problemsOf("---\ntitle: 12\ndate: someday\nlayout: x.njk\n---\n"), [
    "content/news/x.md:4: `layout`: found an Eleventy setting that has no effect on an article (every article is built with layouts/article.11ty.ts), expected no `layout`",
    "content/news/x.md:2: `title`: found `12` (a number), expected the headline as text",
    "content/news/x.md:3: `date`: found `\"someday\"`, expected a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`",
  ]);
});

Load.run();

const All = suite("loadArticles");

const settings = (now: string, devMode = false): LoadSettings => ({ zone: ZONE, now: Date.parse(now), devMode, render });
const article = (name: string, lines: string[]) => file(name, `---\n${lines.join("\n")}\n---\n\nBody.\n`);

All("production leaves drafts, scheduled articles and `permalink: false` out; `npm start` keeps all but the last", () => {
  const files = [
    article("published.md", ["title: Published", "date: 2023-05-02"]),
    article("draft.md", ["title: Draft", "date: 2023-05-02", "draft: true"]),
    article("scheduled.md", ["title: Scheduled", "date: 2031-01-01"]),
    article("unbuilt.md", ["title: Unbuilt", "date: 2023-05-02", "permalink: false"]),
  ];
  const names = (devMode: boolean) => loadArticles(files, settings("2026-11-28T12:00:00Z", devMode)).articles.map((a) => a.fileSlug);
  assert.equal(names(false), ["published"]);
  assert.equal(names(true), ["published", "draft", "scheduled"]);
});

All("articles sharing a URL are all left out and each is named with the others; other files still load", () => {
  const loaded = loadArticles(
    [
      article("a.md", ["title: Same headline", "date: 2023-05-02"]),
      article("b.md", ["title: Other", "date: 2023-05-02", "slug: same-headline"]),
      article("c.md", ["title: Fine", "date: 2023-05-02"]),
      article("d.md", ["title: Broken"]),
    ],
    settings("2026-11-28T12:00:00Z"),
  );
  assert.equal(loaded.articles.map((a) => a.fileSlug), ["c"]);
  assert.equal(loaded.problems.map(formatProblem), [
    "content/news/d.md:1: `date`: found nothing, expected a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`",
    "content/news/a.md:2: `title`: found the URL `/news/2023/05/02/same-headline/`, which `content/news/b.md` also has, expected a URL of its own (set a different `slug`)",
    "content/news/b.md:4: `slug`: found the URL `/news/2023/05/02/same-headline/`, which `content/news/a.md` also has, expected a URL of its own (set a different `slug`)",
  ]);
});

All.run();

const Release = suite("ArticleItem.releaseText");

Release("after letting go of its text, an article reads the same body and source from its file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-release-"));
  const source = "---\ntitle: “Curly” — dashes\ndate: 2023-05-02\n---\n\nBody — with *Markdown*.\n";
  const inputPath = path.join(dir, "x.md");
  fs.writeFileSync(inputPath, source);
  const loaded = loadArticle({ inputPath, file: "content/news/x.md", source }, ZONE, render);
  assert.ok(loaded.ok);
  const { article } = loaded;
  const [body, bodyOffset] = [article.body, article.bodyOffset];
  assert.ok(article.holdsText);
  article.releaseText();
  assert.not.ok(article.holdsText);
  assert.is(article.body, body);
  assert.is(article.source, source);
  assert.is(article.bodyOffset, bodyOffset);
  // Read from the file, not remembered: a file changed since shows its new text.
  fs.writeFileSync(inputPath, source.replace("Body", "New body"));
  assert.is(article.body, body.replace("Body", "New body"));
  fs.rmSync(dir, { recursive: true });
});

Release.run();

const Memo = suite("LoadMemo");

Memo("reuses a file's result while its text is the same string, and nothing after forget()", () => {
  const memo = new LoadMemo();
  const source = "---\ntitle: A\ndate: 2023-05-02\n---\n\nBody.\n";
  let loads = 0;
  const load = (text: string) => memo.load(file("a.md", text), () => (loads++, loadArticle(file("a.md", text), ZONE, render)));
  const first = load(source);
  assert.is(load(source), first);
  assert.is.not(load(source.replace("Body", "New body")), first);
  assert.is(loads, 2);
  const edited = load(source.replace("Body", "New body"));
  memo.forget();
  assert.is.not(load(source.replace("Body", "New body")), edited);
  assert.is(loads, 3);
});

Memo.run();
