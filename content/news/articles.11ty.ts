// Every article page: /news/YYYY/MM/DD/<slug>/, one page per entry of collections.articlePages.
// Articles are Markdown files in this folder that Newsdesk reads itself (src/articles/) rather
// than as one Eleventy template each: see README "How articles are built".
import type { ArticleItem } from "../../src/articles/article-item.ts";
import type { Site } from "../../src/site.ts";
import type { Publishing } from "../../src/seo/publishing.ts";
import type { NeighbourTemplateFunctions } from "../../plugins/newsdesk/neighbours/lookup.ts";
import { render as articleLayout, type ArticleData } from "../../layouts/article.11ty.ts";
import { render as baseLayout } from "../../layouts/base.11ty.ts";

interface Data {
  article: ArticleItem;
  site: Site;
  publishing?: Publishing;
  collections: { articles: ArticleItem[] };
  page: { url: string; outputPath: string | false };
}

export const data = {
  pagination: { data: "collections.articlePages", size: 1, alias: "article" },
  permalink: (data: Data) => data.article.url,
  eleventyExcludeFromCollections: true,
  layout: false,
};

/** The article's page data as its layouts read it: front matter, site data, and its own `page`. */
export function articlePageData(data: Data): ArticleData {
  const { article } = data;
  return {
    ...article.data,
    site: data.site,
    publishing: data.publishing,
    collections: data.collections,
    page: { url: article.url, inputPath: article.inputPath, date: article.date, outputPath: data.page.outputPath },
    readingMinutes: article.readingMinutes,
    content: article.templateContent,
  };
}

/** The article layout inside the page shell, called directly: one article, one render. */
export function render(this: NeighbourTemplateFunctions, data: Data): string {
  const pageData = articlePageData(data);
  return baseLayout({ ...pageData, content: articleLayout.call(this, pageData) });
}
