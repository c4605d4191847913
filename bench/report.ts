// Turns build samples into medians, ratios, growth and target checks, and prints them as a table.
import type { BuildKind, BuildSample } from "./measure-build.ts";
import type { MarkdownOverhead } from "./markdown-overhead.ts";

/** Medians of one kind of build at one archive size. */
export interface BuildSummary {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  msPerArticle: number;
  filesWritten: number;
  samples: BuildSample[];
}

/** Both builds at one archive size; ratios are full / bare. */
export interface SizeSummary {
  articles: number;
  full: BuildSummary;
  bare: BuildSummary;
  wallRatio: number;
  cpuRatio: number;
}

/** One issue-8 target and whether this run met it (`null`: not measured in this run). */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

/** The neighbour micro-benchmark's result, or why there is none. */
export type NeighbourResult = { medianMs: number; articles: number } | { unavailable: string };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians per kind and the full/bare ratios for one archive size. */
export function summarise(articles: number, samples: BuildSample[]): SizeSummary {
  const of = (kind: BuildKind): BuildSummary => {
    const mine = samples.filter((s) => s.kind === kind);
    const wallMs = median(mine.map((s) => s.wallMs));
    return {
      wallMs,
      cpuMs: median(mine.map((s) => s.cpuMs)),
      peakRssMb: Math.max(...mine.map((s) => s.peakRssMb)), // the worst round: a peak is a limit
      msPerArticle: wallMs / articles,
      filesWritten: median(mine.map((s) => s.filesWritten)),
      samples: mine,
    };
  };
  const full = of("full");
  const bare = of("bare");
  return { articles, full, bare, wallRatio: full.wallMs / bare.wallMs, cpuRatio: full.cpuMs / bare.cpuMs };
}

/** Growth of each build's wall (and CPU) time from the smallest to the largest archive (null with one size). */
export function growth(sizes: SizeSummary[]): { from: number; to: number; full: number; bare: number; fullCpu: number; bareCpu: number } | null {
  if (sizes.length < 2) return null;
  const first = sizes[0]!;
  const last = sizes[sizes.length - 1]!;
  return {
    from: first.articles,
    to: last.articles,
    full: last.full.wallMs / first.full.wallMs,
    bare: last.bare.wallMs / first.bare.wallMs,
    fullCpu: last.full.cpuMs / first.full.cpuMs,
    bareCpu: last.bare.cpuMs / first.bare.cpuMs,
  };
}

/** The targets against this run. */
export function checkTargets(sizes: SizeSummary[], markdown: MarkdownOverhead, neighbours: NeighbourResult): TargetCheck[] {
  const at = (n: number) => sizes.find((s) => s.articles === n);
  const checks: TargetCheck[] = [];
  for (const n of [4000, 10000]) {
    const s = at(n);
    checks.push({ target: `full ≤ 0.9× bare at ${n}`, measured: s ? `${s.wallRatio.toFixed(2)}×` : "not run", met: s ? s.wallRatio <= 0.9 : null });
  }
  const g = growth(sizes);
  const linear = g ? g.to / g.from : 10;
  checks.push({
    target: `growth ${g?.from ?? 1000}→${g?.to ?? 10000} ≤ ${linear}`,
    measured: g ? `${g.full.toFixed(2)}` : "not run",
    met: g ? g.full <= linear : null,
  });
  const big = at(10000);
  checks.push({ target: "peak RSS at 10,000 ≤ 550 MB", measured: big ? `${big.full.peakRssMb.toFixed(0)} MB` : "not run", met: big ? big.full.peakRssMb <= 550 : null });
  checks.push({ target: "plugin overhead on directive-free Markdown ≤ 3 %", measured: `${markdown.overheadPercent.toFixed(1)} %`, met: markdown.overheadPercent <= 3 });
  checks.push(
    "unavailable" in neighbours
      ? { target: "neighbour index ≤ 100 ms at 50,000", measured: `not available (${neighbours.unavailable})`, met: false }
      : { target: `neighbour index ≤ 100 ms at ${neighbours.articles}`, measured: `${neighbours.medianMs.toFixed(1)} ms`, met: neighbours.medianMs <= 100 },
  );
  return checks;
}

/** The table printed by `npm run bench`. */
export function formatTable(sizes: SizeSummary[], markdown: MarkdownOverhead, neighbours: NeighbourResult, targets: TargetCheck[]): string {
  const rows = [["articles", "build", "wall s", "CPU s", "peak RSS MB", "ms/article", "files", "full/bare wall", "full/bare CPU"]];
  for (const s of sizes) {
    for (const kind of ["full", "bare"] as const) {
      const b = s[kind];
      rows.push([
        s.articles.toLocaleString("en-US"),
        kind,
        (b.wallMs / 1000).toFixed(2),
        (b.cpuMs / 1000).toFixed(2),
        b.peakRssMb.toFixed(0),
        b.msPerArticle.toFixed(2),
        String(b.filesWritten),
        kind === "full" ? `${s.wallRatio.toFixed(2)}×` : "",
        kind === "full" ? `${s.cpuRatio.toFixed(2)}×` : "",
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const out = [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)];
  const g = growth(sizes);
  if (g) {
    out.push("", `growth ${g.from}→${g.to} articles: full ${g.full.toFixed(2)}× wall (${g.fullCpu.toFixed(2)}× CPU), ` +
      `bare ${g.bare.toFixed(2)}× wall (${g.bareCpu.toFixed(2)}× CPU)`);
  }
  out.push(
    "",
    `Markdown, ${markdown.documents} directive-free articles × ${markdown.rounds} rounds: plain markdown-it ${markdown.plainMs.toFixed(1)} ms, ` +
      `with newsdeskMarkdown ${markdown.pluginMs.toFixed(1)} ms, overhead ${markdown.overheadPercent.toFixed(1)} %`,
    "unavailable" in neighbours
      ? `neighbour index: not available (${neighbours.unavailable})`
      : `neighbour index at ${neighbours.articles.toLocaleString("en-US")} articles: median ${neighbours.medianMs.toFixed(1)} ms`,
    "",
    "targets (issue 8):",
    ...targets.map((t) => `  ${t.met === null ? "—   " : t.met ? "met " : "MISS"} ${t.target}: ${t.measured}`),
  );
  return out.join("\n");
}
