// Reads a front-matter date or date-time in the site's time zone, never as UTC midnight.
import { DateTime } from "luxon";

/** A successful parse, or what was wrong with the value. */
export type DateParse = { ok: true; date: DateTime } | { ok: false; found: string };

const FORMATS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd h:mm a"];

/**
 * Parses `2023-05-02`, `2023-05-02T09:30`, `2023-05-02 09:30` or an ISO value with an offset.
 * Values without an offset are wall-clock times in `zone`. A `Date` (from a YAML parser that
 * made one) is taken as the UTC calendar date it encodes, then read in `zone`.
 */
export function parseDate(value: unknown, zone: string): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, found: "an invalid date" };
    const iso = value.toISOString();
    const wall = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
    return parseDate(wall, zone);
  }
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, found: value === undefined ? "nothing" : JSON.stringify(value) };
  }
  const text = value.trim();
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
