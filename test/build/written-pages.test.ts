// WrittenPages: a page's bytes are let go only once its file holds them, and results then read the file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { utf8Pages } from "../../src/build/utf8-pages.ts";
import { RELEASE_EVERY, WrittenPages } from "../../src/build/written-pages.ts";

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

Written("pages handed over in one chain of promises are let go as it goes, not when the build ends", async ({ dir }) => {
  // As Eleventy does: render, transform, write, next page, all in promises that never let the
  // event loop turn unless a transform waits for the turn it is given.
  const pages = new WrittenPages();
  pages.start(Date.now());
  const handed: Buffer[] = [];
  const turns: number[] = [];
  for (let i = 0; i < RELEASE_EVERY * 3; i++) {
    const file = path.join(dir, `p${i}.html`);
    const bytes = page(file, `<p>${i} ${"w".repeat(3000)}</p>`);
    handed.push(bytes);
    const turn = pages.handed(file, bytes);
    if (turn) {
      turns.push(i);
      await turn;
    } else await Promise.resolve();
    fs.writeFileSync(file, bytes);
  }
  assert.equal(turns, [RELEASE_EVERY - 1, 2 * RELEASE_EVERY - 1, 3 * RELEASE_EVERY - 1], "a turn for every RELEASE_EVERYth page");
  // Each turn let go of every page written before it: all but the last, written after the last turn.
  const released = handed.filter((bytes) => bytes.length === 0).length;
  assert.is(released, 3 * RELEASE_EVERY - 1);
  assert.is(handed.at(-1)!.length > 0, true);
  assert.is(pages.released.size, released);
});

Written.run();
