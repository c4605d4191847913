// WrittenPages: a page's bytes are let go only once its file holds them, and results then read the file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { utf8Pages } from "../../src/build/utf8-pages.ts";
import { WrittenPages } from "../../src/build/written-pages.ts";

const Written = suite<{ dir: string }>("WrittenPages");

Written.before.each((context) => {
  context.dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-written-"));
});

Written.after.each(({ dir }) => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const page = (file: string, html: string) => utf8Pages.call({ page: { outputPath: file } }, html) as Buffer;

Written("a written page's bytes are freed, and its result reads the file", async ({ dir }) => {
  const pages = new WrittenPages();
  pages.start(Date.now());
  const file = path.join(dir, "index.html");
  const html = `<p>It’s “written” — ${"x".repeat(5000)}</p>`;
  const bytes = page(file, html);
  pages.handed(file, bytes);
  fs.writeFileSync(file, bytes);
  await nextTurn();
  assert.is(bytes.length, 0, "the bytes Eleventy holds are let go");
  assert.ok(pages.released.has(file));
  const result: { outputPath: string; content?: unknown } = { outputPath: file, content: bytes };
  pages.serveFromFiles([result]);
  assert.is(String(result.content), html);
});

Written("a page whose file is not written yet, or is an earlier build's of the same size, is kept", async ({ dir }) => {
  const pages = new WrittenPages();
  const stale = path.join(dir, "stale.html");
  const html = `<p>${"y".repeat(5000)}</p>`;
  fs.writeFileSync(stale, html);
  const old = (Date.now() - 60_000) / 1000;
  fs.utimesSync(stale, old, old);
  pages.start(Date.now());
  const unwritten = path.join(dir, "later.html");
  const [a, b] = [page(stale, html), page(unwritten, html)];
  pages.handed(stale, a);
  pages.handed(unwritten, b);
  await nextTurn();
  assert.is(a.length, Buffer.byteLength(html), "an earlier build's file at the same path does not count");
  assert.is(b.length, Buffer.byteLength(html), "no file yet: kept");
  // Written now: the next page handed over has both looked at again.
  fs.writeFileSync(unwritten, b);
  pages.handed(path.join(dir, "c.html"), page(path.join(dir, "c.html"), html));
  await nextTurn();
  assert.is(b.length, 0);
  assert.is(a.length, Buffer.byteLength(html));
  const result = { outputPath: stale, content: a };
  pages.serveFromFiles([result]);
  assert.is(result.content, a, "a page kept keeps its own content");
});

Written("the pages written last are let go when results are served, and read from their files", async ({ dir }) => {
  const pages = new WrittenPages();
  pages.start(Date.now());
  const file = path.join(dir, "last.html");
  const html = `<p>${"z".repeat(5000)}</p>`;
  const bytes = page(file, html);
  pages.handed(file, bytes);
  fs.writeFileSync(file, bytes);
  // Eleventy's afterBuild comes in the same turn as the last write.
  const result: { outputPath: string; content?: unknown } = { outputPath: file, content: bytes };
  pages.serveFromFiles([result]);
  await nextTurn();
  assert.is(bytes.length, 0);
  assert.is(String(result.content), html);
});

Written("bytes that share memory with other buffers are never let go", async ({ dir }) => {
  const pages = new WrittenPages();
  pages.start(Date.now());
  const file = path.join(dir, "small.html");
  // Node's pool: small Buffer.from()s share one ArrayBuffer; detaching it would empty the others.
  const pooled = Buffer.from("<p>small</p>");
  const neighbour = Buffer.from("<p>neighbour</p>");
  pages.handed(file, pooled);
  fs.writeFileSync(file, pooled);
  await nextTurn();
  assert.is(pooled.toString(), "<p>small</p>");
  assert.is(neighbour.toString(), "<p>neighbour</p>");
  assert.not.ok(pages.released.has(file));
});

Written.run();
