// `npm start`: the article pipeline's incremental rebuilds, told which files changed.
import type { EleventyConfig } from "@11ty/eleventy";
import { validateOptions, type NewsdeskOptions } from "../../plugins/newsdesk/index.ts";
import { IncrementalRebuilds } from "./incremental-rebuilds.ts";

/** In `npm start`, the rebuilds for the article pipeline (src/dev/incremental-rebuilds.ts); otherwise none. */
export function devRebuilds(eleventyConfig: EleventyConfig, devMode: boolean, plugin: NewsdeskOptions): IncrementalRebuilds | undefined {
  if (!devMode) return undefined;
  const { scopeBy, scopeFallback } = validateOptions(plugin);
  const rebuilds = new IncrementalRebuilds({ scopeBy, fallback: scopeFallback });
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    rebuilds.filesChanged(queue ?? [], eleventyConfig.directories.input as string);
  });
  return rebuilds;
}
