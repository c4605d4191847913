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
import * as fs from "node:fs";
import { UnchangedPages } from "./src/dev/unchanged-pages.ts";
import { articlePageInputs, listPageInputs } from "./src/dev/page-inputs.ts";
import { createNeighbourLookup } from "./plugins/newsdesk/index.ts";
import { validateOptions } from "./plugins/newsdesk/index.ts";
import { articleGlob, isArticlePath } from "./src/articles/is-article.ts";
import { markdownImages } from "./src/images/markdown-images.ts";
import { headingAnchors } from "./src/images/heading-anchors.ts";
import type { ArticleItem, RenderBody } from "./src/articles/article-item.ts";
import { inProcessRenderer, useRenderWorker, type BodyRenderer } from "./src/articles/body-renderer.ts";
import { workerRenderer } from "./src/articles/worker-renderer.ts";
import type { BodyJob } from "./src/articles/article-markdown.ts";
import { LoadMemo, loadArticles } from "./src/articles/load-articles.ts";
import { ArticleFileCache, readArticleFiles } from "./src/articles/read-article-files.ts";
import { setArticleSources } from "./src/articles/article-sources.ts";
import { buildSiteCollections, type SiteCollections } from "./src/collections/site-collections.ts";
import * as path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { ContentError, formatProblem, type Problem } from "./plugins/newsdesk/index.ts";
import { ImagePipeline } from "./src/images/image-pipeline.ts";
import { normalizePathPrefix } from "./src/seo/absolute-url.ts";
import { utf8Pages } from "./src/build/utf8-pages.ts";
import { buildTimeFrom, type Publishing } from "./src/seo/publishing.ts";
import { bundledModules } from "./src/build/bundled-modules.ts";
import { frozen } from "./src/frozen-data.ts";
import { bundledDataFile, useBundledTemplates } from "./src/build/use-bundled-modules.ts";
import { searchPlugin } from "./src/search/search-plugin.ts";

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

  // Layouts and page templates are typed TypeScript modules run through tsx, or compiled ahead
  // into the production bundle that `npm run build` runs (scripts/production-bundle.mjs).
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  const bundled = bundledModules();
  if (bundled) useBundledTemplates(eleventyConfig, bundled, input, path.join(projectRoot, "layouts"));
  // Data files (`news/articles.11tydata.ts`, `feeds/feeds.11tydata.ts`) are TypeScript modules too.
  eleventyConfig.addDataExtension("ts", {
    parser: async (file: string) => (bundledDataFile(bundled, file) ?? { value: (await import(pathToFileURL(file).href)).default }).value,
    read: false,
  });

  // --- Articles (src/articles/): read by Newsdesk, built by one pagination template ---
  // Each Markdown file in content/news/ is read, split, parsed (YAML without timestamps: dates are
  // read in the site's zone) and validated once per build, before Eleventy looks at templates.
  // content/news/articles.html then pages through `collections.articles`: Eleventy's
  // per-template work (a file read, front-matter parse, data cascade and dependency-graph node per
  // Markdown file) is what a bare build spends most of its time on, and articles skip it (README,
  // "How articles are built"). An article with a problem is left out and the build fails at the
  // end listing every problem; drafts and scheduled articles are built only in `npm start`.
  const devMode = isDevRunMode(process.env.ELEVENTY_RUN_MODE);
  const pluginOptions = { locale: site.language, timeZone: site.timeZone };
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
  const rendererSettings = { plugin: pluginOptions, onProblem: reportContentProblem };
  let renderer: BodyRenderer | undefined;
  // An article that let go of its text (below) is read from its file where it is rendered.
  const bodyJob = (article: ArticleItem): BodyJob => ({
    body: article.holdsText ? article.body : undefined,
    inputPath: article.inputPath,
    file: article.file,
    url: article.url,
    bodyOffset: article.bodyOffset,
  });
  const renderBody: RenderBody = (article) => renderer!.render(bodyJob(article));
  let articles: ArticleItem[] = [];
  let collections: SiteCollections | undefined;
  // `npm start` reads and checks again only the files that changed.
  const fileCache = devMode ? new ArticleFileCache() : undefined;
  const loadMemo = devMode ? new LoadMemo() : undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string; output: string } }) => {
    articleProblems.length = 0;
    contentProblems.length = 0;
    seenProblems.clear();
    const loaded = loadArticles(readArticleFiles(inputDir(), fileCache), { zone: site.timeZone, now: Date.now(), devMode, render: renderBody }, loadMemo);
    articles = loaded.articles;
    collections = undefined;
    outputDir = path.resolve(directories.output);
    if (!wroteAll) unchanged?.forget();
    wroteAll = false;
    articleProblems.push(...loaded.problems);
    setArticleSources(articles);
    renderer?.close();
    const inWorker = useRenderWorker(process.env.NEWSDESK_RENDER_WORKER, articles.length, devMode);
    renderer = inWorker
      ? workerRenderer(rendererSettings, { imagesDir: path.resolve(directories.input, "images"), outputDir: path.resolve(directories.output) })
      : inProcessRenderer(rendererSettings, () => images);
    // With a worker, each body is read from its file there: this thread keeps only front matter.
    if (inWorker) for (const article of articles) article.releaseText();
    // Pages are built in collections.articlePages order: bodies can be rendered ahead in it.
    const built = siteCollections();
    renderer.expect(built.articlePages.map((article) => article.url), (i) => bodyJob(built.articlePages[i]!));
  });
  // Eleventy must not also build article files as templates. (Its watcher still sees them:
  // `ignores` only shape the template search, so saving an article starts a rebuild.)
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
  const siteCollections = (): SiteCollections => (collections ??= onlyChanged(buildSiteCollections(articles, site.pageSize)));

  // --- `npm start`: a rebuild after saving an article renders only the pages that change ---
  // (src/dev/unchanged-pages.ts): the article, the articles whose previous/next links change,
  // the list pages showing it. Any other change (code, layouts, images, data) and any build that
  // stopped before its pages were written render everything again. Production builds render all.
  const unchanged = devMode ? new UnchangedPages() : undefined;
  const { scopeBy, scopeFallback } = validateOptions(pluginOptions);
  const neighbours = createNeighbourLookup({ scopeBy, fallback: scopeFallback });
  let outputDir = "_site";
  let wroteAll = false;
  const written = (url: string) => fs.existsSync(path.join(outputDir, url.endsWith("/") ? `${url}index.html` : url));
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    if (!(queue ?? []).every((file) => isArticlePath(file, inputDir()))) {
      unchanged?.forget();
      loadMemo?.forget();
    }
  });
  function onlyChanged(all: SiteCollections): SiteCollections {
    if (!unchanged) return all;
    const now = Date.now();
    return {
      ...all,
      articlePages: unchanged.changed(all.articlePages, (a) => a.url, (a) => articlePageInputs(a, neighbours.neighboursOf("articleNav", all.articles, a), now), written),
      newsPages: unchanged.changed(all.newsPages, (p) => p.url, listPageInputs, written),
      topicPages: unchanged.changed(all.topicPages, (p) => p.url, listPageInputs, written),
      allPageUrls: all.allPageUrls,
    };
  }
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

  // The plugin: previous/next links, shortcodes, and the Markdown rules (for Markdown pages
  // outside news/; article bodies use them through src/articles/article-markdown.ts). Its
  // problems join the site's report.
  eleventyConfig.addPlugin(newsdesk, { ...pluginOptions, onProblem: reportContentProblem });

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
    // Every page of this build is written by now (problems are thrown below, after writing).
    wroteAll = true;
    await renderer?.finish();
    await images.settle();
    const found = [...contentProblems, ...images.problems];
    // `npm start`: an article page not rendered again keeps the problems it had (an unknown
    // directive in it is still there after another article is saved).
    const carried = unchanged ? unchanged.problems.carry(found, articles, siteCollections().articlePages) : [];
    // Each problem once: a feed renders the newest bodies again, which a carried list may repeat.
    const problems = [...new Map([...articleProblems, ...found, ...carried].map((p) => [formatProblem(p), p])).values()];
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
    // In `npm start` a rebuild writes only changed list and article pages: add the rest.
    builtUrls = [...new Set([...Object.keys(urlToInputPath), ...siteCollections().allPageUrls])].sort();
  });
  // Frozen, as `site` is: pages read it without Eleventy's per-page proxy (src/frozen-data.ts).
  eleventyConfig.addGlobalData("publishing", (): Publishing =>
    frozen({
      pathPrefix: normalizePathPrefix(eleventyConfig.pathPrefix),
      buildTime: buildTimeFrom(),
      images,
      builtUrls: () => builtUrls,
    }),
  );
  // Copied as they are: the publisher logo (JSON-LD, feeds) and Netlify's _headers (CSP).
  eleventyConfig.addPassthroughCopy({ "content/assets/logo.png": "assets/logo.png", "content/_headers": "_headers" });

  // Site search: Pagefind indexes a production build's articles, /search/ searches them (src/search/).
  eleventyConfig.addPlugin(searchPlugin);
  // Last: production builds hand Eleventy each HTML page as UTF-8 bytes, half the memory it holds
  // until the build ends (src/build/utf8-pages.ts). Not in `npm start`, whose server reads pages.
  if (!devMode) eleventyConfig.addTransform("newsdesk/utf8-pages", utf8Pages);
}

export const config = {
  // Markdown is Markdown: no Liquid or Nunjucks pre-pass, so `{{ x }}` in an article stays text.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  // Articles (content/news/*.md) are read by Newsdesk, not as templates (see the ignore above).
  // `html` only for content/news/articles.html, the empty template every article page is built from.
  templateFormats: ["md", "11ty.ts", "html"],
};
