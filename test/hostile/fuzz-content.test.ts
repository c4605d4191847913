// Fuzzed front matter and file names: whatever an author writes, a problem at a file line or an article with a sane URL, never a throw.
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { propertySeed } from "../helpers/property-seed.ts";
import { loadArticle, type ArticleFile } from "../../src/articles/load-article.ts";
import { buildSite, errorText } from "../helpers/build-site.ts";

const ZONE = "America/New_York";
const render = async () => ({ html: "", words: 0 });

/** Text authors and attackers put in values: markup, YAML syntax, odd Unicode, control characters, long runs. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "</script><script>alert(1)</script>",
    "javascript:alert(1)",
    "//evil.example/x",
    "/\\evil.example/x",
    "TODO: your name",
    "09:30",
    "2023-05-02T09:30:00+25:00",
    "2099-01-01",
    "1969-07-20",
    "C++",
    "Café",
    "\u202Eevil",
    "\uFEFF",
    "a\u0000b",
    "{{ title }}",
    "{% raw %}",
    "*emph* `code` <b>",
    "x".repeat(300),
    "- a\n- b",
    "&colon;",
  ),
);

/** A YAML value: text (quoted, so any characters survive), numbers, booleans, lists, maps, nothing. */
const yamlValue = fc.oneof(
  hostileText.map((t) => JSON.stringify(t)),
  fc.constantFrom("", "~", "null", "true", "no", "0", "-1", "1e400", "[]", "{}", "[a, [b, [c]]]", "{ src: x.jpg }", "&anchor x", "*alias", "!!binary aGk=", "2023-05-02", "'unclosed", "[unclosed"),
  fc.integer().map(String),
);

const KEYS = ["dek", "topics", "updated", "series", "slug", "permalink"];
const MISTAKES = ["image", "draft", "eleventyExcludeFromCollections", "layout", "titel", "__proto__", "constructor"];

/** A value for each key: usually one that fits it, sometimes anything (made once: building them is costly). */
const FIELD_VALUES: Readonly<Record<string, fc.Arbitrary<string>>> = Object.fromEntries(
  Object.entries({
    dek: hostileText.map((t) => JSON.stringify(`Dek ${t}`)),
    topics: fc.array(hostileText.map((t) => JSON.stringify(`Topic ${t}`)), { maxLength: 4 }).map((ts) => `[${ts.join(", ")}]`),
    updated: fc.constantFrom("2023-05-03", "2023-05-03 10:00", "2023-05-03T10:00:00-04:00"),
    series: hostileText.map((t) => JSON.stringify(`Series ${t}`)),
    slug: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
    permalink: fc.stringMatching(/^\/[a-z0-9-]{1,10}(\/[a-z0-9-]{1,10}){0,2}\/$/),
  }).map(([key, fits]) => [key, fc.oneof({ weight: 6, arbitrary: fits as fc.Arbitrary<string> }, { weight: 1, arbitrary: yamlValue }).map((value) => `${key}: ${value}`)]),
);

/** A date: usually a good one, sometimes what careless or hostile authors write. */
const dateValue = fc.oneof(
  { weight: 8, arbitrary: fc.date({ min: new Date("1900-01-01"), max: new Date("2026-11-30"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: yamlValue },
);

/**
 * Front matter: a title and a date (usually fine, so that many articles get as far as their URL),
 * then other known and unknown keys, each once, with any values, and sometimes authors.
 */
const frontMatter = fc
  .tuple(
    fc.oneof({ weight: 8, arbitrary: hostileText.map((t) => JSON.stringify(`Story ${t}`)) }, { weight: 1, arbitrary: yamlValue }),
    dateValue,
    fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 4 }).chain((keys) => fc.tuple(...keys.map((key) => FIELD_VALUES[key]!))),
    fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MISTAKES), yamlValue).map(([key, value]) => `${key}: ${value}`) }),
    fc.option(
      fc.array(
        fc.tuple(hostileText, fc.option(hostileText.filter((t) => t.trim() !== "")), fc.option(fc.oneof(hostileText, fc.constantFrom("https://example.org/a", "/staff/a/")))).map(([name, role, url]) =>
          [`  - name: ${JSON.stringify(`Reporter ${name}`)}`, ...(role !== null ? [`    role: ${JSON.stringify(role)}`] : []), ...(url !== null ? [`    url: ${JSON.stringify(url)}`] : [])].join("\n"),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    ),
  )
  .map(([title, date, fields, mistake, authors]) => [`title: ${title}`, `date: ${date}`, ...fields, ...(mistake !== null ? [mistake] : []), ...(authors ? ["authors:", ...authors] : [])]);

const body = fc.array(fc.oneof(hostileText, fc.constantFrom(":::pullquote", ":::", ":pull[x]", "![alt](x.png)", "<script>", "> > > deep", "TODO: more", "```")), { maxLength: 6 }).map((lines) => lines.join("\n"));

function source(lines: string[], text: string): string {
  return ["---", ...lines, "---", "", text, ""].join("\n");
}

const Fuzz = suite("fuzzed front matter and bodies");

Fuzz("loadArticle gives every problem a file line inside the file, or a valid article with a site path", () => {
  fc.assert(
    fc.property(frontMatter, body, fc.boolean(), (lines, text, devMode) => {
      const text_ = source(lines, text);
      const input: ArticleFile = { inputPath: "./content/news/fuzz.md", file: "content/news/fuzz.md", source: text_ };
      const loaded = loadArticle(input, ZONE, render, { devMode, now: Date.parse("2026-12-02T12:00:00Z") });
      const lineCount = text_.split("\n").length;
      if (!loaded.ok) {
        assert.ok(loaded.problems.length > 0);
        for (const problem of loaded.problems) {
          assert.is(problem.file, "content/news/fuzz.md");
          assert.ok(Number.isInteger(problem.line) && problem.line! >= 1 && problem.line! <= lineCount, `line ${problem.line} of ${lineCount}: ${problem.message}`);
          assert.not.match(problem.message, /undefined|NaN|\[object /);
        }
        return;
      }
      assert.match(loaded.article.url, /^\/[^\s]*$/);
      assert.not.match(loaded.article.url, /(^|\/)\.\.?(\/|$)|\/\//);
    }),
    { numRuns: 400 },
  );
});

Fuzz.run();

/** File names: any characters a file system takes (no `/`, no NUL), any case of `.md`, short enough for one name. */
const fileName = fc
  .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), fc.constantFrom(".md", ".MD", ".markdown", ".md.txt", ".md", ".md"))
  .map(([stem, ext]) => `${stem.replace(/[/\u0000]/g, "_")}${ext}`)
  .filter((name) => Buffer.byteLength(name) < 200 && name !== "." && name !== "..");

const Names = suite<{ text: string; error: boolean; built: string[] }>("fuzzed file names and front matter, one build");

Names.before(async (context) => {
  const seed = propertySeed(process.env.PROPERTY_SEED);
  const names = [...new Set(fc.sample(fileName, { seed, numRuns: 25 }))];
  const fronts = fc.sample(frontMatter, { seed: seed + 1, numRuns: names.length });
  const bodies = fc.sample(body, { seed: seed + 2, numRuns: names.length });
  const files: Record<string, string> = {};
  names.forEach((name, i) => (files[`news/${name}`] = source(fronts[i]!, bodies[i]!)));
  const build = await buildSite({ files });
  context.text = errorText(build);
  context.error = Boolean(build.error);
  context.built = build.results.map((r) => r.outputPath);
});

Names("ends in a list of file:line problems or a site, never a stack trace", ({ text, error }) => {
  if (!error) return;
  assert.ok(text.startsWith("Newsdesk found problems in your content ("), text);
  // Site data may have problems of its own once no article is left (a topic description naming no topic).
  for (const line of text.split("\n").slice(1)) assert.match(line, /^content\/.+:\d+: \S/, line);
});

Names("writes nothing outside the output folder", ({ built }) => {
  for (const output of built) assert.not.match(path.normalize(output), /(^|[/\\])\.\.([/\\]|$)/);
  assert.ok(built.every((output) => !fs.existsSync(output) || fs.statSync(output).isFile()));
});

Names.run();
