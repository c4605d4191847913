// Fixture cases for raw HTML in article bodies: what the allow-list lets through (written again), and each refusal at its line.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { articleMarkdown } from "../../src/articles/article-markdown.ts";
import { runFixtures } from "../helpers/fixtures.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

/**
 * Renders a fixture's Markdown as an article body (file `content/news/x.md`, two lines of front
 * matter before it), then lists each problem as `line N: message`. `www.youtube-nocookie.com` is
 * the one trusted embed host.
 */
function renderer(): (input: string) => string {
  let problems: Problem[] = [];
  const render = articleMarkdown({
    plugin: { locale: "en-US", timeZone: "America/New_York" },
    onProblem: (problem) => problems.push(problem),
    images: () => undefined,
    embedHosts: ["www.youtube-nocookie.com"],
  });
  return (input) => {
    problems = [];
    const html = render({ body: input, inputPath: "./content/news/x.md", file: "content/news/x.md", url: "/news/x/", bodyOffset: 2 });
    return [html.trimEnd(), ...problems.map((p) => `line ${p.line}: ${p.message}`)].join("\n");
  };
}

runFixtures(path.join(dir, "raw-html.txt"), renderer());
