// Dates for the previous/next nav: a readable date and an ISO value with offset, in the site's zone.
import { wallClock } from "../dates/wall-clock.ts";

/** Lengths `Intl.DateTimeFormat` accepts for `dateStyle`. */
export type DateStyle = "full" | "long" | "medium" | "short";

// Building an Intl.DateTimeFormat costs far more than using one: keep one per settings.
const formats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** `May 2, 2023` (for `en-US`, `long`): the calendar date in `timeZone`, not the server's. */
export function readableDate(date: Date, locale: string, timeZone: string, dateStyle: DateStyle = "long"): string {
  const key = `readable|${locale}|${timeZone}|${dateStyle}`;
  return remembered(key, date.getTime(), () =>
    cached(key, () => new Intl.DateTimeFormat(locale, { dateStyle, timeZone })).format(date),
  );
}

// Every article is shown in two navs (as the next of one, the previous of another): format each
// instant once. Texts are kept per settings, then per instant: a number key, not a string built
// and hashed on every call. A site has a few thousand; the cap only guards a long-running dev server.
const texts = new Map<string, Map<number, string>>();

function remembered(key: string, instant: number, make: () => string): string {
  let byInstant = texts.get(key);
  if (!byInstant) texts.set(key, (byInstant = new Map()));
  let text = byInstant.get(instant);
  if (text === undefined) {
    if (byInstant.size > 50_000) byInstant.clear();
    byInstant.set(instant, (text = make()));
  }
  return text;
}

/**
 * `2023-05-02T09:30:00-04:00`: the wall-clock time in `timeZone` with its UTC offset, for
 * `<time datetime>` (HTML's "global date and time string"; seconds kept, milliseconds dropped).
 */
export function isoWithOffset(date: Date, timeZone: string): string {
  return remembered(`iso|${timeZone}`, date.getTime(), () => isoText(date, timeZone));
}

function isoText(date: Date, timeZone: string): string {
  const clock = wallClock(date.getTime(), timeZone);
  // The year as this function has always read it, for dates before 100 AD too: the year of the era
  // (no sign for BC), and in the offset below Date.UTC's 1900–1999 for years 0–99. Kept so that
  // reading the clock faster changes no output.
  const y = clock.year > 0 ? clock.year : 1 - clock.year;
  const { month: mo, day: d, hour: h, minute: mi, second: s } = clock;
  // The offset is the wall clock read as if it were UTC, minus the instant (to the second).
  const instant = Math.floor(date.getTime() / 1000) * 1000;
  const offset = Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - instant) / 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return (
    `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
