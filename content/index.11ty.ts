// The home page at /.
export const data = {
  layout: "home.11ty.ts",
  permalink: "/",
  eleventyExcludeFromCollections: true,
};

/** The home layout renders everything from collections. */
export function render(): string {
  return "";
}
