// One measured build in a fresh child process: wall time, CPU time (user+sys) and peak RSS via GNU time.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { BuildKind } from "./build-kind.ts";
import { repoRoot } from "./generate-archive.ts";
import { pagefindTimer } from "./pagefind-cpu.ts";
import { gnuTimeUsage } from "./gnu-time.ts";
import { folderSize } from "../src/search/write-search-index.ts";
import { PAGEFIND_DIR } from "../src/search/search-names.ts";

export { BUILD_KINDS, type BuildKind } from "./build-kind.ts";

/** What one build cost. CPU counts the child, everything it waited for, and Pagefind's binary. */
export interface BuildSample {
  kind: BuildKind;
  wallMs: number;
  cpuMs: number;
  /** Of `cpuMs`, site search's indexing (Pagefind's binary); none for bare. */
  searchCpuMs?: number;
  /** The search bundle the build wrote (`pagefind/`: engine and index); none for bare. */
  searchIndex?: { files: number; bytes: number };
  /** Peak resident set size of the largest process of the build, in MB. */
  peakRssMb: number;
  /** Files Eleventy reports it wrote (a sanity check that the build did the work). */
  filesWritten: number;
}

const TIME = "/usr/bin/time";
const ELEVENTY_CLI = path.join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs");
const SITE_BUILD = path.join(repoRoot, "scripts/build.mjs");

/**
 * The command line of each build, from the archive's root with a relative input (`content` or
 * `bare`): for the site, what `npm run build` runs (`node scripts/build.mjs`); for bare, Eleventy's
 * own CLI, as `npx @11ty/eleventy` runs it. A relative input matters: for an input outside the
 * working directory, Eleventy 3.1 looks for data files under the wrong path and silently builds
 * pages without their layout and permalink. `full` and `full-1t` differ only in their
 * environment ({@link buildEnv}).
 */
export function buildCommand(kind: BuildKind, input: string, output: string): string[] {
  const common = [`--input=${input}`, `--output=${output}`, "--quiet"];
  return kind !== "bare"
    ? [process.execPath, SITE_BUILD, `--config=${path.join(repoRoot, "eleventy.config.ts")}`, ...common]
    : [process.execPath, ELEVENTY_CLI, `--config=${path.join(repoRoot, "bench/bare/eleventy.config.js")}`, ...common];
}

/**
 * The environment of each build, from `base` (the bench's own): production mode, and the render
 * worker left to the site's default for `full` (even if the caller's shell sets
 * `NEWSDESK_RENDER_WORKER`), forced off for `full-1t`.
 */
export function buildEnv(kind: BuildKind, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, ELEVENTY_RUN_MODE: "build", NODE_ENV: "production" };
  delete env.NEWSDESK_RENDER_WORKER;
  if (kind === "full-1t") env.NEWSDESK_RENDER_WORKER = "off";
  return env;
}

/** Where and how {@link measureBuild} runs a build. */
export interface MeasureOptions {
  /** The folder in which the build gets a fresh output folder, removed afterwards (see bench/output-location.ts). */
  outputRoot: string;
  /** Variables to set over {@link buildEnv}'s (the warm-up forces the render worker on to load its modules). */
  env?: Record<string, string>;
}

/**
 * Builds `input` (a folder of the archive `root`) into a fresh folder under `outputRoot` (removed
 * afterwards) in production mode and measures it. Rejects with the build's last output lines when
 * it fails.
 */
export async function measureBuild(kind: BuildKind, root: string, input: string, options: MeasureOptions): Promise<BuildSample> {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} not found: install GNU time (\`apt-get install time\`)`);
  const output = fs.mkdtempSync(path.join(options.outputRoot, `newsdesk-bench-${kind}-`));
  try {
    const [command, ...args] = buildCommand(kind, path.relative(root, input), output);
    const search = kind === "bare" ? undefined : pagefindTimer();
    const env = { ...buildEnv(kind, process.env), ...search?.env, ...options.env };
    const started = performance.now();
    const { code, stdout, stderr } = await run(TIME, ["-v", command!, ...args], root, env);
    const wallMs = performance.now() - started;
    if (code !== 0) {
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-25).join("\n");
      throw new Error(`${kind} build of ${input} failed (exit ${code}):\n${tail}`);
    }
    checkOutput(kind, output);
    const usage = gnuTimeUsage(stderr);
    const searchCpuMs = (await search?.cpuMs()) ?? 0;
    const searchDir = path.join(output, PAGEFIND_DIR);
    const searchIndex = kind !== "bare" && fs.existsSync(searchDir) ? folderSize(searchDir) : undefined;
    return {
      kind,
      wallMs,
      cpuMs: usage.cpuMs + searchCpuMs,
      searchCpuMs,
      searchIndex,
      peakRssMb: usage.peakRssMb,
      filesWritten: Number(stdout.match(/Wrote (\d+) files/)?.[1] ?? 0),
    };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

/**
 * Fails when a build "succeeded" without its real work: for the full builds, article pages at
 * their dated URLs (`news/YYYY/MM/DD/<slug>/index.html`, written by the article pipeline).
 */
export function checkOutput(kind: BuildKind, output: string): void {
  const news = path.join(output, "news");
  if (kind !== "bare" && !firstDatedPage(news)) {
    throw new Error(
      `the ${kind} build wrote no news/YYYY/MM/DD/<slug>/index.html into ${output}: ` +
        "the article pipeline's page template (src/articles/article-page-template.ts) built no article pages",
    );
  }
  if (kind === "bare" && !fs.existsSync(path.join(news, "article-00001/index.html"))) {
    throw new Error(`the bare build wrote no news/article-00001/index.html into ${output}`);
  }
}

/** The first `YYYY/MM/DD/<slug>/index.html` under `news`, or undefined; stops at the first found. */
function firstDatedPage(news: string): string | undefined {
  const dirs = (dir: string, pattern: RegExp) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => pattern.test(name)).map((name) => path.join(dir, name)) : [];
  for (const year of dirs(news, /^\d{4}$/)) {
    for (const month of dirs(year, /^\d{2}$/)) {
      for (const day of dirs(month, /^\d{2}$/)) {
        const page = dirs(day, /./).map((slug) => path.join(slug, "index.html")).find((file) => fs.existsSync(file));
        if (page) return page;
      }
    }
  }
  return undefined;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
