// The baseline of the benchmark (issue 8): a bare Eleventy 3 build of the same Markdown, on
// Eleventy's defaults (Liquid pre-pass on Markdown, default markdown-it, directives left as text)
// with one minimal layout. Plain JavaScript on purpose: this is what `npx @11ty/eleventy` runs.
import { DateTime } from "luxon";

export default function (eleventyConfig) {
  // Every article gets the one layout (bench/bare/layout.njk, copied into the input's _includes/).
  eleventyConfig.addGlobalData("layout", "layout.njk");
  // The only addition to the defaults: Eleventy reads dates with luxon's fromISO, which rejects the
  // archive's `2019-05-02 09:30` form (contracts.md §1). Other forms fall through to Eleventy.
  eleventyConfig.addDateParsing((value) => {
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value)) {
      return DateTime.fromFormat(value, "yyyy-MM-dd HH:mm", { zone: "America/New_York" });
    }
    return undefined;
  });
}
