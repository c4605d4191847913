// Eleventy configuration for the Newsdesk site: directories, the plugin and the site's collections.
import type { CollectionApi, EleventyConfig } from "@11ty/eleventy";
import { fileURLToPath, pathToFileURL } from "node:url";
import newsdesk from "./plugins/newsdesk/index.ts";
import { site } from "./src/site.ts";
import { parseDate } from "./src/dates/parse-date.ts";
import { isoCalendarDate, isoDateTime, readableDate, readableDateTime, type DateInput } from "./src/dates/format-date.ts";
import { toSlug } from "./src/slugs/to-slug.ts";
import { ArticleChecks } from "./src/front-matter/article-checks.ts";
import { displayPath, isArticlePath } from "./src/articles/is-article.ts";
import { isBuilt, isDevRunMode, publicationState } from "./src/articles/publication.ts";
import { buildSiteCollections, type SiteCollections } from "./src/collections/site-collections.ts";
import * as path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { ContentError, formatProblem, type Problem } from "./plugins/newsdesk/errors.ts";
import { ImagePipeline } from "./src/images/image-pipeline.ts";
import { markdownImages } from "./src/images/markdown-images.ts";
import { headingAnchors } from "./src/images/heading-anchors.ts";
import { normalizePathPrefix } from "./src/seo/absolute-url.ts";
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

  // --- Articles: front-matter validation, drafts and scheduled articles (src/front-matter, src/articles) ---
  // Validation runs per article in a preprocessor (before permalinks and collections), which drops
  // an invalid article; every problem is collected and reported at the end of the build with the
  // plugin's and the images' (see "One report" below). Only two articles with one URL stop the
  // build early, at `eleventy.contentMap`: Eleventy could not write both. Drafts and future-dated articles are dropped by the
  // same preprocessor in production (Eleventy 3's documented way to skip a template), kept in
  // `npm start` (ELEVENTY_RUN_MODE serve/watch) where the article layout shows a banner.
  const devMode = isDevRunMode(process.env.ELEVENTY_RUN_MODE);
  const checks = new ArticleChecks(site.timeZone);
  const inputDir = () => eleventyConfig.directories.input as string;
  let now = Date.now();
  eleventyConfig.on("eleventy.before", () => {
    checks.reset();
    now = Date.now();
  });
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => checks.forget(changed ?? []));

  // YAML without its timestamp type: dates stay strings until we read them in the site's zone.
  // The engine also hands each file's own front matter to the checks (the data cascade mixes in
  // directory and global data, so unknown keys can only be told apart here).
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (source: string, options?: { filePath?: string }) => checks.parseYaml(source, options?.filePath) },
  });
  eleventyConfig.addDateParsing(function (this: { page?: { inputPath?: string } }, value: unknown) {
    const parsed = parseDate(value, site.timeZone);
    if (parsed.ok) return parsed.date;
    // An article's bad date is reported by validation with every other problem; until then a
    // placeholder keeps Eleventy from stopping the build at the first one.
    const inputPath = this.page?.inputPath;
    if (value !== undefined && inputPath && isArticlePath(inputPath, inputDir())) return new Date(0);
    return undefined;
  });
  eleventyConfig.addPreprocessor("newsdesk-articles", "md", function (this: { inputPath: string }, data: any) {
    const file = displayPath(this.inputPath, inputDir());
    if (checks.hasYamlError(this.inputPath, file)) return false;
    if (!isArticlePath(this.inputPath, inputDir())) return undefined;
    if (!checks.check(this.inputPath, file)) return false;
    return isBuilt(publicationState(data.draft, data.page?.date, now), devMode) ? undefined : false;
  });
  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }: { inputPathToUrl: Record<string, string[]> }) => {
    const articles = Object.entries(inputPathToUrl)
      .filter(([inputPath, urls]) => urls[0] && isArticlePath(inputPath, inputDir()))
      .map(([inputPath, urls]) => ({ inputPath, file: displayPath(inputPath, inputDir()), url: urls[0] }));
    if (checks.checkDuplicateUrls(articles)) checks.finish();
  });

  // --- Collections (contracts.md §2; logic in src/collections/) ---
  // All of them come from one pass over getAll(), memoised for the build: no collection scans another.
  let collections: { size: number; value: SiteCollections } | undefined;
  eleventyConfig.on("eleventy.before", () => {
    collections = undefined;
  });
  const siteCollections = (api: CollectionApi): SiteCollections => {
    const all = api.getAll();
    if (collections?.size !== all.length) {
      collections = { size: all.length, value: buildSiteCollections(all, inputDir(), site.pageSize) };
    }
    return collections.value;
  };
  for (const name of ["articles", "latestArticles", "topics", "newsPages", "topicPages"] as const) {
    eleventyConfig.addCollection(name, (api) => siteCollections(api)[name]);
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

  // The plugin: pull quotes, stat callouts, previous/next links. Its problems join the site's report.
  const contentProblems: Problem[] = [];
  eleventyConfig.on("eleventy.before", () => {
    contentProblems.length = 0;
  });
  eleventyConfig.addPlugin(newsdesk, {
    locale: site.language,
    timeZone: site.timeZone,
    onProblem: (problem: Problem) => {
      if (problem.severity === "warning") console.warn(`[newsdesk] ${formatProblem(problem)}`);
      else contentProblems.push(problem);
    },
  });

  // --- Publishing (issue 6): path prefix, images, heading anchors, feeds, deploy files ---
  // HTML <base> plugin: its transform over every page runs only when --pathprefix isn't `/`, and
  // its `transformWithHtmlBase` filter makes feed content absolute (content/feeds/).
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Images (src/images/): one pipeline per build. Markdown images and the lead image get their
  // <picture> synchronously; encoding (eleventy-img, cached) is awaited when the build ends, and a
  // missing file or alt fails the build then, listing every problem with its file:line.
  const images = new ImagePipeline(path.resolve("content/images"), path.resolve("_site"));
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string; output: string } }) => {
    images.reset(path.resolve(directories.output), path.resolve(directories.input, "images"));
  });
  // One report: front matter, directives and images fail the build together, every problem listed.
  eleventyConfig.on("eleventy.after", async () => {
    await images.settle();
    const problems = [...checks.problems, ...contentProblems, ...images.problems];
    if (problems.length) throw new ContentError(problems);
  });
  // Article headings get slug ids and a visible "#" link for sharing a section. Typographer: a
  // newsroom prints curly quotes, apostrophes and dashes, not the typewriter ones authors type.
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
}

export const config = {
  // Markdown is Markdown: no Liquid or Nunjucks pre-pass, so `{{ x }}` in an article stays text.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ["md", "11ty.ts"],
};
