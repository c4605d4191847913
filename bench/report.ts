// Turns build samples into medians, ratios, growth and target checks, and prints them as a table.
import { BUILD_KINDS, type BuildKind } from "./build-kind.ts";
import type { BuildSample } from "./measure-build.ts";
import type { MarkdownOverhead } from "./markdown-overhead.ts";

/** Medians of one kind of build at one archive size, and its ratios to the bare build. */
export interface BuildSummary {
  wallMs: number;
  cpuMs: number;
  /** Of `cpuMs`, the median CPU time of site search's indexing (Pagefind's binary). */
  searchCpuMs: number;
  /** The search bundle of the last sample (the same archive gives the same index). */
  searchIndex?: { files: number; bytes: number };
  peakRssMb: number;
  msPerArticle: number;
  filesWritten: number;
  /**
   * The median of paired ratios: each round's wall time over the same round's bare build (run
   * back to back, so a drift in the machine's speed hits both); 1 for bare itself.
   */
  wallVsBare: number;
  /** The median of paired ratios of CPU time (user + system), as {@link wallVsBare}. */
  cpuVsBare: number;
  samples: BuildSample[];
}

/** Every kind of build at one archive size (`full`, `full-1t`, `bare`). */
export interface SizeSummary extends Record<BuildKind, BuildSummary> {
  articles: number;
}

/** How the one-thread build (`full-1t`) fares against a target judged on `full`. */
export interface OneThreadCheck {
  measured: string;
  met: boolean | null;
}

/**
 * One issue-8 target and whether this run met it (`null`: not measured in this run). Targets are
 * judged on `full`, the build production runs; those about builds also say how `full-1t` fares.
 */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
  oneThread?: OneThreadCheck;
}

/** The neighbour micro-benchmark's result, or why there is none. */
export type NeighbourResult = { medianMs: number; articles: number } | { unavailable: string };

/** Growth of each build's wall and CPU time from the smallest to the largest archive. */
export interface Growth {
  from: number;
  to: number;
  wall: Record<BuildKind, number>;
  cpu: Record<BuildKind, number>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians per kind and each kind's ratios to bare for one archive size. Every kind needs a sample. */
export function summarise(articles: number, samples: BuildSample[]): SizeSummary {
  const medians = (kind: BuildKind) => {
    const mine = samples.filter((s) => s.kind === kind);
    if (mine.length === 0) throw new Error(`summarise(${articles}): no \`${kind}\` sample among ${samples.length} (expected every one of ${BUILD_KINDS.join(", ")})`);
    const wallMs = median(mine.map((s) => s.wallMs));
    return {
      wallMs,
      cpuMs: median(mine.map((s) => s.cpuMs)),
      searchCpuMs: median(mine.map((s) => s.searchCpuMs ?? 0)),
      searchIndex: mine.at(-1)?.searchIndex,
      peakRssMb: Math.max(...mine.map((s) => s.peakRssMb)), // the worst round: a peak is a limit
      msPerArticle: wallMs / articles,
      filesWritten: median(mine.map((s) => s.filesWritten)),
      samples: mine,
    };
  };
  const bare = medians("bare");
  const paired = (mine: BuildSample[], field: "wallMs" | "cpuMs") =>
    median(mine.map((sample, round) => sample[field] / bare.samples[Math.min(round, bare.samples.length - 1)]![field]));
  const of = (kind: BuildKind): BuildSummary => {
    const m = kind === "bare" ? bare : medians(kind);
    return { ...m, wallVsBare: paired(m.samples, "wallMs"), cpuVsBare: paired(m.samples, "cpuMs"), samples: m.samples };
  };
  return { articles, full: of("full"), "full-1t": of("full-1t"), bare: of("bare") };
}

/** Growth of each build's wall and CPU time from the smallest to the largest archive (null with one size). */
export function growth(sizes: SizeSummary[]): Growth | null {
  if (sizes.length < 2) return null;
  const first = sizes[0]!;
  const last = sizes[sizes.length - 1]!;
  const per = (field: "wallMs" | "cpuMs") =>
    Object.fromEntries(BUILD_KINDS.map((kind) => [kind, last[kind][field] / first[kind][field]])) as Record<BuildKind, number>;
  return { from: first.articles, to: last.articles, wall: per("wallMs"), cpu: per("cpuMs") };
}

/** The issue's targets against this run: judged on `full`, with `full-1t`'s result beside the build targets. */
export function checkTargets(sizes: SizeSummary[], markdown: MarkdownOverhead, neighbours: NeighbourResult): TargetCheck[] {
  const at = (n: number) => sizes.find((s) => s.articles === n);
  const checks: TargetCheck[] = [];
  // Every build target is "value ≤ limit"; `value` is null when this run did not measure it.
  const buildTarget = (target: string, value: ((kind: BuildKind) => number) | null, limit: number, format: (v: number) => string) => {
    const on = (kind: BuildKind) => (value ? { measured: format(value(kind)), met: value(kind) <= limit } : { measured: "not run", met: null });
    checks.push({ target, ...on("full"), oneThread: on("full-1t") });
  };
  for (const n of [4000, 10000]) {
    const s = at(n);
    buildTarget(`full ≤ 0.9× bare at ${n}`, s ? (k) => s[k].wallVsBare : null, 0.9, (v) => `${v.toFixed(2)}×`);
  }
  const g = growth(sizes);
  const linear = g ? g.to / g.from : 10;
  buildTarget(`growth ${g?.from ?? 1000}→${g?.to ?? 10000} ≤ ${linear}`, g ? (k) => g.wall[k] : null, linear, (v) => v.toFixed(2));
  const big = at(10000);
  buildTarget("peak RSS at 10,000 ≤ 550 MB", big ? (k) => big[k].peakRssMb : null, 550, (v) => `${v.toFixed(0)} MB`);
  checks.push({ target: "plugin overhead on directive-free Markdown ≤ 3 %", measured: `${markdown.overheadPercent.toFixed(1)} %`, met: markdown.overheadPercent <= 3 });
  checks.push(
    "unavailable" in neighbours
      ? { target: "neighbour index ≤ 100 ms at 50,000", measured: `not available (${neighbours.unavailable})`, met: false }
      : { target: `neighbour index ≤ 100 ms at ${neighbours.articles}`, measured: `${neighbours.medianMs.toFixed(1)} ms`, met: neighbours.medianMs <= 100 },
  );
  return checks;
}

/** The table printed by `npm run bench`: one row per build and size, then growth, micro-benchmarks and targets. */
export function formatTable(sizes: SizeSummary[], markdown: MarkdownOverhead, neighbours: NeighbourResult, targets: TargetCheck[]): string {
  const rows = [["articles", "build", "wall s", "CPU s", "of it search", "peak RSS MB", "ms/article", "files", "wall vs bare", "CPU vs bare"]];
  for (const s of sizes) {
    for (const kind of BUILD_KINDS) {
      const b = s[kind];
      rows.push([
        s.articles.toLocaleString("en-US"),
        kind,
        (b.wallMs / 1000).toFixed(2),
        (b.cpuMs / 1000).toFixed(2),
        kind === "bare" ? "" : (b.searchCpuMs / 1000).toFixed(2),
        b.peakRssMb.toFixed(0),
        b.msPerArticle.toFixed(2),
        String(b.filesWritten),
        kind === "bare" ? "" : `${b.wallVsBare.toFixed(2)}×`,
        kind === "bare" ? "" : `${b.cpuVsBare.toFixed(2)}×`,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const out = [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)];
  const g = growth(sizes);
  if (g) {
    out.push("", `growth ${g.from}→${g.to} articles: ` +
      BUILD_KINDS.map((kind) => `${kind} ${g.wall[kind].toFixed(2)}× wall (${g.cpu[kind].toFixed(2)}× CPU)`).join(", "));
  }
  for (const size of sizes) {
    const index = size.full.searchIndex;
    if (index) out.push("", `site search at ${size.articles.toLocaleString("en-US")} articles: Pagefind ${(size.full.searchCpuMs / 1000).toFixed(2)} s CPU (median), bundle ${(index.bytes / 1e6).toFixed(1)} MB in ${index.files.toLocaleString("en-US")} files`);
  }
  out.push(
    "",
    `Markdown, ${markdown.documents} directive-free articles × ${markdown.rounds} rounds: plain markdown-it ${markdown.plainMs.toFixed(1)} ms, ` +
      `with newsdeskMarkdown ${markdown.pluginMs.toFixed(1)} ms, overhead ${markdown.overheadPercent.toFixed(1)} %`,
    "unavailable" in neighbours
      ? `neighbour index: not available (${neighbours.unavailable})`
      : `neighbour index at ${neighbours.articles.toLocaleString("en-US")} articles: median ${neighbours.medianMs.toFixed(1)} ms`,
    "",
    "targets (issue 8), judged on full; full-1t beside:",
    ...targets.map((t) => `  ${verdict(t.met)} ${t.target}: ${t.measured}` +
      (t.oneThread && t.oneThread.met !== null ? ` (full-1t: ${t.oneThread.measured}, ${verdict(t.oneThread.met).trim()})` : "")),
  );
  return out.join("\n");
}

function verdict(met: boolean | null): string {
  return met === null ? "—   " : met ? "met " : "MISS";
}
