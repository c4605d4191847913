import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import "../helpers/property-seed.ts";
import { articleUrl } from "../../src/permalinks/article-url.ts";

/** The URL's date as article-url.ts wrote it before it read the shared wall clock: the reference. */
function formatToPartsPath(date: Date, zone: string): string {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  return `${parts.year}/${parts.month}/${parts.day}`;
}

const ZONES = ["America/New_York", "Pacific/Auckland", "Pacific/Kiritimati", "Etc/GMT+12", "UTC", "Africa/Monrovia", "Asia/Kolkata", "Pacific/Apia"];
const MAX = 8.64e15;

const Url = suite("articleUrl date");

Url("is what Intl's formatToParts gave, byte for byte, for any instant in any zone", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: Date.parse("0000-01-01T00:00:00Z"), max: Date.parse("9999-12-31T23:59:59Z") }), fc.integer({ min: -MAX, max: MAX })),
      fc.constantFrom(...ZONES),
      (instant, zone) => {
        const date = new Date(instant);
        assert.is(articleUrl({ date, title: "x" }, zone), `/news/${formatToPartsPath(date, zone)}/x/`, `${date.toISOString()} in ${zone}`);
      },
    ),
    { numRuns: 4000 },
  );
});

Url("prints the year unpadded and years before 1 AD as the era counts them, as before", () => {
  for (const iso of ["0999-05-02T12:00:00Z", "0001-01-01T12:00:00Z", "-000001-06-01T12:00:00Z", "+012345-01-01T12:00:00Z"]) {
    const date = new Date(iso);
    assert.is(articleUrl({ date, title: "x" }, "UTC"), `/news/${formatToPartsPath(date, "UTC")}/x/`, iso);
  }
  assert.is(articleUrl({ date: new Date("0999-05-02T12:00:00Z"), title: "x" }, "UTC"), "/news/999/05/02/x/");
});

Url("throws a RangeError for an invalid date, as formatToParts did", () => {
  assert.throws(() => articleUrl({ date: new Date(NaN), title: "x" }, "UTC"), (error: unknown) => error instanceof RangeError);
});

Url.run();
