// <time datetime="2023-05-02T09:30:00-04:00">May 2, 2023</time>, in the site's zone; with the hour where the author gave one.
import { html, type SafeHtml } from "../../src/html.ts";
import { isoDateTime, readableDate, readableDateTime, type DateInput } from "../../src/dates/format-date.ts";
import type { Site } from "../../src/site.ts";

/** A `<time>` whose text is the readable date and whose `datetime` is the full ISO value with offset. */
export function timeTag(date: DateInput, site: Pick<Site, "timeZone" | "language">): SafeHtml {
  return html`<time datetime="${isoDateTime(date, site.timeZone)}">${readableDate(date, site.timeZone, site.language)}</time>`;
}

/**
 * Whether a front-matter date as written names a time of day (`2024-07-23 13:20`, an ISO value
 * with `T`). A bare calendar date (`2023-05-02`) is read as midnight, which is no time the story
 * went out: it is shown as a date alone.
 */
export function hasClockTime(written: unknown): boolean {
  if (written instanceof Date) return false;
  return typeof written === "string" && /\d[T ]\d{1,2}:\d{2}/.test(written.trim());
}

/**
 * The article's published or updated `<time>`: `Jul 23, 2024, 1:20 PM EDT` (in the site's zone,
 * with its abbreviation) where front matter gave the hour, else the date as everywhere else.
 */
export function articleTimeTag(date: DateInput, written: unknown, site: Pick<Site, "timeZone" | "language">): SafeHtml {
  if (!hasClockTime(written)) return timeTag(date, site);
  return html`<time datetime="${isoDateTime(date, site.timeZone)}">${readableDateTime(date, site.timeZone, site.language)}</time>`;
}
