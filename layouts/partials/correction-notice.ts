// An article's corrections: a titled box, each correction with its kind, its <time> in the site's zone, and its text.
import { html, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import type { Correction } from "../../src/collections/corrections.ts";
import { articleTimeTag } from "./time-tag.ts";
import { correctionId } from "../../src/collections/corrections-feed.ts";

/** `Correction` or `Clarification`: how a kind is named to readers. */
export const correctionLabel = (kind: string) => (kind === "clarification" ? "Clarification" : "Correction");

/**
 * The box, oldest correction first, or nothing without corrections. Headed "Correction",
 * "Clarification" or "Corrections" (several, or of both kinds). The heading's id has `__`, which
 * no id made from an article's own headings has.
 */
export function correctionNotice(corrections: readonly Correction[], site: Pick<Site, "timeZone" | "language">): SafeHtml | "" {
  if (!corrections.length) return "";
  const heading = corrections.length === 1 ? correctionLabel(corrections[0]!.kind) : "Corrections";
  return html`<section class="corrections" aria-labelledby="corrections__heading">
<h2 class="corrections__heading" id="corrections__heading">${heading}</h2>
<ul class="corrections__list">
${corrections.map((c) => html`<li class="corrections__item corrections__item--${c.kind}" id="${correctionId(c.number)}"><p><strong class="corrections__kind">${correctionLabel(c.kind)}</strong>, ${articleTimeTag(c.date, c.written, site)}: ${c.text}</p></li>\n`)}</ul>
</section>`;
}
