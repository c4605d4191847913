// Property tests: random text full of colons, brackets and braces never breaks the plugin.
import fc from "fast-check";
import "../../helpers/property-seed.ts";
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { newsdeskMarkdown } from "../../../plugins/newsdesk/markdown.ts";
import { ContentError, type Problem } from "../../../plugins/newsdesk/errors.ts";

// Payload words (x/z/digits) are the author's text; the rest is syntax, real or nearly so.
const PIECES = [
  "xz", "zzx", "x1", "zx9", "xx", " ", " ", "\n", "\n", "\n\n", ":", ":", "::", ":::", "::::", "[", "]", "{", "}",
  "=", '"', "'", "#", ".", "*", "`", "> ", "- ", "    ", "\\", "&amp;", "<b>",
  ":::pullquote", ":::pullqoute", "::stat", ":pull[", ":pull", "{by=", "{by=\"", " role=", "https://x.y/",
  "3:17", "10:1", "::1",
];
const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(""));
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);

/** Every `<tag>` closed in order, every `</tag>` opened: the output is well-formed. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

function words(text: string): string[] {
  return text.match(/[xz0-9]*[xz][xz0-9]*/g) ?? [];
}

/**
 * A line whose block content starts with `::`, after any blockquote or list markers (`> ::stat …`,
 * `- ::stat …`): a leaf directive, whose words are the directive's, not text.
 */
const DIRECTIVE_LINE = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))*\s*::/;

/** Payload words outside `{…}` and not on a directive line: text the author meant as text. */
function plainWords(markdown: string): Set<string> {
  const kept = markdown
    .split("\n")
    .filter((line) => !DIRECTIVE_LINE.test(line))
    .join("\n")
    .replace(/\{[^}\n]*\}?/g, " ");
  return new Set(words(kept));
}

const test = suite("directives on random text");
const plain = new MarkdownIt();

test("never throws anything but a ContentError", () => {
  const md = new MarkdownIt().use(newsdeskMarkdown);
  fc.assert(
    fc.property(documents, (doc) => {
      try {
        md.render(doc);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
      }
    }),
    { numRuns: RUNS },
  );
});

test("never loses text and always returns well-formed HTML", () => {
  let problems: Problem[] = [];
  const md = new MarkdownIt().use(newsdeskMarkdown, { onProblem: (p: Problem) => problems.push(p) });
  fc.assert(
    fc.property(documents, (doc) => {
      problems = [];
      const html = md.render(doc);
      assert.ok(balanced(html), `unbalanced HTML:\n${html}`);
      const inPlain = new Set(words(plain.render(doc)));
      // Without problems every word survives; with them, every word the author wrote as text.
      const expected = problems.some((p) => p.severity !== "warning") ? plainWords(doc) : inPlain;
      for (const word of expected) {
        // Substrings, not words: a lifted quote may glue its words to the text after it.
        if (inPlain.has(word)) assert.ok(html.includes(word), `lost ${JSON.stringify(word)} of ${JSON.stringify(doc)}:\n${html}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test("a leaf directive inside a blockquote or list item is a directive line, as in Markdown", () => {
  for (const line of ["::stat xz", "> ::stat xz", "- ::stat xz", "> - ::stat", "1. ::stat", "  >  ::stat"]) assert.ok(DIRECTIVE_LINE.test(line), line);
  for (const line of ["xz ::stat", "-::stat xz", ">x ::stat", "1.::stat"]) assert.not.ok(DIRECTIVE_LINE.test(line), line);
});

test("the balance check itself catches a crossed tag", () => {
  assert.not.ok(balanced("<p><em>x</p></em>"));
  assert.ok(balanced("<p>x<br>y</p>"));
});

test.run();
