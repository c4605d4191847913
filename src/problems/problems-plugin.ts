// The build's problem report: cleared when a build starts, thrown once its pages are written.
import type { EleventyConfig } from "@11ty/eleventy";
import type { ProblemReport, WrittenBuild } from "./problem-report.ts";

/**
 * Fails the build listing every problem of it (front matter, directives, images, pages), after
 * Eleventy wrote the pages: the error page of `npm start` and the terminal then show them all.
 */
export function problemsPlugin(eleventyConfig: EleventyConfig, report: ProblemReport): void {
  eleventyConfig.on("eleventy.before", () => report.reset());
  eleventyConfig.on("eleventy.after", (build: WrittenBuild) => report.finish(build));
}
