// Dates read and shown in the site's zone: front matter without YAML timestamps, Eleventy's page dates, date filters.
import type { EleventyConfig } from "@11ty/eleventy";
import { parseYaml } from "../front-matter/parse-yaml.ts";
import { PageFrontMatterError } from "../front-matter/page-front-matter-error.ts";
import type { Site } from "../site.ts";
import { toSlug } from "../slugs/to-slug.ts";
import { isoCalendarDate, isoDateTime, readableDate, readableDateTime, type DateInput } from "./format-date.ts";
import { parseDate } from "./parse-date.ts";

/**
 * A page's front matter as gray-matter hands it over: the text after the opening `---`, whose first
 * line is the file's first. Invalid YAML throws a {@link PageFrontMatterError} with its file line,
 * which the build reports as it reports an article's (src/dev/content-errors.ts).
 */
function pageYaml(source: string): unknown {
  const parsed = parseYaml(source, 1);
  if (!parsed.ok) throw new PageFrontMatterError(parsed.line, parsed.reason);
  return parsed.data;
}

/**
 * Pages outside news/ (an About page) get front matter as articles do: YAML's core schema, so a
 * `date` stays text and is read in the site's zone (YAML timestamps would be UTC, a day early
 * west of Greenwich). The filters are for templates in any language; our .11ty.ts layouts import
 * src/dates/ directly.
 */
export function datesPlugin(eleventyConfig: EleventyConfig, site: Pick<Site, "timeZone" | "language">): void {
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: pageYaml },
  });
  eleventyConfig.addDateParsing((value: unknown) => {
    const parsed = parseDate(value, site.timeZone);
    return parsed.ok ? parsed.date : undefined;
  });
  eleventyConfig.addFilter("readableDate", (date: DateInput) => readableDate(date, site.timeZone, site.language));
  eleventyConfig.addFilter("readableDateTime", (date: DateInput) => readableDateTime(date, site.timeZone, site.language));
  eleventyConfig.addFilter("isoDateTime", (date: DateInput) => isoDateTime(date, site.timeZone));
  eleventyConfig.addFilter("isoCalendarDate", (date: DateInput) => isoCalendarDate(date, site.timeZone));
  eleventyConfig.addFilter("toSlug", (text: string) => toSlug(String(text)));
}
