// Eleventy configuration for the Newsdesk site: directories, the plugin and the site's collections.
import type { EleventyConfig } from "@11ty/eleventy";
import { pathToFileURL } from "node:url";
import * as yaml from "js-yaml";
import newsdesk from "./plugins/newsdesk/index.ts";
import { site } from "./src/site.ts";
import { parseDate } from "./src/dates/parse-date.ts";

export default function (eleventyConfig: EleventyConfig) {
  // Layouts and page templates are typed TypeScript modules run through tsx.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  // Directory data files (`news.11tydata.ts`) are TypeScript modules too.
  eleventyConfig.addDataExtension("ts", {
    parser: async (file: string) => (await import(pathToFileURL(file).href)).default,
    read: false,
  });

  // YAML without its timestamp type: dates stay strings until we read them in the site's zone.
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) },
  });
  eleventyConfig.addDateParsing((value: unknown) => {
    const parsed = parseDate(value, site.timeZone);
    // Unparseable dates are reported by front-matter validation with every other problem.
    return parsed.ok ? parsed.date : undefined;
  });

  eleventyConfig.addGlobalData("site", site);

  // The plugin: pull quotes, stat callouts, previous/next links.
  eleventyConfig.addPlugin(newsdesk, { locale: site.language, timeZone: site.timeZone });
}

export const config = {
  dir: { input: "content", includes: "../layouts", output: "_site" },
  // Markdown is Markdown: no Liquid or Nunjucks pre-pass, so `{{ x }}` in an article stays text.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ["md", "11ty.ts"],
};
