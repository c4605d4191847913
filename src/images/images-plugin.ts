// One image pipeline per build: reset when a build starts, its encoding awaited and its problems reported at the end.
import type { EleventyConfig } from "@11ty/eleventy";
import * as path from "node:path";
import type { ProblemReport } from "../problems/problem-report.ts";
import type { ImagePipeline } from "./image-pipeline.ts";

/**
 * Markdown images and the lead image get their `<picture>` synchronously; encoding (eleventy-img,
 * cached) is awaited when the build ends, and a missing file or alt fails the build then, with
 * every other problem of the build.
 */
export function imagesPlugin(eleventyConfig: EleventyConfig, options: { images: ImagePipeline; report: ProblemReport }): void {
  const { images, report } = options;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string; output: string } }) => {
    images.reset(path.resolve(directories.output), path.resolve(directories.input, "images"));
  });
  report.beforeFinish(async () => {
    await images.settle();
    return images.problems;
  });
}
