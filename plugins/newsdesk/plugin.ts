// The one module that talks to Eleventy: registers Markdown rules, filters, shortcodes and events.
import MarkdownItClass, { type MarkdownIt } from "markdown-it";
import { ContentError, formatProblem, relativeFile, type Problem } from "./errors.ts";
import { newsdeskMarkdown } from "./markdown.ts";
import { pullQuoteShortcode } from "./blocks/pull-quote-shortcode.ts";
import { statShortcodes } from "./blocks/stat-shortcode.ts";
import { validateOptions, type NewsdeskOptions } from "./options.ts";
import { renderArticleNav, type ArticleNavSettings } from "./neighbours/article-nav.ts";
import { createNeighbourLookup } from "./neighbours/lookup.ts";

/**
 * The parts of Eleventy 3's `eleventyConfig` the plugin uses. Eleventy ships no type declarations,
 * so the plugin names its own: the compiled `.d.ts` then needs nothing from outside the package.
 */
export interface EleventyConfigLike {
  versionCheck(range: string): void;
  on(event: string, listener: (...args: any[]) => unknown): void;
  amendLibrary(name: "md", amend: (md: MarkdownIt) => unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addShortcode(name: string, shortcode: (...args: any[]) => unknown): void;
  addPairedShortcode(name: string, shortcode: (content: string, ...args: any[]) => unknown): void;
}

/**
 * `eleventyConfig.addPlugin(newsdesk, options)`. Validates options at registration, then hooks
 * Markdown. Content problems are collected during the build and thrown together at its end.
 */
export default function newsdesk(eleventyConfig: EleventyConfigLike, userOptions: NewsdeskOptions = {}): void {
  eleventyConfig.versionCheck(">=3.0.0");
  const options = validateOptions(userOptions);
  const problems: Problem[] = [];

  eleventyConfig.on("eleventy.before", () => {
    problems.length = 0;
  });

  // --- Markdown (directives, pull quotes, stats) ---
  // Each problem goes once into the build-wide list (thrown at `eleventy.after`); a page rendered
  // twice (e.g. for `templateContent`) must not list it twice. Warnings are printed, not thrown.
  const seen = new Set<string>();
  eleventyConfig.on("eleventy.before", () => seen.clear());
  const collect = (problem: Problem) => {
    const text = formatProblem(problem);
    if (seen.has(text)) return;
    seen.add(text);
    if (options.onProblem) return options.onProblem(problem);
    if (problem.severity === "warning") console.warn(`[newsdesk] ${text}`);
    problems.push(problem);
  };
  let markdown: MarkdownIt | undefined;
  eleventyConfig.amendLibrary("md", (md) => {
    markdown = md;
    md.use(newsdeskMarkdown, { ...userOptions, onProblem: collect });
  });

  // --- shortcodes ---
  // The site's own markdown-it when Eleventy has built it; a plain one for sites without Markdown.
  let fallback: MarkdownIt | undefined;
  const shortcodeMarkdown = () => markdown ?? (fallback ??= new MarkdownItClass().use(newsdeskMarkdown, { ...userOptions, onProblem: collect }));
  eleventyConfig.addPairedShortcode(
    "pullquote",
    pullQuoteShortcode({
      // Lines of problems count from the shortcode's content: the template's offset is unknown.
      render: (text, inputPath) => shortcodeMarkdown().render(text, { file: inputPath ? relativeFile(inputPath) : "<pullquote shortcode>" }),
      escape: (text) => shortcodeMarkdown().utils.escapeHtml(text),
      className: options.pullQuoteClass,
    }),
  );
  // Stat callouts: `stat` (one figure) and the paired `stats` (a group); mistakes throw at once.
  const statCodes = statShortcodes(options);
  eleventyConfig.addShortcode("stat", statCodes.stat);
  eleventyConfig.addPairedShortcode("stats", statCodes.stats);

  // --- previous/next ---
  // One index per collection array (memoised), so each page's look-up is O(1), never a scan.
  const lookup = createNeighbourLookup({ scopeBy: options.scopeBy, fallback: options.scopeFallback });
  const navSettings: ArticleNavSettings = {
    label: options.navLabel,
    previousLabel: options.previousLabel,
    nextLabel: options.nextLabel,
    className: options.navClass,
    locale: options.locale,
    timeZone: options.timeZone,
    dateStyle: options.navDateStyle,
  };
  // `page` is required: in an 11ty.js layout `this.page` stays the first page rendered with it
  // (Eleventy 3.1 augments the shared layout instance with `overwrite: false`), so never guess.
  eleventyConfig.addFilter("neighbours", (collection: unknown, page: unknown) =>
    lookup.neighboursOf("neighbours", collection, page),
  );
  eleventyConfig.addShortcode("articleNav", (collection: unknown, page: unknown) =>
    renderArticleNav(lookup.neighboursOf("articleNav", collection, page), navSettings),
  );

  // With `onProblem` the site owns the report; otherwise every error fails the build here, at once.
  eleventyConfig.on("eleventy.after", () => {
    const errors = problems.filter((p) => p.severity !== "warning");
    if (errors.length) throw new ContentError(errors);
  });
}

// Marks the plugin unique, as the official plugins do: adding it twice keeps the first.
Object.defineProperty(newsdesk, "eleventyPackage", { value: "eleventy-plugin-newsdesk" });
Object.defineProperty(newsdesk, "eleventyPluginOptions", { value: { unique: true } });
