// Inline rules do not know their line: they leave `newsdesk_problem` tokens that this resolves.
import type { StateCore, Token } from "markdown-it";
import { hasDirectives, reportProblem } from "./problems.ts";

/** Token type an inline rule pushes for a problem; `meta` is `{ message, offset }`. */
export const PROBLEM_TOKEN = "newsdesk_problem";

/** Number of line breaks in `src` before `pos`: the line offset inside a paragraph. */
export function linesBefore(src: string, pos: number): number {
  let count = 0;
  for (let i = src.indexOf("\n"); i >= 0 && i < pos; i = src.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Reports the problem tokens among `children` at `baseLine` + their offset and removes them;
 * turns the relative `meta.line` of inline directives into a body line.
 */
export function reportInlineProblems(children: Token[], baseLine: number, env: unknown): void {
  let kept = 0;
  for (const token of children) {
    const meta = token.meta as { message?: string; offset?: number; kind?: string; relative?: boolean; line?: number } | null;
    if (token.type === PROBLEM_TOKEN) {
      reportProblem(env, baseLine + (meta?.offset ?? 0), meta?.message ?? "");
      continue;
    }
    if (meta?.kind === "inline" && meta.relative) {
      meta.line = (meta.line ?? 0) + baseLine;
      meta.relative = false;
    }
    children[kept++] = token;
  }
  children.length = kept;
}

/** Core rule after `inline`: resolves problem tokens of every inline token. */
export function newsdeskInlineProblems(state: StateCore): void {
  if (!hasDirectives(state.env)) return;
  for (const token of state.tokens) {
    if (token.type === "inline" && token.children) reportInlineProblems(token.children, token.map?.[0] ?? 0, state.env);
  }
}
