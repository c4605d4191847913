// The benchmark's report: medians, ratios to bare, growth and targets for full, full-1t and bare.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { BuildKind, BuildSample } from "../../bench/measure-build.ts";
import type { MarkdownOverhead } from "../../bench/markdown-overhead.ts";
import { checkTargets, formatTable, growth, summarise, type SizeSummary } from "../../bench/report.ts";

/** One sample: wall and CPU in ms (of it, search's), peak RSS in MB. */
const sample = (kind: BuildKind, wallMs: number, cpuMs: number, peakRssMb: number, filesWritten = 1000, searchCpuMs?: number): BuildSample =>
  ({ kind, wallMs, cpuMs, peakRssMb, filesWritten, searchCpuMs });

// Three interleaved rounds at 1,000 articles; medians: full 3000 / 4400, full-1t 3600 / 3800, bare 2000 / 2400.
const rounds1000 = [
  sample("full", 3000, 4000, 270, 1167, 1000), sample("full-1t", 3600, 3800, 250, 1167, 900), sample("bare", 2000, 2200, 150),
  sample("full", 2000, 4400, 280, 1167, 1200), sample("full-1t", 3300, 3700, 255, 1167, 950), sample("bare", 2500, 2600, 160),
  { ...sample("full", 4000, 5000, 275, 1167, 1100), searchIndex: { files: 1035, bytes: 2_500_000 } }, sample("full-1t", 3900, 4000, 240, 1167, 1000), sample("bare", 1500, 2400, 155),
];

/** One round per kind at `articles`: [wall ms, peak RSS MB] of full, full-1t and bare (CPU = wall). */
function oneRound(articles: number, full: [number, number], oneThread: [number, number], bare: [number, number]): SizeSummary {
  return summarise(articles, [
    sample("full", full[0], full[0], full[1]),
    sample("full-1t", oneThread[0], oneThread[0], oneThread[1]),
    sample("bare", bare[0], bare[0], bare[1]),
  ]);
}

// full meets the 0.9× target at 4,000 and the RSS limit at 10,000; full-1t misses both. Both grow < 10×.
const threeSizes = [
  summarise(1000, rounds1000),
  oneRound(4000, [7000, 500], [9000, 450], [8000, 270]),
  oneRound(10000, [20000, 540], [32000, 600], [21000, 520]),
];
const markdown: MarkdownOverhead = { documents: 300, rounds: 80, plainMs: 100, pluginMs: 102, overheadPercent: 2 };
const neighbours = { medianMs: 70, articles: 50000 };

const Summarise = suite("summarise");

Summarise("takes medians of wall and CPU, the worst peak RSS, and ms per article, for each of the three kinds", () => {
  const s = threeSizes[0]!;
  assert.is(s.articles, 1000);
  assert.equal([s.full.wallMs, s.full.cpuMs, s.full.peakRssMb, s.full.msPerArticle, s.full.filesWritten], [3000, 4400, 280, 3, 1167]);
  assert.equal([s["full-1t"].wallMs, s["full-1t"].cpuMs, s["full-1t"].peakRssMb, s["full-1t"].msPerArticle], [3600, 3800, 255, 3.6]);
  assert.equal([s.bare.wallMs, s.bare.cpuMs, s.bare.peakRssMb, s.bare.filesWritten], [2000, 2400, 160, 1000]);
  assert.equal(s["full-1t"].samples, rounds1000.filter((r) => r.kind === "full-1t"));
});

Summarise("computes each kind's ratios against bare as the median of paired rounds (bare's own are 1)", () => {
  const s = threeSizes[0]!;
  // Rounds' wall ratios 1.5, 0.8, 2.67 and CPU ratios 1.82, 1.69, 2.08: not the ratio of medians (1.5, 1.83).
  assert.equal([s.full.wallVsBare, s.full.cpuVsBare], [3000 / 2000, 4000 / 2200]);
  assert.equal([s["full-1t"].wallVsBare, s["full-1t"].cpuVsBare], [3600 / 2000, 4000 / 2400]);
  assert.equal([s.bare.wallVsBare, s.bare.cpuVsBare], [1, 1]);
});

Summarise("refuses samples that lack a kind, naming it", () => {
  const noOneThread = rounds1000.filter((r) => r.kind !== "full-1t");
  assert.throws(
    () => summarise(1000, noOneThread),
    (error: Error) => error.message === "summarise(1000): no `full-1t` sample among 6 (expected every one of full, full-1t, bare)",
  );
});

Summarise.run();

const Growth = suite("growth");

Growth("gives each kind's growth in wall and CPU time from the smallest archive to the largest", () => {
  const g = growth(threeSizes)!;
  assert.equal([g.from, g.to], [1000, 10000]);
  assert.equal(g.wall, { full: 20000 / 3000, "full-1t": 32000 / 3600, bare: 21000 / 2000 });
  assert.equal(g.cpu, { full: 20000 / 4400, "full-1t": 32000 / 3800, bare: 21000 / 2400 });
  assert.is(growth(threeSizes.slice(0, 1)), null);
});

Growth.run();

const Targets = suite("checkTargets");

Targets("judges the build targets on full and reports full-1t beside each", () => {
  const targets = checkTargets(threeSizes, markdown, neighbours);
  const build = targets.slice(0, 4).map((t) => [t.target, t.measured, t.met, t.oneThread?.measured, t.oneThread?.met]);
  assert.equal(build, [
    ["full ≤ 0.9× bare at 4000", "0.88×", true, "1.13×", false],
    ["full ≤ 0.9× bare at 10000", "0.95×", false, "1.52×", false],
    ["growth 1000→10000 ≤ 10", "6.67", true, "8.89", true],
    ["peak RSS at 10,000 ≤ 550 MB", "540 MB", true, "600 MB", false],
  ]);
});

Targets("gives the Markdown and neighbour targets no full-1t result (they are not builds)", () => {
  const [markdownTarget, neighbourTarget] = checkTargets(threeSizes, markdown, neighbours).slice(4);
  assert.equal(markdownTarget, { target: "plugin overhead on directive-free Markdown ≤ 3 %", measured: "2.0 %", met: true });
  assert.equal(neighbourTarget, { target: "neighbour index ≤ 100 ms at 50000", measured: "70.0 ms", met: true });
});

Targets("marks build targets this run did not measure (--quick) as not run, for both builds", () => {
  for (const t of checkTargets(threeSizes.slice(0, 1), markdown, neighbours).slice(0, 4)) {
    assert.equal([t.measured, t.met, t.oneThread], ["not run", null, { measured: "not run", met: null }], t.target);
  }
});

Targets.run();

const Table = suite("formatTable");

Table("has a row per kind and size in run order, with ratios to bare on the full and full-1t rows", () => {
  const lines = formatTable(threeSizes, markdown, neighbours, checkTargets(threeSizes, markdown, neighbours)).split("\n");
  const cells = (line: string) => line.split("|").slice(1, -1).map((c) => c.trim());
  assert.equal(cells(lines[0]!), ["articles", "build", "wall s", "CPU s", "of it search", "peak RSS MB", "ms/article", "files", "wall vs bare", "CPU vs bare"]);
  const rows = lines.slice(2, 11).map(cells);
  assert.equal(rows.map((r) => `${r[0]} ${r[1]}`), [
    "1,000 full", "1,000 full-1t", "1,000 bare",
    "4,000 full", "4,000 full-1t", "4,000 bare",
    "10,000 full", "10,000 full-1t", "10,000 bare",
  ]);
  assert.equal(rows[0], ["1,000", "full", "3.00", "4.40", "1.10", "280", "3.00", "1167", "1.50×", "1.82×"]);
  assert.equal(rows[1], ["1,000", "full-1t", "3.60", "3.80", "0.95", "255", "3.60", "1167", "1.80×", "1.67×"]);
  assert.equal(rows[2], ["1,000", "bare", "2.00", "2.40", "", "160", "2.00", "1000", "", ""]);
  assert.ok(lines.includes("site search at 1,000 articles: Pagefind 1.10 s CPU (median), bundle 2.5 MB in 1,035 files"), lines.join("\n"));
  assert.ok(lines.includes("growth 1000→10000 articles: full 6.67× wall (4.55× CPU), full-1t 8.89× wall (8.42× CPU), bare 10.50× wall (8.75× CPU)"));
});

Table("lists the targets with full-1t's result beside the build targets only", () => {
  const table = formatTable(threeSizes, markdown, neighbours, checkTargets(threeSizes, markdown, neighbours));
  const targets = table.slice(table.indexOf("targets (issue 8)")).split("\n");
  assert.equal(targets, [
    "targets (issue 8), judged on full; full-1t beside:",
    "  met  full ≤ 0.9× bare at 4000: 0.88× (full-1t: 1.13×, MISS)",
    "  MISS full ≤ 0.9× bare at 10000: 0.95× (full-1t: 1.52×, MISS)",
    "  met  growth 1000→10000 ≤ 10: 6.67 (full-1t: 8.89, met)",
    "  met  peak RSS at 10,000 ≤ 550 MB: 540 MB (full-1t: 600 MB, MISS)",
    "  met  plugin overhead on directive-free Markdown ≤ 3 %: 2.0 %",
    "  met  neighbour index ≤ 100 ms at 50000: 70.0 ms",
  ]);
});

Table("leaves out full-1t's result for targets not run", () => {
  const one = threeSizes.slice(0, 1);
  const table = formatTable(one, markdown, neighbours, checkTargets(one, markdown, neighbours));
  assert.ok(table.includes("\n  —    full ≤ 0.9× bare at 4000: not run\n"));
  assert.not.ok(table.includes(" articles: full "), "no growth line with one size");
});

Table.run();
