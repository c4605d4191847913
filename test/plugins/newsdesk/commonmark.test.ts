// CommonMark conformance: every example of commonmark-spec 0.31.2 renders the same with the plugin.
import { createRequire } from "node:module";
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { newsdeskMarkdown } from "../../../plugins/newsdesk/markdown.ts";
import type { Problem } from "../../../plugins/newsdesk/errors.ts";

const { tests } = createRequire(import.meta.url)("commonmark-spec") as {
  tests: { markdown: string; html: string; section: string; number: number }[];
};

const presets = [
  { name: "commonmark preset", make: () => new MarkdownIt("commonmark") },
  { name: "default preset with html, linkify and typographer", make: () => new MarkdownIt({ html: true, linkify: true, typographer: true }) },
];

for (const preset of presets) {
  const test = suite(`CommonMark spec examples, ${preset.name}`);
  const plain = preset.make();
  const problems: Problem[] = [];
  const withPlugin = preset.make().use(newsdeskMarkdown, { onProblem: (p: Problem) => problems.push(p) });

  test(`there are ${tests.length} examples (the 0.31.2 spec has 652)`, () => {
    assert.is(tests.length, 652);
  });

  for (const example of tests) {
    test(`example ${example.number} (${example.section}) renders as without the plugin`, () => {
      const markdown = example.markdown.replace(/→/g, "\t");
      problems.length = 0;
      assert.fixture(withPlugin.render(markdown), plain.render(markdown));
      assert.equal(problems, []);
    });
  }
  test.run();
}
