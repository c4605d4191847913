// The Pagefind attributes the article layout puts on its elements: body, filters, meta, sort and indexed text.
import { html, raw, type SafeHtml } from "../html.ts";
import { instantOf, isoCalendarDate, isoDateTime, readableDate, type DateInput } from "../dates/format-date.ts";
import type { Site } from "../site.ts";
import { META, PAGEFIND, type FilterKey } from "./search-names.ts";

/** ` data-pagefind-body`: the element Pagefind indexes; pages without one are never indexed. */
export function bodyAttribute(): SafeHtml {
  return raw(` ${PAGEFIND.body}`);
}

/** ` data-pagefind-ignore`: text on the page that is not the story (the reading time). */
export function ignoreAttribute(): SafeHtml {
  return raw(` ${PAGEFIND.ignore}`);
}

/**
 * ` data-pagefind-filter="topic:Courts"`. A literal value (`key:value`): Pagefind takes everything
 * after the first colon, commas included, so any name works; the element's text is not read.
 */
export function filterAttribute(key: FilterKey, value: string): SafeHtml {
  return html` ${PAGEFIND.filter}="${key}:${value}"`;
}

/**
 * For the element around the publication date: the readable date a result shows (`date`), the
 * year filter, and the instant as sort key; years and dates are the site's zone's, as on the page.
 * The sort key is seconds since 1970: Pagefind sorts numbers as numbers, and ISO text with
 * offsets would sort by local time (an hour off where the offset changes).
 */
export function publishedAttributes(date: DateInput, site: Pick<Site, "timeZone" | "language">): SafeHtml {
  const year = isoCalendarDate(date, site.timeZone).slice(0, 4);
  const seconds = Math.floor(instantOf(date, site.timeZone) / 1000);
  return html` ${PAGEFIND.meta}="${META.date}:${readableDate(date, site.timeZone, site.language)}" ${PAGEFIND.sort}="${META.datetime}:${seconds}"${filterAttribute("year", year)}`;
}

/** ` data-pagefind-meta="datetime:2023-05-02T09:30:00-04:00"`: the `datetime` of a result's `<time>`. */
export function datetimeMetaAttribute(date: DateInput, site: Pick<Site, "timeZone">): SafeHtml {
  return html` ${PAGEFIND.meta}="${META.datetime}:${isoDateTime(date, site.timeZone)}"`;
}

/**
 * Text indexed from an attribute (`data-pagefind-index-attrs`), for an element whose own text
 * Pagefind leaves out: it drops every `<nav>`, so the topic links' names are given again here.
 */
export function indexedTextAttributes(name: string, text: string): SafeHtml {
  return html` ${PAGEFIND.indexAttrs}="${name}" ${name}="${text}"`;
}
