import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import "../helpers/property-seed.ts";
import { FastIanaZone, luxonZone } from "../../src/dates/fast-iana-zone.ts";
import { OFFSET_RANGE, parseDate, type DateParse } from "../../src/dates/parse-date.ts";
import { withLuxonNow } from "../helpers/luxon-clock.ts";

// DST both ways and southern, at midnight (Sao Paulo), 30 minutes (Lord Howe), negative (Dublin),
// a skipped day (Apia 2011), Ramadan pauses (Casablanca), local mean times with seconds in the
// offset (Monrovia's -0:44:30 until 1972, Kolkata's +5:53:28 and +5:21:10).
const ZONES = [
  "America/New_York", "Europe/London", "Europe/Dublin", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham",
  "America/St_Johns", "Pacific/Apia", "Africa/Monrovia", "America/Sao_Paulo", "Africa/Casablanca", "Antarctica/Troll",
];
const MAX = 8.64e15;
const WEEK = 7 * 86_400_000;
const SUMMER = Date.UTC(2026, 6, 1);
const WINTER = Date.UTC(2026, 11, 1);

/**
 * The instants where `zone`'s offset changes between 1850 and 2040 by luxon's own IANAZone, found a
 * week at a time and then to the millisecond (two changes within one week are not found).
 */
function transitions(zone: string): { at: number; before: number; after: number }[] {
  const luxons = IANAZone.create(zone);
  const found = [];
  let before = luxons.offset(Date.UTC(1850, 0, 1));
  for (let t = Date.UTC(1850, 0, 1) + WEEK; t < Date.UTC(2040, 0, 1); t += WEEK) {
    const after = luxons.offset(t);
    if (after === before) continue;
    let [lo, hi] = [t - WEEK, t];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (luxons.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before, after });
    before = after;
  }
  return found;
}

const changes = ZONES.flatMap((zone) => transitions(zone).map((change) => ({ zone, ...change })));

/** Runs `check` with luxon's "now" in `season` (test/helpers/luxon-clock.ts). */
const at = withLuxonNow;

const Offset = suite("FastIanaZone.offset");

Offset("has found the changes it is tested at", () => {
  assert.ok(changes.length > 1000, `${changes.length} changes`);
  for (const zone of ZONES) assert.ok(changes.some((change) => change.zone === zone), zone);
});

Offset("equals luxon's IANAZone.offset, fractions and NaN included, for any instant", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: -MAX - 1000, max: MAX + 1000 }), fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) })),
      fc.constantFrom(...ZONES),
      (t, zone) => {
        assert.ok(Object.is(new FastIanaZone(zone).offset(t), IANAZone.create(zone).offset(t)), `${t} in ${zone}`);
      },
    ),
    { numRuns: 10_000 },
  );
});

Offset("equals luxon's at every change from 1850 to 2040, and up to an hour either side", () => {
  for (const { zone, at: t } of changes) {
    const fast = new FastIanaZone(zone);
    for (const delta of [-3_600_000, -60_001, -1001, -1000, -999, -1, 0, 1, 999, 1000, 60_000, 3_600_000]) {
      assert.ok(Object.is(fast.offset(t + delta), IANAZone.create(zone).offset(t + delta)), `${new Date(t + delta).toISOString()} in ${zone}`);
    }
  }
});

Offset("is NaN for an invalid instant or zone, as luxon's is", () => {
  assert.ok(Number.isNaN(new FastIanaZone("America/New_York").offset(NaN)));
  assert.ok(Number.isNaN(new FastIanaZone("America/New_York").offset(MAX + 1)));
  assert.ok(Number.isNaN(new FastIanaZone("Mars/Olympus_Mons").offset(0)));
});

Offset.run();

const Identity = suite("FastIanaZone as luxon sees it");

Identity("is the same zone as luxon's own, both ways: type iana, same name", () => {
  const fast = new FastIanaZone("America/New_York");
  const luxons = IANAZone.create("America/New_York");
  assert.ok(fast.equals(luxons));
  assert.ok(luxons.equals(fast));
  assert.is(fast.type, "iana");
  assert.is(fast.name, "America/New_York");
  assert.ok(fast.isValid);
  assert.not.ok(fast.isUniversal);
  assert.not.ok(fast.equals(IANAZone.create("America/Chicago")));
});

Identity("is handed to luxon only for strings luxon reads as a valid IANA zone", () => {
  assert.instance(luxonZone("America/New_York"), FastIanaZone);
  assert.instance(luxonZone("Etc/GMT+5"), FastIanaZone);
  assert.is(luxonZone("America/New_York"), luxonZone("America/New_York"));
  for (const zone of ["UTC", "utc", "GMT", "UTC+3", "utc-04:30", "local", "system", "default", "Mars/Olympus_Mons"]) assert.is(luxonZone(zone), zone);
});

Identity.run();

/**
 * parseDate as it was before it handed luxon a FastIanaZone (the zone as a string), kept verbatim
 * as the reference: away from changes of offset every parse must give the same result. Near them
 * luxon's reading depended on the season of the build; parseDate now reads them by one rule
 * (src/dates/zoned-instant.ts), checked below against luxon's own zone. What parseDate refuses
 * on purpose since (a value not starting with a calendar date, an offset beyond -12:00…+14:00:
 * issue 15) the reference refuses too.
 */
function parseBefore(value: unknown, zone: string): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, found: "an invalid date" };
    const iso = value.toISOString();
    const wall = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
    return parseBefore(wall, zone);
  }
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, found: value === undefined ? "nothing" : JSON.stringify(value) };
  }
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text)) return { ok: false, found: JSON.stringify(value) };
  const offset = /[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*([+-])(\d{2}):?(\d{2})?$/.exec(text);
  const minutes = offset ? (offset[1] === "-" ? -1 : 1) * (+offset[2]! * 60 + +(offset[3] ?? 0)) : 0;
  if (offset && (+(offset[3] ?? 0) >= 60 || minutes < -720 || minutes > 840)) return { ok: false, found: JSON.stringify(value), expected: OFFSET_RANGE };
  const wall = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (wall) {
    const [, year, month, day, hour = "0", minute = "0", second = "0"] = wall;
    const date = DateTime.fromObject({ year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +second }, { zone });
    return date.isValid ? { ok: true, date } : { ok: false, found: JSON.stringify(value) };
  }
  let date = DateTime.fromISO(text, { zone, setZone: true });
  if (!date.isValid) {
    for (const format of ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd h:mm a"]) {
      date = DateTime.fromFormat(text, format, { zone });
      if (date.isValid) break;
    }
  }
  if (!date.isValid) return { ok: false, found: JSON.stringify(value) };
  return { ok: true, date: date.setZone(zone) };
}

/** The two parses agree on everything a template or feed can ask of the DateTime. */
function assertSame(parsed: DateParse, reference: DateParse, label: string) {
  assert.is(parsed.ok, reference.ok, label);
  if (!parsed.ok || !reference.ok) return assert.equal(parsed, reference, label);
  const [a, b] = [parsed.date, reference.date];
  assert.ok(a.equals(b), `${label}: ${a.toISO()} is not ${b.toISO()}`);
  assert.ok(Object.is(a.toMillis(), b.toMillis()) && Object.is(a.offset, b.offset), label);
  assert.is(a.zoneName, b.zoneName, label);
  assert.is(a.toISO(), b.toISO(), label);
  assert.equal(a.toObject(), b.toObject(), label);
  assert.is(a.toFormat("yyyy-MM-dd HH:mm:ss ZZ"), b.toFormat("yyyy-MM-dd HH:mm:ss ZZ"), label);
  assert.is(a.toLocaleString(DateTime.DATETIME_HUGE), b.toLocaleString(DateTime.DATETIME_HUGE), label);
  assert.is(a.startOf("day").toISO(), b.startOf("day").toISO(), label);
  assert.is(a.plus({ days: 1, hours: 1 }).toISO(), b.plus({ days: 1, hours: 1 }).toISO(), label);
  assert.is(a.isInDST, b.isInDST, label);
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

/** Front-matter values: wall-clock forms (some invalid), ISO with offsets, 12-hour forms, junk. */
const frontMatterText = fc.oneof(
  fc
    .tuple(fc.oneof(fc.integer({ min: 1850, max: 2040 }), fc.integer({ min: 0, max: 9999 })), two(13), two(32), two(25), two(60), two(60), fc.constantFrom("T", " "), fc.nat(2))
    .map(([y, mo, d, h, mi, s, sep, kind]) => `${String(y).padStart(4, "0")}-${mo}-${d}${kind === 0 ? "" : `${sep}${h}:${mi}${kind === 2 ? `:${s}` : ""}`}`),
  fc
    .tuple(fc.integer({ min: 1000, max: 2040 }), two(12), two(28), two(23), two(59), fc.constantFrom("Z", "+02:00", "-04:00", "+05:45", "-00:44", "", ".5", ".250-03:30"))
    .map(([y, mo, d, h, mi, tail]) => `${y}-${mo}-${d}T${h}:${mi}:00${tail}`),
  fc.tuple(fc.integer({ min: 1900, max: 2040 }), two(12), two(28), fc.integer({ min: 1, max: 12 }), two(59), fc.constantFrom("AM", "PM")).map(([y, mo, d, h, mi, ap]) => `${y}-${mo}-${d} ${h}:${mi} ${ap}`),
  fc.constantFrom("", "  ", "May the 4th", "2023-05-02 24:00", "2023-02-29", "2024-02-29", " 2023-05-02 ", "2023-W18-2", "2023-122"),
  fc.string(),
);

const Parse = suite("parseDate with FastIanaZone");

/** Whether `zone`'s offset is the same, by luxon's own zone, hour by hour 36 hours either side of `local`. */
function farFromChanges(local: number, zone: string): boolean {
  const luxons = IANAZone.create(zone);
  const offset = luxons.offset(local);
  for (let t = local - 36 * 3_600_000; t <= local + 36 * 3_600_000; t += 3_600_000) if (luxons.offset(t) !== offset) return false;
  return true;
}

Parse("gives what parseDate gave with luxon's own zone, for any front-matter text away from a change of offset", () => {
  fc.assert(
    fc.property(frontMatterText, fc.constantFrom(...ZONES, "UTC", "Etc/GMT+5"), (text, zone) => {
      // The wall clock read as UTC (an offset's instant for a text with one: it only skips more).
      const utc = parseBefore(text, "UTC");
      fc.pre(!utc.ok || farFromChanges(utc.date.toMillis(), zone));
      assertSame(parseDate(text, zone), parseBefore(text, zone), `${JSON.stringify(text)} in ${zone}`);
    }),
    { numRuns: 3000 },
  );
});

/**
 * The instant `zone`'s clocks show `local` (a wall clock read as UTC) next to a change from offset
 * `before` to `after`, by luxon's own zone: the earlier of the readings that hold, else (a gap) the
 * wall clock read with the offset before the change.
 */
function ruleReading(local: number, zone: string, before: number, after: number): { instant: number; readings: number[] } {
  const luxons = IANAZone.create(zone);
  const readings = [before, after].map((offset) => local - offset * 60 * 1000).filter((t, i) => luxons.offset(t) === [before, after][i]);
  return { instant: readings.length ? Math.min(...readings) : local - before * 60 * 1000, readings };
}

// Date values are not remembered by parseDate, so the same wall clock can be read again with
// luxon's "now" in another season, which picked the other of two repeated times.
Parse("reads the wall clock around every change from 1850 to 2040 by the rule, the same in summer and winter", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...changes),
      fc.boolean(),
      fc.constantFrom(0, 1000, 60_000, 30 * 60_000, 59 * 60_000, 3_600_000),
      fc.boolean(),
      ({ zone, at: t, before, after }, early, delta, useBefore) => {
        // The wall clock just before or after the change, as the offset before or after it reads.
        const wall = new Date(t + (useBefore ? before : after) * 60_000 + (early ? -delta : delta));
        const label = `${wall.toISOString()} (wall clock) in ${zone}`;
        const [summer, winter] = [SUMMER, WINTER].map((season) => at(season, () => parseDate(wall, zone)));
        assertSame(summer!, winter!, `${label}: summer and winter`);
        // What parseDate reads of a Date: its wall clock to the second.
        const local = Math.floor(wall.getTime() / 1000) * 1000;
        const { instant, readings } = ruleReading(local, zone, before, after);
        assertSame(summer!, { ok: true, date: DateTime.fromMillis(instant, { zone: IANAZone.create(zone) }) }, `${label}: the rule`);
        // Where the clocks show it once, or never (a gap), and luxon read it one way in both
        // seasons, a way the clocks show it (or the gap forward, as it always did): nothing has
        // changed. In an overlap luxon took the reading with today's offset (the later one in
        // Apia, which has kept +13 since 2021, whatever the season): that is what changed.
        const [luxonSummer, luxonWinter] = [SUMMER, WINTER].map((season) => at(season, () => parseBefore(wall, zone)));
        if (!luxonSummer!.ok || !luxonWinter!.ok) return assert.unreachable(label);
        const agreed = luxonSummer.date.toMillis() === luxonWinter.date.toMillis() && luxonSummer.date.offset === luxonWinter.date.offset;
        const shows = readings.length === 0 || (readings.length === 1 && readings[0] === luxonSummer.date.toMillis());
        if (agreed && shows && luxonSummer.date.offset === IANAZone.create(zone).offset(luxonSummer.date.toMillis())) {
          assertSame(summer!, luxonSummer, `${label}: as luxon read it`);
        }
      },
    ),
    { numRuns: 3000 },
  );
});

Parse("reads New York's 2023 gap and overlap the same whatever the season: the gap moved forward, the overlap's first", () => {
  const expected: Record<string, string> = {
    "2023-03-12T02:30:00Z": "2023-03-12T03:30:00.000-04:00",
    "2023-03-12T02:00:00Z": "2023-03-12T03:00:00.000-04:00",
    "2023-11-05T01:30:00Z": "2023-11-05T01:30:00.000-04:00",
    "2023-11-05T01:00:00Z": "2023-11-05T01:00:00.000-04:00",
    "2023-11-05T02:00:00Z": "2023-11-05T02:00:00.000-05:00",
  };
  for (const season of [SUMMER, WINTER]) {
    for (const [wall, iso] of Object.entries(expected)) {
      const parsed = at(season, () => parseDate(new Date(wall), "America/New_York"));
      assert.is(parsed.ok ? parsed.date.toISO() : parsed.found, iso, `${wall} at ${new Date(season).toISOString()}`);
    }
  }
  // In the gap as luxon read it (it did not depend on the season there).
  for (const wall of ["2023-03-12T02:30:00Z", "2023-03-12T02:00:00Z"]) {
    at(WINTER, () => assertSame(parseDate(new Date(wall), "America/New_York"), parseBefore(new Date(wall), "America/New_York"), wall));
  }
});

Parse("hands back DateTimes in luxon's zone as far as setZone is concerned: no copy, no move", () => {
  const parsed = parseDate("2023-05-02 09:30", "America/New_York");
  assert.ok(parsed.ok);
  if (!parsed.ok) return;
  assert.is(parsed.date.setZone("America/New_York"), parsed.date);
  assert.is(parsed.date.setZone("Europe/London").toISO(), "2023-05-02T14:30:00.000+01:00");
});

Parse.run();
