// Benchmark (not a test): the build's time-zone date work, 4,000 distinct values per run, as in a
// 4,000-article archive. Run: `npx tsx bench/date-micro.ts` (options: `--count=N --runs=N`).
// Every formatter memoises per value, so each run gets values no earlier run has seen.
import { IANAZone } from "luxon";
import { parseDate } from "../src/dates/parse-date.ts";
import { isoCalendarDate, isoDateTime, readableDate } from "../src/dates/format-date.ts";
import { isoWithOffset } from "../plugins/newsdesk/index.ts";
import { FastIanaZone } from "../src/dates/fast-iana-zone.ts";

const ZONE = "America/New_York";
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const count = arg("count", 4000);
const runs = arg("runs", 10);

// A linear congruential generator (Numerical Recipes' constants): the same values on every machine.
let state = 7;
const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `count` distinct front-matter dates over 15 years in the archive's mix: 60% `2013-05-05 15:15`,
 * 28% `2013-05-05`, 12% `2013-05-05T15:15:00-04:00`. Run `run` uses its own 15 years.
 */
function frontMatterDates(run: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const day = new Date(Date.UTC(1900 + run * 15, 0, 1) + Math.floor(rand() * 15 * 365) * 86_400_000);
    const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const hm = `${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 4) * 15)}`;
    const kind = rand();
    seen.add(kind < 0.6 ? `${ymd} ${hm}` : kind < 0.88 ? ymd : `${ymd}T${hm}:00-0${4 + Math.floor(rand() * 2)}:00`);
  }
  return [...seen];
}

/** `count` distinct instants on whole minutes (as front-matter dates are), run `run`'s own 15 years. */
function instants(run: number): Date[] {
  const start = Date.UTC(1900 + run * 15, 0, 1);
  const seen = new Set<number>();
  while (seen.size < count) seen.add(start + Math.floor(rand() * 15 * 365 * 1440) * 60_000);
  return [...seen].map((ms) => new Date(ms));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median and fastest ms over `runs` runs (after one warm-up), each on values `make(run)` built
 * outside the timing. The fastest is the steadier on a shared machine.
 */
function measure<T>(make: (run: number) => T[], work: (value: T) => unknown): [number, number] {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const values = make(run);
    const start = performance.now();
    for (const value of values) work(value);
    if (run > 0) times.push(performance.now() - start);
  }
  return [median(times), Math.min(...times)];
}

const luxonZone = IANAZone.create(ZONE);
const fastZone = new FastIanaZone(ZONE);
const rows: [string, [number, number]][] = [
  ["parseDate (distinct strings)", measure(frontMatterDates, (text) => parseDate(text, ZONE))],
  ["isoDateTime (distinct instants)", measure(instants, (date) => isoDateTime(date, ZONE))],
  ["isoCalendarDate (distinct instants)", measure(instants, (date) => isoCalendarDate(date, ZONE))],
  ["readableDate (distinct instants)", measure(instants, (date) => readableDate(date, ZONE))],
  ["plugin isoWithOffset (distinct instants)", measure(instants, (date) => isoWithOffset(date, ZONE))],
  ["luxon IANAZone.offset", measure(instants, (date) => luxonZone.offset(date.getTime()))],
  ["FastIanaZone.offset (what parseDate hands luxon)", measure(instants, (date) => fastZone.offset(date.getTime()))],
];
console.log(`${count} values per run, ${runs} runs, zone ${ZONE}, Node ${process.version}`);
console.log("  median  fastest   µs each (fastest)");
for (const [label, [mid, min]] of rows) {
  console.log(`${mid.toFixed(2).padStart(8)} ${min.toFixed(2).padStart(8)}  ${((min * 1000) / count).toFixed(2).padStart(8)}  ${label}`);
}
