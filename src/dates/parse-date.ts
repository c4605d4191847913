// Reads a front-matter date or date-time in the site's time zone, never as UTC midnight.
import { DateTime } from "luxon";
import { luxonZone, type FastIanaZone } from "./fast-iana-zone.ts";

/** A successful parse, or what was wrong with the value. */
export type DateParse = { ok: true; date: DateTime } | { ok: false; found: string };

const FORMATS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd h:mm a"];
/** `2023-05-02`, `2023-05-02 09:30`, `2023-05-02T09:30:15`: wall-clock forms without an offset. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses `2023-05-02`, `2023-05-02T09:30`, `2023-05-02 09:30` or an ISO value with an offset.
 * Values without an offset are wall-clock times in `zone`. A `Date` (from a YAML parser that
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
  // luxon asks the zone for its offset two or three times a parse: hand it the cheaper one.
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
  // The usual forms, without luxon's format parser (it compiles the format on every call).
  const wall = WALL_CLOCK.exec(text);
  if (wall) {
    const [, year, month, day, hour = "0", minute = "0", second = "0"] = wall;
    const date = DateTime.fromObject(
      { year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +second },
      { zone },
    );
    return date.isValid ? { ok: true, date } : { ok: false, found: JSON.stringify(value) };
  }
  let date = DateTime.fromISO(text, { zone, setZone: true });
  if (!date.isValid) {
    for (const format of FORMATS) {
      date = DateTime.fromFormat(text, format, { zone });
      if (date.isValid) break;
    }
  }
  if (!date.isValid) return { ok: false, found: JSON.stringify(value) };
  return { ok: true, date: date.setZone(zone) };
}
