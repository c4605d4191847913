// The sample site, built once per test process (production build, project config) and shared by the quality suites.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { articleSourceOf } from "../../src/articles/article-sources.ts";

/** The repository root, where tests run. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A finished build: where it is, the prefix it was built for, and every HTML page in it. */
export interface BuiltSite {
  outputDir: string;
  /** `/` or e.g. `/newsroom/`, always with leading and trailing slash. */
  pathPrefix: string;
  /** Every `.html` file, relative to `outputDir`, with `/` separators, sorted. */
  htmlFiles: string[];
  /** Every page Eleventy wrote from a template: its source (`./content/...`), URL and output file. */
  pages: BuiltPage[];
}

/**
 * One written page: `inputPath` as Eleventy reports it (for an article, its Markdown file rather
 * than content/news/articles.html, which builds them all), `url` without the path prefix.
 */
export interface BuiltPage {
  inputPath: string;
  url: string;
  outputPath: string;
}

const builds = new Map<string, Promise<BuiltSite>>();
// Eleventy keeps process-wide state (module caches, the plugin's uniqueness mark): build one at a time.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds `content/` with `eleventy.config.ts` into a fresh temp dir, at most once per prefix per process.
 * Rejects with Eleventy's error when the build fails, so every suite using it fails with that reason.
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
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-quality-"));
  process.once("exit", () => fs.rmSync(outputDir, { recursive: true, force: true }));
  // Paths relative to the repo root, as `npm run build` gives them (input paths in messages stay
  // `./content/...`); the test runner always runs there. `source: "cli"` makes our input and output
  // win over the config file's `dir`, which would otherwise send the build into the shared `_site/`.
  const eleventy = new Eleventy("content", outputDir, {
    configPath: "eleventy.config.ts",
    quietMode: true,
    pathPrefix,
    source: "cli",
  });
  const written = (await eleventy.write()) as unknown[];
  const pages = written
    .flat(Infinity)
    .filter((r): r is BuiltPage => {
      const page = r as Partial<BuiltPage> | null;
      return typeof page?.url === "string" && typeof page.outputPath === "string" && typeof page.inputPath === "string";
    })
    .map(({ inputPath, url, outputPath }) => ({ inputPath: articleSourceOf(url) ?? inputPath, url, outputPath }));
  return { outputDir, pathPrefix, htmlFiles: listHtml(outputDir), pages };
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
