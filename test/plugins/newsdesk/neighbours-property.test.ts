// Properties of the neighbour index over random articles: dates with many ties, drafts, scheduled, series.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import "../../helpers/property-seed.ts";
import { buildNeighbourIndex, type NeighbourRecord, type ScopeFallback } from "../../../plugins/newsdesk/neighbours/neighbour-index.ts";

const NOW = Date.UTC(2024, 0, 1, 12);
const HOUR = 3_600_000;

// Few distinct dates and slugs, so ties on date and on date+slug are common; hour 0 is exactly `now`.
const articleArb = fc.record({
  hour: fc.integer({ min: -6, max: 2 }),
  asDate: fc.boolean(),
  slug: fc.constantFrom("a", "b", "c"),
  draft: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  excluded: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
  unbuilt: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
  series: fc.constantFrom(undefined, undefined, "x", "y"),
});

const recordsArb = (withSeries: boolean) =>
  fc.array(articleArb, { maxLength: 40 }).map((articles) =>
    articles.map((a, i): NeighbourRecord => ({
      url: a.unbuilt ? false : `/news/${i}/`,
      title: `Article ${i}`,
      date: a.asDate ? new Date(NOW + a.hour * HOUR) : NOW + a.hour * HOUR,
      slug: a.slug,
      // Zero-padded so code-unit order is numeric order: the model below relies on neither.
      inputPath: `content/news/${String(i).padStart(3, "0")}.md`,
      draft: a.draft,
      excluded: a.excluded,
      scope: withSeries ? a.series : undefined,
    })),
  );

const ms = (r: NeighbourRecord) => Number(r.date instanceof Date ? r.date.getTime() : r.date);
const text = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
const order = (a: NeighbourRecord, b: NeighbourRecord) =>
  ms(a) - ms(b) || text(a.slug, b.slug) || text(a.inputPath, b.inputPath);
const published = (r: NeighbourRecord) => Boolean(r.url) && !r.draft && !r.excluded && ms(r) <= NOW;
const name = (r: NeighbourRecord | null | undefined) => (r ? r.inputPath : null);

/** The published records `r` may link to, by a brute-force reading of the documented rules. */
function candidates(records: NeighbourRecord[], r: NeighbourRecord, fallback: ScopeFallback): NeighbourRecord[] {
  const pool = records.filter(published);
  if (r.scope !== undefined) return pool.filter((c) => c.scope === r.scope);
  if (fallback === "all") return pool;
  if (fallback === "none") return [];
  return pool.filter((c) => c.scope === undefined);
}

/** O(n²) model: the nearest candidate before and after `r` in the documented order. */
function model(records: NeighbourRecord[], r: NeighbourRecord, fallback: ScopeFallback) {
  const pool = candidates(records, r, fallback).sort(order);
  return {
    previous: name(pool.filter((c) => order(c, r) < 0).at(-1)),
    next: name(pool.find((c) => order(c, r) > 0)),
  };
}

/** Follows `step` from `start` until null; stops (and fails later) if it loops. */
function walk(start: NeighbourRecord | undefined, step: (r: NeighbourRecord) => NeighbourRecord | null, limit: number) {
  const seen: string[] = [];
  for (let r = start ?? null; r && seen.length <= limit; r = step(r)) seen.push(r.inputPath);
  return seen;
}

const Chain = suite("neighbour index: the chain of published articles");

Chain("following next from the oldest published visits every published article once, in order", () => {
  fc.assert(
    fc.property(recordsArb(false), (records) => {
      const index = buildNeighbourIndex(records, { now: NOW });
      const expected = records.filter(published).sort(order).map(name);
      const forward = walk(records.find((r) => r.inputPath === expected[0]), (r) => index.get(r.inputPath)!.next, records.length);
      assert.equal(forward, expected);
      const backward = walk(records.find((r) => r.inputPath === expected.at(-1)), (r) => index.get(r.inputPath)!.previous, records.length);
      assert.equal(backward, [...expected].reverse());
    }),
    { numRuns: 300 },
  );
});

Chain("previous is the exact inverse of next, within each scope (fallback `unscoped`)", () => {
  fc.assert(
    fc.property(recordsArb(true), (records) => {
      const index = buildNeighbourIndex(records, { now: NOW, fallback: "unscoped" });
      for (const scope of [undefined, "x", "y"]) {
        const expected = records.filter((r) => published(r) && r.scope === scope).sort(order).map(name);
        const first = records.find((r) => r.inputPath === expected[0]);
        assert.equal(walk(first, (r) => index.get(r.inputPath)!.next, records.length), expected);
      }
      for (const r of records.filter(published)) {
        const { previous, next } = index.get(r.inputPath)!;
        if (next) assert.is(name(index.get(next.inputPath)!.previous), r.inputPath);
        if (previous) assert.is(name(index.get(previous.inputPath)!.next), r.inputPath);
      }
    }),
    { numRuns: 300 },
  );
});

Chain.run();

const Targets = suite("neighbour index: who links and who is linked to");

Targets("drafts, scheduled, excluded and unbuilt articles get neighbours but are never one", () => {
  fc.assert(
    fc.property(recordsArb(true), (records) => {
      const index = buildNeighbourIndex(records, { now: NOW });
      assert.is(index.size, records.length);
      for (const { previous, next } of index.values()) {
        if (previous) assert.ok(published(previous), `${previous.inputPath} is not published`);
        if (next) assert.ok(published(next), `${next.inputPath} is not published`);
      }
    }),
    { numRuns: 300 },
  );
});

for (const fallback of ["unscoped", "all", "none"] as const) {
  Targets(`every article's neighbours match a brute-force model (fallback \`${fallback}\`)`, () => {
    fc.assert(
      fc.property(recordsArb(true), (records) => {
        const index = buildNeighbourIndex(records, { now: NOW, fallback });
        for (const r of records) {
          const { previous, next } = index.get(r.inputPath)!;
          assert.equal({ previous: name(previous), next: name(next) }, model(records, r, fallback), r.inputPath);
        }
      }),
      { numRuns: 300 },
    );
  });
}

Targets("the index is the same whatever order the records come in", () => {
  const shuffled = recordsArb(true).chain((records) =>
    fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })),
  );
  fc.assert(
    fc.property(shuffled, ([records, reordered]) => {
      const flat = (rs: NeighbourRecord[]) =>
        [...buildNeighbourIndex(rs, { now: NOW, fallback: "all" })]
          .map(([key, n]) => [key, name(n.previous), name(n.next)])
          .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
      assert.equal(flat(reordered), flat(records));
    }),
    { numRuns: 300 },
  );
});

Targets.run();
