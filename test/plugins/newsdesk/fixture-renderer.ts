// The renderer the plugin's fixture files are checked against: HTML, then every problem with its line.
import MarkdownIt from "markdown-it";
import { newsdeskMarkdown, type NewsdeskMarkdownOptions } from "../../../plugins/newsdesk/markdown.ts";
import type { Problem } from "../../../plugins/newsdesk/errors.ts";

/** Renders with the plugin; the problems follow the HTML as `severity line N: message`. */
export function fixtureRenderer(options: NewsdeskMarkdownOptions = {}): (input: string) => string {
  let problems: Problem[] = [];
  const md = new MarkdownIt().use(newsdeskMarkdown, { ...options, onProblem: (p: Problem) => problems.push(p) });
  return (input: string): string => {
    problems = [];
    const html = md.render(input, {});
    const lines = problems.map((p) => `${p.severity ?? "error"} line ${p.line}: ${p.message}`);
    return [html.trimEnd(), ...lines].join("\n");
  };
}
