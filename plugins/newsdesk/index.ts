// Public API of eleventy-plugin-newsdesk: re-exports only.
export { default, type EleventyConfigLike } from "./plugin.ts";
export { DEFAULTS, validateOptions, type NewsdeskOptions, type ResolvedOptions } from "./options.ts";
export {
  ContentError,
  formatProblem,
  formatProblems,
  frontMatterLineCount,
  relativeFile,
  type Problem,
} from "./errors.ts";
export { newsdeskMarkdown, type DocumentLocation, type NewsdeskMarkdownOptions } from "./markdown.ts";
export {
  buildNeighbourIndex,
  compareRecords,
  type NeighbourIndex,
  type NeighbourIndexOptions,
  type NeighbourRecord,
  type Neighbours,
  type ScopeFallback,
} from "./neighbours.ts";
export { renderArticleNav, type ArticleNavSettings, type NavLink } from "./neighbours/article-nav.ts";
export type { NeighbourTemplateFunctions, PageNeighbours } from "./neighbours/lookup.ts";
