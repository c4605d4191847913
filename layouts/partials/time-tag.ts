// <time datetime="2023-05-02T09:30:00-04:00">May 2, 2023</time>, in the site's zone.
import { html, type SafeHtml } from "../../src/html.ts";
import { isoDateTime, readableDate, type DateInput } from "../../src/dates/format-date.ts";
import type { Site } from "../../src/site.ts";

/** A `<time>` whose text is the readable date and whose `datetime` is the full ISO value with offset. */
export function timeTag(date: DateInput, site: Pick<Site, "timeZone" | "language">): SafeHtml {
  return html`<time datetime="${isoDateTime(date, site.timeZone)}">${readableDate(date, site.timeZone, site.language)}</time>`;
}
