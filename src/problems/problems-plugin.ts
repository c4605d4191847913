// The build's problem report: cleared when a build starts, thrown once its pages are written.
import type { EleventyConfig } from "@11ty/eleventy";
import { pageSourceFile } from "../articles/article-sources.ts";
import { isDevRunMode } from "../articles/publication.ts";
import { withWarningsPanel } from "../dev/warnings-panel.ts";
import type { ProblemReport, WrittenBuild } from "./problem-report.ts";

/**
 * Fails the build listing every problem of it (front matter, directives, images, pages), after
 * Eleventy wrote the pages: the error page of `npm start` and the terminal then show them all.
 * In `npm start` each page also shows the warnings of its own file (src/dev/warnings-panel.ts).
 */
export function problemsPlugin(eleventyConfig: EleventyConfig, report: ProblemReport): void {
  eleventyConfig.on("eleventy.before", () => report.reset());
  eleventyConfig.on("eleventy.after", (build: WrittenBuild) => report.finish(build));
  if (!isDevRunMode(process.env.ELEVENTY_RUN_MODE)) return;
  eleventyConfig.addTransform("newsdesk-dev-warnings", function (this: { page: { url?: string | false; inputPath: string; outputPath?: string | false } }, content: unknown) {
    const { outputPath } = this.page;
    if (typeof content !== "string" || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    // Article pages come from one template: name their Markdown file, as the error page does.
    return withWarningsPanel(content, pageSourceFile(this.page), report.warnings);
  });
}
