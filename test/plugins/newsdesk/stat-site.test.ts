// Stat callouts in a real Eleventy build: Markdown, Nunjucks, Liquid and 11ty.js, and file:line errors.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy, { type EleventyConfig, type JsonResult } from "@11ty/eleventy";
import newsdesk from "../../../plugins/newsdesk/index.ts";

const GROUP = "<figure class=\"stats\">\n<figcaption class=\"stats__title\">In numbers</figcaption>\n<ul class=\"stats__list\">\n"
  + '<li class="stat"><data class="stat__value" value="288">288</data> <span class="stat__label">people arrested</span></li>\n'
  + '<li class="stat"><data class="stat__value" value="850">850 kg</data> <span class="stat__label">of drugs seized</span></li>\n'
  + "</ul>\n</figure>";
const SINGLE = '<p class="stat"><data class="stat__value" value="53400000">$53.4M</data> <span class="stat__label">seized</span> <small class="stat__source">Source: <a href="https://www.justice.gov/">DOJ</a></small></p>';

// Markdown files say `templateEngineOverride: md`: as on the site, Markdown gets no Liquid pre-pass.
const SITE: Record<string, string> = {
  "markdown.md": "---\ntitle: Markdown\ntemplateEngineOverride: md\n---\n:::stats{title=\"In numbers\"}\n- **288** people arrested\n- **850 kg** of drugs seized\n:::\n\n::stat{value=53400000 currency=USD notation=compact label=\"seized\" source=\"DOJ\" sourceUrl=\"https://www.justice.gov/\"}\n",
  "nunjucks.njk": "{% stats \"In numbers\" %}\n  - **288** people arrested\n  - **850 kg** of drugs seized\n{% endstats %}\n{% stat value=53400000, currency=\"USD\", notation=\"compact\", label=\"seized\", source=\"DOJ\", sourceUrl=\"https://www.justice.gov/\" %}",
  "liquid.liquid": "{% stats \"In numbers\" %}\n- **288** people arrested\n- **850 kg** of drugs seized\n{% endstats %}\n{% stat 53400000, \"seized\", \"DOJ\", \"https://www.justice.gov/\" %}",
  "javascript.11ty.cjs": "module.exports = { render() { return this.stats('- **288** people arrested\\n- **850 kg** of drugs seized', 'In numbers') + this.stat({ value: 53400000, currency: 'USD', notation: 'compact', label: 'seized', source: 'DOJ', sourceUrl: 'https://www.justice.gov/' }); } };",
};

async function build(files: Record<string, string>): Promise<{ pages: Map<string, string>; error?: Error }> {
  const input = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-stat-in-"));
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-stat-out-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(input, name), text);
  const config = (c: EleventyConfig) => {
    c.addPlugin(newsdesk, { locale: "en-US" });
  };
  try {
    const eleventy = new Eleventy(path.relative(process.cwd(), input), output, { quietMode: true, config });
    eleventy.disableLogger(); // failures are asserted from the returned error
    const results: JsonResult[] = await eleventy.toJSON();
    return { pages: new Map(results.map((r) => [String(r.url), r.content])) };
  } catch (error) {
    return { pages: new Map(), error: error as Error };
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
    fs.rmSync(output, { recursive: true, force: true });
  }
}

const Site = suite<{ pages: Map<string, string> }>("stat callouts in an Eleventy build");

Site.before(async (context) => {
  const built = await build(SITE);
  if (built.error) throw built.error;
  context.pages = built.pages;
});

for (const [language, url] of [["Markdown", "/markdown/"], ["Nunjucks", "/nunjucks/"], ["Liquid", "/liquid/"], ["11ty.js", "/javascript/"]]) {
  Site(`${language}: the same group and the same single stat`, ({ pages }) => {
    const page = pages.get(url);
    assert.type(page, "string", `${url} was not built`);
    const normalised = page!.replace(/\n\s*\n/g, "\n").trim();
    assert.ok(normalised.includes(GROUP), page);
    const single = language === "Liquid" ? SINGLE.replace("$53.4M", "53,400,000") : SINGLE;
    assert.ok(normalised.includes(single), page);
  });
}

Site.run();

/**
 * Every message down an error's chain (Eleventy wraps errors in `cause` or `originalError`), and
 * the problems a `ContentError` among them holds (its own message only points at the printed list).
 */
function messages(error: unknown): string {
  if (!(error instanceof Error)) return "";
  const inner = error as Error & { originalError?: unknown; problems?: { file: string; line?: number; message: string }[] };
  const listed = (inner.problems ?? []).map((p) => `${p.file}:${p.line}: ${p.message}\n`).join("");
  return `${error.message}\n${listed}${messages(inner.cause)}${messages(inner.originalError)}`;
}

const Errors = suite("stat errors fail the build with file:line");

Errors("lists every problem, each at its line in the file (front matter counted)", async () => {
  const { error } = await build({
    "bad.md": "---\ntitle: Bad\ntemplateEngineOverride: md\n---\nIntro.\n\n::stat[about 300]{label=\"agents\"}\n\n:::stats{title=\"T\"}\n- **5** fine\n- no figure here\n:::\n\n:::stats\n:::\n",
  });
  assert.ok(error, "the build should fail");
  const text = messages(error);
  assert.match(text, /bad\.md:7: `::stat`: cannot read the figure: `about 300` has no number/);
  assert.match(text, /bad\.md:11: `:::stats` list item: `no figure here` does not start with a bold figure/);
  assert.match(text, /bad\.md:14: `:::stats` is empty/);
});

Errors("a shortcode mistake names the shortcode and the template's line, with the rest of the build's problems", async () => {
  const { error } = await build({
    "bad.njk": "---\ntitle: Bad\n---\n<p>Intro.</p>\n{% stat \"288\" %}\n{% stats \"T\" %}\n- **5** fine\n- no figure\n{% endstats %}\n",
  });
  assert.ok(error, "the build should fail");
  const text = messages(error);
  assert.match(text, /bad\.njk:5: shortcode `stat`: missing `label`/);
  assert.match(text, /bad\.njk:8: shortcode `stats`: `:::stats` list item: `no figure` does not start with a bold figure/);
  assert.not.match(text, /shortcode `stats`: .*missing `label`/);
});

Errors.run();
