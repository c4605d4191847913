// "More on Courts": the related stories under an article, beside its previous/next links.
import { html, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import type { RelatedStories } from "../../src/collections/related-stories.ts";
import { timeTag } from "./time-tag.ts";
import { ignoreAttribute } from "../../src/search/index-attributes.ts";
import { articleType } from "../../src/articles/article-type.ts";

/** What a related story shows: its headline and date, and a label for a kind labelled everywhere (sponsored). */
export interface RelatedStory {
  url: string;
  date: Date;
  data: { title: string; type?: unknown };
}

function label(story: RelatedStory): SafeHtml | "" {
  const kind = articleType(story.data.type);
  return kind.everywhere ? html`<span class="related__label">${kind.label}</span> ` : "";
}

/**
 * A titled section (`aria-labelledby` its heading, so screen readers list it as a region) with
 * one link per story, or nothing when there are none. The heading's id has `__`, which no
 * heading id made from an article's own `##` text has (src/articles/: slugs keep letters,
 * digits and hyphens), so it never clashes with the body.
 */
export function relatedStories(related: RelatedStories<RelatedStory> | undefined, site: Pick<Site, "timeZone" | "language">): SafeHtml | "" {
  if (!related?.stories.length) return "";
  return html`<section class="related" aria-labelledby="related__heading"${ignoreAttribute()}>
<h2 class="related__heading" id="related__heading">${related.heading}</h2>
<ul class="related__list">
${related.stories.map((story) => html`<li class="related__item"><a class="related__link" href="${story.url}">${label(story)}<span class="related__title">${story.data.title}</span> <span class="related__date">${timeTag(story.date, site)}</span></a></li>\n`)}</ul>
</section>`;
}
