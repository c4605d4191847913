// Reads a front-matter date or date-time in the site's time zone, never as UTC midnight.
import { DateTime, FixedOffsetZone, Settings, type Zone } from "luxon";
import { luxonZone, type FastIanaZone } from "./fast-iana-zone.ts";
import { localMillis } from "./local-millis.ts";
import { zonedInstant } from "./zoned-instant.ts";

/**
 * A successful parse, or what was wrong with the value: `found` as written and, when the form is
 * right but a part is not, `expected` saying which (an offset out of range).
 */
export type DateParse = { ok: true; date: DateTime } | { ok: false; found: string; expected?: string };

const FORMATS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd h:mm a"];
/** `2023-05-02`, `2023-05-02 09:30`, `2023-05-02T09:30:15`: wall-clock forms without an offset. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/**
 * Every accepted value starts with a whole calendar date. luxon's ISO reader also takes a time
 * alone (`09:30`, which it dates today: the article's URL would move every day), a year alone,
 * week dates and ordinal dates; none of them is a publication date an author means.
 */
const CALENDAR_DATE_FIRST = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;
/** A UTC offset after a time (`+05:30`, `-0400`, `+09`): its hours and minutes. */
const OFFSET = /[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*([+-])(\d{2}):?(\d{2})?$/;
/** Offsets in use anywhere run from UTC−12:00 to UTC+14:00; luxon takes any two digits (`+25:00`). */
export const OFFSET_RANGE = "an offset from `-12:00` to `+14:00`";

/**
 * Parses `2023-05-02`, `2023-05-02T09:30`, `2023-05-02 09:30` or an ISO value with an offset.
 * Values without an offset are wall-clock times in `zone`; one the clocks show twice (when they fall
 * back) is the earlier instant, one they skip (when they spring forward) is moved forward by the
 * gap (zoned-instant.ts), whatever the date of the build. A `Date` (from a YAML parser that
 * made one) is taken as the UTC calendar date it encodes, then read in `zone`. For an IANA `zone`
 * the date's zone is a {@link FastIanaZone}: luxon's own, with cheaper offsets, and `equals()` to it.
 */
export function parseDate(value: unknown, zone: string): DateParse {
  // Each article's date is read several times a build (date parsing, validation, feeds, head
  // metadata) and luxon's zone offsets are costly: remember string results (DateTime is immutable).
  if (typeof value === "string") {
    const key = `${zone}\u0000${value}`;
    let parsed = memo.get(key);
    if (!parsed) {
      if (memo.size > 50_000) memo.clear();
      memo.set(key, (parsed = parseUncached(value, zone)));
    }
    return parsed;
  }
  return parseUncached(value, zone);
}

const memo = new Map<string, DateParse>();

function parseUncached(value: unknown, zoneName: string): DateParse {
  // A parse asks the zone for its offset three times or so (here and in luxon): the cheaper zone.
  const zone = luxonZone(zoneName);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, found: "an invalid date" };
    const iso = value.toISOString();
    const wall = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
    return parseUncached(wall, zoneName);
  }
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, found: value === undefined ? "nothing" : JSON.stringify(value) };
  }
  const text = value.trim();
  if (!CALENDAR_DATE_FIRST.test(text)) return { ok: false, found: JSON.stringify(value) };
  const offset = OFFSET.exec(text);
  if (offset && !offsetInRange(offset[1] === "-" ? -1 : 1, +offset[2]!, +(offset[3] ?? 0))) return { ok: false, found: JSON.stringify(value), expected: OFFSET_RANGE };
  // The usual forms, without luxon's format parser (it compiles the format on every call).
  const wall = WALL_CLOCK.exec(text);
  if (wall) {
    const [, year, month, day, hour = "0", minute = "0", second = "0"] = wall;
    const fields = { year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +second };
    if (typeof zone === "string") return valid(DateTime.fromObject(fields, { zone }), value);
    // luxon's checks and arithmetic for the fields, then the instant by the rule, not luxon's guess.
    const local = localMillis(fields);
    return local === undefined ? { ok: false, found: JSON.stringify(value) } : { ok: true, date: atWallClock(local, zone) };
  }
  // ISO with an offset is that instant. Without one, luxon read the wall clock in `zone` (date.zone
  // is then that very object) from a first guess at today's offset: read it again by the rule. The
  // wall clock as written comes from a zone fixed at today's offset (any fixed zone reads it the same).
  let date: DateTime = DateTime.fromISO(text, { zone, setZone: true });
  if (date.isValid && typeof zone !== "string" && date.zone === zone) {
    const written = DateTime.fromISO(text, { zone: FixedOffsetZone.instance(zone.offset(Settings.now())) });
    date = atWallClock(written.setZone("utc", { keepLocalTime: true }).toMillis(), zone);
  }
  if (!date.isValid) {
    // None of the formats has an offset: for an IANA zone, the wall clock read as UTC, then by the rule.
    for (const format of FORMATS) {
      date = DateTime.fromFormat(text, format, { zone: typeof zone === "string" ? zone : "utc" });
      if (date.isValid) break;
    }
    if (date.isValid && typeof zone !== "string") date = atWallClock(date.toMillis(), zone);
  }
  return valid(date.isValid ? date.setZone(zone) : date, value);
}

/** True for an offset of `sign` `hours`:`minutes` in {@link OFFSET_RANGE}. */
function offsetInRange(sign: number, hours: number, minutes: number): boolean {
  const total = sign * (hours * 60 + minutes);
  return minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
}

/** `date` as a successful parse, or `value` as what was found if luxon calls `date` invalid. */
function valid(date: DateTime, value: unknown): DateParse {
  return date.isValid ? { ok: true, date } : { ok: false, found: JSON.stringify(value) };
}

/**
 * The DateTime in `zone` whose wall clock is `local` (read as if it were UTC), by the rule of
 * zoned-instant.ts, not luxon's `DateTime.fromObject`: that starts from the offset in force on the
 * day of the build, so a time the clocks show twice was EST in a winter build, EDT in a summer one.
 */
function atWallClock(local: number, zone: Zone): DateTime {
  return DateTime.fromMillis(zonedInstant(local, zone), { zone });
}
