// Markdown pages outside news/ (an About page) get the articles' Markdown, and their safety checks.
import type { EleventyConfig } from "@11ty/eleventy";
import { bodySafety } from "../body-safety/body-safety.ts";
import { locateEleventyPage } from "../body-safety/body-location.ts";
import type { ImagePipeline } from "../images/image-pipeline.ts";
import { markdownImages } from "../images/markdown-images.ts";
import type { ProblemReport } from "../problems/problem-report.ts";
import { headingAnchors } from "./heading-anchors.ts";
import { pagePlaceholders } from "./page-placeholders.ts";

export interface MarkdownPagesOptions {
  images: ImagePipeline;
  report: ProblemReport;
  /** `npm start`: a page's `TODO:` lines are shown, not refused (a production build refuses them). */
  devMode: boolean;
}

/**
 * Curly quotes and dashes, responsive images and heading anchors, as article bodies have them
 * (src/articles/article-markdown.ts); the plugin adds its directives through the same hook. Raw
 * HTML in a page is held to the same allow-list as in an article: an About page is as easy to
 * paste a `<script>` into as a story. A production build refuses a page that still has a `TODO:`
 * line from `npm run new -- --page` (src/markdown/page-placeholders.ts), as it refuses an article's.
 */
export function markdownPagesPlugin(eleventyConfig: EleventyConfig, { images, report, devMode }: MarkdownPagesOptions): void {
  eleventyConfig.amendLibrary("md", (md) => {
    md.set({ typographer: true });
    md.use(markdownImages, () => images);
    md.use(headingAnchors);
    md.use(bodySafety, { onProblem: report.add, locate: locateEleventyPage });
    if (!devMode) md.use(pagePlaceholders, { onProblem: report.add, locate: locateEleventyPage });
  });
}
