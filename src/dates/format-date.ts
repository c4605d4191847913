// Shows instants to readers in the site's zone: "May 2, 2023" and ISO 8601 with offset for <time datetime>.
import { DateTime } from "luxon";
import { parseDate } from "./parse-date.ts";

/** What templates hand to the date filters: a `Date`, a luxon `DateTime` or a front-matter string. */
export type DateInput = Date | DateTime | string;

/**
 * Reads any {@link DateInput} as a luxon `DateTime` in `zone`. Strings are front-matter values,
 * read as wall-clock time in `zone` (so `2023-05-02` is never shown as May 1).
 * Throws on an unreadable value: by the time a template formats a date, validation has passed.
 */
export function toZonedDateTime(value: DateInput, zone: string): DateTime {
  if (value instanceof DateTime) return value.setZone(zone);
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone });
  const parsed = parseDate(value, zone);
  if (!parsed.ok) throw new TypeError(`Cannot read ${parsed.found} as a date`);
  return parsed.date;
}

// Formatting the same instant thousands of times (lists, feeds) is common: memoise per formatter.
type Formatter = (date: DateTime) => string;
const memo = new Map<string, Map<number, string>>();

function cached(key: string, value: DateInput, zone: string, format: Formatter): string {
  let results = memo.get(key);
  if (!results) memo.set(key, (results = new Map()));
  // The cache key is the instant, found without luxon for a Date (the common case: page.date).
  const instant = value instanceof Date ? value.getTime() : toZonedDateTime(value, zone).toMillis();
  let text = results.get(instant);
  if (text === undefined) {
    text = format(zonedAt(instant, zone));
    // A site has a few thousand distinct instants; the cap only guards a long-running dev server.
    if (results.size > 50_000) results.clear();
    results.set(instant, text);
  }
  return text;
}

// One DateTime per instant for all formatters: building one in a named zone asks Intl for the
// offset, and a list shows each date twice (readable text and `<time datetime>`).
const zonedByInstant = new Map<string, DateTime>();

function zonedAt(instant: number, zone: string): DateTime {
  const key = `${zone}|${instant}`;
  let date = zonedByInstant.get(key);
  if (!date) {
    if (zonedByInstant.size > 50_000) zonedByInstant.clear();
    zonedByInstant.set(key, (date = DateTime.fromMillis(instant, { zone })));
  }
  return date;
}

/** "May 2, 2023": the calendar date in `zone`, in `locale`'s medium style. */
export function readableDate(value: DateInput, zone: string, locale = "en-US"): string {
  return cached(`readable|${zone}|${locale}`, value, zone, (date) =>
    date.setLocale(locale).toLocaleString(DateTime.DATE_MED),
  );
}

/** "May 2, 2023, 9:30 AM EDT": date and time in `zone`, for bylines that show the hour. */
export function readableDateTime(value: DateInput, zone: string, locale = "en-US"): string {
  return cached(`readable-time|${zone}|${locale}`, value, zone, (date) =>
    date.setLocale(locale).toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: "short" }),
  );
}

/** `2023-05-02T09:30:00-04:00`: the value of `<time datetime>`, with the zone's offset. */
export function isoDateTime(value: DateInput, zone: string): string {
  return cached(`iso|${zone}`, value, zone, (date) => date.toISO({ suppressMilliseconds: true }) ?? "");
}

/** `2023-05-02`: the calendar date in `zone` (URLs, archives). */
export function isoCalendarDate(value: DateInput, zone: string): string {
  return cached(`calendar|${zone}`, value, zone, (date) => date.toISODate() ?? "");
}
