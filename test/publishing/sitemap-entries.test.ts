import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isArticleInputPath, sitemapEntries, type SitemapItem } from "../../src/seo/sitemap.ts";

const ZONE = "America/New_York";
const abs = (url: string) => `https://news.example.org${url}`;
const item = (url: string, inputPath: string, date: string, data: Record<string, unknown> = {}): SitemapItem => ({ url, inputPath, date: new Date(date), data });

const Entries = suite("sitemapEntries");

Entries("gives an article before 1970 its own lastmod, and pages the newest article's", () => {
  const items = [item("/news/moon/", "./content/news/moon.md", "1969-07-20T20:17:00Z"), item("/about/", "./content/about.md", "2020-01-01T00:00:00Z")];
  assert.equal(sitemapEntries(["/about/", "/news/moon/"], items, abs, ZONE), [
    { loc: "https://news.example.org/about/", lastmod: "1969-07-20T16:17:00-04:00" },
    { loc: "https://news.example.org/news/moon/", lastmod: "1969-07-20T16:17:00-04:00" },
  ]);
});

Entries("takes an article in a sub-folder of news/ as an article (its own date and `updated`)", () => {
  const items = [item("/news/a/", "./content/news/2023/may/a.md", "2023-05-02T13:00:00Z", { updated: "2023-05-04 09:00" }), item("/news/b/", "./content/news/b.md", "2023-05-01T13:00:00Z")];
  assert.equal(sitemapEntries(["/news/a/", "/news/b/"], items, abs, ZONE), [
    { loc: "https://news.example.org/news/a/", lastmod: "2023-05-04T09:00:00-04:00" },
    { loc: "https://news.example.org/news/b/", lastmod: "2023-05-01T09:00:00-04:00" },
  ]);
});

Entries.run();

const Paths = suite("isArticleInputPath");

Paths("is true for Markdown anywhere under news/, false elsewhere", () => {
  for (const p of ["./content/news/a.md", "content/news/2023/a.md", "news/a/b/c.md", "C:\\site\\content\\news\\x\\a.md"]) assert.ok(isArticleInputPath(p), p);
  for (const p of ["./content/about.md", "./content/news/articles.html", "./content/newsroom/a.md", "./content/news/a.md.txt"]) assert.not.ok(isArticleInputPath(p), p);
});

Paths.run();
