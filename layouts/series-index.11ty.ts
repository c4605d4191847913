// The series index at /series/: every series with its number of parts and the span of dates they cover.
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { Series } from "../src/collections/series.ts";
import { timeTag } from "./partials/time-tag.ts";

export const data = { layout: "base.11ty.ts" };

/** The index reads `collections.series`. */
export interface SeriesIndexData {
  site: Site;
  collections: { series: Series<{ date: Date }>[] };
}

/** A list of series links, each with its count and first and latest part's dates. */
export function render(data: SeriesIndexData): string {
  const all = data.collections.series;
  return html`<div class="front">
<header class="front__header"><h1>Series</h1></header>
${all.length === 0
  ? html`<p class="empty-note">No series yet.</p>`
  : html`<ul class="topic-index series-index">
${all.map((s) => {
  const first = s.parts[0]!;
  const last = s.parts[s.parts.length - 1]!;
  const count = html`${s.parts.length} ${s.parts.length === 1 ? "part" : "parts"}`;
  const span = s.parts.length === 1 ? timeTag(first.date, data.site) : html`${timeTag(first.date, data.site)} – ${timeTag(last.date, data.site)}`;
  return html`<li><a href="${s.url}">${s.name}</a> <span class="topic-index__count">${count}, ${span}</span></li>\n`;
})}</ul>`}
</div>`.toString();
}
