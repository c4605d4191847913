// The closing-fence search reads blocks as markdown-it does (code fences, HTML blocks) and costs one pass, not one per opener.
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { newsdeskMarkdown } from "../../../plugins/newsdesk/markdown.ts";
import { directiveBlockRule } from "../../../plugins/newsdesk/directives/block-rule.ts";
import { createRegistry } from "../../../plugins/newsdesk/directives/registry.ts";
import { htmlBlockStart } from "../../../plugins/newsdesk/directives/html-block.ts";
import type { Problem } from "../../../plugins/newsdesk/errors.ts";

function render(source: string, html = true): { html: string; problems: string[] } {
  const problems: string[] = [];
  const md = new MarkdownIt({ html }).use(newsdeskMarkdown, { verifyPullQuotes: "off", onProblem: (p: Problem) => problems.push(`${p.line}: ${p.message}`) });
  return { html: md.render(source), problems };
}

const Fences = suite("containerEnd: which `:::` closes a container");

Fences("a `:::name` line inside an HTML block is HTML, not a nested opener", () => {
  const out = render(":::pullquote\nWords.\n<!--\n:::pullquote\n-->\n:::\n\nAfter.");
  assert.equal(out.problems, []);
  assert.is(out.html, '<figure class="pull-quote"><blockquote>\n<p>Words.</p>\n<!--\n:::pullquote\n-->\n</blockquote></figure>\n<p>After.</p>\n');
  const div = render(":::pullquote\nWords.\n\n<div>\n:::pullquote\n</div>\n\n:::\n");
  assert.equal(div.problems, []);
  assert.match(div.html, /<div>\n:::pullquote\n<\/div>\n<\/blockquote><\/figure>/);
});

Fences("without markdown-it's `html` option there are no HTML blocks: the same line is an opener", () => {
  assert.match(render(":::pullquote\nWords.\n<!--\n:::pullquote\n-->\n:::\n", false).problems.join("\n"), /^1: `:::pullquote` is never closed/);
});

Fences("a bare fence inside an HTML block still closes the container (markdown-it cuts the HTML there)", () => {
  const out = render(":::pullquote\nWords.\n<div>x</div>\n:::\n\nAfter.");
  assert.equal(out.problems, []);
  assert.match(out.html, /<div>x<\/div>\n<\/blockquote><\/figure>\n<p>After\.<\/p>/);
});

Fences("a backtick line whose info string holds a backtick is not a code fence", () => {
  const out = render(":::pullquote\nWords.\n``` not `a` fence\n:::\n\nAfter.");
  assert.equal(out.problems, []);
  assert.match(out.html, /<\/blockquote><\/figure>\n<p>After\.<\/p>/);
});

Fences("a fence inside a real code block is code; one after it closes", () => {
  const out = render(":::pullquote\n~~~ `ok` here\n:::\n~~~\nWords.\n:::\n");
  assert.equal(out.problems, []);
  assert.match(out.html, /<pre><code class="language-`ok`">:::\n<\/code><\/pre>\n<p>Words\.<\/p>/);
});

Fences("same-length containers nest; a longer outer fence holds a shorter inner one; a shorter fence closes the container below a longer one", () => {
  assert.equal(render(":::pullquote\n:::pullquote\nIn.\n:::\n:::\n").problems, ["1: `:::pullquote` is empty: expected the quoted words on the lines between `:::pullquote` and `:::`"]);
  assert.equal(render("::::pullquote\n:::pullquote\nIn.\n:::\n::::\n").problems.length, 1);
  const out = render(":::pullquote\n::::pullquote\nIn.\n:::\n");
  assert.match(out.problems.join("\n"), /^2: `::::pullquote` is never closed/);
});

Fences.run();

const Cost = suite("containerEnd: cost");

Cost("4,000 unclosed openers are read in one pass, not one per opener (counted, not timed)", () => {
  const registry = createRegistry([{ directives: [{ name: "pullquote", kind: "container", token: "pull_quote", attributes: {} }] }]);
  let lookups = 0;
  const counting = { ...registry, get: (...args: Parameters<typeof registry.get>) => (lookups++, registry.get(...args)) };
  const md = new MarkdownIt();
  md.block.ruler.before("fence", "newsdesk_directive", directiveBlockRule(counting), { alt: ["paragraph", "reference", "blockquote", "list"] });
  const openers = 4000;
  md.parse(":::pullquote\nWords.\n\n".repeat(openers), {});
  // Each opener line is looked up a few times (the rule's own check, once in the pass); a search
  // per opener would look up every later opener again: about openers² / 2 = 8,000,000.
  assert.ok(lookups < openers * 10, `${lookups} registry look-ups for ${openers} openers`);
  lookups = 0;
  md.parse(":::pullqoute\nWords.\n\n".repeat(openers) + ":::\n", {});
  assert.ok(lookups < openers * 10, `${lookups} look-ups for ${openers} misspelt openers`);
});

Cost.run();

const Html = suite("htmlBlockStart");

Html("knows markdown-it's seven kinds; a lone tag cannot interrupt a paragraph", () => {
  assert.is(htmlBlockStart("<script>", false), 1);
  assert.is(htmlBlockStart("<!-- x", false), 2);
  assert.is(htmlBlockStart("<div class=x>", false), 6);
  assert.is(htmlBlockStart("<span>", true), 7);
  assert.is(htmlBlockStart("<span>", false), 0);
  assert.is(htmlBlockStart("<span>text", true), 0);
});

Html.run();
