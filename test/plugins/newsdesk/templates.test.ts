// Template engines before Markdown: lines mapped back to the file, `{#id}` under Nunjucks, shortcode lines, shortcode quotes hidden.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lineMap } from "../../../plugins/newsdesk/templates/line-map.ts";
import { spaceDirectiveIds } from "../../../plugins/newsdesk/templates/nunjucks-ids.ts";
import { shortcodeCallLine } from "../../../plugins/newsdesk/templates/shortcode-line.ts";
import { checkShortcodeQuotes, htmlText } from "../../../plugins/newsdesk/blocks/pull-quote-page-check.ts";

const hideCopiedShortcodeQuotes = (html: string) => checkShortcodeQuotes(html).html;
import { validateOptions } from "../../../plugins/newsdesk/options.ts";
import { ShortcodeProblems } from "../../../plugins/newsdesk/blocks/stat-shortcode.ts";
import { shortcodeProblems } from "../../../plugins/newsdesk/templates/shortcode-problems.ts";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const Lines = suite("lineMap: a template's output lines back to the lines written");

Lines("is the identity when the template changed nothing", () => {
  const map = lineMap("a\nb\nc", "a\nb\nc");
  assert.equal([0, 1, 2].map(map), [0, 1, 2]);
});

Lines("a removed three-line comment and an {% if %} above a line no longer shift it", () => {
  const written = "{#\n  note\n#}\n{% if x %}\nIntro.\n{% endif %}\n\n:::pullqoute\nWords.\n:::\n";
  const rendered = "\n\nIntro.\n\n\n:::pullqoute\nWords.\n:::\n";
  const map = lineMap(written, rendered);
  assert.is(map(5), 7, "the directive line");
  assert.is(map(2), 4, "the paragraph kept inside the if");
});

Lines("a line the template filled in is placed after the nearest unchanged line above it", () => {
  const map = lineMap("# T\n{# x #}\n\nBy {{ author }}\n\n::stat[x]", "# T\n\n\nBy Jane\n\n::stat[x]");
  assert.is(map(3), 3);
  assert.is(map(5), 5);
});

Lines("a snippet (a shortcode's content) is found in its file, indentation aside; an unknown snippet has no line", () => {
  const file = "---\ntitle: T\n---\n<p>Hi</p>\n{% pullquote %}\n  Words.\n\n  ::pullquote\n{% endpullquote %}\n";
  const map = lineMap(file, "Words.\n\n::pullquote");
  assert.is(map(2), 7);
  assert.is(lineMap("a\nb", "x\ny")(1), undefined);
  assert.is(lineMap("Intro.\n\nOutro.", "Made up.\n\n::pullquote")(2), undefined, "a blank line alone ties nothing");
  assert.is(lineMap("a", "a\nb")(5), undefined, "a line past the end");
});

Lines("stays linear-ish on a large document with a few changed lines", () => {
  const written = Array.from({ length: 3000 }, (_, i) => `line ${i}`);
  const rendered = [...written];
  rendered.splice(10, 3, "");
  rendered.splice(2000, 0, "inserted");
  const map = lineMap(written.join("\n"), rendered.join("\n"));
  assert.is(map(rendered.indexOf("line 2500")), 2500);
  assert.is(map(rendered.indexOf("line 11") < 0 ? rendered.indexOf("line 13") : 0), 13);
});

Lines.run();

const Ids = suite("spaceDirectiveIds: `{#id}` where Nunjucks reads first");

Ids("writes a directive's `{#` as `{ #` (the same attributes), on every kind of directive", () => {
  assert.is(spaceDirectiveIds(":::pullquote{#key by=x}\n:pull[a [b] c]{#k}\n::stat[3]{#top .wide}"), ":::pullquote{ #key by=x}\n:pull[a [b] c]{ #k}\n::stat[3]{ #top .wide}");
});

Ids("leaves Nunjucks comments, escaped directives and text alone, and keeps every line", () => {
  const text = "{# a comment #}\n{#\n  long\n#}\nfoo:bar{#x #}\n\\:::pullquote{#x}";
  assert.is(spaceDirectiveIds(text), text);
  assert.is(spaceDirectiveIds("plain"), "plain");
});

Ids.run();

const Calls = suite("shortcodeCallLine: where a template calls a shortcode");

Calls("finds the one call in Nunjucks, Liquid or 11ty.js, and picks among several by the first argument", () => {
  assert.is(shortcodeCallLine("a\n{% stat \"4\", \"x\" %}\n", "stat"), 2);
  assert.is(shortcodeCallLine("a\n\n{%- stat 5 -%}", "stat"), 3);
  assert.is(shortcodeCallLine("return this.stat({ value: 1 })", "stat"), 1);
  assert.is(shortcodeCallLine("{% stat \"4\" %}\n{% stat \"many\" %}", "stat", "many"), 2);
  assert.is(shortcodeCallLine("{% stat \"4\" %}\n{% stat \"4\" %}", "stat", "4"), undefined, "two alike: no guess");
  assert.is(shortcodeCallLine("{% stats \"T\" %}", "stat"), undefined, "`stats` is not `stat`");
});

Calls("shortcodeProblems: at the content's line when found, else at the call saying which content line, else without a line", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-calls-"));
  const file = path.join(dir, "page.njk");
  fs.writeFileSync(file, "---\ntitle: T\n---\n<p>x</p>\n{% stats \"T\" %}\n- **3** ferries\n- two pontoons\n{% endstats %}\n{% stats \"U\" %}{{ made }}{% endstats %}\n{% stat \"many\" %}\n");
  try {
    const page = { inputPath: file };
    const found = shortcodeProblems(page, new ShortcodeProblems("stats", [{ message: "bad item", line: 1 }], "- **3** ferries\n- two pontoons"));
    assert.equal(found.map((p) => [p.line, p.message]), [[7, "shortcode `stats`: bad item"]]);
    const made = shortcodeProblems(page, new ShortcodeProblems("stats", [{ message: "bad item", line: 1 }], "- **1** made\n- up"));
    assert.equal(made.map((p) => [p.line, p.message]), [[undefined, "shortcode `stats`: line 2 of its content: bad item"]], "two `stats` calls: no call line either");
    const stat = shortcodeProblems(page, new ShortcodeProblems("stat", [{ message: "no number" }]), "many");
    assert.equal(stat.map((p) => [p.line, p.message]), [[10, "shortcode `stat`: no number"]]);
    assert.match(stat[0].file, /page\.njk$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Calls.run();

const Page = suite("checkShortcodeQuotes: shortcode pull quotes checked against the finished page");

const figure = (words: string) => `<figure class="pull-quote"><!--newsdesk:pullquote--><blockquote>\n<p>${words}</p>\n</blockquote><figcaption>Ada</figcaption></figure>`;

Page("hides a quote whose words are elsewhere on the page, unwrapping its links, and always drops the marker", () => {
  const page = `<html><body><p>She said the wind &amp; the tide turned twice, and left.</p>${figure('The <a href="/x">wind &amp; the tide</a> turned twice.')}</body></html>`;
  const out = hideCopiedShortcodeQuotes(page);
  assert.match(out, /<figure class="pull-quote" aria-hidden="true"><blockquote>\n<p>The wind &amp; the tide turned twice\.<\/p>/);
  assert.not.match(out, /newsdesk:pullquote|<a /);
});

Page("leaves a quote that is only in the figure exposed", () => {
  const out = hideCopiedShortcodeQuotes(`<body><p>Other words.</p>${figure("News travels faster than the ferry.")}</body>`);
  assert.match(out, /<figure class="pull-quote"><blockquote>/);
  assert.not.match(out, /aria-hidden|newsdesk:pullquote/);
});

Page("a page without shortcode quotes comes back as it was; text drops tags and decodes references", () => {
  const page = "<p>x</p>";
  assert.is(hideCopiedShortcodeQuotes(page), page);
  assert.is(htmlText("<p>a&#39;b &quot;c&quot;</p><script>x</script>").trim(), "a'b \"c\"");
});

Page.run();

const Options = suite("validateOptions: a misspelt option");

Options("suggests the option meant", () => {
  assert.throws(() => validateOptions({ timezone: "UTC" }), /unknown option `timezone`; known options: .*; did you mean `timeZone`\?/);
  assert.throws(() => validateOptions({ visuallyHiddenClass: "x" }), /unknown option `visuallyHiddenClass`/);
});

Options.run();
