// Markdown pages outside news/ (an About page) get the articles' Markdown.
import type { EleventyConfig } from "@11ty/eleventy";
import type { ImagePipeline } from "../images/image-pipeline.ts";
import { markdownImages } from "../images/markdown-images.ts";
import { headingAnchors } from "./heading-anchors.ts";

/**
 * Curly quotes and dashes, responsive images and heading anchors, as article bodies have them
 * (src/articles/article-markdown.ts); the plugin adds its directives through the same hook.
 */
export function markdownPagesPlugin(eleventyConfig: EleventyConfig, images: ImagePipeline): void {
  eleventyConfig.amendLibrary("md", (md) => {
    md.set({ typographer: true });
    md.use(markdownImages, () => images);
    md.use(headingAnchors);
  });
}
