// newsdeskMarkdown as a plain markdown-it plugin: options, where problems go, renderer overrides.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pullQuoteShortcode } from "../../../plugins/newsdesk/blocks/pull-quote-shortcode.ts";
import { ContentError, type Problem } from "../../../plugins/newsdesk/errors.ts";
import { newsdeskMarkdown } from "../../../plugins/newsdesk/markdown.ts";
import { validateOptions } from "../../../plugins/newsdesk/options.ts";

const BROKEN = "Words.\n\n:::pullqoute\nWords.\n:::\n\n:::pullquote{roll=x}\nWords.\n:::\n";

const problems = suite("newsdeskMarkdown: problems");

problems("without onProblem, render throws one ContentError with every error, located by env", () => {
  const md = new MarkdownIt().use(newsdeskMarkdown);
  try {
    md.render(BROKEN, { file: "stories/a.md", lineOffset: 4 });
    assert.unreachable("should have thrown");
  } catch (error) {
    assert.instance(error, ContentError);
    const lines = (error as ContentError).problems.map((p) => `${p.file}:${p.line}`);
    assert.equal(lines, ["stories/a.md:7", "stories/a.md:11"]);
    assert.match((error as Error).message, /stories\/a\.md:7: unknown directive `:::pullqoute`/);
  }
});

problems("Eleventy's env.page.inputPath: the file's front matter is counted", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-md-"));
  const file = path.join(dir, "story.md");
  fs.writeFileSync(file, `---\ntitle: A\ndate: 2024-01-02\n---\n${BROKEN}`);
  const found: Problem[] = [];
  const md = new MarkdownIt().use(newsdeskMarkdown, { onProblem: (p: Problem) => found.push(p) });
  md.render(BROKEN, { page: { inputPath: file } });
  assert.equal(found.map((p) => p.line), [7, 11]);
  assert.ok(found[0].file.endsWith("story.md"));
});

problems("warnings are printed, not thrown; verifyPullQuotes off reports nothing", () => {
  const source = "Body.\n\n:::pullquote\nNot in the body.\n:::\n";
  const warn = console.warn;
  const printed: string[] = [];
  console.warn = (text: string) => printed.push(text);
  try {
    new MarkdownIt().use(newsdeskMarkdown).render(source, { file: "w.md" });
    assert.equal(printed.length, 1);
    assert.match(printed[0], /^w\.md:3: warning: `:::pullquote` quotes "Not in the body\."/);
    const found: Problem[] = [];
    new MarkdownIt().use(newsdeskMarkdown, { verifyPullQuotes: "off", onProblem: (p: Problem) => found.push(p) }).render(source);
    assert.equal(found, []);
  } finally {
    console.warn = warn;
  }
});

problems("renderInline resolves inline problems too and never prints a problem token", () => {
  const found: Problem[] = [];
  const md = new MarkdownIt().use(newsdeskMarkdown, { onProblem: (p: Problem) => found.push(p) });
  assert.is(md.renderInline("a :pull[b]{who=c}"), "a b");
  assert.equal(found.map((p) => p.line), [1]);
});

problems.run();

const options = suite("newsdeskMarkdown: options");

options("are validated at once, naming every wrong one", () => {
  assert.throws(
    () => new MarkdownIt().use(newsdeskMarkdown, { verifyPullQuotes: "loud", pullQuoteClass: "a b", renderers: { x: 1 } } as never),
    (error: Error) =>
      /`pullQuoteClass`: got "a b"/.test(error.message) &&
      /`verifyPullQuotes`: got "loud", expected "off", "warn" or "error"/.test(error.message) &&
      /`renderers.x`: got 1/.test(error.message),
  );
});

options("names an unknown option, a bad locale, renderers and statSourceLabel under one heading", () => {
  const bad = { locale: "xx-!!", statSourceLabel: 3, renderers: [], pullQuoteClas: "q" };
  assert.throws(
    () => validateOptions(bad),
    (error: Error) => {
      const lines = error.message.split("\n");
      return lines[0] === "eleventy-plugin-newsdesk: invalid options:" &&
        lines.some((l) => /^- unknown option `pullQuoteClas`; known options: `locale`, .*`pullQuoteClass`/.test(l)) &&
        lines.includes('- `locale`: got "xx-!!", expected a BCP 47 locale such as "en-US"') &&
        lines.includes('- `renderers`: got [], expected an object of markdown-it render functions by token type') &&
        lines.includes('- `statSourceLabel`: got 3, expected words such as "Source:", or ""');
    },
  );
  assert.throws(() => validateOptions({ renderers: { stat_open: "x" } }), /- `renderers.stat_open`: got "x", expected a markdown-it render function$/);
});

options("refuses options that are not an object", () => {
  for (const given of [null, "en-US", ["locale"]]) {
    assert.throws(() => validateOptions(given), (error: Error) =>
      error instanceof TypeError && error.message === `eleventy-plugin-newsdesk: options must be an object, got ${JSON.stringify(given)}`);
  }
});

options("pullQuoteClass names the figure; renderers replace a token's rule", () => {
  const md = new MarkdownIt().use(newsdeskMarkdown, {
    pullQuoteClass: "quote",
    renderers: { pull_quote_close: () => "</blockquote></aside>\n" },
  });
  const html = md.render("Words.\n\n:::pullquote{by=Doe}\nWords.\n:::\n");
  assert.match(html, /<figure class="quote" aria-hidden="true"><blockquote>/);
  assert.match(html, /<\/blockquote><\/aside>/);
  assert.not.match(html, /figcaption/);
});

options.run();

const shortcode = suite("pullquote shortcode");
const md = new MarkdownIt();
const pullquote = pullQuoteShortcode({ render: (text) => md.render(text), escape: md.utils.escapeHtml, className: "pull-quote" });

shortcode("renders indented content as Markdown, escapes by and role", () => {
  assert.is(
    pullquote("\n    We *will*\n    find them.\n  ", "<Jane>", "A & B"),
    '<figure class="pull-quote"><blockquote>\n<p>We <em>will</em>\nfind them.</p>\n</blockquote><figcaption>&lt;Jane&gt;, A &amp; B</figcaption></figure>\n',
  );
});

shortcode("takes Nunjucks keyword arguments and works without attribution", () => {
  assert.match(pullquote("x", { by: "Doe", role: "AG", __keywords: true }), /<figcaption>Doe, AG<\/figcaption>/);
  assert.is(pullquote("x"), '<figure class="pull-quote"><blockquote>\n<p>x</p>\n</blockquote></figure>\n');
});

shortcode.run();
