// The neighbour index by example: order and tie-break, who is published, scope and fallback, bad input.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  buildNeighbourIndex,
  compareRecords,
  type NeighbourRecord,
  type ScopeFallback,
} from "../../../plugins/newsdesk/neighbours/neighbour-index.ts";

const NOW = Date.UTC(2024, 0, 1);
const at = (iso: string) => Date.parse(iso);

function article(name: string, date: Date | number, extra: Partial<NeighbourRecord> = {}): NeighbourRecord {
  return { url: `/news/${name}/`, title: name, date, slug: name, inputPath: `content/news/${name}.md`, ...extra };
}

/** `name: previous < > next` for every record, in input order, for readable assertions. */
function links(records: NeighbourRecord[], options: { fallback?: ScopeFallback; now?: number } = {}): string[] {
  const index = buildNeighbourIndex(records, { now: NOW, ...options });
  return records.map((r) => {
    const { previous, next } = index.get(r.inputPath)!;
    return `${r.slug}: ${previous?.slug ?? "-"} < > ${next?.slug ?? "-"}`;
  });
}

const Order = suite("buildNeighbourIndex: order");

Order("orders by date-time, then slug, then input path, whatever the input order", () => {
  const noon = at("2023-05-02T12:00:00Z");
  const records = [
    article("late", at("2023-05-02T12:00:01Z")),
    { ...article("same", noon), inputPath: "content/news/z.md" },
    article("early", at("2023-05-02T11:59:59Z")),
    { ...article("same", noon), inputPath: "content/news/a.md" },
    article("alike", noon),
  ];
  const index = buildNeighbourIndex(records, { now: NOW });
  const order: string[] = [];
  for (let r: NeighbourRecord | null = records[2]; r; r = index.get(r.inputPath)!.next) order.push(r.inputPath);
  assert.equal(order, [
    "content/news/early.md",
    "content/news/alike.md",
    "content/news/a.md",
    "content/news/z.md",
    "content/news/late.md",
  ]);
});

Order("compares slugs by code unit, the same on every machine (`B` before `a`)", () => {
  const d = at("2023-05-02T12:00:00Z");
  assert.ok(compareRecords(article("B", d), article("a", d)) < 0);
  assert.ok(compareRecords(article("a", d), article("a", d + 1)) < 0);
  assert.is(compareRecords(article("a", d), article("a", d)), 0);
});

Order("takes dates as Date or epoch milliseconds alike", () => {
  const records = [article("one", new Date("2023-05-01T00:00:00Z")), article("two", at("2023-05-02T00:00:00Z"))];
  assert.equal(links(records), ["one: - < > two", "two: one < > -"]);
});

Order.run();

const Published = suite("buildNeighbourIndex: only published articles are linked to");

Published("a draft links to its neighbours, and nothing links to it", () => {
  const records = [
    article("a", at("2023-05-01T00:00:00Z")),
    article("draft", at("2023-05-02T00:00:00Z"), { draft: true }),
    article("c", at("2023-05-03T00:00:00Z")),
  ];
  assert.equal(links(records), ["a: - < > c", "draft: a < > c", "c: a < > -"]);
});

Published("an article dated exactly now is published; one a millisecond later is scheduled", () => {
  const records = [article("a", NOW - 1), article("now", NOW), article("later", NOW + 1)];
  assert.equal(links(records), ["a: - < > now", "now: a < > -", "later: now < > -"]);
});

Published("excluded and unbuilt (`url: false`) articles are never neighbours", () => {
  const records = [
    article("a", at("2023-05-01T00:00:00Z")),
    article("hidden", at("2023-05-02T00:00:00Z"), { excluded: true }),
    article("unbuilt", at("2023-05-03T00:00:00Z"), { url: false }),
    article("d", at("2023-05-04T00:00:00Z")),
  ];
  assert.equal(links(records), ["a: - < > d", "hidden: a < > d", "unbuilt: a < > d", "d: a < > -"]);
});

Published("`now` defaults to the clock: an article dated next year is scheduled", () => {
  const index = buildNeighbourIndex([article("a", Date.now() - 1000), article("b", Date.now() + 365 * 86_400_000)]);
  assert.is(index.get("content/news/a.md")!.next, null);
  assert.is(index.get("content/news/b.md")!.previous?.slug, "a");
});

Published.run();

const Scope = suite("buildNeighbourIndex: scope and fallback");

const day = (n: number) => at(`2023-05-0${n}T00:00:00Z`);
const scoped = [
  article("n1", day(1)),
  article("s1", day(2), { scope: "Bridge" }),
  article("n2", day(3)),
  article("t1", day(4), { scope: "Tunnel" }),
  article("s2", day(5), { scope: "Bridge" }),
  article("n3", day(6)),
];

Scope("series articles link within their series", () => {
  const lines = links(scoped).filter((l) => /^[st]/.test(l));
  assert.equal(lines, ["s1: - < > s2", "t1: - < > -", "s2: s1 < > -"]);
});

Scope("`unscoped` (default): the rest link among themselves", () => {
  assert.equal(links(scoped).filter((l) => l.startsWith("n")), ["n1: - < > n2", "n2: n1 < > n3", "n3: n2 < > -"]);
});

Scope("`all`: the rest link through the whole collection; series articles still link back in-series", () => {
  assert.equal(links(scoped, { fallback: "all" }), [
    "n1: - < > s1",
    "s1: - < > s2",
    "n2: s1 < > t1",
    "t1: - < > -",
    "s2: s1 < > -",
    "n3: s2 < > -",
  ]);
});

Scope("`none`: the rest get no links", () => {
  assert.equal(links(scoped, { fallback: "none" }).filter((l) => l.startsWith("n")), [
    "n1: - < > -",
    "n2: - < > -",
    "n3: - < > -",
  ]);
});

Scope("a series named like a built-in list does not mix with it", () => {
  const records = [article("a", day(1)), article("b", day(2), { scope: "\u0000unscoped" }), article("c", day(3))];
  assert.equal(links(records), ["a: - < > c", "b: - < > -", "c: a < > -"]);
});

Scope.run();

const Errors = suite("buildNeighbourIndex: bad input");

Errors("an invalid date names the file, what was found and what was expected", () => {
  assert.throws(
    () => buildNeighbourIndex([article("bad", new Date("nope"))]),
    (e: Error) => e.message === "content/news/bad.md: `date` is Invalid Date, expected a valid Date or epoch milliseconds",
  );
});

Errors("the same input path twice is an error, not a silent overwrite", () => {
  assert.throws(
    () => buildNeighbourIndex([article("a", day(1)), article("a", day(2))], { now: NOW }),
    (e: Error) => e.message === "content/news/a.md: the same input path appears twice in the collection",
  );
});

Errors.run();
