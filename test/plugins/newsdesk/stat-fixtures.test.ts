// Fixture cases for stat callouts: rendered HTML plus every problem with its line, in four locales.
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

runFixtures(path.join(dir, "stat.txt"), renderer());
runFixtures(path.join(dir, "stat-errors.txt"), renderer());
runFixtures(path.join(dir, "stat-locales.txt"), renderer({ locale: "de-DE" }));
runFixtures(path.join(dir, "stat-locales-fr.txt"), renderer({ locale: "fr-FR" }));
runFixtures(path.join(dir, "stat-options.txt"), renderer({
  statClass: "nd-stat", statsClass: "nd-stats", visuallyHiddenClass: "sr-only", statSourceLabel: "Quelle:",
}));
