// A series on an article page: "Part 2 of 5" beside the headline, and the box listing every part with this one marked.
import { html, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import type { SeriesPlace } from "../../src/collections/series.ts";
import { timeTag } from "./time-tag.ts";
import { ignoreAttribute } from "../../src/search/index-attributes.ts";

/** What a part shows: its headline and date. */
export interface SeriesPart {
  url: string;
  date: Date;
  data: { title: string };
}

/** `Part 2 of 5`. */
export const partLabel = (place: SeriesPlace<unknown>) => `Part ${place.part} of ${place.series.parts.length}`;

/**
 * The kicker above the headline: the series' name, linked to its page, and the part's number.
 * Without a place (a draft or scheduled part in `npm start`) the name alone, as written.
 */
export function seriesKicker(name: string | undefined, place: SeriesPlace<SeriesPart> | undefined): SafeHtml | "" {
  if (!place) return name ? html`<p class="article__series"${ignoreAttribute()}>${name}</p>` : "";
  return html`<p class="article__series"${ignoreAttribute()}><a href="${place.series.url}">${place.series.name}</a> <span class="article__series-part">· ${partLabel(place)}</span></p>`;
}

/**
 * The most parts a box lists. A longer series (a running story can have hundreds) shows the
 * parts around this one and links to the series' page for the rest: every part listing every
 * other would make each page, and the whole build, grow with the square of the series.
 */
export const SERIES_BOX_PARTS = 9;

/** The parts the box shows: all of a short series, else a window of {@link SERIES_BOX_PARTS} around part `index` (0-based). */
export function shownParts(total: number, index: number): { start: number; end: number } {
  if (total <= SERIES_BOX_PARTS) return { start: 0, end: total };
  const start = Math.min(Math.max(0, index - Math.floor(SERIES_BOX_PARTS / 2)), total - SERIES_BOX_PARTS);
  return { start, end: start + SERIES_BOX_PARTS };
}

/**
 * Every part in order (or, of a long series, those around this one and a link to all), the
 * current one marked `aria-current="page"` and not linked (a link to the page itself only makes
 * readers wonder where it goes). A titled region; the heading's id has `__`, which no id made
 * from an article's own headings has.
 */
export function seriesBox(place: SeriesPlace<SeriesPart> | undefined, current: string, site: Pick<Site, "timeZone" | "language">): SafeHtml | "" {
  if (!place || place.series.parts.length < 2) return "";
  const { series } = place;
  const total = series.parts.length;
  const { start, end } = shownParts(total, place.part - 1);
  const parts = series.parts.slice(start, end);
  return html`<section class="series-box" aria-labelledby="series-box__heading"${ignoreAttribute()}>
<h2 class="series-box__heading" id="series-box__heading"><span class="series-box__kicker">Series · ${partLabel(place)}</span> <a href="${series.url}">${series.name}</a></h2>
<ol class="series-box__parts"${start > 0 ? html` start="${start + 1}"` : ""}>
${parts.map((part, j) => {
  const i = start + j;
  return part.url === current
    ? html`<li class="series-box__part series-box__part--current" aria-current="page"><span class="series-box__number">Part ${i + 1}</span> <span class="series-box__title">${part.data.title}</span> <span class="series-box__date">${timeTag(part.date, site)}</span></li>\n`
    : html`<li class="series-box__part"><span class="series-box__number">Part ${i + 1}</span> <a class="series-box__title" href="${part.url}">${part.data.title}</a> <span class="series-box__date">${timeTag(part.date, site)}</span></li>\n`;
})}</ol>
${end - start < total ? html`<p class="series-box__all"><a href="${series.url}">All ${total} parts of ${series.name}</a></p>\n` : ""}</section>`;
}
