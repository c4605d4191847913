// The corrections page: the page's own text (the policy, content/corrections.md), then every correction on the site, newest first.
import { html, raw } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { CorrectionEntry } from "../src/collections/corrections.ts";
import { articleTimeTag, timeTag } from "./partials/time-tag.ts";
import { correctionLabel } from "./partials/correction-notice.ts";
import { CORRECTIONS_FEEDS } from "../src/collections/corrections-feed.ts";

// The corrections feeds, linked from <head> (layouts/partials/head-meta.ts).
export const data = { layout: "base.11ty.ts", seo: { feeds: { title: "Corrections", atom: CORRECTIONS_FEEDS.atom, json: CORRECTIONS_FEEDS.json } } };

/** What a corrected article shows in the list: its headline, page and publication date. */
export interface CorrectedStory {
  url: string;
  date: Date;
  data: { title: string };
}

/** The page reads its title and body, and `collections.corrections` (src/collections/corrections.ts). */
export interface CorrectionsPageData {
  site: Site;
  title: string;
  content: string;
  collections: { corrections?: readonly CorrectionEntry<CorrectedStory>[] };
}

/** `<article class="page">`: the title, the body, and a "Corrections so far" section listing each correction with its article. */
export function render(data: CorrectionsPageData): string {
  const { site } = data;
  const entries = data.collections.corrections ?? [];
  return html`<article class="page">
<h1 class="page__title">${data.title}</h1>
${raw(data.content)}
<section class="corrections-page" aria-labelledby="corrections-page__heading">
<h2 id="corrections-page__heading">Corrections so far</h2>
<p class="corrections-page__feed"><a href="${CORRECTIONS_FEEDS.atom}" type="application/atom+xml">Follow corrections by feed</a></p>
${entries.length === 0
  ? html`<p class="empty-note">No story has needed a correction yet.</p>`
  : html`<ol class="corrections-index">
${entries.map(({ article, correction }) => html`<li class="corrections-index__item">
<a class="corrections-index__headline" href="${article.url}">${article.data.title}</a>
<span class="corrections-index__meta">Published ${timeTag(article.date, site)}</span>
<p class="corrections-index__text"><strong>${correctionLabel(correction.kind)}</strong>, ${articleTimeTag(correction.date, correction.written, site)}: ${correction.text}</p>
</li>\n`)}</ol>`}
</section>
</article>`.toString();
}
