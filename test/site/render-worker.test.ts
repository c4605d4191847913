// Article bodies rendered in a worker thread (large production builds) give the same site, and
// the same report of problems, as rendered in the build's own thread.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type BuildSiteOptions, type SiteBuild } from "../helpers/build-site.ts";
import { useRenderWorker, WORKER_MIN_ARTICLES } from "../../src/articles/body-renderer.ts";
import { bundleWorker } from "../../src/articles/worker-bundle.ts";

/** Builds with `NEWSDESK_RENDER_WORKER` set to `mode`. */
async function buildWith(mode: "on" | "off", options: BuildSiteOptions = {}): Promise<SiteBuild> {
  const saved = process.env.NEWSDESK_RENDER_WORKER;
  process.env.NEWSDESK_RENDER_WORKER = mode;
  try {
    return await buildSite(options);
  } finally {
    if (saved === undefined) delete process.env.NEWSDESK_RENDER_WORKER;
    else process.env.NEWSDESK_RENDER_WORKER = saved;
  }
}

const pages = (build: SiteBuild) => new Map(build.results.map((r) => [r.url, r.content]));

const Worker = suite("render worker");

Worker("the sample site is byte-identical with bodies rendered in a worker", async () => {
  const [inProcess, worker] = [await buildWith("off"), await buildWith("on")];
  assert.is(inProcess.error, undefined, String(inProcess.error));
  assert.is(worker.error, undefined, String(worker.error));
  const expected = pages(inProcess);
  const actual = pages(worker);
  assert.equal([...actual.keys()].sort(), [...expected.keys()].sort());
  // Lead and body images, pull quotes, stats, previous/next: every page the same.
  for (const [url, html] of expected) assert.ok(actual.get(url) === html, `${url} differs`);
  assert.ok([...actual.values()].some((html) => html.includes('class="pull-quote"')) && [...actual.values()].some((html) => html.includes("<picture")));
});

Worker("problems found in the worker are reported as in the build's thread, each once", async () => {
  const files = {
    "news/zz-directives.md": ["---", "title: Directives", "date: 2023-05-03", "---", "", ":::pullqoute", "Hello.", ":::", "", "![A chart](missing-chart.png)", "", "![](/images/network-map.jpg)", "", "![A cut-off photo](/images/cut-off.jpg)", ""].join("\n"),
    "news/zz-front-matter.md": "---\ntitle: Fine\ndate: 2023-05-02\ntitel: oops\n---\n\nBody.\n",
  };
  // Its header reads as a JPEG; encoding it fails, which is found only once the bodies are done.
  const prepare = (input: string) => fs.writeFileSync(path.join(input, "images/cut-off.jpg"), fs.readFileSync("content/images/network-map.jpg").subarray(0, 4096));
  const [inProcess, worker] = [await buildWith("off", { fixture: "test/site/fixtures/basic", files, prepare }), await buildWith("on", { fixture: "test/site/fixtures/basic", files, prepare })];
  const text = errorText(worker);
  assert.is(text, errorText(inProcess));
  assert.ok(text.includes("content/news/zz-directives.md:6: unknown directive `:::pullqoute`"), text);
  assert.ok(/content\/news\/zz-directives\.md:10: .*missing-chart\.png/.test(text), text);
  assert.ok(/content\/news\/zz-directives\.md:14: image `\/images\/cut-off\.jpg` could not be converted/.test(text), text);
  assert.ok(text.includes("(5 problems)"), text);
});

Worker("production builds of a large archive use it; `npm start` and the switch decide otherwise", () => {
  assert.ok(useRenderWorker(undefined, WORKER_MIN_ARTICLES, false));
  assert.not.ok(useRenderWorker(undefined, WORKER_MIN_ARTICLES - 1, false));
  assert.not.ok(useRenderWorker(undefined, 50_000, true));
  assert.ok(useRenderWorker("on", 1, true));
  assert.not.ok(useRenderWorker("off", 50_000, false));
});

Worker("the worker's code is one JavaScript file, named by its code, with only packages left to import", async () => {
  const cacheDir = new URL("../../node_modules/.cache/newsdesk-test/", import.meta.url);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const entry = new URL("../../src/articles/render-worker.ts", import.meta.url);
  const first = bundleWorker(entry, cacheDir);
  assert.is(bundleWorker(entry, cacheDir).href, first.href);
  assert.match(first.href, /\/render-worker-[0-9a-f]{16}\.mjs$/);
  const code = fs.readFileSync(first, "utf8");
  const imports = [...code.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
  assert.ok(imports.length > 0);
  // Our modules are inside it (no relative or TypeScript imports); packages and node: stay imports.
  for (const specifier of imports) assert.ok(!specifier.startsWith(".") && !specifier.endsWith(".ts"), specifier);
  assert.ok(imports.includes("markdown-it"), imports.join(", "));
  const files = fs.readdirSync(cacheDir).sort();
  assert.is(files.length, 2, files.join(", "));
  assert.ok(files.includes(first.pathname.split("/").at(-1)!));
  assert.ok(files.some((f) => /^render-worker-[0-9a-f]{12}\.inputs\.json$/.test(f)), files.join(", "));
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

Worker("old worker bundles are deleted, all but the newest few and any written in the last ten minutes", async () => {
  const cacheDir = new URL("../../node_modules/.cache/newsdesk-test-prune/cache/", import.meta.url);
  const srcDir = new URL("../../node_modules/.cache/newsdesk-test-prune/src/", import.meta.url);
  fs.rmSync(new URL("..", cacheDir), { recursive: true, force: true });
  fs.mkdirSync(srcDir, { recursive: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  const entry = new URL("entry.ts", srcDir);
  fs.writeFileSync(entry, 'console.log("entry");\n');
  try {
    // Seven stale bundles an hour old and more, one written just now, an unrelated file.
    const hour = 60 * 60_000;
    const stale = Array.from({ length: 7 }, (_, i) => new URL(`entry-${String(i).padStart(16, "0")}.mjs`, cacheDir));
    stale.forEach((file, i) => {
      fs.writeFileSync(file, "");
      const when = new Date(Date.now() - hour - i * 60_000);
      fs.utimesSync(file, when, when);
    });
    const recent = new URL("entry-ffffffffffffffff.mjs", cacheDir);
    fs.writeFileSync(recent, "");
    const other = new URL("other-0000000000000000.mjs", cacheDir);
    fs.writeFileSync(other, "");
    const made = bundleWorker(entry, cacheDir);
    const left = fs.readdirSync(cacheDir).sort();
    // Kept: the new bundle, the recent one and the 3 newest stale ones (4 newest besides the new one).
    const kept = [made, recent, ...stale.slice(0, 3)].map((url) => fileURLToPath(url).split("/").at(-1)!);
    assert.equal(left.filter((name) => name.startsWith("entry-") && name.endsWith(".mjs")).sort(), kept.sort());
    assert.ok(left.includes("other-0000000000000000.mjs"));
  } finally {
    fs.rmSync(new URL("..", cacheDir), { recursive: true, force: true });
  }
});

Worker("the bundle is made again only when a file it was made from changes", async () => {
  // A small entry of our own, inside the project (as the worker's is), importing a sibling.
  const cacheDir = new URL("../../node_modules/.cache/newsdesk-test-inputs/cache/", import.meta.url);
  const srcDir = new URL("../../node_modules/.cache/newsdesk-test-inputs/src/", import.meta.url);
  fs.rmSync(new URL("..", cacheDir), { recursive: true, force: true });
  fs.mkdirSync(srcDir, { recursive: true });
  const entry = new URL("entry.ts", srcDir);
  const sibling = new URL("greeting.ts", srcDir);
  fs.writeFileSync(entry, 'import { greeting } from "./greeting.ts";\nconsole.log(greeting);\n');
  fs.writeFileSync(sibling, 'export const greeting: string = "hello";\n');
  try {
    const first = bundleWorker(entry, cacheDir);
    assert.match(fs.readFileSync(first, "utf8"), '"hello"');
    // Unchanged: the same file, not written again (a different file in its place stays).
    fs.writeFileSync(first, "// kept\n");
    assert.is(bundleWorker(entry, cacheDir).href, first.href);
    assert.is(fs.readFileSync(first, "utf8"), "// kept\n");
    // An imported module changes: bundled again, into a file named by the new code.
    fs.writeFileSync(sibling, 'export const greeting: string = "hello, reader";\n');
    const second = bundleWorker(entry, cacheDir);
    assert.is.not(second.href, first.href);
    assert.match(fs.readFileSync(second, "utf8"), '"hello, reader"');
    // The bundle it names is gone: bundled again.
    fs.rmSync(second);
    const third = bundleWorker(entry, cacheDir);
    assert.is(third.href, second.href);
    assert.ok(fs.existsSync(third));
    // A manifest that cannot be read is not trusted.
    const manifest = new URL(fs.readdirSync(cacheDir).find((f) => f.endsWith(".inputs.json"))!, cacheDir);
    fs.writeFileSync(manifest, "{not json");
    assert.is(bundleWorker(entry, cacheDir).href, third.href);
    assert.is(JSON.parse(fs.readFileSync(manifest, "utf8")).bundle, fileURLToPath(third));
  } finally {
    fs.rmSync(new URL("..", cacheDir), { recursive: true, force: true });
  }
});

Worker("two checkouts sharing one cache never take each other's bundle", async () => {
  // Worktrees (and bench:ab) share a node_modules: the same entry name in two folders.
  const root = new URL("../../node_modules/.cache/newsdesk-test-checkouts/", import.meta.url);
  const cacheDir = new URL("cache/", root);
  fs.rmSync(root, { recursive: true, force: true });
  const entries = ["a", "b"].map((checkout) => {
    const dir = new URL(`${checkout}/src/`, root);
    fs.mkdirSync(dir, { recursive: true });
    const entry = new URL("render-worker.ts", dir);
    fs.writeFileSync(entry, `console.log(${JSON.stringify(`checkout ${checkout}`)});\n`);
    return entry;
  });
  try {
    const a = bundleWorker(entries[0]!, cacheDir);
    const b = bundleWorker(entries[1]!, cacheDir);
    assert.match(fs.readFileSync(b, "utf8"), "checkout b");
    assert.match(fs.readFileSync(bundleWorker(entries[0]!, cacheDir), "utf8"), "checkout a");
    assert.is.not(a.href, b.href);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

Worker.run();
