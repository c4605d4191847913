// Pull quotes in a real Eleventy build: file:line with front matter, and the shortcode everywhere.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Eleventy from "@11ty/eleventy";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import newsdesk from "../../../plugins/newsdesk/index.ts";
import type { ContentError, Problem } from "../../../plugins/newsdesk/errors.ts";
import { validateOptions, type NewsdeskOptions } from "../../../plugins/newsdesk/options.ts";

/** Builds `files` (path → text) with only the plugin; returns the pages by URL, or the error. */
async function build(files: Record<string, string>, options: NewsdeskOptions = {}): Promise<{ pages: Map<string, string>; error?: Error }> {
  const input = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-pq-in-"));
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-pq-out-"));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(input, file), text);
  // An empty config file of our own, so the project's eleventy.config.ts is not picked up.
  const configPath = path.join(output, "..", `${path.basename(output)}.config.cjs`);
  fs.writeFileSync(configPath, "module.exports = () => {};\n");
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    configPath,
    config: (config) => config.addPlugin(newsdesk, options),
  });
  eleventy.disableLogger(); // failures are asserted from the returned error
  try {
    const results = await eleventy.toJSON();
    return { pages: new Map(results.map((r) => [String(r.url), r.content])) };
  } catch (error) {
    return { pages: new Map(), error: error as Error };
  }
}

function contentError(error: unknown): ContentError | undefined {
  for (let e = error as any; e; e = e.originalError ?? e.cause) if (e.name === "ContentError") return e;
  return undefined;
}

const site = suite("pull quotes in an Eleventy build");

site("with onProblem, every problem goes to the site and the plugin does not fail the build", async () => {
  const received: Problem[] = [];
  const { error, pages } = await build(
    { "story.md": "Intro.\n\n:::pullqoute\nWords.\n:::\n\n:::pullquote\nNot in the body.\n:::\n" },
    { onProblem: (problem) => received.push(problem) },
  );
  assert.is(error, undefined);
  assert.ok(pages.get("/story/"));
  assert.equal(received.map((p) => `${path.basename(p.file)}:${p.line}:${p.severity ?? "error"}`), ["story.md:3:error", "story.md:7:warning"]);
});

site("onProblem must be a function", () => {
  assert.throws(() => validateOptions({ onProblem: "log" }), /`onProblem`: got "log", expected a function that takes a problem, or null/);
});

site("reports problems at the file's line, front matter included, all of them", async () => {
  const { error } = await build({
    "story.md": "---\ntitle: Story\ntags: [a, b]\n---\nIntro.\n\n:::pullqoute\nWords.\n:::\n\n:::pullquote{bye=x}\nIntro.\n:::\n",
    "other.md": "Words.\n\n:::\n",
  });
  const found = contentError(error);
  assert.ok(found, `expected a ContentError, got ${error}`);
  const where = found!.problems.map((p) => `${path.basename(p.file)}:${p.line}`);
  assert.equal(where, ["other.md:3", "story.md:7", "story.md:11"]);
  // The list is printed once by the plugin; the error keeps every problem for code that catches it.
  const listed = found!.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n");
  assert.match(listed, /story\.md:7: unknown directive `:::pullqoute`/);
  assert.match(listed, /did you mean `:::pullquote`\?/);
  assert.match(found!.message, /3 problems in your content, listed above/);
});

site("a warning (quote not in the body) does not fail the build", async () => {
  const warn = console.warn;
  const printed: string[] = [];
  console.warn = (text: string) => printed.push(text);
  try {
    const { pages, error } = await build({ "a.md": "---\ntitle: A\n---\nBody.\n\n:::pullquote\nNot in the body.\n:::\n" });
    assert.is(error, undefined);
    assert.match(pages.get("/a/") ?? "", /<figure class="pull-quote"><blockquote>/);
    assert.ok(printed.some((t) => /a\.md:6: warning: `:::pullquote` quotes "Not in the body\."/.test(t)), printed.join("\n"));
  } finally {
    console.warn = warn;
  }
});

site("the shortcode gives the Markdown form's HTML in Nunjucks, Liquid and 11ty.js", async () => {
  const expected = '<figure class="pull-quote"><blockquote>\n<p>We will <em>find</em> them &amp; more.</p>\n</blockquote><figcaption>Jane &lt;Doe&gt;, Attorney General</figcaption></figure>';
  const { pages, error } = await build({
    "md.md": 'Body.\n\n:::pullquote{by="Jane <Doe>" role="Attorney General"}\nWe will *find* them & more.\n:::\n',
    "njk.njk": '{% pullquote "Jane <Doe>", "Attorney General" %}\n  We will *find* them & more.\n{% endpullquote %}',
    "kw.njk": '{% pullquote by="Jane <Doe>", role="Attorney General" %}We will *find* them & more.{% endpullquote %}',
    "liquid.liquid": '{% pullquote "Jane <Doe>", "Attorney General" %}We will *find* them & more.{% endpullquote %}',
    "js.11ty.cjs": 'module.exports = { render() { return this.pullquote("We will *find* them & more.", "Jane <Doe>", "Attorney General"); } };',
  });
  assert.is(error, undefined, String(error));
  assert.ok(pages.get("/md/")?.includes(expected), pages.get("/md/"));
  for (const url of ["/njk/", "/kw/", "/liquid/", "/js/"]) assert.is(pages.get(url)?.trim(), expected, url);
});

site("a mistake inside the shortcode's content names the template's line", async () => {
  const { error } = await build({ "bad.njk": "{% pullquote %}\nWords.\n\n::pullquote\n{% endpullquote %}" });
  const found = contentError(error);
  assert.ok(found, `expected a ContentError, got ${error}`);
  assert.equal(found!.problems.map((p) => [path.basename(p.file), p.line]), [["bad.njk", 4]]);
});

site("a mistake in shortcode content the template made up says it counts from the shortcode", async () => {
  const { error } = await build({
    "made.njk": "---\nwords: \"Made up.\\n\\n::pullquote\"\n---\n<p>Intro.</p>\n\n{% pullquote %}{{ words }}{% endpullquote %}\n",
  });
  const found = contentError(error);
  assert.ok(found, `expected a ContentError, got ${error}`);
  assert.equal(found!.problems.map((p) => [path.basename(p.file), p.line, p.message.replace(/:.*$/s, "")]), [["made.njk", undefined, "line 3 of the `pullquote` shortcode's content"]]);
});

site("under Nunjucks and Liquid pre-processing, problems name the line as written (comments and {% if %} above shift nothing)", async () => {
  const { error } = await build({
    "njk.md": "---\ntitle: N\ntemplateEngineOverride: njk,md\n---\n{#\n  a note\n#}\n{% if true %}\nIntro.\n{% endif %}\n\n:::pullqoute\nWords.\n:::\n",
    "liquid.md": "---\ntitle: L\ntemplateEngineOverride: liquid,md\n---\n{% comment %}\n  a note\n{% endcomment %}\n{% if true %}\nIntro.\n{% endif %}\n\n::stat[3]{lable=\"x\"}\n",
  });
  const found = contentError(error);
  assert.ok(found, `expected a ContentError, got ${error}`);
  const where = found!.problems.map((p) => `${path.basename(p.file)}:${p.line}`);
  assert.equal([...new Set(where)], ["liquid.md:12", "njk.md:12"]);
});

site("`{#id}` works in Markdown that Nunjucks reads first, and a Nunjucks comment beside it stays a comment", async () => {
  const { pages, error } = await build({
    "ids.md": "---\ntemplateEngineOverride: njk,md\n---\n{# a comment #}\nThe crew would rather sail.\n\n:::pullquote{#crew .wide}\nThe crew would rather sail.\n:::\n",
  });
  assert.is(error, undefined, String(error));
  assert.match(pages.get("/ids/") ?? "", /<figure class="pull-quote wide" id="crew" aria-hidden="true"><blockquote>/);
  assert.not.match(pages.get("/ids/") ?? "", /a comment/);
});

site("a shortcode pull quote whose words are on the page is hidden from assistive technology", async () => {
  const { pages, error } = await build({
    "copy.njk": "<p>She said the wind turned twice, and nobody minded.</p>\n{% pullquote \"Ada\" %}The wind turned twice.{% endpullquote %}",
    "own.njk": "<p>Other words.</p>\n{% pullquote \"Ada\" %}The wind turned twice.{% endpullquote %}",
  });
  assert.is(error, undefined, String(error));
  assert.match(pages.get("/copy/") ?? "", /<figure class="pull-quote" aria-hidden="true"><blockquote>/);
  assert.match(pages.get("/own/") ?? "", /<figure class="pull-quote"><blockquote>/);
  assert.not.match(pages.get("/own/") ?? "", /aria-hidden|newsdesk:pullquote/);
});

site("verifyPullQuotes: a shortcode pull quote whose words are not on the page is reported at its call, in every engine", async () => {
  const received: Problem[] = [];
  const { error } = await build({
    "own.njk": "<p>Other words.</p>\n{% pullquote \"Ada\" %}The wind turned twice.{% endpullquote %}",
    "own-liquid.liquid": "<p>Other words.</p>\n\n{% pullquote \"Ada\" %}The wind turned twice.{% endpullquote %}",
    "own-js.11ty.cjs": 'module.exports = { render() {\n  return "<p>Other words.</p>" +\n    this.pullquote("The wind turned twice.", "Ada");\n} };',
    "copy.njk": "<p>She said the wind turned twice.</p>\n{% pullquote \"Ada\" %}The wind turned twice.{% endpullquote %}",
  }, { verifyPullQuotes: "error", onProblem: (p) => received.push(p) });
  assert.is(error, undefined, String(error));
  const found = received.map((p) => `${path.basename(p.file)}:${p.line} ${p.severity}: ${p.message}`).sort();
  const message = 'shortcode `pullquote` quotes "The wind turned twice.", which is not on the page: expected the same words in the story around it';
  assert.equal(found, [`own-js.11ty.cjs:3 error: ${message}`, `own-liquid.liquid:3 error: ${message}`, `own.njk:2 error: ${message}`]);
  const quiet: Problem[] = [];
  await build({ "own.njk": "<p>Other words.</p>\n{% pullquote %}The wind turned twice.{% endpullquote %}" }, { verifyPullQuotes: "off", onProblem: (p) => quiet.push(p) });
  assert.equal(quiet, []);
});

site.run();
