// The article pipeline as an Eleventy plugin: Markdown in news/ becomes article pages and the site's collections.
import type { EleventyConfig } from "@11ty/eleventy";
import { ContentError } from "../../plugins/newsdesk/index.ts";
import type { ProblemReport } from "../problems/problem-report.ts";
import type { ArticleBuild } from "./article-build.ts";
import { articlePageTemplate, ARTICLE_PAGES_PATH } from "./article-page-template.ts";
import { newsFolderGlob } from "./is-article.ts";
import { pageUrlClashes } from "./page-url-clashes.ts";

/** The collections it adds, for any template of the site. */
export const ARTICLE_COLLECTIONS = ["articlePages", "articles", "latestArticles", "topics", "newsPages", "topicPages", "archivePages", "relatedStories", "series", "seriesPlaces", "corrections", "authors", "authorPages", "authorsByName"] as const;

/**
 * Each Markdown file under the input's news/ folder is read, split, parsed (YAML without
 * timestamps: dates are read in the site's zone) and validated once per build, before Eleventy
 * looks at templates, rather than as one Eleventy template each: a file read, front-matter parse,
 * data cascade and dependency-graph node per Markdown file is what a bare build spends most of
 * its time on (docs/architecture.md). One virtual template pages through `collections.articlePages`
 * to write their pages. An article with a problem is left out and the build fails at the end,
 * listing every problem; drafts and scheduled articles are built only in `npm start`.
 */
export function articlesPlugin(eleventyConfig: EleventyConfig, options: { articles: ArticleBuild; report: ProblemReport }): void {
  const { articles, report } = options;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string; output: string } }) => {
    articles.start(directories, Date.now());
  });
  for (const name of ARTICLE_COLLECTIONS) eleventyConfig.addCollection(name, () => articles.collections[name]);

  // Articles are not Eleventy templates, and nothing else in news/ is a page: Eleventy must not
  // build them. (Its watcher still sees them: ignores only shape the template search, so saving
  // an article starts a rebuild.) Directory data files there still apply to article pages.
  eleventyConfig.ignores.add(newsFolderGlob(eleventyConfig.directories.input as string));
  eleventyConfig.addTemplate(ARTICLE_PAGES_PATH, articlePageTemplate());

  // Every page's URL is known here, before Eleventy checks for two pages writing one file (its
  // error would name only the virtual template): an article taking a site page's URL fails the
  // build now, with every other problem of its articles' files and bodies.
  eleventyConfig.on("eleventy.contentMap", async ({ inputPathToUrl }: { inputPathToUrl: Record<string, string[]> }) => {
    const pages = new Map<string, string>();
    for (const [inputPath, urls] of Object.entries(inputPathToUrl)) {
      if (inputPath.endsWith(ARTICLE_PAGES_PATH)) continue;
      for (const url of urls) if (typeof url === "string") pages.set(url, inputPath.replace(/^\.\//, ""));
    }
    const clashes = pageUrlClashes(articles.articles, pages);
    if (!clashes.length) return;
    await articles.renderAllBodies();
    throw new ContentError([...report.errors, ...clashes]);
  });

  report.beforeFinish(({ results }) => articles.finish(() => report.errors, results ?? []));
}
