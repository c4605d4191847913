// The series index at /series/ (says "No series yet" on a site without one).
export const data = {
  layout: "series-index.11ty.ts",
  permalink: "/series/",
  title: "Series",
  eleventyExcludeFromCollections: true,
};

/** The series-index layout renders the list. */
export function render(): string {
  return "";
}
