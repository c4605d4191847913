// Runs Pagefind's Node API over a build's pages and writes its bundle (script, WebAssembly, index) into the output.
import * as fs from "node:fs";
import * as path from "node:path";
import * as pagefind from "pagefind";
import { PAGEFIND_DIR } from "./search-names.ts";
import type { PageToIndex } from "./pages-to-index.ts";

/** What an index run wrote: pages indexed, and the bundle's files and bytes on disk. */
export interface SearchIndexReport {
  pages: number;
  files: number;
  bytes: number;
  /** The bundle folder, `<output>/pagefind`. */
  dir: string;
}

/**
 * Pull quotes lifted from the text are repeated with `aria-hidden="true"` (the plugin's
 * pull-quote renderer): the copy is left out, so a quoted word counts and shows once. The
 * heading anchors' `#` is hidden the same way.
 */
export const EXCLUDE_SELECTORS = ['[aria-hidden="true"]'];

/**
 * Pagefind writes its ready-made search interfaces with every bundle; the search page has its own
 * (src/search/client/), so these are removed rather than published unused.
 */
export const UNUSED_BUNDLE_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** A failed index run: every message Pagefind gave, each with the page it was about. */
export class SearchIndexError extends Error {
  constructor(readonly problems: string[]) {
    super(`Site search (Pagefind) could not index the site:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

/**
 * Indexes `pages` and writes the bundle to `<outputDir>/pagefind/`, replacing the one an earlier
 * build left there (its fragment files are named by content hash and would pile up otherwise).
 * Pagefind's binary runs as a child process for the call and is stopped after it.
 */
export function writeSearchIndex(pages: readonly PageToIndex[], outputDir: string): Promise<SearchIndexReport> {
  const run = running.then(() => writeIndex(pages, outputDir));
  running = run.catch(() => undefined);
  return run;
}

/**
 * The index run under way, if any. Pagefind's Node API keeps one binary per process and each run
 * stops it when done: a second run while one is under way (a build whose other `eleventy.after`
 * work failed, so Eleventy stopped waiting for its index, then the next build in the same
 * process) would have its index stopped under it. Runs wait for each other instead.
 */
let running: Promise<unknown> = Promise.resolve();

async function writeIndex(pages: readonly PageToIndex[], outputDir: string): Promise<SearchIndexReport> {
  const dir = path.join(path.resolve(outputDir), PAGEFIND_DIR);
  // Made here, so an output folder that cannot be written fails with Node's error naming it.
  fs.mkdirSync(dir, { recursive: true });
  await untilStopped(indexInto(pages, dir));
  const { files, bytes } = folderSize(dir);
  return { pages: pages.length, files, bytes, dir };
}

/**
 * Pagefind's binary can stop without answering (a panic, printed on stderr), and its Node API
 * then never settles: with nothing else to wait for, Node would exit as if the build had ended.
 * `beforeExit` comes exactly then, and turns the wait into an error.
 */
export function untilStopped<T>(work: Promise<T>): Promise<T> {
  let stopped = () => {};
  const gone = new Promise<never>((_, reject) => {
    stopped = () => reject(new SearchIndexError(["Pagefind's binary stopped without answering (its message is above)"]));
    process.once("beforeExit", stopped);
  });
  return Promise.race([work, gone]).finally(() => process.off("beforeExit", stopped));
}

async function indexInto(pages: readonly PageToIndex[], dir: string): Promise<void> {
  const problems: string[] = [];
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) throw new SearchIndexError(errors.length ? errors : ["Pagefind started no index"]);
    // All at once: the service reads its requests in order, so this only saves the round trips.
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: page.html })));
    added.forEach((response, i) => problems.push(...response.errors.map((e) => `${pages[i]!.url}: ${e}`)));
    if (problems.length) throw new SearchIndexError(problems);
    for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new SearchIndexError(written.errors.map((e) => `${dir}: ${e}`));
    for (const name of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(dir, name), { force: true });
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
}

/** Files and bytes under `dir`. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
