import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ArticleItem, type ArticleFrontMatter } from "../../src/articles/article-item.ts";
import { sortArticles } from "../../src/collections/sort-articles.ts";
import { buildTopics } from "../../src/collections/topics.ts";
import { paginate, pageUrl } from "../../src/collections/paginate.ts";
import { buildSiteCollections, LATEST_ARTICLES } from "../../src/collections/site-collections.ts";

function item(inputPath: string, date: string, data: Record<string, unknown> = {}): ArticleItem {
  const frontMatter = { title: inputPath, date, ...data } as ArticleFrontMatter;
  return new ArticleItem({ inputPath, file: inputPath.slice(2), source: "", body: "", bodyOffset: 0 }, `/${inputPath}/`, new Date(date), frontMatter, async () => ({ html: "", words: 0 }));
}

const Sort = suite("sortArticles");

Sort("orders oldest first, then by slug, then by input path", () => {
  const items = [
    item("./content/news/c.md", "2023-05-02T10:00:00Z", { title: "Zebra" }),
    item("./content/news/b.md", "2023-05-02T10:00:00Z", { title: "Apple" }),
    item("./content/news/a.md", "2023-05-03T10:00:00Z", { title: "Any" }),
    item("./content/news/e.md", "2023-05-02T10:00:00Z", { title: "x", slug: "apple" }),
    item("./content/news/d.md", "2022-01-01T00:00:00Z", { title: "Old" }),
  ];
  assert.equal(sortArticles(items).map((i) => i.inputPath.slice(15, 16)), ["d", "b", "e", "c", "a"]);
});

Sort("is the same whatever the input order", () => {
  const items = [item("./a.md", "2023-05-02", { title: "Same" }), item("./b.md", "2023-05-02", { title: "Same" })];
  assert.equal(sortArticles(items).map((i) => i.inputPath), sortArticles([...items].reverse()).map((i) => i.inputPath));
});

Sort("does not change its input", () => {
  const items = [item("./b.md", "2023-05-03"), item("./a.md", "2023-05-02")];
  sortArticles(items);
  assert.is(items[0].inputPath, "./b.md");
});

Sort.run();

const Topics = suite("buildTopics");

Topics("groups by slug, named by the first spelling, sorted by name", () => {
  const a = item("./a.md", "2023-05-03", { topics: ["Public safety", "Courts"] });
  const b = item("./b.md", "2023-05-02", { topics: ["public safety"] });
  const topics = buildTopics([a, b, item("./c.md", "2023-05-01")]);
  assert.equal(topics.map((t) => [t.slug, t.name, t.articles.map((x) => x.inputPath)]), [
    ["courts", "Courts", ["./a.md"]],
    ["public-safety", "Public safety", ["./a.md", "./b.md"]],
  ]);
});

Topics.run();

const Paginate = suite("paginate");

Paginate("splits into pages with URLs and neighbours", () => {
  const pages = paginate(Array.from({ length: 45 }, (_, i) => i), 20, "/news/");
  assert.equal(pages.map((p) => [p.pageNumber, p.items.length, p.url, p.previousUrl, p.nextUrl]), [
    [1, 20, "/news/", undefined, "/news/page/2/"],
    [2, 20, "/news/page/2/", "/news/", "/news/page/3/"],
    [3, 5, "/news/page/3/", "/news/page/2/", undefined],
  ]);
  assert.ok(pages.every((p) => p.totalPages === 3 && p.lastUrl === "/news/page/3/"));
});

Paginate("keeps one empty page for an empty list", () => {
  assert.equal(paginate([], 20, "/news/").map((p) => [p.url, p.items.length, p.totalPages]), [["/news/", 0, 1]]);
});

Paginate("exactly full pages make no empty last page", () => {
  assert.is(paginate(Array.from({ length: 40 }), 20, "/x/").length, 2);
  assert.is(pageUrl("/topics/courts/", 2), "/topics/courts/page/2/");
});

Paginate.run();

const Site = suite("buildSiteCollections");

Site("sorts articles, lists those not excluded, makes newest-first copies and topic pages", () => {
  const all = [
    item("./content/news/b.md", "2023-05-02", { topics: ["Courts"] }),
    item("./content/news/hidden.md", "2023-05-03", { topics: ["Courts"], eleventyExcludeFromCollections: true }),
    item("./content/news/a.md", "2023-05-01", { topics: ["Courts"] }),
  ];
  const c = buildSiteCollections(all, 1);
  assert.equal(c.articlePages.map((i) => i.inputPath), ["./content/news/a.md", "./content/news/b.md", "./content/news/hidden.md"]);
  assert.equal(c.articles.map((i) => i.inputPath), ["./content/news/a.md", "./content/news/b.md"]);
  assert.equal(c.latestArticles.map((i) => i.inputPath), ["./content/news/b.md", "./content/news/a.md"]);
  assert.equal(c.newsPages.map((p) => p.url), ["/news/", "/news/page/2/"]);
  assert.equal(c.topicPages.map((p) => [p.url, p.topic.name, p.topic.count, p.items[0].inputPath]), [
    ["/topics/courts/", "Courts", 2, "./content/news/b.md"],
    ["/topics/courts/page/2/", "Courts", 2, "./content/news/a.md"],
  ]);
});

Site("latestArticles holds only the newest LATEST_ARTICLES, newest first", () => {
  const all = Array.from({ length: LATEST_ARTICLES + 5 }, (_, i) =>
    item(`./content/news/a${String(i).padStart(3, "0")}.md`, `2020-01-${String((i % 28) + 1).padStart(2, "0")}T${String(Math.floor(i / 28)).padStart(2, "0")}:00`),
  );
  const c = buildSiteCollections(all, 20);
  assert.is(c.latestArticles.length, LATEST_ARTICLES);
  assert.equal(c.latestArticles, [...c.articles].reverse().slice(0, LATEST_ARTICLES));
});

Site.run();
