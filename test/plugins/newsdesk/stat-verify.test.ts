// verifyStats and requireStatSources through newsdeskMarkdown: severities, file lines, options.
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Problem } from "../../../plugins/newsdesk/errors.ts";
import { newsdeskMarkdown, type NewsdeskMarkdownOptions } from "../../../plugins/newsdesk/markdown.ts";
import { validateOptions } from "../../../plugins/newsdesk/options.ts";

function problemsOf(source: string, options: NewsdeskMarkdownOptions = {}, env: object = { file: "story.md" }): string[] {
  const found: Problem[] = [];
  new MarkdownIt().use(newsdeskMarkdown, { ...options, onProblem: (p: Problem) => found.push(p) }).render(source, env);
  return found.map((p) => `${p.severity} ${p.file}:${p.line}: ${p.message}`);
}

const MISS = "Agents seized\n$53.2 million.\n\n::stat[$53.4M]{label=\"seized\"}\n";

const verify = suite("verifyStats");

verify("is a warning by default", () => {
  assert.equal(problemsOf(MISS), [
    'warning story.md:4: ::stat figure 53,400,000 USD ("$53.4M") is not in the article; the body has $53.2 million (line 2)',
  ]);
});

verify("\"error\" fails; \"off\" says nothing", () => {
  assert.match(problemsOf(MISS, { verifyStats: "error" })[0], /^error story\.md:4: ::stat figure/);
  assert.equal(problemsOf(MISS, { verifyStats: "off" }), []);
});

verify("the line in the hint counts the front matter, like the problem's own line", () => {
  assert.equal(problemsOf(MISS, {}, { file: "story.md", lineOffset: 5 }), [
    'warning story.md:9: ::stat figure 53,400,000 USD ("$53.4M") is not in the article; the body has $53.2 million (line 7)',
  ]);
});

verify("a lifted pull quote's words are the story's: its figure counts", () => {
  const source = "She said :pull[we seized $53.4 million]{by=\"Jane Doe\"} last year.\n\n::stat[$53.4M]{label=\"seized\"}\n";
  assert.equal(problemsOf(source, { verifyStats: "error" }), []);
});

verify("a figure in a heading or a list of the story counts; one in code does not", () => {
  assert.equal(problemsOf("## 288 arrests\n\n- 850 kg seized\n\n::stat[288]{label=\"arrests\"}\n::stat[850 kg]{label=\"seized\"}\n", { verifyStats: "error" }), []);
  assert.equal(problemsOf("The code `288` ran.\n\n::stat[288]{label=\"arrests\"}\n", { verifyStats: "error" }), [
    'error story.md:3: ::stat figure 288 ("288") is not in the article',
  ]);
});

verify.run();

const sources = suite("requireStatSources");

sources("off by default: no source is fine", () => {
  assert.equal(problemsOf("288 people.\n\n::stat[288]{label=\"arrested\"}\n"), []);
});

sources("on: a stat without source is an error at its line, a list item is told to become a ::stat line", () => {
  const source = "288 people, 850 kg.\n\n::stat[288]{label=\"arrested\"}\n::stat[850 kg]{label=\"seized\" source=\"DEA\"}\n\n:::stats\n- **288** arrests\n:::\n";
  assert.equal(problemsOf(source, { requireStatSources: true }), [
    'error story.md:3: `::stat` figure `288` cites no source: expected `source="…"` (and `sourceUrl="…"` to link it), because `requireStatSources` is on',
    'error story.md:7: `:::stats` list item `288` cites no source, and a list item cannot carry one: expected the figure as a `::stat[288]{label="…" source="…"}` line in the group, because `requireStatSources` is on',
  ]);
});

sources.run();

const options = suite("editorial check options");

options("are validated with the other options", () => {
  assert.throws(
    () => validateOptions({ verifyStats: "loud", requireStatSources: "yes", verifyQuoteAttribution: 1 }),
    (error: Error) =>
      /`verifyStats`: got "loud", expected "off", "warn" or "error"/.test(error.message) &&
      /`requireStatSources`: got "yes", expected true or false/.test(error.message) &&
      /`verifyQuoteAttribution`: got 1, expected "off", "warn" or "error"/.test(error.message),
  );
  assert.equal([validateOptions().verifyStats, validateOptions().requireStatSources, validateOptions().verifyQuoteAttribution], ["warn", false, "off"]);
});

options.run();
