// Series pages: /series/<slug>/ — one page per entry of collections.series.
import type { Series } from "../src/collections/series.ts";

interface Data {
  series: Series<unknown>;
}

export const data = {
  layout: "series.11ty.ts",
  pagination: { data: "collections.series", size: 1, alias: "series" },
  permalink: (data: Data) => data.series.url,
  eleventyExcludeFromCollections: true,
};

/** The series layout renders the whole page. (The template's own output stays empty.) */
export function render(): string {
  return "";
}
