// The production transform that hands Eleventy HTML pages as UTF-8 bytes.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { utf8Pages } from "../../src/build/utf8-pages.ts";

const Utf8 = suite("utf8Pages");

Utf8("an HTML page becomes its UTF-8 bytes, the same text when decoded", () => {
  const html = "<title>It’s — “quoted” — 日本</title>";
  const out = utf8Pages.call({ page: { outputPath: "_site/news/a/index.html" } }, html);
  assert.ok(Buffer.isBuffer(out));
  assert.is((out as Buffer).toString("utf8"), html);
  assert.is((out as Buffer).length, Buffer.byteLength(html));
  // Memory of its own, even for a short page: src/build/written-pages.ts may free it.
  assert.is((out as Buffer).byteOffset, 0);
  assert.is((out as Buffer).buffer.byteLength, Buffer.byteLength(html));
});

Utf8("a feed becomes its bytes too; pages without an output file and non-strings pass through unchanged", () => {
  assert.is(String(utf8Pages.call({ page: { outputPath: "_site/feed.xml" } }, "<feed>—</feed>")), "<feed>—</feed>");
  assert.ok(Buffer.isBuffer(utf8Pages.call({ page: { outputPath: "_site/feed.json" } }, "{}")));
  assert.is(utf8Pages.call({ page: { outputPath: false } }, "<p>x</p>"), "<p>x</p>");
  const bytes = Buffer.from("x");
  assert.is(utf8Pages.call({ page: { outputPath: "a.html" } }, bytes), bytes);
});

Utf8.run();
