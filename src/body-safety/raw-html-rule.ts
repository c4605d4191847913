// markdown-it plugin: raw HTML in a body is checked against the allow-list and written again; what it refuses fails the build.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { escapeHtml } from "../html.ts";
import { locateEleventyPage, type LocateBody } from "./body-location.ts";
import { cleanRawHtml } from "./clean-raw-html.ts";

/** What the rule needs. */
export interface RawHtmlOptions {
  /** Hosts an `<iframe>` may come from (site.embedHosts). */
  embedHosts: readonly string[];
  /** Receives each refused element, attribute or address, at its file line. */
  onProblem: (problem: Problem) => void;
  /** The body's file and line offset from markdown-it's `env`; default: an Eleventy page's. */
  locate?: LocateBody;
}

/**
 * `md.use(rawHtml, options)`, on a markdown-it with `html: true`. Every `html_block` and
 * `html_inline` token goes through src/body-safety/clean-raw-html.ts once, when the body is
 * parsed: allowed HTML is rendered as that module wrote it again; refused HTML is reported, each
 * problem at its file line, and rendered as visible, escaped text, so that even a page `npm
 * start` shows with the error carries nothing that runs. Pages and feeds render the same tokens.
 */
export function rawHtml(md: MarkdownIt, options: RawHtmlOptions): void {
  const locate = options.locate ?? locateEleventyPage;
  md.core.ruler.push("newsdesk_raw_html", (state: StateCore) => {
    const check = (token: Token, html: string, line: number) => {
      const cleaned = cleanRawHtml(html, options.embedHosts);
      token.meta = { ...token.meta, html: cleaned.problems.length ? escapeHtml(html) : cleaned.html };
      if (!cleaned.problems.length) return;
      const where = locate(state.env);
      for (const problem of cleaned.problems) {
        const bodyLine = line + linesBefore(html, problem.offset);
        options.onProblem({ file: where?.file ?? "", line: where ? bodyLine + where.lineOffset : undefined, message: `raw HTML: ${problem.message}` });
      }
    };
    for (const token of state.tokens) {
      if (token.type === "html_block" && token.map) check(token, token.content, token.map[0] + 1);
      if (token.type !== "inline" || !token.children || !token.map) continue;
      // Inline tokens do not know where they are: find each tag in the block's text, in order.
      let cursor = 0;
      for (const child of token.children) {
        if (child.type !== "html_inline") continue;
        const at = token.content.indexOf(child.content, cursor);
        if (at >= 0) cursor = at + child.content.length;
        check(child, child.content, token.map[0] + 1 + linesBefore(token.content, Math.max(at, 0)));
      }
    }
  });
  md.renderer.rules.html_block = (tokens, idx) => String(tokens[idx]!.meta?.html ?? escapeHtml(tokens[idx]!.content));
  md.renderer.rules.html_inline = (tokens, idx) => String(tokens[idx]!.meta?.html ?? escapeHtml(tokens[idx]!.content));
}

function linesBefore(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
