// The whole page of an article (src/articles/article-page-template.ts): the article layout inside the page shell.
// A layout rather than the template's own output: Eleventy keeps every template's own output
// (`templateContent`) until the build ends, and that template's output is empty; the page, kept
// once as the written result, is the layout's.
import type { ArticleItem } from "../src/articles/article-item.ts";
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import type { NeighbourTemplateFunctions } from "../plugins/newsdesk/index.ts";
import { render as articleLayout, type ArticleData } from "./article.11ty.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** The data of one article page: the data cascade (global and news/ directory data too) with its article. */
export interface ArticlePageData {
  [key: string]: unknown;
  article: ArticleItem;
  site: Site;
  publishing?: Publishing;
  collections: { articles: ArticleItem[] };
  page: { url: string; outputPath: string | false };
}

/**
 * The article's data as the article and base layouts read it: the page's data cascade (a site's
 * `_data/` and `addGlobalData` reach article pages as they reach any page), then the article's
 * front matter over it, then its own `page`.
 */
export async function articleData(data: ArticlePageData): Promise<ArticleData> {
  const { article } = data;
  const content = await article.html();
  return {
    ...data,
    ...article.data,
    site: data.site,
    publishing: data.publishing,
    collections: data.collections,
    page: { url: article.url, inputPath: article.inputPath, date: article.date, outputPath: data.page.outputPath },
    readingMinutes: article.readingMinutes,
    content,
  };
}

/** The article layout inside the page shell, called directly: one article, one render. */
export async function render(this: NeighbourTemplateFunctions, data: ArticlePageData): Promise<string> {
  const pageData = await articleData(data);
  return baseLayout({ ...pageData, content: articleLayout.call(this, pageData) });
}
