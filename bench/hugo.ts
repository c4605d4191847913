// Hugo over the same Markdown (issue 17), when `hugo` is on the PATH (Debian's `hugo` package):
// trivial layouts (bench/hugo/), measured like the other builds, reported beside them.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./generate-archive.ts";
import { gnuTimeUsage } from "./gnu-time.ts";
import { median } from "./report.ts";

/** What one Hugo build cost. */
export interface HugoSample {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** `hugo version`'s first words, e.g. `hugo v0.111.3+extended`. */
  version: string;
}

/** The `hugo` on the PATH, or undefined. */
export function hugoBinary(pathList: string = process.env.PATH ?? ""): string | undefined {
  return pathList
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, "hugo"))
    .find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/**
 * `<root>/hugo/`: bench/hugo/'s config and layouts, and `content/news/` holding hard links to (or
 * copies of) the bare build's articles, the same files. Returns the site folder.
 */
export function writeHugoSite(root: string, bareNews: string): string {
  const site = path.join(root, "hugo");
  fs.cpSync(path.join(repoRoot, "bench/hugo"), site, { recursive: true });
  const news = path.join(site, "content/news");
  fs.mkdirSync(news, { recursive: true });
  for (const name of fs.readdirSync(bareNews)) {
    const from = path.join(bareNews, name);
    try {
      fs.linkSync(from, path.join(news, name));
    } catch {
      fs.copyFileSync(from, path.join(news, name));
    }
  }
  return site;
}

/** Builds `site` with `hugo` into a fresh folder under `outputRoot` (removed afterwards), under GNU time. */
export function measureHugo(hugo: string, site: string, outputRoot: string): HugoSample {
  const output = fs.mkdtempSync(path.join(outputRoot, "newsdesk-bench-hugo-"));
  try {
    const started = performance.now();
    const run = spawnSync("/usr/bin/time", ["-v", hugo, "--quiet", "--source", site, "--destination", output], { encoding: "utf8" });
    const wallMs = performance.now() - started;
    if (run.status !== 0) throw new Error(`hugo build of ${site} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
    if (!fs.existsSync(path.join(output, "news"))) throw new Error(`hugo wrote no news/ into ${output}`);
    const version = spawnSync(hugo, ["version"], { encoding: "utf8" }).stdout.split(" ").slice(0, 2).join(" ");
    return { wallMs, ...gnuTimeUsage(run.stderr), version };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

/** `Hugo (hugo v0.111.3+extended, trivial layouts) at 4,000 articles: 1.70 s wall, …; full 9.80× its wall, bare 3.10×`. */
export function hugoLine(articles: number, samples: readonly HugoSample[], fullWallMs: number, bareWallMs: number): string {
  const wall = median(samples.map((s) => s.wallMs));
  const cpu = median(samples.map((s) => s.cpuMs));
  const rss = Math.max(...samples.map((s) => s.peakRssMb));
  return `Hugo (${samples[0]!.version}, trivial layouts) at ${articles.toLocaleString("en-US")} articles: ` +
    `${(wall / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU, ${rss.toFixed(0)} MB (median of ${samples.length}); ` +
    `full takes ${(fullWallMs / wall).toFixed(2)}× its wall time, bare ${(bareWallMs / wall).toFixed(2)}×`;
}
