// hasClockTime and articleTimeTag (layouts/partials/time-tag.ts): a time of day is shown only where front matter gave one.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleTimeTag, hasClockTime, timeTag } from "../../layouts/partials/time-tag.ts";
import { site } from "../../src/site.ts";

const Clock = suite("hasClockTime");

// [front-matter value as written, names a time of day]
const CASES: [unknown, boolean][] = [
  ["2024-07-23 13:20", true],
  ["2024-07-23 9:05", true],
  ["2024-07-23T13:20", true],
  ["2024-07-23T13:20:00-04:00", true],
  ["  2024-07-23 13:20  ", true],
  ["2024-07-23", false],
  ["2024-07-23T", false],
  ["July 23, 2024", false],
  ["13:20", false],
  ["", false],
  [new Date("2024-07-23T13:20:00Z"), false], // YAML's own dates are calendar dates at UTC midnight
  [1721741000000, false],
  [undefined, false],
  [null, false],
];

for (const [written, expected] of CASES) {
  Clock(`${written instanceof Date ? "a Date" : JSON.stringify(written) ?? "undefined"} → ${expected}`, () => {
    assert.is(hasClockTime(written), expected);
  });
}

Clock.run();

const Tag = suite("articleTimeTag");

Tag("with the hour written, the time and the zone's abbreviation are shown, in the site's zone (New York)", () => {
  const tag = String(articleTimeTag(new Date("2024-07-23T17:20:00Z"), "2024-07-23 13:20", site));
  assert.is(tag, '<time datetime="2024-07-23T13:20:00-04:00">Jul 23, 2024, 1:20 PM EDT</time>');
});

Tag("with a date alone, the date as every other page shows it", () => {
  const date = new Date("2023-05-02T04:00:00Z");
  assert.is(String(articleTimeTag(date, "2023-05-02", site)), String(timeTag(date, site)));
  assert.is(String(timeTag(date, site)), '<time datetime="2023-05-02T00:00:00-04:00">May 2, 2023</time>');
});

Tag.run();
