// splitLead (layouts/partials/front-lead.ts): which story leads a front, and the order of the rest.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { hasImage, LEAD_WINDOW, splitLead } from "../../layouts/partials/front-lead.ts";

/** Stories newest first, named by letter; `+` after a letter gives it a lead image. */
const stories = (spec: string) =>
  spec.split(" ").filter(Boolean).map((s) => ({ name: s[0]!, data: s.endsWith("+") ? { image: { src: `/images/${s[0]}.jpg` } } : {} }));
const names = (items: { name: string }[]) => items.map((i) => i.name).join(" ");

const Lead = suite("splitLead");

// [stories, lead, rest]
const CASES: [string, string, string][] = [
  ["a b c d", "a", "b c d"], // no picture among the first three: the newest leads
  ["a+ b+ c", "a", "b c"], // the newest has one: it leads
  ["a b+ c+ d", "b", "a c d"], // the newest with a picture leads; the one it passed over stays first below
  ["a b c+ d", "c", "a b d"], // the third is still in the window
  ["a b c d+", "a", "b c d"], // the fourth is not: pictures never bury the news
  ["a", "a", ""],
];

for (const [spec, lead, rest] of CASES) {
  Lead(`${spec} → lead ${lead}, then ${rest || "nothing"}`, () => {
    const split = splitLead(stories(spec));
    assert.is(split.lead?.name, lead);
    assert.is(names(split.rest), rest);
  });
}

Lead("the window is three unless told, and can be changed", () => {
  assert.is(LEAD_WINDOW, 3);
  assert.is(splitLead(stories("a b c d+"), 4).lead?.name, "d");
  assert.is(splitLead(stories("a b+"), 1).lead?.name, "a");
});

Lead("an empty front has no lead and nothing after it", () => {
  assert.equal(splitLead([]), { lead: undefined, rest: [] });
});

Lead("the stories given are not changed", () => {
  const items = stories("a b+ c");
  splitLead(items);
  assert.is(names(items), "a b c");
});

Lead.run();

const Image = suite("hasImage");

Image("a lead image is a non-blank `image.src` string", () => {
  assert.ok(hasImage({ data: { image: { src: "/images/x.jpg" } } }));
  assert.not.ok(hasImage({ data: {} }));
  assert.not.ok(hasImage({ data: { image: {} } }));
  assert.not.ok(hasImage({ data: { image: { src: "  " } } }));
  assert.not.ok(hasImage({ data: { image: { src: 42 } } }));
});

Image.run();
