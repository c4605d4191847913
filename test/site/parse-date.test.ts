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
