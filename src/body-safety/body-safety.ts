// markdown-it plugin: what every Markdown body of the site gets so nothing unsafe or cut short is published.
import type { MarkdownIt } from "markdown-it";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { site } from "../site.ts";
import type { LocateBody } from "./body-location.ts";
import { nestingLimit } from "./nesting-limit.ts";
import { rawHtml } from "./raw-html-rule.ts";

/** What the checks need. */
export interface BodySafetyOptions {
  /** Receives each problem, at its file line. */
  onProblem: (problem: Problem) => void;
  /** The body's file and line offset from markdown-it's `env`; default: an Eleventy page's (src/body-safety/body-location.ts). */
  locate?: LocateBody;
  /** Hosts an `<iframe>` may come from. Default: `site.embedHosts`. */
  embedHosts?: readonly string[];
}

/**
 * `md.use(bodySafety, { onProblem, locate })`: raw HTML checked against the allow-list and
 * written again (src/body-safety/raw-html-rule.ts), and Markdown nested deeper than markdown-it
 * reads reported rather than cut off (src/body-safety/nesting-limit.ts). Article bodies get it
 * in src/articles/article-markdown.ts, Markdown pages outside news/ in
 * src/markdown/markdown-pages-plugin.ts (README, "Security").
 */
export function bodySafety(md: MarkdownIt, options: BodySafetyOptions): void {
  md.use(rawHtml, { embedHosts: options.embedHosts ?? site.embedHosts, onProblem: options.onProblem, locate: options.locate });
  md.use(nestingLimit, { onProblem: options.onProblem, locate: options.locate });
}

/**
 * `render`, except that a body markdown-it cannot render at all (it throws a `RangeError`: a
 * paragraph of tens of thousands of directives exhausts the stack) is a problem at the body's
 * first line and renders as nothing, instead of a stack trace that stops the build.
 */
export function renderSafely(render: () => string, where: { file: string; line: number }, onProblem: (problem: Problem) => void): string {
  try {
    return render();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    onProblem({
      file: where.file,
      line: where.line,
      message: `found a body that could not be rendered (${error.message}), expected Markdown with fewer directives, links or emphasis marks inside one paragraph`,
    });
    return "";
  }
}
