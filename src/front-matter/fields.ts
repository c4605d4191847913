// The article front-matter fields and the Eleventy keys an article may also set.

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
  "related",
  "type",
  "corrections",
] as const;

/**
 * Fields of one `authors` entry: a staff member by the `slug` of their profile in
 * `content/authors.json` (which gives the name and link; `role` may say what they did on this
 * story), or a guest by `name`, with their own `role` and `url`.
 */
export const AUTHOR_FIELDS = ["slug", "name", "role", "url"] as const;

/** Fields of one `corrections` entry. */
export const CORRECTION_FIELDS = ["date", "text", "kind"] as const;

/** What a correction may be: a fact put right, or a wording made clearer. The first is the default. */
export const CORRECTION_KINDS = ["correction", "clarification"] as const;

/** Fields of `image`. */
export const IMAGE_FIELDS = ["src", "alt", "credit", "caption"] as const;

/**
 * Eleventy's own keys an article may set, and what they do: Newsdesk reads articles itself
 * (src/articles/), so it honours these two the way Eleventy would.
 * - `permalink`: the article's URL instead of `/news/YYYY/MM/DD/slug/` (`false`: not built);
 * - `eleventyExcludeFromCollections`: built, but on no list, feed or previous/next link.
 */
export const ELEVENTY_KEYS = ["permalink", "eleventyExcludeFromCollections"] as const;

/**
 * Eleventy's other data keys (https://www.11ty.dev/docs/data-configuration/). They have no effect
 * on an article (every article is built with layouts/article.11ty.ts and listed by `topics`),
 * so an article that sets one fails the build saying so, instead of quietly ignoring it.
 */
export const UNSUPPORTED_ELEVENTY_KEYS: Readonly<Record<string, string>> = {
  layout: "every article is built with layouts/article.11ty.ts",
  tags: "articles are grouped by `topics`",
  eleventyComputed: "articles are read by Newsdesk, not through Eleventy's data cascade",
  eleventyNavigation: "articles are read by Newsdesk, not through Eleventy's data cascade",
  eleventyImport: "articles are read by Newsdesk, not through Eleventy's data cascade",
  eleventyDataSchema: "articles are checked by Newsdesk's own front-matter validation",
  eleventyAllowMissingExtension: "every article is written as `index.html` under its URL",
  templateEngineOverride: "article bodies are Markdown only, never Liquid or Nunjucks",
  permalinkBypassOutputDir: "every article is written under the output folder",
  dynamicPermalink: "`permalink` is used as written",
  pagination: "an article is one page",
};

/** Every top-level key an article may set. */
export const KNOWN_KEYS: readonly string[] = [...ARTICLE_FIELDS, ...ELEVENTY_KEYS];
