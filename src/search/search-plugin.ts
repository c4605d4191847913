// Site search (issue 21): after a production build writes its pages, Pagefind indexes this build's articles.
import * as fs from "node:fs";
import * as path from "node:path";
import type { EleventyConfig } from "@11ty/eleventy";
import { isDevRunMode } from "../articles/publication.ts";
import { pagesToIndex, type WrittenPage } from "./pages-to-index.ts";
import { SEARCH_SCRIPT_URL, SEARCH_URL } from "./search-names.ts";
import { searchScript } from "./search-script.ts";
import { writeSearchIndex } from "./write-search-index.ts";

/** Global data `siteSearch`: whether this build has an index, so the search page offers the form. */
export interface SiteSearchData {
  indexed: boolean;
}

/** `enabled: false` (the site's `search` setting): no index is made, whatever the build. */
export interface SearchPluginOptions {
  enabled?: boolean;
}

interface AfterBuild {
  directories: { output: string };
  results?: WrittenPage[];
  outputMode?: string;
}

/**
 * Registers the search index. Only a production build (`npm run build`, a test build) indexes:
 * `npm start` does not, and its search page says search works in built sites. A build without
 * the search page (a site that removed content/search.11ty.ts) indexes nothing either. The index
 * and the page's script are written when every page is, in `eleventy.after`.
 */
export function searchPlugin(eleventyConfig: EleventyConfig, options: SearchPluginOptions = {}): void {
  const indexed = options.enabled !== false && !isDevRunMode(process.env.ELEVENTY_RUN_MODE);
  eleventyConfig.addGlobalData("siteSearch", { indexed } satisfies SiteSearchData);
  if (!indexed) return;
  eleventyConfig.on("eleventy.after", async ({ directories, results = [], outputMode }: AfterBuild) => {
    if (outputMode !== undefined && outputMode !== "fs") return;
    if (!results.some((page) => page.url === SEARCH_URL)) return;
    const output = path.resolve(directories.output);
    await writeSearchIndex(pagesToIndex(results), output);
    const script = path.join(output, SEARCH_SCRIPT_URL);
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.writeFileSync(script, await searchScript());
  });
}
