// The one module that talks to Eleventy: registers Markdown rules, filters, shortcodes and events.
import type { EleventyConfig } from "@11ty/eleventy";
import { ContentError, type Problem } from "./errors.ts";
import { validateOptions, type NewsdeskOptions } from "./options.ts";

/**
 * `eleventyConfig.addPlugin(newsdesk, options)`. Validates options at registration, then hooks
 * Markdown. Content problems are collected during the build and thrown together at its end.
 */
export default function newsdesk(eleventyConfig: EleventyConfig, userOptions: NewsdeskOptions = {}): void {
  eleventyConfig.versionCheck(">=3.0.0");
  const options = validateOptions(userOptions);
  const problems: Problem[] = [];

  eleventyConfig.on("eleventy.before", () => {
    problems.length = 0;
  });

  // --- Markdown (directives, pull quotes, stats) ---

  // --- shortcodes ---

  // --- previous/next ---

  eleventyConfig.on("eleventy.after", () => {
    const errors = problems.filter((p) => p.severity !== "warning");
    if (errors.length) throw new ContentError(errors);
  });
  void options;
}

// Marks the plugin unique, as the official plugins do: adding it twice keeps the first.
Object.defineProperty(newsdesk, "eleventyPackage", { value: "eleventy-plugin-newsdesk" });
Object.defineProperty(newsdesk, "eleventyPluginOptions", { value: { unique: true } });
