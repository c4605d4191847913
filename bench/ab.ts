// `npm run bench:ab -- <checkout A> <checkout B>`: two checkouts of the site, built pair by pair
// (A then B back to back) over the same synthetic archive; the medians of the paired ratios B/A
// in wall and CPU time, and each side's peak RSS. For "does this change make the build slower?".
// Options: --articles 4000  --pairs 5  --env-a K=V,K=V  --env-b K=V (e.g. NEWSDESK_RENDER_WORKER=off)
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { median } from "./report.ts";
import { pagefindTimer } from "./pagefind-cpu.ts";
import { gnuTimeUsage } from "./gnu-time.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: "string", default: "4000" },
    pairs: { type: "string", default: "5" },
    "env-a": { type: "string", default: "" },
    "env-b": { type: "string", default: "" },
  },
});
const [a, b] = positionals.map((root) => path.resolve(root));
const articles = Number(values.articles);
const pairs = Number(values.pairs);
if (!a || !b || !(articles >= 1) || !(pairs >= 1)) {
  console.error("usage: tsx bench/ab.ts <checkout A> <checkout B> [--articles N] [--pairs N] [--env-a K=V,…] [--env-b K=V,…]");
  process.exit(2);
}

/** `K=V,K=V` as variables. */
function envOf(list: string): Record<string, string> {
  return Object.fromEntries(list.split(",").filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
}

/** One production build of `archive` with the checkout `root`'s `npm run build` command, under GNU time. */
async function build(root: string, archive: string, env: Record<string, string>): Promise<{ wallMs: number; cpuMs: number; rssMb: number }> {
  const search = pagefindTimer();
  const output = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "newsdesk-ab-"));
  try {
    const started = performance.now();
    const run = spawnSync("/usr/bin/time", ["-v", process.execPath, path.join(root, "scripts/build.mjs"), `--config=${path.join(root, "eleventy.config.ts")}`, "--input=content", `--output=${output}/_site`, "--quiet"], {
      cwd: archive,
      encoding: "utf8",
      env: { ...process.env, ...search.env, ...env },
    });
    const wallMs = performance.now() - started;
    if (run.status !== 0) throw new Error(`build with ${root} failed:\n${run.stderr.slice(-2000)}`);
    const usage = gnuTimeUsage(run.stderr);
    // Pagefind's binary is killed, not waited for, so GNU time does not count it: its wrapper does.
    return { wallMs, cpuMs: usage.cpuMs + (await search.cpuMs()), rssMb: usage.peakRssMb };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-ab-archives-"));
try {
  // Each checkout writes its own copy of the archive (the same seed, the same articles): the
  // site's pages are linked from the checkout that builds them.
  const archives = [a, b].map((root, i) => {
    const dir = path.join(work, `archive-${i}`);
    const made = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "bench/generate-archive.ts"), dir, String(articles)], { cwd: root, encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    return dir;
  });
  const envs = [envOf(values["env-a"]), envOf(values["env-b"])];
  // Not counted: each side's first build fills caches (tsx's, the worker bundle's, the OS's).
  for (const i of [0, 1]) await build([a, b][i]!, archives[i]!, envs[i]!);
  const wall: number[] = [];
  const cpu: number[] = [];
  const rss: [number[], number[]] = [[], []];
  for (let pair = 1; pair <= pairs; pair++) {
    const first = await build(a, archives[0]!, envs[0]!);
    const second = await build(b, archives[1]!, envs[1]!);
    wall.push(second.wallMs / first.wallMs);
    cpu.push(second.cpuMs / first.cpuMs);
    rss[0].push(first.rssMb);
    rss[1].push(second.rssMb);
    console.log(`pair ${pair}/${pairs}: A ${(first.wallMs / 1000).toFixed(2)} s wall, ${(first.cpuMs / 1000).toFixed(2)} s CPU, ${first.rssMb.toFixed(0)} MB; ` +
      `B ${(second.wallMs / 1000).toFixed(2)} s, ${(second.cpuMs / 1000).toFixed(2)} s, ${second.rssMb.toFixed(0)} MB`);
  }
  console.log(`\n${articles} articles, ${pairs} pairs: B/A wall ${median(wall).toFixed(3)}×, CPU ${median(cpu).toFixed(3)}×; ` +
    `peak RSS A ${Math.max(...rss[0]).toFixed(0)} MB, B ${Math.max(...rss[1]).toFixed(0)} MB`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
