// Eleventy configuration for the Newsdesk site: directories, the plugin and the site's collections.
import type { EleventyConfig } from "@11ty/eleventy";
import { fileURLToPath, pathToFileURL } from "node:url";
import newsdesk from "./plugins/newsdesk/index.ts";
import { site } from "./src/site.ts";
import { isoCalendarDate, isoDateTime, readableDate, readableDateTime, type DateInput } from "./src/dates/format-date.ts";
import { toSlug } from "./src/slugs/to-slug.ts";
import * as yaml from "js-yaml";
import { parseDate } from "./src/dates/parse-date.ts";
import { isDevRunMode } from "./src/articles/publication.ts";
import { articleGlob } from "./src/articles/is-article.ts";
import { markdownImages } from "./src/images/markdown-images.ts";
import { headingAnchors } from "./src/images/heading-anchors.ts";
import type { ArticleItem, RenderBody } from "./src/articles/article-item.ts";
import { inProcessRenderer, useRenderWorker, type BodyRenderer } from "./src/articles/body-renderer.ts";
import { workerRenderer } from "./src/articles/worker-renderer.ts";
import type { BodyJob } from "./src/articles/article-markdown.ts";
import { loadArticles } from "./src/articles/load-articles.ts";
import { readArticleFiles } from "./src/articles/read-article-files.ts";
import { setArticleSources } from "./src/articles/article-sources.ts";
import { buildSiteCollections, type SiteCollections } from "./src/collections/site-collections.ts";
import * as path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { ContentError, formatProblem, type Problem } from "./plugins/newsdesk/errors.ts";
import { ImagePipeline } from "./src/images/image-pipeline.ts";
import { normalizePathPrefix } from "./src/seo/absolute-url.ts";
import { utf8Pages } from "./src/build/utf8-pages.ts";
import { buildTimeFrom, type Publishing } from "./src/seo/publishing.ts";

/** The folder of this config file: layouts/ and src/ are found from here, whatever the input. */
const projectRoot = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: EleventyConfig) {
  // --- Directories ---
  // `npm run build` names no input: build content/. A programmatic build (the tests'
  // test/helpers/build-site.ts) or `--input=` names its own, which a `config.dir` export would
  // override, so directories are set here. Layouts always come from this project's layouts/.
  if (eleventyConfig.directories.input === "./") eleventyConfig.setInputDirectory("content");
  const input = eleventyConfig.directories.input === "./" ? "content" : (eleventyConfig.directories.input as string);
  eleventyConfig.setIncludesDirectory(path.relative(input, path.join(projectRoot, "layouts")) || ".");

  // Layouts and page templates are typed TypeScript modules run through tsx.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  // Directory data files (`news.11tydata.ts`) are TypeScript modules too.
  eleventyConfig.addDataExtension("ts", {
    parser: async (file: string) => (await import(pathToFileURL(file).href)).default,
    read: false,
  });

  // --- Articles (src/articles/): read by Newsdesk, built by one pagination template ---
  // Each Markdown file in content/news/ is read, split, parsed (YAML without timestamps: dates are
  // read in the site's zone) and validated once per build, before Eleventy looks at templates.
  // content/news/articles.11ty.ts then pages through `collections.articles`: Eleventy's
  // per-template work (a file read, front-matter parse, data cascade and dependency-graph node per
  // Markdown file) is what a bare build spends most of its time on, and articles skip it (README,
  // "How articles are built"). An article with a problem is left out and the build fails at the
  // end listing every problem; drafts and scheduled articles are built only in `npm start`.
  const devMode = isDevRunMode(process.env.ELEVENTY_RUN_MODE);
  const inputDir = () => eleventyConfig.directories.input as string;
  const articleProblems: Problem[] = [];
  const contentProblems: Problem[] = [];
  const seenProblems = new Set<string>();
  const reportContentProblem = (problem: Problem) => {
    if (problem.severity === "warning") return console.warn(`[newsdesk] ${formatProblem(problem)}`);
    const text = formatProblem(problem);
    if (!seenProblems.has(text)) contentProblems.push(problem);
    seenProblems.add(text);
  };
  const images = new ImagePipeline(path.resolve("content/images"), path.resolve("_site"));
  // Bodies render in this thread, or for a large production build in a worker thread on the
  // other core while Eleventy renders and writes pages here (src/articles/body-renderer.ts).
  const rendererSettings = { plugin: { locale: site.language, timeZone: site.timeZone }, onProblem: reportContentProblem };
  let renderer: BodyRenderer | undefined;
  const bodyJob = (article: ArticleItem): BodyJob => ({ body: article.body, inputPath: article.inputPath, file: article.file, url: article.url, bodyOffset: article.bodyOffset });
  const renderBody: RenderBody = (article) => renderer!.render(bodyJob(article));
  let articles: ArticleItem[] = [];
  let collections: SiteCollections | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string; output: string } }) => {
    articleProblems.length = 0;
    contentProblems.length = 0;
    seenProblems.clear();
    const loaded = loadArticles(readArticleFiles(inputDir()), { zone: site.timeZone, now: Date.now(), devMode, render: renderBody });
    articles = loaded.articles;
    collections = undefined;
    articleProblems.push(...loaded.problems);
    setArticleSources(articles);
    renderer?.close();
    renderer = useRenderWorker(process.env.NEWSDESK_RENDER_WORKER, articles.length, devMode)
      ? workerRenderer(rendererSettings, { imagesDir: path.resolve(directories.input, "images"), outputDir: path.resolve(directories.output) })
      : inProcessRenderer(rendererSettings, () => images);
    // Pages are built in collections.articlePages order: bodies can be rendered ahead in it.
    renderer.expect(siteCollections().articlePages.map(bodyJob));
  });
  // Eleventy must not also build article files as templates. Its watcher skips ignored files
  // too: `npm start` (scripts/eleventy.ts) watches content/news/ itself.
  eleventyConfig.ignores.add(articleGlob(input));

  // Markdown pages outside news/ (an About page) are Eleventy templates: YAML without timestamps
  // (dates are read in the site's zone below), the same Markdown as articles (see amendLibrary).
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {} },
  });
  eleventyConfig.addDateParsing((value: unknown) => {
    const parsed = parseDate(value, site.timeZone);
    return parsed.ok ? parsed.date : undefined;
  });

  // --- Collections (contracts.md §2; logic in src/collections/) ---
  // All of them come from one pass over the build's articles, memoised for the build (the memo is
  // cleared when the articles are read, above).
  const siteCollections = (): SiteCollections => (collections ??= buildSiteCollections(articles, site.pageSize));
  for (const name of ["articlePages", "articles", "latestArticles", "topics", "newsPages", "topicPages"] as const) {
    eleventyConfig.addCollection(name, () => siteCollections()[name]);
  }

  // --- Filters, for templates in any language (our .11ty.ts layouts import src/ directly) ---
  eleventyConfig.addFilter("readableDate", (date: DateInput) => readableDate(date, site.timeZone, site.language));
  eleventyConfig.addFilter("readableDateTime", (date: DateInput) => readableDateTime(date, site.timeZone, site.language));
  eleventyConfig.addFilter("isoDateTime", (date: DateInput) => isoDateTime(date, site.timeZone));
  eleventyConfig.addFilter("isoCalendarDate", (date: DateInput) => isoCalendarDate(date, site.timeZone));
  eleventyConfig.addFilter("toSlug", (text: string) => toSlug(String(text)));

  // The stylesheet bundle (content/site-css.11ty.ts) reads src/styles/: rebuild when it changes.
  eleventyConfig.addWatchTarget("src/styles/");

  eleventyConfig.addGlobalData("site", site);

  // The plugin: previous/next links, shortcodes, and the Markdown rules (used through
  // articleMarkdown above for articles). Its problems join the site's report.
  eleventyConfig.addPlugin(newsdesk, {
    locale: site.language,
    timeZone: site.timeZone,
    onProblem: reportContentProblem,
  });

  // --- Publishing (issue 6): path prefix, images, heading anchors, feeds, deploy files ---
  // HTML <base> plugin: its transform over every page runs only when --pathprefix isn't `/`, and
  // its `transformWithHtmlBase` filter makes feed content absolute (content/feeds/).
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Images (src/images/): one pipeline per build. Markdown images and the lead image get their
  // <picture> synchronously; encoding (eleventy-img, cached) is awaited when the build ends, and a
  // missing file or alt fails the build then, listing every problem with its file:line.
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string; output: string } }) => {
    images.reset(path.resolve(directories.output), path.resolve(directories.input, "images"));
  });
  // One report: front matter, directives and images fail the build together, every problem listed.
  eleventyConfig.on("eleventy.after", async () => {
    await renderer?.finish();
    await images.settle();
    const problems = [...articleProblems, ...contentProblems, ...images.problems];
    if (problems.length) throw new ContentError(problems);
  });
  // Markdown pages outside news/ get the articles' Markdown (curly quotes, images, heading anchors;
  // the plugin adds its directives through the same hook).
  eleventyConfig.amendLibrary("md", (md) => {
    md.set({ typographer: true });
    md.use(markdownImages, () => images);
    md.use(headingAnchors);
  });
  // `publishing` data for head metadata, feeds and sitemaps: a function, so the CLI's
  // --pathprefix is known by the time it is read.
  // The sitemap lists every built URL, pages kept out of collections included.
  let builtUrls: string[] = [];
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => {
    builtUrls = Object.keys(urlToInputPath).sort();
  });
  eleventyConfig.addGlobalData("publishing", (): Publishing => ({
    pathPrefix: normalizePathPrefix(eleventyConfig.pathPrefix),
    buildTime: buildTimeFrom(),
    images,
    builtUrls: () => builtUrls,
  }));
  // Copied as they are: the publisher logo (JSON-LD, feeds) and Netlify's _headers (CSP).
  eleventyConfig.addPassthroughCopy({ "content/assets/logo.png": "assets/logo.png", "content/_headers": "_headers" });

  // Last: production builds hand Eleventy each HTML page as UTF-8 bytes, half the memory it holds
  // until the build ends (src/build/utf8-pages.ts). Not in `npm start`, whose server reads pages.
  if (!devMode) eleventyConfig.addTransform("newsdesk/utf8-pages", utf8Pages);
}

export const config = {
  // Markdown is Markdown: no Liquid or Nunjucks pre-pass, so `{{ x }}` in an article stays text.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  // Articles (content/news/*.md) are read by Newsdesk, not as templates (see the ignore above).
  templateFormats: ["md", "11ty.ts"],
};
