// The Markdown part of the plugin as a plain markdown-it plugin: `md.use(newsdeskMarkdown, options)`.
import { readFileSync } from "node:fs";
import type { MarkdownIt } from "markdown-it";
import type { StateCore } from "markdown-it";
import { BLOCKS } from "./blocks/index.ts";
import { directiveBlockRule } from "./directives/block-rule.ts";
import { newsdeskInlineProblems, PROBLEM_TOKEN } from "./directives/inline-problems.ts";
import { directiveInlineRule } from "./directives/inline-rule.ts";
import { beginProblems, takeProblems } from "./directives/problems.ts";
import { createRegistry } from "./directives/registry.ts";
import { ContentError, formatProblem, frontMatterLineCount, relativeFile, type Problem } from "./errors.ts";
import { validateOptions, type NewsdeskOptions } from "./options.ts";

/** Where a document comes from: its file and the number of lines before its Markdown body. */
export interface DocumentLocation {
  file: string;
  lineOffset: number;
}

/** Options of `newsdeskMarkdown`: the plugin's options plus how problems leave the parser. */
export interface NewsdeskMarkdownOptions extends NewsdeskOptions {
  /**
   * Receives every problem (errors and warnings) of a document after it is parsed. Default: none,
   * and then `md.render` throws one `ContentError` listing the document's errors and prints warnings.
   */
  onProblem?: (problem: Problem) => void;
  /**
   * Finds a document's file from markdown-it's `env`. Default: Eleventy's `env.page.inputPath`,
   * with the front matter counted by reading the file (only when there is a problem); else
   * `env.file` (or `"<markdown>"`) and `env.lineOffset` (or 0).
   */
  locate?: (env: any) => DocumentLocation;
}

/** Eleventy passes the page's data as `env`: `env.page.inputPath` is the Markdown file. */
export function locateDocument(env: any): DocumentLocation {
  const inputPath: unknown = env?.page?.inputPath;
  if (typeof inputPath === "string") {
    let lineOffset = 0;
    try {
      lineOffset = frontMatterLineCount(readFileSync(inputPath, "utf8"));
    } catch {
      // A page without a file on disk (virtual template): body lines are the best we have.
    }
    return { file: relativeFile(inputPath), lineOffset };
  }
  return { file: typeof env?.file === "string" ? env.file : "<markdown>", lineOffset: Number(env?.lineOffset) || 0 };
}

function throwOrWarn(problems: Problem[]): void {
  for (const warning of problems.filter((p) => p.severity === "warning")) console.warn(formatProblem(warning));
  const errors = problems.filter((p) => p.severity !== "warning");
  if (errors.length) throw new ContentError(errors);
}

/**
 * markdown-it plugin: generic directives (`:::name`, `::name`, `:name`) for the registered blocks,
 * pull quotes among them. Validates `options` at once (throws a `TypeError` naming every wrong one).
 */
export function newsdeskMarkdown(md: MarkdownIt, userOptions: NewsdeskMarkdownOptions = {}): void {
  const { onProblem, locate = locateDocument, ...rest } = userOptions;
  const options = validateOptions(rest);

  md.core.ruler.before("normalize", "newsdesk_begin", (state: StateCore) => beginProblems(state.env));
  md.core.ruler.after("inline", "newsdesk_inline_problems", newsdeskInlineProblems);
  md.core.ruler.push("newsdesk_report", (state: StateCore) => {
    const drafts = takeProblems(state.env);
    if (!drafts.length) return;
    const where = locate(state.env);
    const problems = drafts.map((d): Problem => ({
      file: where.file,
      line: d.line + 1 + where.lineOffset,
      message: d.message,
      severity: d.severity,
    }));
    if (onProblem) problems.forEach((p) => onProblem(p));
    else throwOrWarn(problems);
  });

  const blocks = BLOCKS.map((factory) => factory(options, md));
  const registry = createRegistry(blocks);
  md.block.ruler.before("fence", "newsdesk_directive", directiveBlockRule(registry), {
    alt: ["paragraph", "reference", "blockquote", "list"],
  });
  md.inline.ruler.before("linkify", "newsdesk_inline_directive", directiveInlineRule(registry));
  md.renderer.rules[PROBLEM_TOKEN] = () => "";
  for (const block of blocks) {
    for (const [type, rule] of Object.entries(block.renderers ?? {})) md.renderer.rules[type] = options.renderers[type] ?? rule;
    block.install?.(md);
  }
}
