// Every Markdown file in content/news/ is an article: its layout and URL /news/YYYY/MM/DD/<slug>/.
import { articleUrl } from "../../src/permalinks/article-url.ts";
import { site } from "../../src/site.ts";

interface ArticlePermalinkData {
  title?: unknown;
  slug?: unknown;
  page: { date: Date };
}

export default {
  layout: "article.11ty.ts",
  // No `tags`: collections.articles (contracts.md §2) is the list of articles. Eleventy 3.1 fills
  // every array collection with templateContent by a linear search per item (O(n²) per collection).
  // A function, so an article's own `permalink:` in front matter still wins through the cascade.
  // Validation has run by the time Eleventy asks (invalid articles are skipped before this).
  permalink: (data: ArticlePermalinkData) =>
    articleUrl(
      {
        date: data.page.date,
        title: String(data.title ?? ""),
        slug: typeof data.slug === "string" ? data.slug : undefined,
      },
      site.timeZone,
    ),
};
