import { suite } from "uvu";
import * as assert from "uvu/assert";
import { IANAZone } from "luxon";
import { zonedInstant, type OffsetSource } from "../../src/dates/zoned-instant.ts";
import { FastIanaZone } from "../../src/dates/fast-iana-zone.ts";

const HOUR = 3_600_000;
const utc = (iso: string) => Date.parse(`${iso}Z`);

/** A zone whose offset (minutes) is `before` until `at`, `after` from then on. */
function oneChange(at: number, before: number, after: number): OffsetSource {
  return { offset: (instant) => (instant < at ? before : after) };
}

const Rule = suite("zonedInstant: Temporal's \"compatible\" rule");

Rule("reads a wall clock far from any change with the zone's one offset", () => {
  assert.is(zonedInstant(utc("2023-05-02T09:30:00"), { offset: () => -240 }), utc("2023-05-02T13:30:00"));
  assert.is(zonedInstant(utc("2023-05-02T09:30:00"), { offset: () => 330 }), utc("2023-05-02T04:00:00"));
});

Rule("takes the earlier of two readings where the clocks fall back", () => {
  // -04:00 until 06:00 UTC, then -05:00: 01:00–01:59 happens twice.
  const zone = oneChange(utc("2023-11-05T06:00:00"), -240, -300);
  assert.is(zonedInstant(utc("2023-11-05T01:30:00"), zone), utc("2023-11-05T05:30:00"));
  assert.is(zonedInstant(utc("2023-11-05T01:00:00"), zone), utc("2023-11-05T05:00:00"));
  assert.is(zonedInstant(utc("2023-11-05T00:59:59"), zone), utc("2023-11-05T04:59:59"));
  assert.is(zonedInstant(utc("2023-11-05T02:00:00"), zone), utc("2023-11-05T07:00:00"));
});

Rule("moves a wall clock the clocks skip forward by the gap, reading it with the offset before", () => {
  // -05:00 until 07:00 UTC, then -04:00: 02:00–02:59 never happens.
  const zone = oneChange(utc("2023-03-12T07:00:00"), -300, -240);
  assert.is(zonedInstant(utc("2023-03-12T02:30:00"), zone), utc("2023-03-12T07:30:00"));
  assert.is(zonedInstant(utc("2023-03-12T02:00:00"), zone), utc("2023-03-12T07:00:00"));
  assert.is(zonedInstant(utc("2023-03-12T01:59:59"), zone), utc("2023-03-12T06:59:59"));
  assert.is(zonedInstant(utc("2023-03-12T03:00:00"), zone), utc("2023-03-12T07:00:00"));
});

Rule("finds a change on either side of the wall clock's day, early or late in it", () => {
  for (const [clock, at] of [["T00:30:00", "T04:30:00"], ["T23:30:00", "T04:30:00"], ["T23:30:00", "T22:00:00"], ["T00:30:00", "T00:45:00"]] as const) {
    // A change at `at` UTC on the same day, an hour forward; and one an hour back.
    const forward = oneChange(utc(`2023-03-12${at}`), 60, 120);
    const back = oneChange(utc(`2023-03-12${at}`), 120, 60);
    const local = utc(`2023-03-12${clock}`);
    const readings = (zone: OffsetSource) => [60, 120].map((o) => local - o * 60_000).filter((t) => zone.offset(t) === (t - local) / -60_000);
    assert.is(zonedInstant(local, forward), readings(forward)[0] ?? local - 60 * 60_000, `forward ${clock} ${at}`);
    assert.is(zonedInstant(local, back), Math.min(...readings(back)), `back ${clock} ${at}`);
  }
});

Rule("keeps offsets with seconds exact, as luxon counts them (Monrovia's -0:44:30)", () => {
  assert.is(zonedInstant(utc("1950-05-02T09:30:00"), { offset: () => -44.5 }), utc("1950-05-02T10:14:30"));
});

Rule.run();

const Zones = suite("zonedInstant in real zones");

Zones("reads New York's and London's 2023 overlaps as the earlier, gaps an hour on", () => {
  for (const zone of [new FastIanaZone("America/New_York"), IANAZone.create("America/New_York")]) {
    assert.is(zonedInstant(utc("2023-11-05T01:30:00"), zone), utc("2023-11-05T05:30:00"));
    assert.is(zonedInstant(utc("2023-03-12T02:30:00"), zone), utc("2023-03-12T07:30:00"));
  }
  const london = new FastIanaZone("Europe/London");
  assert.is(zonedInstant(utc("2023-10-29T01:30:00"), london), utc("2023-10-29T00:30:00"));
  assert.is(zonedInstant(utc("2023-03-26T01:30:00"), london), utc("2023-03-26T01:30:00"));
});

Zones("moves Apia's skipped day (2011-12-30) forward by the day", () => {
  const apia = new FastIanaZone("Pacific/Apia");
  // -10:00 until 2011-12-30T10:00Z, then +14:00.
  assert.is(zonedInstant(utc("2011-12-30T12:00:00"), apia), utc("2011-12-30T22:00:00"));
  assert.is(zonedInstant(utc("2011-12-29T23:59:00"), apia), utc("2011-12-30T09:59:00"));
  assert.is(zonedInstant(utc("2011-12-31T00:00:00"), apia), utc("2011-12-30T10:00:00"));
});

Zones("tells Recife's two changes of October 2000, a week apart (the closest in Node's data), each from the other", () => {
  const recife = new FastIanaZone("America/Recife");
  // -03:00 until 2000-10-08T03:00Z, -02:00 (summer time) until 2000-10-15T02:00Z, then -03:00 again.
  for (const at of [utc("2000-10-08T03:00:00"), utc("2000-10-15T02:00:00")]) {
    for (const delta of [-2 * HOUR, -HOUR, -1000, 0, 1000, 30 * 60_000, HOUR, 2 * HOUR]) {
      const instant = at + delta;
      const local = instant + recife.offset(instant) * 60_000;
      const readings = [-180, -120].map((o) => local - o * 60_000).filter((t) => recife.offset(t) * 60_000 === local - t);
      assert.ok(readings.includes(instant), new Date(instant).toISOString());
      assert.is(zonedInstant(local, recife), Math.min(...readings), new Date(instant).toISOString());
    }
  }
  // The gap the first one made: 00:30 on 2000-10-08 never happened; 01:30 -02:00 is the hour after.
  assert.is(zonedInstant(utc("2000-10-08T00:30:00"), recife), utc("2000-10-08T03:30:00"));
});

Zones.run();
