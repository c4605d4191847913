// Micro-benchmark: rendering directive-free articles with plain markdown-it vs with newsdeskMarkdown.
import MarkdownItClass, { type MarkdownIt } from "markdown-it";
import { newsdeskMarkdown } from "../plugins/newsdesk/index.ts";

/** Median time to render the whole sample once with each parser, and the plugin's overhead. */
export interface MarkdownOverhead {
  documents: number;
  rounds: number;
  plainMs: number;
  pluginMs: number;
  /** Median over rounds of `plugin / plain - 1`, in percent (paired, so load changes cancel out). */
  overheadPercent: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Renders every body with both parsers, `rounds` times (after warm-up rounds that are not counted),
 * alternating which parser goes first so neither always gets the warmer cache. Both use Eleventy's
 * markdown-it options (`html: true`); a fresh `env` per document, as Eleventy passes page data.
 */
export function measureMarkdownOverhead(bodies: readonly string[], rounds = 40, warmup = 5): MarkdownOverhead {
  const plain = new MarkdownItClass({ html: true });
  const plugin = new MarkdownItClass({ html: true }).use(newsdeskMarkdown, { locale: "en-US" });
  let sink = 0; // keeps the work observable so it cannot be optimised away
  // Time on this thread's clock (performance.now()), paired rounds, median of the ratios. Not the
  // process's CPU time: that counts V8's garbage-collector threads too, whose work lands in
  // whichever pass is running, and at ~45 ms a pass it swung the overhead from 0.4 to 4.9 %.
  const renderAll = (md: MarkdownIt) => {
    const start = performance.now();
    for (const body of bodies) sink += md.render(body, {}).length;
    return performance.now() - start;
  };
  const plainTimes: number[] = [];
  const pluginTimes: number[] = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const [a, b] = round % 2 ? [plugin, plain] : [plain, plugin];
    const first = renderAll(a);
    const second = renderAll(b);
    if (round < warmup) continue;
    plainTimes.push(a === plain ? first : second);
    pluginTimes.push(a === plugin ? first : second);
  }
  if (sink === 0) throw new Error("nothing was rendered");
  const ratios = pluginTimes.map((t, i) => t / plainTimes[i]!);
  return {
    documents: bodies.length,
    rounds,
    plainMs: median(plainTimes),
    pluginMs: median(pluginTimes),
    overheadPercent: (median(ratios) - 1) * 100,
  };
}
