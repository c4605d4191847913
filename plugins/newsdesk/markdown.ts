// The Markdown part of the plugin as a plain markdown-it plugin: `md.use(newsdeskMarkdown, options)`.
import { readFileSync } from "node:fs";
import type { MarkdownIt } from "markdown-it";
import type { StateCore } from "markdown-it";
import { BLOCKS } from "./blocks/index.ts";
import { directiveBlockRule } from "./directives/block-rule.ts";
import { newsdeskInlineProblems, PROBLEM_TOKEN } from "./directives/inline-problems.ts";
import { directiveInlineRule } from "./directives/inline-rule.ts";
import { beginProblems, resolveLineRefs, takeProblems } from "./directives/problems.ts";
import { createRegistry } from "./directives/registry.ts";
import { ContentError, formatProblem, frontMatterLineCount, relativeFile, type Problem } from "./errors.ts";
import { validateOptions, type NewsdeskOptions } from "./options.ts";
import { lineMap } from "./templates/line-map.ts";

/** Where a document comes from: its file and the number of lines before its Markdown body. */
export interface DocumentLocation {
  file: string;
  lineOffset: number;
  /**
   * The file's 1-based line for a 0-based line of the Markdown markdown-it parsed, when a template
   * engine ran first and lines moved (or `undefined` when no line of the file is known). Default:
   * none, and the line is `lineOffset + line + 1`.
   */
  fileLine?: (line: number) => number | undefined;
  /** Where a line is counted from when `fileLine` knows none: `line 2 of the \`pullquote\` shortcode's content`. */
  relativeTo?: (line: number) => string;
}

/** Options of `newsdeskMarkdown`: the plugin's options plus how problems leave the parser. */
export interface NewsdeskMarkdownOptions extends NewsdeskOptions {
  /**
   * Receives every problem (errors and warnings) of a document after it is parsed. Default: none,
   * and then `md.render` throws one `ContentError` listing the document's errors and prints warnings.
   */
  onProblem?: (problem: Problem) => void;
  /**
   * Finds a document's file from markdown-it's `env` (and `src`, the Markdown parsed). Default:
   * `locateDocument`.
   */
  locate?: (env: any, src: string) => DocumentLocation;
}

/**
 * Eleventy passes the page's data as `env`: `env.page.inputPath` is the template's file and
 * `env.page.rawInput` its body as written. When a template engine ran before Markdown
 * (`markdownTemplateEngine`), `src` is its output: lines are mapped back to the body with
 * `lineMap`, so a problem names the line the author wrote. `env.newsdeskShortcode` names the
 * shortcode whose content `src` is (its lines are found in the file the same way). Without a page:
 * `env.file` (or `"<markdown>"`) and `env.lineOffset` (or 0). The file is read only when there is
 * a problem to place.
 */
export function locateDocument(env: any, src = ""): DocumentLocation {
  const inputPath: unknown = env?.page?.inputPath;
  if (typeof inputPath !== "string") {
    return { file: typeof env?.file === "string" ? env.file : "<markdown>", lineOffset: Number(env?.lineOffset) || 0 };
  }
  let source: string | undefined;
  try {
    source = readFileSync(inputPath, "utf8");
  } catch {
    // A page without a file on disk (virtual template): body lines are the best we have.
  }
  const lineOffset = source === undefined ? 0 : frontMatterLineCount(source);
  const shortcode: unknown = env?.newsdeskShortcode;
  const raw: unknown = env.page.rawInput;
  const body = typeof raw === "string" ? raw : source?.split(/\r?\n/).slice(lineOffset).join("\n");
  const where: DocumentLocation = { file: relativeFile(inputPath), lineOffset };
  if (body === undefined || (body === src && typeof shortcode !== "string")) return where;
  const map = lineMap(body.replace(/\r\n?/g, "\n"), src);
  where.fileLine = (line) => {
    const found = map(line);
    return found === undefined ? undefined : found + 1 + lineOffset;
  };
  if (typeof shortcode === "string") where.relativeTo = (line) => `line ${line + 1} of the \`${shortcode}\` shortcode's content`;
  return where;
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
    const where = locate(state.env, state.src);
    const fileLine = (bodyLine: number) => (where.fileLine ? where.fileLine(bodyLine) : bodyLine + 1 + where.lineOffset);
    const problems = drafts.map((d): Problem => {
      const line = fileLine(d.line);
      const text = resolveLineRefs(d.message, fileLine);
      const message = line === undefined && where.relativeTo ? `${where.relativeTo(d.line)}: ${text}` : text;
      return { file: where.file, line, message, severity: d.severity };
    });
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
