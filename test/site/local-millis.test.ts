import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { DateTime } from "luxon";
import "../helpers/property-seed.ts";
import { localMillis } from "../../src/dates/local-millis.ts";

const LocalMillis = suite("localMillis");

LocalMillis("reads a wall clock as if it were UTC", () => {
  assert.is(localMillis({ year: 2023, month: 5, day: 2, hour: 9, minute: 30, second: 15 }), Date.UTC(2023, 4, 2, 9, 30, 15));
});

LocalMillis("keeps years 0–99 as they are, not 1900–1999", () => {
  assert.is(new Date(localMillis({ year: 50, month: 5, day: 2, hour: 0, minute: 0, second: 0 })!).toISOString(), "0050-05-02T00:00:00.000Z");
  assert.is(new Date(localMillis({ year: 0, month: 2, day: 29, hour: 0, minute: 0, second: 0 })!).toISOString(), "0000-02-29T00:00:00.000Z");
});

LocalMillis("refuses what luxon refuses: February 30, a 13th month, minute 60, 24:30", () => {
  for (const [month, day, hour, minute] of [[2, 30, 0, 0], [2, 29, 0, 0], [13, 1, 0, 0], [0, 1, 0, 0], [5, 0, 0, 0], [5, 2, 0, 60], [5, 2, 24, 30], [5, 2, 25, 0]]) {
    assert.is(localMillis({ year: 2023, month: month!, day: day!, hour: hour!, minute: minute!, second: 0 }), undefined, `${month}/${day} ${hour}:${minute}`);
  }
});

LocalMillis("takes 24:00 as the next day's midnight, as luxon does", () => {
  assert.is(localMillis({ year: 2023, month: 12, day: 31, hour: 24, minute: 0, second: 0 }), Date.UTC(2024, 0, 1));
});

LocalMillis("gives luxon's fromObject in UTC, valid or not, for any fields a front-matter date can hold", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1850, max: 2040 })),
      fc.integer({ min: 0, max: 99 }).map((n) => n % 14),
      fc.integer({ min: 0, max: 99 }).map((n) => n % 33),
      fc.integer({ min: 0, max: 25 }),
      fc.constantFrom(0, 1, 30, 59, 60),
      fc.constantFrom(0, 1, 59, 60),
      (year, month, day, hour, minute, second) => {
        const fields = { year, month, day, hour, minute, second };
        const luxons = DateTime.fromObject(fields, { zone: "utc" });
        const label = JSON.stringify(fields);
        assert.is(localMillis(fields), luxons.isValid ? luxons.toMillis() : undefined, label);
      },
    ),
    { numRuns: 5000 },
  );
});

LocalMillis.run();
