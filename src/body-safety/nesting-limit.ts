// markdown-it plugin: Markdown nested deeper than markdown-it's limit fails the build instead of losing its tail.
import type { MarkdownIt, StateBlock } from "markdown-it";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { locateEleventyPage, type LocateBody } from "./body-location.ts";

/**
 * `md.use(nestingLimit, { onProblem, locate })`. markdown-it stops reading blocks nested
 * `maxNesting` deep (100 by default: quotes or lists inside each other) and drops everything
 * after that point of the body without a word (parser_block.mjs: "skip tail to the end"). This
 * wraps its block tokenizer, which nested blocks call again, to report where that happens.
 */
export function nestingLimit(md: MarkdownIt, options: { onProblem: (problem: Problem) => void; locate?: LocateBody }): void {
  const locate = options.locate ?? locateEleventyPage;
  const tokenize = md.block.tokenize.bind(md.block);
  // In markdown-it's options, though not in its types.
  const maxNesting = (md.options as { maxNesting?: number }).maxNesting ?? 100;
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
    if (state.level >= maxNesting) {
      const line = state.skipEmptyLines(startLine);
      if (line < endLine) {
        const where = locate(state.env);
        options.onProblem({
          file: where?.file ?? "",
          line: where ? line + 1 + where.lineOffset : undefined,
          message: `found Markdown nested more than ${maxNesting} levels deep (quotes or lists inside each other), expected fewer levels: from here on the body would be left out`,
        });
      }
    }
    tokenize(state, startLine, endLine);
  };
}
