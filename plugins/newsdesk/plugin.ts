// The one module that talks to Eleventy: registers Markdown rules, filters, shortcodes and events.
import MarkdownItClass, { type MarkdownIt } from "markdown-it";
import { ContentError, formatProblem, relativeFile, type Problem } from "./errors.ts";
import { newsdeskMarkdown } from "./markdown.ts";
import { readFileSync } from "node:fs";
import { checkShortcodeQuotes } from "./blocks/pull-quote-page-check.ts";
import { shortcodeCallLine } from "./templates/shortcode-line.ts";
import { pullQuoteShortcode } from "./blocks/pull-quote-shortcode.ts";
import { ShortcodeProblems, statShortcodes } from "./blocks/stat-shortcode.ts";
import { spaceDirectiveIds } from "./templates/nunjucks-ids.ts";
import { shortcodeProblems } from "./templates/shortcode-problems.ts";
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
  /** Eleventy 3: runs on a template's body before any template engine. */
  addPreprocessor?(name: string, extensions: string, callback: (data: any, content: string) => unknown): void;
  addTransform(name: string, transform: (this: { page?: { outputPath?: unknown; inputPath?: unknown } }, content: string) => unknown): void;
}

/** `this.page` of a shortcode, as far as the plugin reads it. */
interface ShortcodeThis {
  page?: { inputPath?: unknown };
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

  // --- `{#id}` under Nunjucks ---
  // `{#` opens a Nunjucks comment: in Markdown that Nunjucks reads first, a directive's `{#key}`
  // is written `{ #key}` (the same attributes) before Nunjucks sees it. Lines do not move.
  eleventyConfig.addPreprocessor?.("newsdesk-directive-ids", "md", (data: any, content: string) => {
    const syntax = String(data?.page?.templateSyntax ?? "");
    return syntax.split(",").includes("njk") ? spaceDirectiveIds(content) : undefined;
  });

  // --- shortcodes ---
  // The site's own markdown-it when Eleventy has built it; a plain one for sites without Markdown.
  let fallback: MarkdownIt | undefined;
  const shortcodeMarkdown = () => markdown ?? (fallback ??= new MarkdownItClass().use(newsdeskMarkdown, { ...userOptions, onProblem: collect }));
  eleventyConfig.addPairedShortcode(
    "pullquote",
    pullQuoteShortcode({
      // The page lets problems name the template's line (found by the content's lines in the file).
      render: (text, page) => shortcodeMarkdown().render(text, page ? { page, newsdeskShortcode: "pullquote" } : { file: "<pullquote shortcode>" }),
      escape: (text) => shortcodeMarkdown().utils.escapeHtml(text),
      className: options.pullQuoteClass,
      checkPage: true,
    }),
  );
  // A shortcode pull quote whose words are on the finished page is a copy: hidden, as in Markdown.
  // One whose words are not is reported as `verifyPullQuotes` says, at the call's line when the
  // template has one `pullquote` call.
  eleventyConfig.addTransform("newsdesk-pull-quotes", function (this: { page?: { outputPath?: unknown; inputPath?: unknown } }, content: string) {
    const output = this?.page?.outputPath;
    if (typeof output !== "string" || !output.endsWith(".html")) return content;
    const checked = checkShortcodeQuotes(content);
    const input = this?.page?.inputPath;
    if (options.verifyPullQuotes !== "off" && checked.notOnPage.length && typeof input === "string") {
      let source = "";
      try {
        source = readFileSync(input, "utf8");
      } catch {
        // A virtual template: the problem is reported without a line.
      }
      for (const words of checked.notOnPage) {
        const shown = words.length > 60 ? `${words.slice(0, 60)}…` : words;
        collect({
          file: relativeFile(input),
          line: source ? shortcodeCallLine(source, "pullquote") : undefined,
          message: `shortcode \`pullquote\` quotes "${shown}", which is not on the page: expected the same words in the story around it`,
          severity: options.verifyPullQuotes === "error" ? "error" : "warning",
        });
      }
    }
    return checked.html;
  });
  // Stat callouts: `stat` (one figure) and the paired `stats` (a group). A mistake renders nothing
  // and joins the build's list of problems, at the template's line when it can be found.
  const statCodes = statShortcodes(options);
  const reportShortcode = (page: ShortcodeThis["page"], error: ShortcodeProblems, hint?: string) => {
    for (const problem of shortcodeProblems(page, error, hint)) collect(problem);
    return "";
  };
  eleventyConfig.addShortcode("stat", function (this: ShortcodeThis, ...args: unknown[]) {
    try {
      return statCodes.stat(...args);
    } catch (error) {
      if (!(error instanceof ShortcodeProblems)) throw error;
      const first = args[0];
      return reportShortcode(this?.page, error, typeof first === "string" || typeof first === "number" ? String(first) : undefined);
    }
  });
  eleventyConfig.addPairedShortcode("stats", function (this: ShortcodeThis, content: string, ...args: unknown[]) {
    try {
      return statCodes.stats(content, ...args);
    } catch (error) {
      if (!(error instanceof ShortcodeProblems)) throw error;
      return reportShortcode(this?.page, error);
    }
  });

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
  // Eleventy prints a failed build's error twice (writing, then the CLI's fatal error) with its
  // stack: the list is printed here once, and the error Eleventy prints only points at it.
  eleventyConfig.on("eleventy.after", () => {
    const errors = problems.filter((p) => p.severity !== "warning");
    if (!errors.length) return;
    const error = new ContentError(errors);
    console.error(`[newsdesk] ${error.message}`);
    error.message = `eleventy-plugin-newsdesk: ${errors.length === 1 ? "1 problem" : `${errors.length} problems`} in your content, listed above`;
    Object.defineProperty(error, "skipOriginalStack", { value: true });
    throw error;
  });
}

// Marks the plugin unique, as the official plugins do: adding it twice keeps the first.
Object.defineProperty(newsdesk, "eleventyPackage", { value: "eleventy-plugin-newsdesk" });
Object.defineProperty(newsdesk, "eleventyPluginOptions", { value: { unique: true } });
