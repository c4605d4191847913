import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import "../../helpers/property-seed.ts";
import {
  offsetMinutes,
  wallClock,
  wallClockAsUtc,
  wallClockFormat,
  wallClockFromParts,
  wallClockFromText,
} from "../../../plugins/newsdesk/dates/wall-clock.ts";

// DST both ways and southern, half and quarter hours, a 30-minute DST (Lord Howe), a negative DST
// (Dublin), a skipped day (Apia 2011), a +14 zone, local mean times with seconds in the offset
// (Monrovia's -0:44:30 until 1972, Kolkata's +5:53:28 and +5:21:10), UTC and an Etc zone.
const ZONES = [
  "America/New_York", "Europe/London", "Europe/Dublin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe",
  "Pacific/Chatham", "America/St_Johns", "Pacific/Apia", "Pacific/Kiritimati", "Africa/Monrovia", "America/Sao_Paulo",
  "Africa/Casablanca", "Antarctica/Troll", "UTC", "Etc/GMT+5",
];
const MAX = 8.64e15;

/** Any instant `Date` holds, one near the common years, or one at its ends. */
const instant = fc.oneof(
  fc.integer({ min: -MAX, max: MAX }),
  fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.integer({ min: Date.UTC(-20, 0, 1), max: Date.UTC(120, 0, 1) }),
  fc.integer({ min: -MAX, max: -MAX + 3 * 86_400_000 }),
  fc.integer({ min: MAX - 3 * 86_400_000, max: MAX }),
);

/** The wall clock as luxon's `IANAZone` and the code before this one read it: `formatToParts()`. */
function partsReference(t: number, zone: string) {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hour12: false, era: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  });
  for (const { type, value } of format.formatToParts(t)) parts[type] = value;
  const year = parts.era === "BC" ? 1 - Number(parts.year) : Number(parts.year);
  // luxon's formatter (hour12: false) writes midnight as 24 of the same day; it reads that as 0.
  const hour = Number(parts.hour) === 24 ? 0 : Number(parts.hour);
  return { year, month: Number(parts.month), day: Number(parts.day), hour, minute: Number(parts.minute), second: Number(parts.second) };
}

const Reading = suite("wallClock");

Reading("reads the fields formatToParts gives, for any instant in Date's range and any zone", () => {
  fc.assert(
    fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
      assert.equal(wallClock(t, zone), partsReference(t, zone));
    }),
    { numRuns: 20_000 },
  );
});

Reading("reads every text this Node's Intl writes without falling back to formatToParts", () => {
  fc.assert(
    fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
      const format = wallClockFormat(zone);
      const text = wallClockFromText(format.format(t));
      assert.ok(text, `${format.format(t)} is not laid out as expected`);
      assert.equal(text, wallClockFromParts(format.formatToParts(t)));
    }),
    { numRuns: 5_000 },
  );
});

Reading("reads the fields luxon gives", () => {
  fc.assert(
    fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
      const luxons = DateTime.fromMillis(t, { zone });
      fc.pre(luxons.isValid);
      const { year, month, day, hour, minute, second } = luxons;
      assert.equal(wallClock(t, zone), { year, month, day, hour, minute, second });
    }),
    { numRuns: 5_000 },
  );
});

Reading("gives midnight as hour 0 of its own day", () => {
  assert.equal(wallClock(Date.parse("2023-05-02T04:00:00Z"), "America/New_York"), { year: 2023, month: 5, day: 2, hour: 0, minute: 0, second: 0 });
});

Reading("counts years before 1 AD as ISO 8601 does: 1 BC is 0", () => {
  const oneBc = new Date(Date.UTC(2000, 5, 1));
  oneBc.setUTCFullYear(0);
  assert.is(wallClock(oneBc.getTime(), "UTC").year, 0);
  assert.is(wallClock(Date.UTC(-1, 5, 1), "UTC").year, -1);
});

Reading("remembers each instant per zone: the same reading, no second Intl call", () => {
  const t = Date.parse("2031-03-02T15:00:00Z");
  assert.is(wallClock(t, "America/New_York"), wallClock(t, "America/New_York"));
  assert.equal(wallClock(t, "Asia/Tokyo"), { year: 2031, month: 3, day: 3, hour: 0, minute: 0, second: 0 });
  assert.equal(wallClock(t, "America/New_York"), { year: 2031, month: 3, day: 2, hour: 10, minute: 0, second: 0 });
});

Reading("throws a RangeError for an unknown zone or an instant outside Date's range", () => {
  assert.throws(() => wallClock(0, "Mars/Olympus_Mons"), (e: unknown) => e instanceof RangeError);
  assert.throws(() => wallClock(MAX + 1, "UTC"), (e: unknown) => e instanceof RangeError);
  assert.throws(() => wallClock(NaN, "UTC"), (e: unknown) => e instanceof RangeError);
});

Reading.run();

const Offset = suite("offsetMinutes");

Offset("equals luxon's IANAZone.offset, fractions and NaN included, for any instant and zone", () => {
  fc.assert(
    fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
      assert.ok(Object.is(offsetMinutes(t, zone), IANAZone.create(zone).offset(t)), `${t} in ${zone}`);
    }),
    { numRuns: 20_000 },
  );
});

Offset("keeps the seconds of a local mean time as a fraction of a minute", () => {
  assert.is(offsetMinutes(Date.parse("1960-06-01T12:00:00Z"), "Africa/Monrovia"), -44.5);
  assert.is(offsetMinutes(Date.parse("1900-01-01T12:00:00Z"), "Asia/Kolkata"), 321 + 10 / 60);
  assert.is(offsetMinutes(Date.parse("1942-10-01T12:00:00Z"), "Asia/Kolkata"), 390);
});

Offset("counts the instant to the second, as luxon does", () => {
  const t = Date.parse("2023-05-02T13:30:00Z");
  assert.is(offsetMinutes(t + 999, "America/New_York"), -240);
  assert.is(offsetMinutes(-1, "UTC"), 0);
});

Offset("reads a wall clock of years 0–99 as those years, not 1900–1999", () => {
  assert.is(wallClockAsUtc({ year: 50, month: 2, day: 28, hour: 1, minute: 2, second: 3 }), new Date("0050-02-28T01:02:03Z").getTime());
});

Offset.run();
