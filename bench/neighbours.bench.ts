// Benchmark (not a test): building the previous/next index for 50,000 synthetic articles.
// Run: `npm run bench:neighbours` (options: `--articles=N --runs=N`). The site benchmark imports
// `benchNeighbours` and reports its result beside the build's.
import { pathToFileURL } from "node:url";
import { buildNeighbourIndex, type NeighbourRecord } from "../plugins/newsdesk/index.ts";
import { createNeighbourLookup, type CollectionItemLike } from "../plugins/newsdesk/index.ts";

/** What one benchmark run measured; times in milliseconds. */
export interface NeighbourBenchResult {
  articles: number;
  runs: number;
  /** Median time to build the index from plain records (the pure function). */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median time for the plugin's path: Eleventy-like items → records → index, then one look-up per page. */
  pluginMedianMs: number;
}

const DAY = 86_400_000;

/**
 * `count` Eleventy-like items, the same on every run and machine: dates over ten years with about
 * one in five sharing its instant with another article, 1% drafts, 0.5% scheduled, 5% in a series.
 */
export function syntheticItems(count: number, seed = 5): CollectionItemLike[] {
  let state = seed >>> 0;
  // A linear congruential generator (Numerical Recipes' constants): seeded, dependency-free.
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const start = Date.UTC(2015, 0, 1);
  const items: CollectionItemLike[] = [];
  for (let i = 0; i < count; i++) {
    const tie = i > 0 && rand() < 0.2;
    const date = tie ? items[Math.floor(rand() * i)].date : new Date(start + Math.floor(rand() * 3650 * 96) * (DAY / 96));
    const scheduled = rand() < 0.005;
    const slug = `story-${Math.floor(rand() * count).toString(36)}`;
    items.push({
      inputPath: `./content/news/${String(i).padStart(6, "0")}.md`,
      url: `/news/${i}/${slug}/`,
      date: scheduled ? new Date(Date.now() + 30 * DAY) : date,
      fileSlug: slug,
      data: { title: `Article ${i}`, draft: rand() < 0.01, series: rand() < 0.05 ? `Series ${i % 40}` : undefined },
    });
  }
  return items;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Builds the index `runs` times (after one warm-up) and returns the median and spread. */
export function benchNeighbours({ articles = 50_000, runs = 7 } = {}): NeighbourBenchResult {
  const items = syntheticItems(articles);
  const records: NeighbourRecord[] = items.map((item) => ({
    url: item.url,
    title: String(item.data?.title),
    date: item.date,
    slug: item.fileSlug,
    inputPath: item.inputPath,
    draft: item.data?.draft === true,
  }));
  const pure: number[] = [];
  const plugin: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const a = time(() => buildNeighbourIndex(records));
    const b = time(() => {
      // A new lookup per run: its WeakMap would otherwise hand back the first run's index.
      const lookup = createNeighbourLookup({ scopeBy: "series", fallback: "unscoped" });
      for (const item of items) lookup.neighboursOf("neighbours", items, item);
    });
    if (run > 0) { // run 0 warms the JIT up
      pure.push(a);
      plugin.push(b);
    }
  }
  return {
    articles,
    runs,
    medianMs: median(pure),
    minMs: Math.min(...pure),
    maxMs: Math.max(...pure),
    pluginMedianMs: median(plugin),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1]) || undefined;
  const r = benchNeighbours({ articles: arg("articles"), runs: arg("runs") });
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `neighbour index, ${r.articles.toLocaleString("en-US")} articles: median ${ms(r.medianMs)} ` +
      `(min ${ms(r.minMs)}, max ${ms(r.maxMs)}, ${r.runs} runs)\n` +
      `plugin path (items → index, scoped by series, plus one look-up per page): median ${ms(r.pluginMedianMs)}`,
  );
}
