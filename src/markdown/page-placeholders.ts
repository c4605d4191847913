// markdown-it plugin: a Markdown page outside news/ (about, masthead, contact…) that still has a
// `TODO:` line from `npm run new -- --page` is refused by a production build, each line a problem.
import type { MarkdownIt, StateCore } from "markdown-it";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { bodyPlaceholderLines } from "../front-matter/placeholders.ts";
import { locateEleventyPage, type LocateBody } from "../body-safety/body-location.ts";

/** What the rule needs. */
export interface PagePlaceholderOptions {
  /** Receives each `TODO:` line, at its file line. */
  onProblem: (problem: Problem) => void;
  /** The body's file and line offset from markdown-it's `env`; default: an Eleventy page's. */
  locate?: LocateBody;
}

/** The message of each line: the same finding and fix as an article's (src/articles/load-article.ts), without drafts, which pages do not have. */
export const PAGE_PLACEHOLDER = "found a `TODO:` placeholder left from `npm run new`, expected the text written (or the line removed) before the page is published";

/**
 * `md.use(pagePlaceholders, options)`: when a page's body is parsed, every line that starts with
 * `TODO:` outside fenced code (src/front-matter/placeholders.ts) is reported at its file line.
 * The page still renders, so the build's one report lists it with every other problem. Markdown
 * that is not an Eleventy page (no `page.inputPath` in its `env`) is not checked.
 */
export function pagePlaceholders(md: MarkdownIt, options: PagePlaceholderOptions): void {
  const locate = options.locate ?? locateEleventyPage;
  md.core.ruler.push("newsdesk_page_placeholders", (state: StateCore) => {
    const lines = bodyPlaceholderLines(state.src);
    if (!lines.length) return;
    const where = locate(state.env);
    if (!where) return;
    for (const line of lines) options.onProblem({ file: where.file, line: line + where.lineOffset, message: PAGE_PLACEHOLDER });
  });
}
