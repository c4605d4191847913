// Related stories (src/collections/related.ts): shared series and topics, then closeness in time; never itself or excluded ones.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildRelated } from "../../src/collections/related.ts";

interface A {
  name: string;
  date: Date;
  data: { topics?: string[]; series?: string };
}

const day = (n: number) => new Date(Date.UTC(2024, 0, n, 12));
const a = (name: string, n: number, topics: string[] = [], series?: string): A => ({ name, date: day(n), data: { topics, ...(series ? { series } : {}) } });
const names = (list: A[] | undefined) => (list ?? []).map((x) => x.name);

const Related = suite("buildRelated");

Related("prefers more shared topics, then the closest in time; a series alone relates nothing", () => {
  const site = [
    a("far-courts", 1, ["Courts"]),
    a("two-topics", 2, ["Courts", "Technology"]),
    a("series-part", 3, ["Health"], "Prison health"),
    a("near-courts", 9, ["Courts"]),
    a("subject", 10, ["Courts", "Technology"], "Prison health"),
    a("unrelated", 11, ["Weather"]),
  ];
  const related = buildRelated(site, { count: 3 });
  assert.equal(names(related.get(site[4]!)), ["two-topics", "near-courts", "far-courts"]);
});

Related("never the article itself, nor what `exclude` names (its previous/next)", () => {
  const site = [a("one", 1, ["Courts"]), a("two", 2, ["Courts"]), a("three", 3, ["Courts"]), a("four", 4, ["Courts"])];
  const related = buildRelated(site, { count: 3, exclude: (x) => site.filter((y) => Math.abs(y.date.getTime() - x.date.getTime()) === 86_400_000) });
  assert.equal(names(related.get(site[1]!)), ["four"]);
  assert.equal(names(related.get(site[0]!)), ["three", "four"]);
});

Related("articles that share nothing are not related", () => {
  const site = [a("courts", 1, ["Courts"]), a("weather", 2, ["Weather"]), a("none", 3)];
  const related = buildRelated(site, { count: 3 });
  assert.equal(names(related.get(site[0]!)), []);
  assert.equal(names(related.get(site[2]!)), []);
});

Related("topics are matched by slug, and ties in time go to the newer article", () => {
  const site = [a("before", 4, ["public safety"]), a("subject", 5, ["Public safety"]), a("after", 6, ["Public Safety"])];
  assert.equal(names(buildRelated(site, { count: 3 }).get(site[1]!)), ["after", "before"]);
});

Related("gives at most `count`, the same choice on every run", () => {
  const site = Array.from({ length: 50 }, (_, i) => a(`s${i}`, i + 1, ["Courts"]));
  const first = names(buildRelated(site, { count: 3 }).get(site[25]!));
  assert.equal(first, ["s26", "s24", "s27"]);
  assert.equal(names(buildRelated([...site], { count: 3 }).get(site[25]!)), first);
});

Related.run();
