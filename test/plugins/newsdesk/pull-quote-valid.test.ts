// Every pull-quote fixture's output is valid HTML (html-validate, the site's own rules).
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate } from "html-validate";
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { newsdeskMarkdown } from "../../../plugins/newsdesk/markdown.ts";
import { readFixtures } from "../../helpers/fixtures.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(root, "test/plugins/newsdesk/fixtures");
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "doctype-style": "off", "long-title": "off", "no-trailing-whitespace": "off" },
});
const md = new MarkdownIt().use(newsdeskMarkdown, { onProblem: () => {} });
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pull quotes</title></head><body><main>${body}</main></body></html>`;

const test = suite("pull quote HTML is valid");

for (const file of ["pull-quote.txt", "directives-errors.txt"]) {
  for (const fixture of readFixtures(path.join(fixtures, file))) {
    test(`${file} line ${fixture.line}: ${fixture.header}`, async () => {
      const report = await validator.validateString(page(md.render(fixture.input)));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      assert.equal(messages, []);
    });
  }
}

test("the validator does catch a figure between table cells", async () => {
  const report = await validator.validateString(page("<table><tr><td>a</td><figure>x</figure></tr></table>"));
  assert.is(report.valid, false);
});

test.run();
