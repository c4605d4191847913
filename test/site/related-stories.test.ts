import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildRelatedStories, type RelatedArticle } from "../../src/collections/related-stories.ts";
import { buildSeries } from "../../src/collections/series.ts";

type A = RelatedArticle & { name: string; data: { series?: string } };
const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n * 3));
const a = (name: string, n: number, topics: string[], series?: string): A => ({ name, url: `/${name}/`, date: day(n), data: { topics, ...(series ? { series } : {}) } });

const Stories = suite("buildRelatedStories");

Stories("a series part's related stories leave out the other parts (its series box lists them) and its previous and next", () => {
  const site = [
    a("courts-early", 0, ["Courts"]),
    a("part-1", 1, ["Courts"], "Jail deaths"),
    a("filler-1", 2, ["Weather"]),
    a("part-2", 4, ["Courts"], "Jail deaths"),
    a("filler-2", 5, ["Weather"]),
    a("courts-late", 7, ["Courts"]),
    a("filler-3", 8, ["Weather"]),
  ];
  const now = Date.UTC(2030, 0, 1);
  const related = buildRelatedStories(site, site, { count: 3, now, seriesPlaces: buildSeries(site, now).places });
  const names = (x: A) => related.get(x)?.stories.map((s) => s.name) ?? [];
  assert.equal(names(site[3]!), ["courts-late", "courts-early"]);
  assert.not.ok(names(site[1]!).includes("part-2"));
  // Not in a series: a part may be related like any story.
  assert.ok(names(site[5]!).includes("part-2") || names(site[5]!).includes("part-1"), names(site[5]!).join(", "));
});

Stories.run();

const Partial = suite("relatedStories partial");

Partial("a sponsored story is labelled in the list, escaped like the headline; news is not", async () => {
  const { relatedStories } = await import("../../layouts/partials/related-stories.ts");
  const site = { timeZone: "America/New_York", language: "en-US" } as const;
  const out = String(relatedStories({ heading: "Related", stories: [
    { url: "/ad/", date: new Date("2024-05-02T14:00:00Z"), data: { title: "Brought <to> you", type: "sponsored" } },
    { url: "/news/", date: new Date("2024-05-03T14:00:00Z"), data: { title: "A story" } },
  ] }, site));
  assert.match(out, '<a class="related__link" href="/ad/"><span class="related__label">Sponsored</span> <span class="related__title">Brought &lt;to&gt; you</span>');
  assert.match(out, '<a class="related__link" href="/news/"><span class="related__title">A story</span>');
});

Partial.run();
