// Every article page: /news/YYYY/MM/DD/<slug>/, one page per entry of collections.articlePages.
// Articles are Markdown files in this folder that Newsdesk reads itself (src/articles/) rather
// than as one Eleventy template each: see README "How articles are built". The page is rendered
// by layouts/article-page.11ty.ts.
import type { ArticlePageData } from "../../layouts/article-page.11ty.ts";

export const data = {
  pagination: { data: "collections.articlePages", size: 1, alias: "article" },
  permalink: (data: ArticlePageData) => data.article.url,
  eleventyExcludeFromCollections: true,
  layout: "article-page.11ty.ts",
};

/** Nothing of its own: the layout renders the article from `article`. */
export function render(): string {
  return "";
}
