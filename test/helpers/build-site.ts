// Builds the site, or a fixture's articles with the site's pages and layouts, into a temp dir.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { articleSourceOf } from "../../src/articles/article-sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What to build. With neither `fixture` nor `files`, the site's own `content/`. */
export interface BuildSiteOptions {
  /** A folder holding a `content/` tree: its files replace the site's articles (`content/news/*.md`). */
  fixture?: string;
  /** More files for the input, by path under `content/` (e.g. `news/a.md`) → text. */
  files?: Record<string, string>;
  /** Called with the input folder once its files are written: to add what `files` cannot (links, FIFOs). */
  prepare?: (inputDir: string) => void;
  /** `build` (production, default), or `serve`/`watch` as `npm start` runs it (drafts shown). */
  runMode?: "build" | "serve" | "watch";
}

/** One written page; an article's `inputPath` is its Markdown file. */
export interface BuiltPage {
  inputPath: string;
  url: string;
  outputPath: string;
  content: string;
}

/** The result: where it went, every page written — or the error the build threw. */
export interface SiteBuild {
  /** The `content/` folder that was built (a temp folder for fixtures). */
  inputDir: string;
  outputDir: string;
  results: BuiltPage[];
  error?: Error;
  /** The written page at `url` (e.g. `/news/`), or undefined. */
  page(url: string): BuiltPage | undefined;
}

/**
 * Builds with the project's `eleventy.config.ts` into a fresh temp output dir. A fixture build
 * gets its own temp input: the site's page templates and data files are symlinked in (their
 * imports resolve from the repository), the site's articles are left out, the fixture's copied.
 * Error paths then read `.test-sites/site-XXXX/content/news/x.md`: {@link errorText} strips the prefix.
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<SiteBuild> {
  const outputDir = temporary(fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-out-")));
  const custom = options.fixture !== undefined || options.files !== undefined;
  const inputDir = custom ? makeInput(options) : path.join(root, "content");
  // Paths relative to the working directory, as Eleventy reports inputs (`./content/…`).
  const eleventy = new Eleventy(path.relative(process.cwd(), inputDir) || ".", outputDir, {
    configPath: path.join(root, "eleventy.config.ts"),
    quietMode: true,
    runMode: options.runMode ?? "build",
    // .test-sites/ is git-ignored, and Eleventy skips git-ignored files by default.
    config: (config) => config.setUseGitIgnore(!custom),
  });
  // The test reads the returned error; Eleventy's own report of it would only be noise in the log.
  eleventy.disableLogger();
  let results: BuiltPage[] = [];
  let error: Error | undefined;
  try {
    const written = (await eleventy.write()) as unknown[];
    // An article page names its Markdown file, not content/news/articles.html (which builds them all).
    results = written
      .flat(Infinity)
      .filter((r): r is BuiltPage => isPage(r))
      // Production builds hand Eleventy HTML pages as UTF-8 bytes (src/build/utf8-pages.ts).
      .map((r) => ({ ...r, inputPath: articleSourceOf(r.url) ?? r.inputPath, content: String(r.content) }));
  } catch (e) {
    error = e instanceof Error ? e : new Error(String(e));
  }
  const byUrl = new Map(results.map((r) => [r.url, r]));
  return { inputDir, outputDir, results, error, page: (url) => byUrl.get(url) };
}

/**
 * The innermost message of an error Eleventy wrapped (ours: the ContentError), with a fixture
 * build's temp prefix removed so paths read `content/news/x.md`.
 */
export function errorText(build: Pick<SiteBuild, "error" | "inputDir">): string {
  let e: unknown = build.error;
  while (e instanceof Error) {
    const inner = (e as { originalError?: unknown }).originalError ?? e.cause;
    if (!(inner instanceof Error)) break;
    e = inner;
  }
  const prefix = path.relative(process.cwd(), path.dirname(build.inputDir)).replace(/\\/g, "/");
  const message = e instanceof Error ? e.message : String(e ?? "");
  return prefix ? message.split(`${prefix}/`).join("") : message;
}

// Every temp folder of this process, removed when it exits (one listener, however many builds).
const temporaries = new Set<string>();

function temporary(dir: string): string {
  if (temporaries.size === 0) {
    process.once("exit", () => {
      for (const t of temporaries) fs.rmSync(t, { recursive: true, force: true });
    });
  }
  temporaries.add(dir);
  return dir;
}

function isPage(r: unknown): r is BuiltPage {
  return typeof r === "object" && r !== null && typeof (r as BuiltPage).url === "string" && "content" in r;
}

// Eleventy resolves directory data files only for inputs inside the working directory, so
// fixture inputs live in the repository's git-ignored .test-sites/ (outside tsconfig's reach).
const sitesDir = path.join(root, ".test-sites");

function makeInput(options: BuildSiteOptions): string {
  fs.mkdirSync(sitesDir, { recursive: true });
  const temp = temporary(fs.mkdtempSync(path.join(sitesDir, "site-")));
  const input = path.join(temp, "content");
  linkSitePages(path.join(root, "content"), input, "");
  if (options.fixture) copyTree(path.join(path.resolve(root, options.fixture), "content"), input);
  for (const [file, text] of Object.entries(options.files ?? {})) {
    const target = path.join(input, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { force: true });
    fs.writeFileSync(target, text);
  }
  options.prepare?.(input);
  return input;
}

// Everything of the site's input but its articles (news/*.md), as symlinks.
function linkSitePages(from: string, to: string, relative: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) linkSitePages(path.join(from, entry.name), path.join(to, entry.name), rel);
    // Images are copied: the build refuses an image whose real path leaves the input folder.
    else if (rel.startsWith("images/")) fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
    else if (!/^news\/.*\.md$/.test(rel)) fs.symlinkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

function copyTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      copyTree(source, target);
    } else {
      fs.rmSync(target, { force: true });
      fs.copyFileSync(source, target);
    }
  }
}
