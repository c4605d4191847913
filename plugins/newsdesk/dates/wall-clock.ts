// The wall clock of an instant in an IANA time zone, read from one cached Intl formatter per zone.
// A build reads thousands of them (ISO dates, UTC offsets, luxon's zone offsets in src/dates/).
// `format()` and one regular expression cost about a quarter of `formatToParts()` (~1 µs against
// ~4 µs on Node 20): the parts' array of objects is what costs. luxon has the same reader as its
// fallback (`hackyOffset`). Both readers use the same formatter, so they read the same numbers.

/** The Gregorian calendar fields of an instant in a time zone, as `Intl` shows them. */
export interface WallClock {
  /** The year as ISO 8601 and luxon count it: 1 BC is 0, 2 BC is -1. */
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
}

// en-US with the era, so years before 1 AD read right, and `h23`, so midnight is 00, never 24.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The formatter the wall clock is read from: one per zone, kept (building one costs ~50 µs). */
export function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** `5/2/2023 AD, 09:30:00`: what {@link wallClockFormat} writes in Node 20 (ICU 73–78). */
const TEXT = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

function fields(era: string | undefined, year: string, month: string, day: string, hour: string, minute: string, second: string): WallClock {
  const y = Number(year);
  return { year: era === "BC" ? 1 - y : y, month: +month, day: +day, hour: +hour, minute: +minute, second: +second };
}

/** The wall clock in a text {@link wallClockFormat} wrote, or `undefined` if it is laid out otherwise. */
export function wallClockFromText(text: string): WallClock | undefined {
  const m = TEXT.exec(text);
  return m ? fields(m[4], m[3]!, m[1]!, m[2]!, m[5]!, m[6]!, m[7]!) : undefined;
}

/** The wall clock in the parts of {@link wallClockFormat}'s `formatToParts()`: slower, any layout. */
export function wallClockFromParts(parts: Intl.DateTimeFormatPart[]): WallClock {
  const p: Record<string, string> = {};
  for (const { type, value } of parts) p[type] = value;
  return fields(p.era, p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!);
}

// An article's instant is read several times a build: its offset while its date is parsed, then
// for its ISO dates in the site and in its neighbours' navs. In a build, between other work, each
// Intl call costs several times what it does in a loop (~8 µs, not ~1): remember the answers.
const known = new Map<string, Map<number, Readonly<WallClock>>>();

/**
 * The wall clock of `instant` (ms since the epoch) in `timeZone`. Throws a `RangeError` for an
 * unknown zone or an instant outside `Date`'s range, as `Intl.DateTimeFormat` does.
 */
export function wallClock(instant: number, timeZone: string): Readonly<WallClock> {
  let byInstant = known.get(timeZone);
  if (!byInstant) known.set(timeZone, (byInstant = new Map()));
  let clock = byInstant.get(instant);
  if (clock === undefined) {
    const format = wallClockFormat(timeZone);
    // Another ICU may lay the text out otherwise (a U+200E mark, another separator): then the parts.
    clock = wallClockFromText(format.format(instant)) ?? wallClockFromParts(format.formatToParts(instant));
    // A site has a few thousand instants; the cap only guards a long-running dev server.
    if (byInstant.size > 50_000) byInstant.clear();
    byInstant.set(instant, clock);
  }
  return clock;
}

/** The wall clock read as if it were UTC, in ms since the epoch (years 0–99 stay 0–99, not 19xx). */
export function wallClockAsUtc(clock: WallClock): number {
  const asUtc = new Date(Date.UTC(2000, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second));
  asUtc.setUTCFullYear(clock.year);
  return asUtc.getTime();
}

/**
 * The UTC offset of `timeZone` at `instant`, in minutes: the wall clock read as UTC minus the instant
 * (both to the second). Fractional for the old local mean times (Monrovia's -0:44:30 is -44.5), as
 * luxon's `IANAZone.offset()` gives it.
 */
export function offsetMinutes(instant: number, timeZone: string): number {
  const second = instant - (((instant % 1000) + 1000) % 1000);
  return (wallClockAsUtc(wallClock(instant, timeZone)) - second) / 60_000;
}
