// Data of content/news/articles.html, which builds every article page: /news/YYYY/MM/DD/<slug>/,
// one page per entry of collections.articlePages. Articles are Markdown files in this folder that
// Newsdesk reads itself (src/articles/) rather than as one Eleventy template each: see README "How
// articles are built". The page is rendered by layouts/article-page.11ty.ts; the template itself
// is an empty HTML file, so Eleventy runs one JavaScript render per page (the layout), not two.
import type { ArticlePageData } from "../../layouts/article-page.11ty.ts";

export default {
  pagination: { data: "collections.articlePages", size: 1, alias: "article" },
  permalink: (data: ArticlePageData) => data.article.url,
  eleventyExcludeFromCollections: true,
  layout: "article-page.11ty.ts",
};
