// Fixture cases for directives and pull quotes: rendered HTML plus every problem with its line.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { newsdeskMarkdown, type NewsdeskMarkdownOptions } from "../../../plugins/newsdesk/markdown.ts";
import type { Problem } from "../../../plugins/newsdesk/errors.ts";
import { runFixtures } from "../../helpers/fixtures.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

/** Renders with the plugin; the problems follow the HTML as `severity line N: message`. */
function renderer(options: NewsdeskMarkdownOptions = {}) {
  let problems: Problem[] = [];
  const md = new MarkdownIt().use(newsdeskMarkdown, { ...options, onProblem: (p: Problem) => problems.push(p) });
  return (input: string): string => {
    problems = [];
    const html = md.render(input, {});
    const lines = problems.map((p) => `${p.severity ?? "error"} line ${p.line}: ${p.message}`);
    return [html.trimEnd(), ...lines].join("\n");
  };
}

runFixtures(path.join(dir, "pull-quote.txt"), renderer());
runFixtures(path.join(dir, "directives-text.txt"), renderer());
runFixtures(path.join(dir, "directives-errors.txt"), renderer());
runFixtures(path.join(dir, "pull-quote-verify.txt"), renderer({ verifyPullQuotes: "error" }));
