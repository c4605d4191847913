// Pagefind's Node API over given pages: only those are indexed, an old bundle is replaced, a stopped binary is an error.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { UNUSED_BUNDLE_FILES, writeSearchIndex } from "../../src/search/write-search-index.ts";
import { searchPlugin } from "../../src/search/search-plugin.ts";
import type { EleventyConfig } from "@11ty/eleventy";

const page = (title: string) => `<!doctype html><html lang="en-US"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p></article></body></html>`;

const Index = suite("writeSearchIndex");

Index("indexes exactly the pages given, replaces an earlier bundle and leaves out Pagefind's own interfaces", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-search-index-"));
  try {
    // Left by an earlier build: a draft page (as `npm start` writes them) and an old bundle's fragment.
    fs.mkdirSync(path.join(out, "news/draft"), { recursive: true });
    fs.writeFileSync(path.join(out, "news/draft/index.html"), page("Draft"));
    fs.mkdirSync(path.join(out, "pagefind/fragment"), { recursive: true });
    fs.writeFileSync(path.join(out, "pagefind/fragment/stale.pf_fragment"), "old");
    const report = await writeSearchIndex([{ url: "/news/a/", html: page("Alpha") }, { url: "/news/b/", html: page("Beta") }], out);
    const entry = JSON.parse(fs.readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8"));
    assert.is(entry.languages["en-us"].page_count, 2);
    assert.is(report.pages, 2);
    assert.not.ok(fs.existsSync(path.join(out, "pagefind/fragment/stale.pf_fragment")), "the old bundle's files are gone");
    assert.ok(fs.existsSync(path.join(out, "pagefind/pagefind.js")));
    for (const name of UNUSED_BUNDLE_FILES) assert.not.ok(fs.existsSync(path.join(out, "pagefind", name)), name);
    assert.ok(report.files > 5 && report.bytes > 50_000, `${report.files} files, ${report.bytes} bytes`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

Index("two runs at once (a failed build's index still being written when the next build starts) both finish", async () => {
  const [one, two] = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-search-index-")));
  try {
    const pages = (title: string) => Array.from({ length: 40 }, (_, i) => ({ url: `/news/${title}-${i}/`, html: page(`${title} ${i}`) }));
    const reports = await Promise.all([writeSearchIndex(pages("alpha"), one!), writeSearchIndex(pages("beta"), two!)]);
    assert.equal(reports.map((r) => r.pages), [40, 40]);
    for (const dir of [one!, two!]) assert.is(JSON.parse(fs.readFileSync(path.join(dir, "pagefind/pagefind-entry.json"), "utf8")).languages["en-us"].page_count, 40);
  } finally {
    for (const dir of [one!, two!]) fs.rmSync(dir, { recursive: true, force: true });
  }
});

Index("an output folder that cannot be written fails with Node's error naming it", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-search-index-")), "a-file");
  fs.writeFileSync(file, "");
  try {
    await writeSearchIndex([{ url: "/news/a/", html: page("Alpha") }], file);
    assert.unreachable("wrote into a file");
  } catch (error) {
    assert.match((error as Error).message, `${file}/pagefind`);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

Index("a binary that stops without answering is an error, not a build that ends quietly", () => {
  // Nothing settles the wait and nothing else is pending: what a crashed Pagefind service leaves.
  const script = `import { untilStopped } from ${JSON.stringify(path.resolve("src/search/write-search-index.ts"))}; await untilStopped(new Promise(() => {}));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  assert.is.not(run.status, 0);
  assert.match(run.stderr, "Site search (Pagefind) could not index the site:\n  Pagefind's binary stopped without answering");
});

Index.run();

const Plugin = suite("searchPlugin");

/** The calls the plugin makes on a stand-in config. */
function registered(runMode: string): { data: Record<string, unknown>; events: string[] } {
  const data: Record<string, unknown> = {};
  const events: string[] = [];
  const config = { addGlobalData: (name: string, value: unknown) => (data[name] = value), on: (event: string) => events.push(event) };
  const before = process.env.ELEVENTY_RUN_MODE;
  process.env.ELEVENTY_RUN_MODE = runMode;
  try {
    searchPlugin(config as unknown as EleventyConfig);
  } finally {
    if (before === undefined) delete process.env.ELEVENTY_RUN_MODE;
    else process.env.ELEVENTY_RUN_MODE = before;
  }
  return { data, events };
}

Plugin("indexes after a production build, and only then", () => {
  assert.equal(registered("build"), { data: { siteSearch: { indexed: true } }, events: ["eleventy.after"] });
  assert.equal(registered("serve"), { data: { siteSearch: { indexed: false } }, events: [] });
  assert.equal(registered("watch"), { data: { siteSearch: { indexed: false } }, events: [] });
});

Plugin.run();
