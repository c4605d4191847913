// Dates for structured data and Open Graph: ISO 8601 with the site's offset, not UTC `Z`.
import { DateTime } from "luxon";
import { parseDate } from "../dates/parse-date.ts";

/** `2023-05-02T09:30:00-04:00` for an instant, in `zone`, without milliseconds. */
export function isoWithOffset(date: Date, zone: string): string {
  // The same instants come back for head metadata, JSON-LD and both sitemaps; a luxon DateTime
  // in a named zone asks Intl for the offset each time: compute each instant once per zone.
  const key = `${zone}|${date.getTime()}`;
  let iso = isoByInstant.get(key);
  if (iso === undefined) {
    iso = DateTime.fromJSDate(date).setZone(zone).toISO({ suppressMilliseconds: true }) ?? "";
    if (isoByInstant.size > 50_000) isoByInstant.clear();
    isoByInstant.set(key, iso);
  }
  return iso;
}

const isoByInstant = new Map<string, string>();

/** Reads a front-matter date (string, Date or undefined) as a `Date`, or `undefined`. */
export function frontMatterDate(value: unknown, zone: string): Date | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const parsed = parseDate(value, zone);
  return parsed.ok ? parsed.date.toJSDate() : undefined;
}
