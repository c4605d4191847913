// The virtual template that writes every article page: one page per entry of collections.articlePages.
import type { ArticlePageData } from "../../layouts/article-page.11ty.ts";

/**
 * Where the template sits in the input (it is no file: Eleventy's virtual templates, v3). In news/,
 * so a site's directory data for the folder (`news/news.json`) reaches article pages as it
 * would reach templates there.
 */
export const ARTICLE_PAGES_PATH = "news/articles.11ty.js";

/**
 * The template: /news/YYYY/MM/DD/<slug>/ for each article. The page is rendered by
 * layouts/article-page.11ty.ts; the template's own output is empty, because Eleventy keeps every
 * template's own output (`templateContent`) until the build ends, and the layout's output, the
 * page, is kept once as the written result.
 */
export function articlePageTemplate(): { data: () => Record<string, unknown>; render: () => string } {
  return {
    data: () => ({
      pagination: { data: "collections.articlePages", size: 1, alias: "article" },
      permalink: (data: ArticlePageData) => data.article.url,
      eleventyExcludeFromCollections: true,
      layout: "article-page.11ty.ts",
    }),
    render: () => "",
  };
}
