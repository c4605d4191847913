// Article pages get the whole data cascade: a site's global and directory data, then the article's own.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleData, type ArticlePageData } from "../../layouts/article-page.11ty.ts";
import { ArticleItem } from "../../src/articles/article-item.ts";
import { site } from "../../src/site.ts";

const Data = suite("articleData");

const article = new ArticleItem(
  { inputPath: "./content/news/a.md", file: "content/news/a.md", source: "---\ntitle: A\n---\nBody.", body: "Body.", bodyOffset: 3 },
  "/news/2024/05/02/a/",
  new Date("2024-05-02T04:00:00Z"),
  { title: "A story", date: "2024-05-02" },
  async () => ({ html: "<p>Body.</p>", words: 1 }),
);

Data("passes a site's global data through, with the article's front matter over it", async () => {
  const data = await articleData({
    article,
    site,
    collections: { articles: [article] },
    page: { url: "/news/2024/05/02/a/", outputPath: "_site/news/2024/05/02/a/index.html" },
    // From `_data/newsroom.json` and `news/news.json`, as Eleventy's data cascade hands them over.
    newsroom: { tipLine: "+1 555 0100" },
    title: "Directory default title",
  } as ArticlePageData);
  assert.equal((data as unknown as Record<string, unknown>).newsroom, { tipLine: "+1 555 0100" });
  assert.is(data.title, "A story", "the article's own front matter wins");
  assert.is(data.content, "<p>Body.</p>");
  assert.is(data.page.url, "/news/2024/05/02/a/");
});

Data.run();
