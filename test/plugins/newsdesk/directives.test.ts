// Units of the directive layer: attribute lists, suggestions, validation against a spec, registry.
import MarkdownIt from "markdown-it";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseAttributes } from "../../../plugins/newsdesk/directives/attributes.ts";
import { createRegistry, type DirectiveSpec } from "../../../plugins/newsdesk/directives/registry.ts";
import { editDistance, nearest } from "../../../plugins/newsdesk/directives/suggest.ts";
import { validateDirective } from "../../../plugins/newsdesk/directives/validate.ts";

const decode = new MarkdownIt().utils.unescapeAll;
const parse = (text: string, multiline = false) => parseAttributes(text, 0, text.length, multiline, decode);

const attributes = suite("parseAttributes");

attributes("reads every form: double, single, unquoted, #id, .class, bare key", () => {
  const result = parse(`{a="1 2" b='3' c=4 #main .x .y d}`);
  assert.equal(result, { ok: true, attributes: { a: "1 2", b: "3", c: "4", id: "main", class: "x y", d: "" }, end: 33, spaced: [] });
});

attributes("decodes entities and backslash escapes; later keys win", () => {
  const result = parse(`{a="&amp; \\"q\\"" a=2 b="&lt;"}`);
  assert.ok(result.ok);
  if (result.ok) assert.equal(result.attributes, { a: "2", b: "<" });
  const quoted = parse(`{a="&amp; \\"q\\""}`);
  if (quoted.ok) assert.is(quoted.attributes.a, '& "q"');
});

attributes("allows spaces around = and stops at the closing brace", () => {
  const result = parse(`{ by = "Jane" }rest`);
  assert.equal(result, { ok: true, attributes: { by: "Jane" }, end: 15, spaced: [] });
});

attributes("a line break ends a block attribute list, not an inline one", () => {
  assert.is(parse(`{by="a\nb"}`).ok, false);
  assert.equal(parse(`{by="a\nb"}`, true), { ok: true, attributes: { by: "a\nb" }, end: 10, spaced: [] });
});

attributes("glued shortcuts are separate attributes, as in micromark-extension-directive: `{.wide.dark}`, `{#key.wide}`, `{open#key}`", () => {
  assert.equal(parse(`{.wide.dark}`), { ok: true, attributes: { class: "wide dark" }, end: 12, spaced: [] });
  assert.equal(parse(`{#key.wide}`), { ok: true, attributes: { id: "key", class: "wide" }, end: 11, spaced: [] });
  assert.equal(parse(`{open#key}`), { ok: true, attributes: { open: "", id: "key" }, end: 10, spaced: [] });
  assert.equal(parse(`{#a#b}`), { ok: true, attributes: { id: "b" }, end: 6, spaced: [] }, "the last id wins");
});

attributes("classes add up from `.x` and `class=\"…\"` in either order", () => {
  const one = parse(`{.y class="x"}`);
  const two = parse(`{class="x" .y}`);
  assert.ok(one.ok && two.ok);
  if (one.ok) assert.is(one.attributes.class, "y x");
  if (two.ok) assert.is(two.attributes.class, "x y");
  const bare = parse(`{.x class}`);
  if (bare.ok) assert.is(bare.attributes.class, "x", "a bare `class` adds nothing");
});

attributes("notes an unquoted value followed by bare names (`by=Jane Doe`)", () => {
  const result = parse(`{by=Jane Doe role=AG}`);
  assert.ok(result.ok);
  if (result.ok) {
    assert.equal(result.attributes, { by: "Jane", Doe: "", role: "AG" });
    assert.equal(result.spaced, [{ key: "by", value: "Jane", words: ["Doe"] }]);
  }
});

attributes("reports what was found and what was expected", () => {
  const cases: [string, RegExp][] = [
    [`{by="x"`, /unterminated attribute list: found the end of the line, expected `}`/],
    [`{by="x}`, /unterminated attribute value for `by`: .* expected a closing `"`/],
    [`{by='x}`, /expected a closing `'`/],
    [`{"x"}`, /malformed attribute list: found `"x"}`, expected `key="value"`/],
    [`{by=}`, /found `}` after `by=`, expected a value such as `by="…"`/],
    [`{a="1"b="2"}`, /found `b="2"}`, expected white space or `}`/],
    [`{. x}`, /expected a name after `.`/],
    [`{.wide"x"}`, /expected white space or `}`/],
    [`{a="1".x}`, /found `.x}`, expected white space or `}`/],
  ];
  for (const [input, message] of cases) {
    const result = parse(input);
    assert.is(result.ok, false, input);
    if (!result.ok) assert.match(result.message, message, input);
  }
});

attributes.run();

const suggestions = suite("suggestions");

suggestions("counts a swap of two letters as one edit", () => {
  assert.is(editDistance("pullqoute", "pullquote"), 1);
  assert.is(editDistance("", "abc"), 3);
  assert.is(editDistance("kitten", "sitting"), 3);
});

suggestions("offers the nearest name only when it is close", () => {
  assert.is(nearest("pullqoute", ["pullquote", "stat", "stats"]), "pullquote");
  assert.is(nearest("stas", ["pullquote", "stat", "stats"]), "stat");
  assert.is(nearest("chart", ["pullquote", "stat", "stats"]), undefined);
});

suggestions.run();

const validation = suite("validateDirective");

const spec: DirectiveSpec = {
  name: "figure",
  kind: "leaf",
  token: "figure_test",
  label: "required",
  attributes: {
    label: { required: true },
    value: { validate: (v) => /^\d+$/.test(v), expected: "a whole number such as `42`" },
  },
  check: (d) => (d.attributes.value === "0" ? ["`::figure`: zero is not news"] : []),
};

validation("reports a missing label, missing and unknown attributes, invalid values, then check()", () => {
  const messages = validateDirective(spec, { name: "figure", kind: "leaf", attributes: { valeu: "1", value: "x" }, line: 0 });
  assert.equal(messages, [
    "`::figure`: missing label: expected `::figure[…]`",
    "`::figure`: unknown attribute `valeu`, expected one of `label`, `value`; did you mean `value`?",
    "`::figure`: attribute `value` is `x`, expected a whole number such as `42`",
    "`::figure`: missing required attribute `label`: expected `{label=\"…\"}`",
  ]);
  const checked = validateDirective(spec, { name: "figure", kind: "leaf", label: "1", attributes: { label: "l", value: "0" }, line: 0 });
  assert.equal(checked, ["`::figure`: zero is not news"]);
});

validation("`label=Jane Doe` says to quote a value with spaces (not `unknown attribute Doe`), and keeps the value whole", () => {
  const directive = { name: "figure", kind: "leaf" as const, label: "1", attributes: { label: "Jane", Doe: "" }, line: 0, spaced: [{ key: "label", value: "Jane", words: ["Doe"] }] };
  assert.equal(validateDirective(spec, directive), ["`::figure`: `label=Jane Doe`: quote values with spaces: expected `label=\"Jane Doe\"`"]);
  assert.equal(directive.attributes, { label: "Jane Doe" });
});

validation("a valid directive has no problems", () => {
  assert.equal(validateDirective(spec, { name: "figure", kind: "leaf", label: "9", attributes: { label: "x", value: "9" }, line: 0 }), []);
});

validation.run();

const registry = suite("createRegistry");

registry("looks names up by kind and lists them as written", () => {
  const r = createRegistry([{ directives: [spec, { ...spec, name: "figs", kind: "container", token: "figs" }] }]);
  assert.is(r.get("leaf", "figure"), spec);
  assert.is(r.get("container", "figure"), undefined);
  assert.equal(r.written(), ["::figure", ":::figs"]);
});

registry("refuses a name registered twice for one kind", () => {
  assert.throws(() => createRegistry([{ directives: [spec] }, { directives: [spec] }]), /`?::figure`? registered twice/);
});

registry.run();
