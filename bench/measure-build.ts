// One measured build in a fresh child process: wall time, CPU time (user+sys) and peak RSS via GNU time.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./generate-archive.ts";

/** Which build: the full Newsdesk site, or bare Eleventy over the same Markdown. */
export type BuildKind = "full" | "bare";

/** What one build cost. CPU counts the child and everything it waited for (esbuild under tsx). */
export interface BuildSample {
  kind: BuildKind;
  wallMs: number;
  cpuMs: number;
  /** Peak resident set size of the largest process of the build, in MB. */
  peakRssMb: number;
  /** Files Eleventy reports it wrote (a sanity check that the build did the work). */
  filesWritten: number;
}

const TIME = "/usr/bin/time";
const ELEVENTY_CLI = path.join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs");
// tsx by URL: the build runs outside the repository, where a bare `tsx` would not resolve.
const TSX = import.meta.resolve("tsx");

/**
 * The command line of each build: Eleventy's own CLI, as `npm run build` and `npx @11ty/eleventy`
 * run it, from the archive's root with a relative input (`content` or `bare`). A relative input
 * matters: for an input outside the working directory, Eleventy 3.1 looks for directory data
 * files (`news/news.11tydata.ts`) under the wrong path and silently builds articles without
 * their layout and permalink.
 */
export function buildCommand(kind: BuildKind, input: string, output: string): string[] {
  const common = [`--input=${input}`, `--output=${output}`, "--quiet"];
  return kind === "full"
    ? [process.execPath, "--import", TSX, ELEVENTY_CLI, `--config=${path.join(repoRoot, "eleventy.config.ts")}`, ...common]
    : [process.execPath, ELEVENTY_CLI, `--config=${path.join(repoRoot, "bench/bare/eleventy.config.js")}`, ...common];
}

/**
 * Builds `input` (a folder of the archive `root`) into a fresh temp dir (removed afterwards) in
 * production mode and measures it. Rejects with the build's last output lines when it fails.
 */
export async function measureBuild(kind: BuildKind, root: string, input: string): Promise<BuildSample> {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} not found: install GNU time (\`apt-get install time\`)`);
  const output = fs.mkdtempSync(path.join(os.tmpdir(), `newsdesk-bench-${kind}-`));
  try {
    const [command, ...args] = buildCommand(kind, path.relative(root, input), output);
    const started = performance.now();
    const { code, stdout, stderr } = await run(TIME, ["-v", command!, ...args], root);
    const wallMs = performance.now() - started;
    if (code !== 0) {
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-25).join("\n");
      throw new Error(`${kind} build of ${input} failed (exit ${code}):\n${tail}`);
    }
    checkOutput(kind, output);
    const field = (label: string) => {
      const match = stderr.match(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`));
      if (!match) throw new Error(`no "${label}" in the output of ${TIME} -v`);
      return Number(match[1]);
    };
    return {
      kind,
      wallMs,
      cpuMs: (field("User time") + field("System time")) * 1000,
      peakRssMb: field("Maximum resident set size") / 1024,
      filesWritten: Number(stdout.match(/Wrote (\d+) files/)?.[1] ?? 0),
    };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

/** Fails when a build "succeeded" without its real work (articles at their dated URLs, with the layout). */
function checkOutput(kind: BuildKind, output: string): void {
  const news = path.join(output, "news");
  const years = fs.existsSync(news) ? fs.readdirSync(news).filter((name) => /^\d{4}$/.test(name)) : [];
  if (kind === "full" && years.length === 0) {
    throw new Error(`the full build wrote no /news/YYYY/MM/DD/<slug>/ pages into ${output}: news.11tydata.ts was not applied`);
  }
  if (kind === "bare" && !fs.existsSync(path.join(news, "article-00001/index.html"))) {
    throw new Error(`the bare build wrote no news/article-00001/index.html into ${output}`);
  }
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ELEVENTY_RUN_MODE: "build", NODE_ENV: "production" },
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
