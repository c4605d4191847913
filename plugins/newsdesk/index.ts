// Public API of eleventy-plugin-newsdesk: re-exports only.
export { default, type EleventyConfigLike } from "./plugin.ts";
export { DEFAULTS, validateOptions, type NewsdeskOptions, type ResolvedOptions } from "./options.ts";
export {
  ContentError,
  formatProblem,
  formatProblems,
  frontMatterLineCount,
  relativeFile,
  sortProblems,
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
} from "./neighbours/neighbour-index.ts";
export { renderArticleNav, type ArticleNavSettings, type NavLink } from "./neighbours/article-nav.ts";
export {
  createNeighbourLookup,
  type CollectionItemLike,
  type NeighbourLookupOptions,
  type NeighbourTemplateFunctions,
  type PageNeighbours,
} from "./neighbours/lookup.ts";
export { isoWithOffset } from "./neighbours/date-format.ts";
export { offsetMinutes, wallClock, type WallClock } from "./dates/wall-clock.ts";
export { escapeHtml } from "./escape-html.ts";
export { editDistance, nearest } from "./directives/suggest.ts";
export { statSources, type StatSource, type StatSourcesOptions } from "./stats/stat-sources.ts";
