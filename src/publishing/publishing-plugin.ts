// Site-wide data for head metadata, feeds and sitemaps, and the files copied as they are.
import type { EleventyConfig } from "@11ty/eleventy";
import { frozen } from "../frozen-data.ts";
import type { ImagePipeline } from "../images/image-pipeline.ts";
import { normalizePathPrefix } from "../seo/absolute-url.ts";
import { buildTimeFrom, type Publishing } from "../seo/publishing.ts";
import type { ProblemReport } from "../problems/problem-report.ts";
import type { Site } from "../site.ts";
import { placeholderUrlWarning } from "./placeholder-url.ts";

/** What the plugin is given by the config. */
export interface PublishingPluginOptions {
  site: Site;
  images: ImagePipeline;
  /** The URLs of pages the build writes besides Eleventy's own (`npm start` writes only changed ones). */
  pageUrls: () => readonly string[];
  /** Where the warning about a placeholder `url` goes. */
  report: Pick<ProblemReport, "add">;
  /** The text of the file `site` comes from, for the warning's line. */
  siteSource: () => string;
}

/**
 * `site` and `publishing` global data, frozen (src/frozen-data.ts). `publishing` is a function, so
 * the CLI's `--pathprefix` is known by the time it is read; its `builtUrls` (the sitemap's list)
 * is every URL of the build, pages kept out of collections included, from `eleventy.contentMap`.
 * While `site.url` is the sample's placeholder, every build warns.
 */
export function publishingPlugin(eleventyConfig: EleventyConfig, options: PublishingPluginOptions): void {
  const { site, images, pageUrls, report, siteSource } = options;
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.on("eleventy.before", () => {
    const warning = placeholderUrlWarning(site.url, siteSource());
    if (warning) report.add(warning);
  });
  let builtUrls: string[] = [];
  let built: Set<string> | undefined;
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => {
    built = new Set([...Object.keys(urlToInputPath), ...pageUrls()]);
    builtUrls = [...built].sort();
  });
  eleventyConfig.addGlobalData("publishing", (): Publishing =>
    frozen({
      pathPrefix: normalizePathPrefix(eleventyConfig.pathPrefix),
      buildTime: buildTimeFrom(),
      images,
      builtUrls: () => builtUrls,
      isBuilt: (url: string) => built?.has(url),
    }),
  );
  // The publisher logo (JSON-LD, feeds) and Netlify's _headers (the CSP).
  eleventyConfig.addPassthroughCopy({ "content/assets/logo.png": "assets/logo.png", "content/_headers": "_headers" });
}
