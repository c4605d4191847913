// Public API of eleventy-plugin-newsdesk: re-exports only.
export { default } from "./plugin.ts";
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
