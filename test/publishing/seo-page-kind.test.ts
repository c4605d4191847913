import { suite } from "uvu";
import * as assert from "uvu/assert";
import { seoPage, type HeadMetaData } from "../../layouts/partials/head-meta.ts";
import { site } from "../../src/site.ts";

const Kind = suite("seoPage kind");

const page = (inputPath: string, url = "/x/"): HeadMetaData => ({ site, page: { url, inputPath, date: new Date("2026-01-10T11:00:00Z") }, title: "A story" });

Kind("an article is an article wherever it sits under news/", () => {
  for (const inputPath of ["./content/news/a.md", "./content/news/2023/05/a.md"]) assert.is(seoPage(page(inputPath)).kind, "article", inputPath);
});

Kind("a Markdown page elsewhere is a page; the home page a collection", () => {
  assert.is(seoPage(page("./content/about.md")).kind, "page");
  assert.is(seoPage(page("./content/newsroom/a.md")).kind, "page");
  assert.is(seoPage(page("./content/index.11ty.ts", "/")).kind, "collection");
});

Kind.run();
