// Shows instants to readers in the site's zone: "May 2, 2023" and ISO 8601 with offset for <time datetime>.
import { DateTime } from "luxon";
import { wallClock as readWallClock } from "../../plugins/newsdesk/index.ts";
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

/** Milliseconds since the epoch of `value` (read in `zone` when it is text without an offset). */
export function instantOf(value: DateInput, zone: string): number {
  return value instanceof Date ? value.getTime() : toZonedDateTime(value, zone).toMillis();
}

// Formatting the same instant thousands of times (lists, feeds) is common: memoise per formatter.
type Formatter = (instant: number) => string;
const memo = new Map<string, Map<number, string>>();

function cached(key: string, value: DateInput, zone: string, format: Formatter): string {
  let results = memo.get(key);
  if (!results) memo.set(key, (results = new Map()));
  // The cache key is the instant, found without luxon for a Date (the common case: page.date).
  const instant = instantOf(value, zone);
  let text = results.get(instant);
  if (text === undefined) {
    text = format(instant);
    // A site has a few thousand distinct instants; the cap only guards a long-running dev server.
    if (results.size > 50_000) results.clear();
    results.set(instant, text);
  }
  return text;
}

// Formatting goes straight to Intl, which is what luxon formats with, without building a zoned
// DateTime per instant (a third of an article page's date work). Parsing stays luxon's
// (parse-date.ts); test/site/format-date.test.ts checks every formatter against luxon's output.
// One formatter per formatter key (`readable|<zone>|<locale>`), found without serialising its options.
const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intl(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = intlFormats.get(key);
  if (!format) intlFormats.set(key, (format = make()));
  return format;
}

/** The wall-clock fields of `instant` in `zone` and the zone's offset from UTC then, in minutes. */
function wallClock(instant: number, zone: string) {
  const { year, month, day, hour, minute, second } = readWallClock(instant, zone);
  const ms = ((instant % 1000) + 1000) % 1000;
  // The wall clock read as if it were UTC, minus the instant: the offset (setUTCFullYear keeps
  // years 0–99 from being read as 1900–1999).
  const asUtc = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  asUtc.setUTCFullYear(year);
  // Fractional for the old local-mean-time offsets (-3:30:52); shown truncated, as luxon does.
  return { year, month, day, hour, minute, second, ms, offset: (asUtc.getTime() - instant) / 60_000 };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? "-" : "+"}${pad(year, 6)}`;
}

/** "May 2, 2023": the calendar date in `zone`, in `locale`'s medium style. */
export function readableDate(value: DateInput, zone: string, locale = "en-US"): string {
  const key = `readable|${zone}|${locale}`;
  return cached(key, value, zone, (instant) => intl(key, () => new Intl.DateTimeFormat(locale, { ...DateTime.DATE_MED, timeZone: zone })).format(instant));
}

/** "May 2, 2023, 9:30 AM EDT": date and time in `zone`, for bylines that show the hour. */
export function readableDateTime(value: DateInput, zone: string, locale = "en-US"): string {
  const key = `readable-time|${zone}|${locale}`;
  // luxon formats a UTC zone (its fixed-offset zone) with U+202F before AM/PM where a bare Intl
  // call puts a space; for IANA zones the two agree (test/site/format-date.test.ts).
  if (isUtc(zone)) {
    return cached(key, value, zone, (instant) => DateTime.fromMillis(instant, { zone }).setLocale(locale).toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: "short" }));
  }
  return cached(key, value, zone, (instant) => intl(key, () => new Intl.DateTimeFormat(locale, { ...DateTime.DATETIME_MED, timeZoneName: "short", timeZone: zone })).format(instant));
}

/** `2023-05-02T09:30:00-04:00`: the value of `<time datetime>`, with the zone's offset. */
export function isoDateTime(value: DateInput, zone: string): string {
  return cached(`iso|${zone}`, value, zone, (instant) => {
    const t = wallClock(instant, zone);
    const minutes = Math.abs(t.offset);
    const offset = t.offset === 0 && isUtc(zone) ? "Z" : `${t.offset < 0 ? "-" : "+"}${pad(Math.trunc(minutes / 60))}:${pad(Math.trunc(minutes % 60))}`;
    const fraction = t.ms ? `.${pad(t.ms, 3)}` : "";
    return `${isoYear(t.year)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${fraction}${offset}`;
  });
}

/** `2023-05-02`: the calendar date in `zone` (URLs, archives). */
export function isoCalendarDate(value: DateInput, zone: string): string {
  return cached(`calendar|${zone}`, value, zone, (instant) => {
    const t = wallClock(instant, zone);
    return `${isoYear(t.year)}-${pad(t.month)}-${pad(t.day)}`;
  });
}

/** Zones luxon treats as fixed UTC (its ISO output ends in `Z` for them, `+00:00` for others). */
function isUtc(zone: string): boolean {
  return /^(utc|gmt|z|etc\/(utc|gmt|zulu|uct|universal)|uct|universal|zulu)$/i.test(zone);
}
