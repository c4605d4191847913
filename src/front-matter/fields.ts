// The article front-matter fields (contracts.md §1) and the Eleventy keys an article may also set.

/** Every field an article's front matter may have, in the order the README documents them. */
export const ARTICLE_FIELDS = [
  "title",
  "date",
  "dek",
  "authors",
  "topics",
  "image",
  "updated",
  "draft",
  "series",
  "slug",
] as const;

/** Fields of one `authors` entry. */
export const AUTHOR_FIELDS = ["name", "role", "url"] as const;

/** Fields of `image`. */
export const IMAGE_FIELDS = ["src", "alt", "credit", "caption"] as const;

/**
 * Eleventy's own data keys, allowed in an article's front matter
 * (https://www.11ty.dev/docs/data-configuration/ and the keys in Eleventy's defaultConfig.js).
 */
export const ELEVENTY_KEYS = [
  "permalink",
  "layout",
  "tags",
  "eleventyExcludeFromCollections",
  "eleventyComputed",
  "eleventyNavigation",
  "eleventyImport",
  "eleventyDataSchema",
  "eleventyAllowMissingExtension",
  "templateEngineOverride",
  "permalinkBypassOutputDir",
  "dynamicPermalink",
  "pagination",
] as const;

/** Every top-level key an article may set. */
export const KNOWN_KEYS: readonly string[] = [...ARTICLE_FIELDS, ...ELEVENTY_KEYS];
