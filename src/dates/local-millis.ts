// A front-matter wall clock checked and counted as luxon's `DateTime.fromObject` does, before any zone.
import type { WallClock } from "../../plugins/newsdesk/index.ts";

/** The fields of a wall clock as written (`2023-05-02 09:30:15`): those the wall-clock reader gives. */
export type WallClockFields = WallClock;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const between = (n: number, low: number, high: number) => Number.isInteger(n) && n >= low && n <= high;

/**
 * The wall clock read as if it were UTC, in ms since the epoch, or `undefined` where luxon's
 * `DateTime.fromObject` calls the fields invalid (February 30, minute 60). As in luxon (its
 * `hasInvalidGregorianData`, `hasInvalidTimeData` and `objToLocalTS`, which are not exported):
 * `24:00:00` is valid and means the next day's midnight, and years 0–99 are not read as 1900–1999.
 */
export function localMillis({ year, month, day, hour, minute, second }: WallClockFields): number | undefined {
  if (!Number.isInteger(year) || !between(month, 1, 12)) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!between(day, 1, month === 2 && leap ? 29 : DAYS[month - 1]!)) return undefined;
  if (!between(hour, 0, 23) && !(hour === 24 && minute === 0 && second === 0)) return undefined;
  if (!between(minute, 0, 59) || !between(second, 0, 59)) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, 0);
  if (year >= 100 || year < 0) return local;
  // Date.UTC reads years 0–99 as 1900–1999. luxon sets the year again, with the month and day
  // (so 24:00 on such a day stays on that day's midnight: luxon's quirk, kept).
  const date = new Date(local);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}
