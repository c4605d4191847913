// Unit: an article's corrections, its last change, and the site's list of corrections (src/collections/corrections.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleCorrections, buildCorrections, lastModified } from "../../src/collections/corrections.ts";

const ZONE = "America/New_York";
const at = (iso: string) => new Date(iso);
const story = (name: string, date: string, data: Record<string, unknown>) => ({ name, date: at(date), data });

const Corrections = suite("corrections");

Corrections("an article's corrections are read in the site's zone, oldest first, correction by default", () => {
  const list = articleCorrections({ corrections: [{ date: "2024-04-05", text: "B", kind: "clarification", number: 2 }, { date: "2024-04-03 08:30", text: "A" }] }, ZONE);
  assert.equal(list, [
    { date: at("2024-04-03T12:30:00Z"), written: "2024-04-03 08:30", text: "A", kind: "correction", number: 1 },
    { date: at("2024-04-05T04:00:00Z"), written: "2024-04-05", text: "B", kind: "clarification", number: 2 },
  ]);
  assert.equal(articleCorrections({}, ZONE), []);
});

Corrections("the last change is the later of `updated` and the latest correction, with the date as written", () => {
  assert.equal(lastModified({ updated: "2024-04-06 10:00", corrections: [{ date: "2024-04-05", text: "x" }] }, ZONE), { date: at("2024-04-06T14:00:00Z"), written: "2024-04-06 10:00" });
  assert.equal(lastModified({ updated: "2024-04-04", corrections: [{ date: "2024-04-05 09:00", text: "x" }] }, ZONE), { date: at("2024-04-05T13:00:00Z"), written: "2024-04-05 09:00" });
  assert.equal(lastModified({ corrections: [{ date: "2024-04-05", text: "x" }] }, ZONE), { date: at("2024-04-05T04:00:00Z"), written: "2024-04-05" });
  assert.is(lastModified({}, ZONE), undefined);
});

Corrections("the site's list: every correction newest first, ties by the newer article, without drafts or scheduled articles", () => {
  const a = story("a", "2024-04-01T13:00:00Z", { corrections: [{ date: "2024-04-02", text: "a1" }, { date: "2024-04-04", text: "a2" }] });
  const b = story("b", "2024-04-03T13:00:00Z", { corrections: [{ date: "2024-04-04", text: "b1" }] });
  const draft = story("draft", "2024-04-01T13:00:00Z", { draft: true, corrections: [{ date: "2024-04-05", text: "d" }] });
  const later = story("later", "2030-01-01T13:00:00Z", { corrections: [{ date: "2030-01-02", text: "l" }] });
  const list = buildCorrections([a, b, draft, later], ZONE, at("2025-01-01T00:00:00Z").getTime());
  assert.equal(list.map((e) => `${e.article.name}:${e.correction.text}`), ["b:b1", "a:a2", "a:a1"]);
});

Corrections.run();
