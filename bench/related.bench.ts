// Benchmark (not a test): choosing related stories for every article of 10,000 and 50,000 synthetic articles.
// Run: `npx tsx bench/related.bench.ts` (options: `--articles=N,N --runs=N`).
import yaml from "js-yaml";
import { buildRelated } from "../src/collections/related.ts";
import { parseDate } from "../src/dates/parse-date.ts";
import { generateArticles } from "./synthetic-articles.ts";

interface Record {
  date: Date;
  data: { topics?: unknown; series?: unknown };
}

/** The synthetic archive's front matter as the related-stories index reads it, oldest first, drafts out. */
function records(count: number): Record[] {
  const out: Record[] = [];
  for (const article of generateArticles(count)) {
    if (article.draft) continue;
    const front = article.text.slice(4, article.text.indexOf("\n---", 4));
    const data = yaml.load(front, { schema: yaml.CORE_SCHEMA }) as { date: string; topics?: unknown; series?: unknown };
    const parsed = parseDate(data.date, "America/New_York");
    if (parsed.ok) out.push({ date: parsed.date.toJSDate(), data });
  }
  return out.sort((a, b) => a.date.getTime() - b.date.getTime());
}

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const sizes = arg("articles", "10000,50000").split(",").map(Number);
const runs = Number(arg("runs", "5"));

for (const size of sizes) {
  const items = records(size);
  const position = new Map(items.map((item, i) => [item, i]));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    // Previous and next left out, as the article page does.
    buildRelated(items, { count: 3, exclude: (a) => {
      const i = position.get(a)!;
      return [items[i - 1], items[i + 1]].filter((x): x is Record => x !== undefined);
    } });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${size} articles (${items.length} published): median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over ${runs} runs`);
}
