// The topic index at /topics/.
export const data = {
  layout: "topic-index.11ty.ts",
  permalink: "/topics/",
  title: "Topics",
  eleventyExcludeFromCollections: true,
};

/** The topic-index layout renders the list. */
export function render(): string {
  return "";
}
