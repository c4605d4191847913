// Eleventy configuration for the Newsdesk site: its directories, then the plugins that make it, in order.
// Each concern is a small plugin under src/ (docs/architecture.md shows how an article becomes a page).
import type { EleventyConfig } from "@11ty/eleventy";
import { HtmlBasePlugin } from "@11ty/eleventy";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import newsdesk from "./plugins/newsdesk/index.ts";
import { site } from "./src/site.ts";
import { isDevRunMode } from "./src/articles/publication.ts";
import { ProblemReport } from "./src/problems/problem-report.ts";
import { ImagePipeline } from "./src/images/image-pipeline.ts";
import { problemsPlugin } from "./src/problems/problems-plugin.ts";
import { typescriptPlugin } from "./src/typescript/typescript-plugin.ts";
import { datesPlugin } from "./src/dates/dates-plugin.ts";
import { imagesPlugin } from "./src/images/images-plugin.ts";
import { articlesPlugin } from "./src/articles/articles-plugin.ts";
import { ArticleBuild } from "./src/articles/article-build.ts";
import { markdownPagesPlugin } from "./src/markdown/markdown-pages-plugin.ts";
import { publishingPlugin } from "./src/publishing/publishing-plugin.ts";
import { devRebuilds } from "./src/dev/dev-rebuilds.ts";
import { utf8PagesPlugin } from "./src/build/utf8-pages-plugin.ts";
import { searchPlugin } from "./src/search/search-plugin.ts";
import { cmsPlugin } from "./src/cms/cms-plugin.ts";

/** The folder of this config file: layouts/ are found from here, whatever the input. */
const projectRoot = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: EleventyConfig) {
  // Input content/ unless the command line or a programmatic build names another; layouts
  // always from this project's layouts/ (set here: a `config.dir` export would override --input).
  const named = eleventyConfig.directories.input as string;
  const input = named === "./" ? "content" : named;
  if (named === "./") eleventyConfig.setInputDirectory(input);
  eleventyConfig.setIncludesDirectory(path.relative(input, path.join(projectRoot, "layouts")) || ".");

  const devMode = isDevRunMode(process.env.ELEVENTY_RUN_MODE);
  // `medium` ("Oct 14, 2025"): the previous/next links' dates in the style of every other date on the site.
  const pluginOptions = { locale: site.language, timeZone: site.timeZone, navDateStyle: "medium" as const };
  // One report for the build: front matter, directives, images and pages fail it together.
  const report = new ProblemReport();
  // One image pipeline for the build's Markdown images and lead images.
  const images = new ImagePipeline(path.resolve(input, "images"), path.resolve("_site"));

  // The problem report: cleared as a build starts, thrown once its pages are written (src/problems/).
  eleventyConfig.addPlugin(problemsPlugin, report);
  // Typed .11ty.ts templates and layouts, .ts data files (src/typescript/).
  eleventyConfig.addPlugin(typescriptPlugin);
  // Front matter and page dates read in the site's zone; date filters (src/dates/).
  eleventyConfig.addPlugin(datesPlugin, site);
  // Pull quotes, stat callouts, previous/next links (plugins/newsdesk/README.md).
  eleventyConfig.addPlugin(newsdesk, { ...pluginOptions, onProblem: report.add });
  // Responsive images, encoded by eleventy-img (src/images/).
  eleventyConfig.addPlugin(imagesPlugin, { images, report });
  // Articles: content/news/**/*.md to pages and collections; `npm start` rebuilds what changed (src/articles/, src/dev/).
  const rebuilds = devRebuilds(eleventyConfig, devMode, pluginOptions);
  const articles = new ArticleBuild({ site, plugin: pluginOptions, report, images, devMode, rebuilds });
  eleventyConfig.addPlugin(articlesPlugin, { articles, report });
  // Markdown pages outside news/ get the articles' Markdown, and builds refuse their `TODO:` lines (src/markdown/).
  eleventyConfig.addPlugin(markdownPagesPlugin, { images, report, devMode });
  // Path prefix for every URL when built with --pathprefix (https://www.11ty.dev/docs/plugins/html-base/).
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // `site` and `publishing` data for head metadata, feeds and sitemaps (src/publishing/).
  const siteSource = () => fs.readFileSync(path.join(projectRoot, "src/site.ts"), "utf8");
  eleventyConfig.addPlugin(publishingPlugin, { site, images, report, siteSource, pageUrls: () => articles.collections.allPageUrls });
  // Site search: Pagefind indexes a production build's articles, /search/ searches them (src/search/).
  eleventyConfig.addPlugin(searchPlugin, { enabled: site.search });
  // The stylesheet bundle (content/site-css.11ty.ts) reads src/styles/: rebuild when it changes.
  eleventyConfig.addWatchTarget("src/styles/");
  // Browser editing: /admin/ is Decap CMS with the site's own preview (README "Editing in the browser", src/cms/).
  eleventyConfig.addPlugin(cmsPlugin);
  // Last: production pages handed to Eleventy as UTF-8 bytes, half the memory (src/build/).
  if (!devMode) eleventyConfig.addPlugin(utf8PagesPlugin);
}

export const config = {
  // Markdown is Markdown: no Liquid or Nunjucks pre-pass, so `{{ x }}` in a page stays text.
  markdownTemplateEngine: false,
  templateFormats: ["md", "njk", "liquid", "html", "11ty.js", "11ty.ts"],
};
