import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import "../helpers/property-seed.ts";
import { parseDate } from "../../src/dates/parse-date.ts";
import { withLuxonNow } from "../helpers/luxon-clock.ts";

// luxon's reading of a wall clock starts from the offset in force "now": these tests set its clock
// to a summer and a winter day (New York's and London's) and expect the same instant from both.
const SUMMER = Date.UTC(2026, 6, 1);
const WINTER = Date.UTC(2026, 11, 1);
const SEASONS = [SUMMER, WINTER];

/** Runs `check` with luxon's "now" in `season` (test/helpers/luxon-clock.ts). */
const at = withLuxonNow;

let fresh = 0;

/**
 * parseDate's reading of `text` in `zone` with luxon's clock at `season`, as ISO. parseDate
 * remembers each string it has read, so every call pads the text with a new number of spaces
 * (trimmed before parsing): each season's parse is a parse, not the other's remembered result.
 */
function iso(text: string, zone: string, season: number): string {
  const parsed = at(season, () => parseDate(text + " ".repeat(++fresh), zone));
  return parsed.ok ? parsed.date.toISO()! : `invalid: ${parsed.found}`;
}

/** Every front-matter form of a wall clock: the fast path's, ISO's (fraction, hour only) and the 12-hour format. */
function forms(date: string, hour: number, minute: number): string[] {
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const all = [`${date} ${hh}:${mm}`, `${date}T${hh}:${mm}`, `${date} ${hh}:${mm}:00`, `${date}T${hh}:${mm}:00.000`, `${date} ${h12}:${mm} ${hour < 12 ? "AM" : "PM"}`];
  return minute === 0 ? [...all, `${date}T${hh}`] : all;
}

/** Asserts that every form of the wall clock reads as `expected`, in a summer and a winter build. */
function assertReads(date: string, hour: number, minute: number, zone: string, expected: string) {
  for (const season of SEASONS) {
    for (const text of forms(date, hour, minute)) {
      assert.is(iso(text, zone, season), expected, `${JSON.stringify(text)} in ${zone}, luxon's now ${new Date(season).toISOString()}`);
    }
    // A YAML parser's Date: the wall clock as UTC (parseDate never remembers these).
    const wall = new Date(`${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`);
    const parsed = at(season, () => parseDate(wall, zone));
    assert.is(parsed.ok ? parsed.date.toISO() : parsed.found, expected, `${wall.toISOString()} (a Date) in ${zone}`);
  }
}

const Overlap = suite("parseDate where the clocks fall back: the earlier reading, in any season");

Overlap("reads New York's 2023-11-05 01:30, shown twice, as the first: EDT", () => {
  assertReads("2023-11-05", 1, 30, "America/New_York", "2023-11-05T01:30:00.000-04:00");
});

Overlap("keeps the overlap's edges: 01:00 is EDT's, 00:59 before it, 02:00 EST's only", () => {
  assertReads("2023-11-05", 1, 0, "America/New_York", "2023-11-05T01:00:00.000-04:00");
  assertReads("2023-11-05", 0, 59, "America/New_York", "2023-11-05T00:59:00.000-04:00");
  assertReads("2023-11-05", 2, 0, "America/New_York", "2023-11-05T02:00:00.000-05:00");
  assertReads("2023-11-05", 1, 59, "America/New_York", "2023-11-05T01:59:00.000-04:00");
});

Overlap("reads London's 2023-10-29 01:30 as the first: BST", () => {
  assertReads("2023-10-29", 1, 30, "Europe/London", "2023-10-29T01:30:00.000+01:00");
  assertReads("2023-10-29", 2, 0, "Europe/London", "2023-10-29T02:00:00.000+00:00");
});

Overlap("reads Lord Howe's half-hour overlap (2023-04-02 01:45) as the first: +11:00", () => {
  assertReads("2023-04-02", 1, 45, "Australia/Lord_Howe", "2023-04-02T01:45:00.000+11:00");
});

Overlap("leaves an explicit offset alone: 01:30-05:00 is the second 01:30", () => {
  for (const season of SEASONS) {
    assert.is(iso("2023-11-05T01:30:00-05:00", "America/New_York", season), "2023-11-05T01:30:00.000-05:00");
    assert.is(iso("2023-11-05T01:30:00-04:00", "America/New_York", season), "2023-11-05T01:30:00.000-04:00");
  }
});

Overlap.run();

const Gap = suite("parseDate where the clocks spring forward: moved on by the gap, in any season");

Gap("moves New York's 2023-03-12 02:30, never shown, to 03:30 EDT", () => {
  assertReads("2023-03-12", 2, 30, "America/New_York", "2023-03-12T03:30:00.000-04:00");
  assertReads("2023-03-12", 2, 0, "America/New_York", "2023-03-12T03:00:00.000-04:00");
  assertReads("2023-03-12", 1, 59, "America/New_York", "2023-03-12T01:59:00.000-05:00");
  assertReads("2023-03-12", 3, 0, "America/New_York", "2023-03-12T03:00:00.000-04:00");
});

Gap("moves London's 2023-03-26 01:30 to 02:30 BST", () => {
  assertReads("2023-03-26", 1, 30, "Europe/London", "2023-03-26T02:30:00.000+01:00");
});

Gap("moves a time on Apia's skipped day (2011-12-30) on by the day", () => {
  assertReads("2011-12-30", 12, 0, "Pacific/Apia", "2011-12-31T12:00:00.000+14:00");
});

Gap("moves a gap's time as luxon does (it always did, whatever the season)", () => {
  for (const [text, zone] of [["2023-03-12 02:30", "America/New_York"], ["2023-03-26 01:30", "Europe/London"], ["2023-10-01 02:15", "Australia/Lord_Howe"]]) {
    for (const season of SEASONS) {
      const luxons = at(season, () => DateTime.fromFormat(text, "yyyy-MM-dd HH:mm", { zone: IANAZone.create(zone) }));
      assert.is(iso(text, zone, season), luxons.toISO(), `${text} in ${zone}`);
    }
  }
});

Gap.run();

const Today = suite("parseDate of an ISO time without a date");

Today("is not a date, whatever the day or zone of the build (it would date an article the day of each build)", () => {
  // 2026-07-01 20:00 UTC is already July 2 in Kolkata and Auckland, still July 1 in New York.
  const now = Date.UTC(2026, 6, 1, 20);
  for (const zone of ["Asia/Kolkata", "Pacific/Auckland", "America/New_York"]) {
    for (const text of ["09:30", "00", "T09:30", "09:30:00-04:00"]) {
      assert.equal(at(now, () => parseDate(text, zone)), { ok: false, found: JSON.stringify(text) }, `${text} in ${zone}`);
    }
  }
});

Today.run();

const HOUR = 3_600_000;
const ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Africa/Monrovia", "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Apia"];

/** Whether `zone`'s offset is the same, by luxon's own zone, hour by hour 36 hours either side of `local`. */
function farFromChanges(local: number, zone: string): boolean {
  const luxons = IANAZone.create(zone);
  const offset = luxons.offset(local);
  for (let t = local - 36 * HOUR; t <= local + 36 * HOUR; t += HOUR) if (luxons.offset(t) !== offset) return false;
  return true;
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

const AwayFromChanges = suite("parseDate away from changes of offset");

AwayFromChanges("gives exactly luxon's fromObject in the zone: instant, offset, zone, fields", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: 1850, max: 2040 }), fc.integer({ min: 0, max: 9999 })),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.tuple(two(23), two(59), two(59)),
      fc.constantFrom(...ZONES),
      fc.constantFrom(...SEASONS, undefined),
      (year, month, day, [hour, minute, second], zone, season) => {
        const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} ${hour}:${minute}:${second}`;
        const fields = { year, month, day, hour: +hour, minute: +minute, second: +second };
        fc.pre(farFromChanges(DateTime.fromObject(fields, { zone: "utc" }).toMillis(), zone));
        const expected = season === undefined ? DateTime.fromObject(fields, { zone: IANAZone.create(zone) }) : at(season, () => DateTime.fromObject(fields, { zone: IANAZone.create(zone) }));
        // Drawn texts seldom repeat, and away from changes luxon's reading does not depend on its clock.
        const parsed = season === undefined ? parseDate(text, zone) : at(season, () => parseDate(text, zone));
        assert.ok(parsed.ok, text);
        if (!parsed.ok) return;
        const label = `${text} in ${zone}`;
        assert.ok(Object.is(parsed.date.toMillis(), expected.toMillis()), `${label}: ${parsed.date.toISO()} is not ${expected.toISO()}`);
        assert.ok(Object.is(parsed.date.offset, expected.offset), label);
        assert.ok(parsed.date.equals(expected), label);
        assert.is(parsed.date.zoneName, expected.zoneName, label);
        assert.equal(parsed.date.toObject(), expected.toObject(), label);
        assert.is(parsed.date.toISO(), expected.toISO(), label);
      },
    ),
    { numRuns: 3000 },
  );
});

AwayFromChanges.run();
