// Random stat directives: the plugin reports problems but never throws, and never prints NaN or an empty figure.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import "../../helpers/property-seed.ts";
import MarkdownIt from "markdown-it";
import { newsdeskMarkdown } from "../../../plugins/newsdesk/markdown.ts";

const Property = suite("stat directives on random input");

const figure = fc.oneof(fc.constantFrom("288", "1,200", "$53.4 million", "64%", "850 kg", "", "NaN", "Infinity", "1e999", "about 3", "-0"), fc.string({ maxLength: 6 }));
const attribute = fc.oneof(
  fc.constantFrom('label="people"', 'label=""', "value=5", "value=NaN", "value=1e400", "value=-0", "currency=USD", "currency=xx",
    "unit=kilogram", "style=percent", "notation=compact", "maximumFractionDigits=200", 'source="S"', 'sourceUrl="/x"', "#id", ".c"),
  fc.string({ maxLength: 6 }).map((s) => `label="${s.replace(/["\\]/g, "")}"`),
);
const line = fc.tuple(fc.boolean(), figure, fc.array(attribute, { maxLength: 4 }))
  .map(([bracket, text, attributes]) => `::stat${bracket ? `[${text.replace(/[\][\n\\]/g, "")}]` : ""}{${attributes.join(" ")}}`);
const item = fc.tuple(figure, fc.string({ maxLength: 8 })).map(([text, label]) => `- **${text.replace(/[*\n\\]/g, "")}** ${label.replace(/\n/g, " ")}`);
const document = fc.oneof(
  fc.array(line, { maxLength: 4 }).map((lines) => lines.join("\n")),
  fc.array(fc.oneof(line, item), { maxLength: 4 }).map((lines) => `:::stats{title="T"}\n${lines.join("\n")}\n:::`),
);

Property("never throws, never shows NaN, Infinity or an empty figure", () => {
  const md = new MarkdownIt().use(newsdeskMarkdown, { onProblem: () => {} });
  fc.assert(fc.property(document, (source) => {
    const html = md.render(source, {});
    for (const match of html.matchAll(/<data class="stat__value" value="([^"]*)">([^<]*)<\/data>/g)) {
      const [, value, text] = match;
      if (!Number.isFinite(Number(value)) || value === "" || !text.trim() || /NaN|Infinity/.test(text)) return false;
    }
    return true;
  }), { numRuns: 1500 });
});

Property("a document without stats costs the stats block one substring search", () => {
  const md = new MarkdownIt().use(newsdeskMarkdown, { onProblem: () => {} });
  const calls: string[] = [];
  const rule = md.core.ruler.getRules("").find((r) => r.name === "statsGroup");
  assert.ok(rule, "the stats_group core rule is registered");
  const plain = "# Title\n\nA paragraph with 3:1 odds and 9:30 a.m.\n";
  const state = { src: plain, tokens: new Proxy([], { get: (t, k) => (calls.push(String(k)), Reflect.get(t, k)) }) };
  (rule as unknown as (s: unknown) => void)(state);
  assert.equal(calls, [], "the token list was not even looked at");
});

Property.run();
