// A `stat`/`stats` shortcode's mistakes as problems at the template's line, for the build's list.
import { readFileSync } from "node:fs";
import type { ShortcodeProblems } from "../blocks/stat-shortcode.ts";
import { relativeFile, type Problem } from "../errors.ts";
import { locateDocument } from "../markdown.ts";
import { shortcodeCallLine } from "./shortcode-line.ts";

/**
 * `page` is the calling template's Eleventy `page` (`this.page`). A problem in `stats` content is
 * placed by finding the content's lines in the template; any other at the line of the call
 * (`hint`, the first argument as written, picks among several calls), a content line not found
 * there saying which line of the content it is; with neither, no line.
 */
export function shortcodeProblems(page: { inputPath?: unknown } | undefined, error: ShortcodeProblems, hint?: string): Problem[] {
  const inputPath = typeof page?.inputPath === "string" ? page.inputPath : undefined;
  const file = inputPath ? relativeFile(inputPath) : `<${error.shortcode} shortcode>`;
  let source = "";
  try {
    if (inputPath) source = readFileSync(inputPath, "utf8");
  } catch {
    // A virtual template: no line to name.
  }
  const where = error.shortcode === "stats" && inputPath ? locateDocument({ page, newsdeskShortcode: "stats" }, error.content) : undefined;
  const callLine = shortcodeCallLine(source, error.shortcode, hint);
  return error.problems.map((problem): Problem => {
    const contentLine = problem.line !== undefined ? where?.fileLine?.(problem.line) : undefined;
    // Content lines not found in the template: at the call, counting from the shortcode.
    const at = contentLine === undefined && problem.line !== undefined ? `line ${problem.line + 1} of its content: ` : "";
    const line = contentLine ?? callLine;
    return { file, line, message: `shortcode \`${error.shortcode}\`: ${at}${problem.message}` };
  });
}
