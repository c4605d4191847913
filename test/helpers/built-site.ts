// The sample site, built once per test process by `npm run build` itself and shared by the quality and browser suites.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { readArticleFiles } from "../../src/articles/read-article-files.ts";
import { site } from "../../src/site.ts";
import { loadAuthorProfiles, staffBySlug } from "../../src/collections/authors-file.ts";

/** The repository root, where tests run. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A finished build: where it is, the prefix it was built for, and every HTML page in it. */
export interface BuiltSite {
  outputDir: string;
  /** `/` or e.g. `/newsroom/`, always with leading and trailing slash. */
  pathPrefix: string;
  /** Every `.html` file, relative to `outputDir`, with `/` separators, sorted. */
  htmlFiles: string[];
  /** Every HTML page written: its source (`./content/...`), URL and output file. */
  pages: BuiltPage[];
}

/**
 * One written HTML page: `inputPath` is an article's Markdown file (`./content/news/x.md`), or for
 * any other page its output path under `./content/`; `url` without the path prefix.
 */
export interface BuiltPage {
  inputPath: string;
  url: string;
  outputPath: string;
}

const builds = new Map<string, Promise<BuiltSite>>();
// One build at a time: each takes both cores.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds `content/` with `npm run build` into a fresh temp dir, at most once per prefix per process.
 * Rejects with the build's output when it fails, so every suite using it fails with that reason.
 */
export function builtSite(pathPrefix = "/"): Promise<BuiltSite> {
  let build = builds.get(pathPrefix);
  if (!build) {
    build = queue.then(() => buildInto(pathPrefix));
    queue = build.catch(() => undefined);
    builds.set(pathPrefix, build);
  }
  return build;
}

async function buildInto(pathPrefix: string): Promise<BuiltSite> {
  if (path.resolve(process.cwd()) !== repoRoot) throw new Error(`run the tests from ${repoRoot}`);
  const outputDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-quality-")), "_site");
  process.once("exit", () => fs.rmSync(path.dirname(outputDir), { recursive: true, force: true }));
  // What ships: the README's `npm run build` itself, in a child process, into a folder of our own.
  const { code, output } = await run("npm", ["run", "build", "--silent", "--", `--output=${outputDir}`, `--pathprefix=${pathPrefix}`, "--quiet"]);
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output.trim().split("\n").slice(-30).join("\n")}`);
  const htmlFiles = listHtml(outputDir);
  // Article pages name their Markdown file: the URL each published article's front matter gives.
  const sources = new Map(publishedArticles().map((article) => [article.url, article.inputPath]));
  const pages = htmlFiles.map((file) => {
    const url = sitePathOf(file);
    return { inputPath: sources.get(url) ?? `./content/${file}`, url, outputPath: path.join(outputDir, file) };
  });
  return { outputDir, pathPrefix, htmlFiles, pages };
}

/** The site's published articles, read as a production build reads them (src/articles/). */
function publishedArticles(): { url: string; inputPath: string }[] {
  const render = () => Promise.reject(new Error("not rendered here"));
  return loadArticles(readArticleFiles("content"), { zone: site.timeZone, now: Date.now(), devMode: false, render, staff: staffBySlug(loadAuthorProfiles("content").profiles) }).articles;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function listHtml(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** The site path a built file is served at: `news/x/index.html` → `/news/x/`, `404.html` → `/404.html`. */
export function sitePathOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, "$1")}`;
}
