// The authors index at /authors/ (says "No authors yet" on a site without one).
export const data = {
  layout: "author-index.11ty.ts",
  permalink: "/authors/",
  title: "Authors",
  eleventyExcludeFromCollections: true,
};

/** The author-index layout renders the list. */
export function render(): string {
  return "";
}
