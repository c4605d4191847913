// Site search's cost on a built site: Pagefind's indexing time and the index's size on disk.
// CLI: `tsx bench/search-index.ts <built-site-dir>`, or `tsx bench/search-index.ts --articles 4000`
// to write a synthetic archive (bench/generate-archive.ts), build it and measure that.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { pagesToIndex, type WrittenPage } from "../src/search/pages-to-index.ts";
import { writeSearchIndex } from "../src/search/write-search-index.ts";
import { PAGEFIND_DIR } from "../src/search/search-names.ts";
import { repoRoot, writeArchive } from "./generate-archive.ts";

/** One index run: pages indexed, wall time of the run, and the bundle Pagefind wrote. */
export interface SearchIndexSample {
  pages: number;
  /** Pagefind's part alone, as the build's `eleventy.after` runs it: pages in memory to index on disk. */
  indexMs: number;
  /** Files and bytes of `<site>/pagefind/`: the search engine (~150 kB) plus the index. */
  files: number;
  bytes: number;
}

/** Every HTML page of a built site as Eleventy's results would give it (`news/x/index.html` → `/news/x/`). */
function builtPages(siteDir: string): WrittenPage[] {
  return fs
    .readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith(`${PAGEFIND_DIR}${path.sep}`))
    .map((file) => {
      const outputPath = path.join(siteDir, file);
      const url = `/${file.split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1")}`;
      return { url, outputPath, content: fs.readFileSync(outputPath) };
    });
}

/**
 * Indexes the built site in `siteDir` again, as a production build does after writing its pages
 * (its `pagefind/` folder is replaced), and reports time and size. Pages are read first, outside
 * the timing: in a build they are already in memory.
 */
export async function measureSearchIndex(siteDir: string): Promise<SearchIndexSample> {
  const pages = pagesToIndex(builtPages(siteDir));
  if (pages.length === 0) throw new Error(`${siteDir}: no page with data-pagefind-body (is it a built Newsdesk site?)`);
  const started = performance.now();
  const report = await writeSearchIndex(pages, siteDir);
  return { pages: report.pages, indexMs: performance.now() - started, files: report.files, bytes: report.bytes };
}

/** `4,000 pages: indexed in 1.9 s, 6.1 MB in 4,025 files`. */
export function describeSample(sample: SearchIndexSample): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return `${n(sample.pages)} pages: indexed in ${(sample.indexMs / 1000).toFixed(2)} s, ${(sample.bytes / 1e6).toFixed(1)} MB in ${n(sample.files)} files`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: "string" } } });
  let siteDir = positionals[0];
  if (values.articles) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-search-bench-"));
    const archive = writeArchive(work, Number(values.articles));
    siteDir = path.join(work, "_site");
    const built = spawnSync(process.execPath, [path.join(repoRoot, "scripts/build.mjs"), `--config=${path.join(repoRoot, "eleventy.config.ts")}`, `--input=${path.relative(work, archive.siteInput)}`, `--output=${siteDir}`, "--quiet"], { cwd: work, stdio: "inherit" });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  if (!siteDir) {
    console.error("usage: tsx bench/search-index.ts <built-site-dir> | --articles <count>");
    process.exit(2);
  }
  console.log(describeSample(await measureSearchIndex(path.resolve(siteDir))));
}
