// The CMS's article format in Node: every sample article round-trips byte for byte, and an edit changes only its lines.
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { repoRoot } from "../helpers/built-site.ts";
import { articleFormat, ORIGINAL_FILE } from "../../src/cms/article-format.ts";
import { previewRenderer } from "../../src/cms/preview-render.ts";

const format = articleFormat(previewRenderer().renderMarkdown);
const newsDir = path.join(repoRoot, "content/news");
const samples = fs.readdirSync(newsDir).filter((f) => f.endsWith(".md"));

test("every sample article, read and saved unchanged, is byte-identical", () => {
  assert.ok(samples.length >= 20, `${samples.length} samples`);
  for (const name of samples) {
    const source = fs.readFileSync(path.join(newsDir, name), "utf8");
    assert.is(format.toFile(format.fromFile(source)), source, name);
  }
});

test("reads front matter as the build does: dates stay the text the author wrote, the body is `body`", () => {
  const data = format.fromFile('---\ntitle: "A: story"\ndate: 2023-05-02 09:30\n---\n\nBody *text*.\n');
  assert.is(data.title, "A: story");
  assert.is(data.date, "2023-05-02 09:30");
  assert.is(data.body, "\nBody *text*.\n");
  assert.type(data[ORIGINAL_FILE], "string");
});

test("an edited headline and paragraph change only their own lines", () => {
  const source = fs.readFileSync(path.join(newsDir, samples[0]!), "utf8");
  const data = format.fromFile(source);
  const body = data.body as string;
  const paragraph = body.split("\n").find((line) => /^[A-Z][^:]*\.$/.test(line))!;
  assert.ok(paragraph, "a plain paragraph to edit");
  const saved = format.toFile({ ...data, title: "A new headline", body: body.replace(paragraph, `${paragraph} One more sentence.`) });
  const before = source.split("\n");
  const after = saved.split("\n");
  assert.is(after.length, before.length);
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [line.startsWith("title:") ? "title" : line === paragraph ? "paragraph" : line]));
  assert.equal(changed, ["title", "paragraph"]);
});

test("a new article: front matter in the documented order, one blank line, the body ending in a newline", () => {
  const saved = format.toFile({ body: "\n\nFirst line.", draft: false, authors: [{ name: "Ana Ruiz" }], date: "2026-11-30", title: "Night buses" });
  assert.is(saved, "---\ntitle: Night buses\ndate: 2026-11-30\nauthors:\n  - name: Ana Ruiz\n---\n\nFirst line.\n");
});

test("a file without front matter gets one when saved with fields", () => {
  const data = format.fromFile("Just a body.\n");
  assert.is(format.toFile({ ...data, title: "Now titled" }), "---\ntitle: Now titled\n---\n\nJust a body.\n");
});

test.run();
