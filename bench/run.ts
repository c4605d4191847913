// `npm run bench`: the full Newsdesk site (as production builds it, and in one thread) against bare
// Eleventy over synthetic archives (issue 8), plus the Markdown and neighbour-index micro-benchmarks.
// Writes a table and bench/results.json.
// Options: --articles 1000,4000,10000  --rounds 5  --quick (1,000 articles, 1 round)  --seed 8
//          --disk (builds write their output under os.tmpdir() rather than tmpfs: see bench/output-location.ts)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { generateArticles, repoRoot, writeArchive } from "./generate-archive.ts";
import { hugoBinary, hugoLine, measureHugo, writeHugoSite, type HugoSample } from "./hugo.ts";
import { measureMarkdownOverhead } from "./markdown-overhead.ts";
import { BUILD_KINDS, measureBuild, type BuildSample } from "./measure-build.ts";
import { chooseOutputLocation, describeOutputLocation, isWritableDir } from "./output-location.ts";
import { checkTargets, formatTable, summarise, type NeighbourResult, type SizeSummary } from "./report.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000,4000,10000" },
    rounds: { type: "string", default: "5" },
    quick: { type: "boolean", default: false },
    seed: { type: "string", default: "8" },
    disk: { type: "boolean", default: false },
  },
});
const sizes = values.quick ? [1000] : values.articles.split(",").map((n) => Number(n.trim()));
const rounds = values.quick ? 1 : Number(values.rounds);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(rounds >= 1)) {
  console.error(`--articles takes whole numbers (got \`${values.articles}\`), --rounds at least 1 (got \`${values.rounds}\`)`);
  process.exit(2);
}
if (values.quick) console.log("--quick: 1,000 articles, 1 round — a smoke run, not figures to quote.\n");
else if (rounds < 5) console.log(`${rounds} round(s): fewer than the 5 pairs the figures are quoted from — not figures to quote.\n`);

const output = chooseOutputLocation(values.disk, os.tmpdir(), isWritableDir);
console.log(`${describeOutputLocation(output)}\n`);
const measure = { outputRoot: output.dir };

const startedAt = new Date();
const loadBefore = os.loadavg();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-bench-"));
const results: SizeSummary[] = [];
// Hugo over the same Markdown, when Debian's `hugo` is installed (bench/hugo.ts).
const hugo = hugoBinary();
const hugoLines: string[] = [];
const hugoResults: Array<{ articles: number; samples: HugoSample[] }> = [];
if (!hugo) console.log("hugo is not on the PATH (apt-get install hugo): Hugo is left out.\n");
try {
  // Warm-up, not counted: fills tsx's transform cache, the worker bundle's cache and the OS file cache. At 50
  // articles the site renders in one thread unless told otherwise: the worker is forced on once so
  // its modules are transformed and cached too.
  const warm = writeArchive(path.join(work, "warm-up"), 50, seed);
  await measureBuild("full", warm.root, warm.siteInput, { ...measure, env: { NEWSDESK_RENDER_WORKER: "on" } });
  await measureBuild("full-1t", warm.root, warm.siteInput, measure);
  await measureBuild("bare", warm.root, warm.bareInput, measure);

  for (const n of sizes) {
    const archive = writeArchive(path.join(work, `archive-${n}`), n, seed);
    // Not counted either: every kind of build reads the archive's files into the OS file cache once.
    for (const kind of BUILD_KINDS) await measureBuild(kind, archive.root, kind === "bare" ? archive.bareInput : archive.siteInput, measure);
    const samples: BuildSample[] = [];
    const hugoSite = hugo ? writeHugoSite(archive.root, path.join(archive.bareInput, "news")) : undefined;
    if (hugo && hugoSite) measureHugo(hugo, hugoSite, output.dir);
    const hugoSamples: HugoSample[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Each round runs full then bare back to back (a pair: the report's ratios are the median of
      // each round's), then the one-thread build: a change in the machine's speed hits a pair alike.
      for (const kind of ["full", "bare", "full-1t"] as const) {
        const input = kind === "bare" ? archive.bareInput : archive.siteInput;
        const sample = await measureBuild(kind, archive.root, input, measure);
        samples.push(sample);
        console.log(`${n} articles, round ${round}/${rounds}, ${kind}: ${(sample.wallMs / 1000).toFixed(2)} s wall, ` +
          `${(sample.cpuMs / 1000).toFixed(2)} s CPU${sample.searchCpuMs ? ` (search ${(sample.searchCpuMs / 1000).toFixed(2)} s)` : ""}, ${sample.peakRssMb.toFixed(0)} MB`);
      }
      if (hugo && hugoSite) {
        const sample = measureHugo(hugo, hugoSite, output.dir);
        hugoSamples.push(sample);
        console.log(`${n} articles, round ${round}/${rounds}, hugo: ${(sample.wallMs / 1000).toFixed(2)} s wall, ${(sample.cpuMs / 1000).toFixed(2)} s CPU, ${sample.peakRssMb.toFixed(0)} MB`);
      }
    }
    const summary = summarise(n, samples);
    results.push(summary);
    if (hugoSamples.length) {
      hugoResults.push({ articles: n, samples: hugoSamples });
      hugoLines.push(hugoLine(n, hugoSamples, summary.full.wallMs, summary.bare.wallMs));
    }
    fs.rmSync(archive.root, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

// The neighbour index first: after the Markdown passes' garbage its timings rose by a third.
const neighbours = await neighbourBenchmark();
// 1,000 articles a pass (~45 ms): with 300 (~13 ms) the overhead swung by ±2 points between runs.
const directiveFree = generateArticles(3000, seed).filter((a) => !a.hasDirectives).slice(0, 1000).map((a) => a.body);
const markdown = measureMarkdownOverhead(directiveFree, values.quick ? 10 : 80);
const targets = checkTargets(results, markdown, neighbours);

console.log(`\n${formatTable(results, markdown, neighbours, targets)}${hugoLines.length ? `\n\n${hugoLines.join("\n")}` : ""}\n\n${describeOutputLocation(output)}`);
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverageAtStart: loadBefore,
};
const json = { startedAt, finishedAt: new Date(), quick: values.quick, rounds, seed, machine, output, sizes: results, hugo: hugoResults, markdown, neighbours, targets };
fs.writeFileSync(path.join(repoRoot, "bench/results.json"), `${JSON.stringify(json, null, 2)}\n`);
console.log(`\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}; ` +
  `load average at start ${loadBefore.map((l) => l.toFixed(1)).join(" ")}\nwrote bench/results.json`);

/** The neighbours engineer's micro-benchmark (bench/neighbours.bench.ts), at 50,000 articles. */
async function neighbourBenchmark(): Promise<NeighbourResult> {
  const file = path.join(repoRoot, "bench/neighbours.bench.ts");
  if (!fs.existsSync(file)) return { unavailable: "bench/neighbours.bench.ts does not exist yet" };
  const module = (await import("./neighbours.bench.ts")) as { benchNeighbours?: (o: { articles: number }) => { medianMs: number; articles: number } };
  if (typeof module.benchNeighbours !== "function") return { unavailable: "bench/neighbours.bench.ts exports no benchNeighbours()" };
  const { medianMs, articles } = module.benchNeighbours({ articles: 50_000 });
  return { medianMs, articles };
}
