// ArticleChecks' YAML engine: where a front-matter syntax error is reported.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ArticleChecks } from "../../src/front-matter/article-checks.ts";

/** Eleventy hands the engine the text after the opening `---` (starting with that line's end). */
function yamlProblem(frontMatter: string): string {
  const checks = new ArticleChecks("America/New_York");
  checks.parseYaml(`\n${frontMatter}`, "./content/news/x.md");
  assert.ok(checks.hasYamlError("./content/news/x.md", "content/news/x.md"));
  const [problem] = checks.problems;
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

const Yaml = suite("front-matter YAML errors");

Yaml("points at the line of a mistake in the middle of the front matter", () => {
  assert.match(yamlProblem('title: "Fine"\ndate: 2023-05-02\n  dek: indented\nsummary: x\n'), /^content\/news\/x\.md:4: front matter: found invalid YAML \(bad indentation of a mapping entry\)/);
});

Yaml("points at the last line with text when the YAML ends inside a [ or a quote", () => {
  assert.match(yamlProblem('title: "Fine"\ndate: [2023-05-02\n'), /^content\/news\/x\.md:3: front matter: found invalid YAML \(unexpected end of the stream within a flow collection\)/);
  assert.match(yamlProblem('title: "Never closed\ndate: 2023-05-02\n\n'), /^content\/news\/x\.md:3: front matter: found invalid YAML \(unexpected end of the stream within a double quoted scalar\)/);
});

Yaml.run();
