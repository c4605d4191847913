import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseDate } from "../../src/dates/parse-date.ts";

const ParseDate = suite("parseDate");

ParseDate("reads a bare date as midnight in the site's zone, not UTC", () => {
  const parsed = parseDate("2023-05-02", "America/New_York");
  assert.ok(parsed.ok);
  if (parsed.ok) assert.is(parsed.date.toISO(), "2023-05-02T00:00:00.000-04:00");
});

ParseDate("keeps an explicit offset's instant", () => {
  const parsed = parseDate("2023-05-02T09:30:00Z", "America/New_York");
  assert.ok(parsed.ok);
  if (parsed.ok) assert.is(parsed.date.toISO(), "2023-05-02T05:30:00.000-04:00");
});

ParseDate("reports an unparseable value", () => {
  const parsed = parseDate("May the 4th", "America/New_York");
  assert.equal(parsed, { ok: false, found: '"May the 4th"' });
});

ParseDate.run();

const Forms = suite("parseDate forms");

Forms("reads date-only, `T` and space date-times and seconds as wall-clock time in the zone", () => {
  const iso = (value: string) => {
    const parsed = parseDate(value, "America/New_York");
    return parsed.ok ? parsed.date.toISO() : parsed.found;
  };
  assert.is(iso("2023-05-02"), "2023-05-02T00:00:00.000-04:00");
  assert.is(iso("2023-05-02T09:30"), "2023-05-02T09:30:00.000-04:00");
  assert.is(iso("2023-05-02 09:30"), "2023-05-02T09:30:00.000-04:00");
  assert.is(iso("2023-05-02 09:30:15"), "2023-05-02T09:30:15.000-04:00");
  assert.is(iso("2023-12-02 09:30"), "2023-12-02T09:30:00.000-05:00");
});

Forms("reports non-string values as found", () => {
  assert.equal(parseDate(2023, "America/New_York"), { ok: false, found: "2023" });
  assert.equal(parseDate(undefined, "America/New_York"), { ok: false, found: "nothing" });
  assert.equal(parseDate("2023-02-30", "America/New_York"), { ok: false, found: '"2023-02-30"' });
});

Forms.run();
