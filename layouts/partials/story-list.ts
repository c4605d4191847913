// A list of article teasers (headline link, dek, date, byline) for the home page and section fronts.
import { html, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import { authorNames, type Author } from "./byline.ts";
import { timeTag } from "./time-tag.ts";

/** The article data a teaser shows. */
export interface StoryData {
  title: string;
  dek?: string;
  authors?: Author[];
  draft?: boolean;
}

/** What a teaser reads of an article (an Eleventy collection item or the site's ArticleItem). */
export interface StoryItem {
  url: string | false;
  date: Date;
  data: StoryData;
}

/** One teaser; `headingLevel` keeps the outline right (h2 on fronts, h3 under a section heading). */
export function storyTeaser(item: StoryItem, site: Site, headingLevel: 2 | 3 = 2, withDek = true): SafeHtml {
  const names = authorNames(item.data.authors);
  const heading = html`<a href="${item.url}">${item.data.title}</a>${item.data.draft ? html` <span class="tag-draft">Draft</span>` : ""}`;
  return html`<article class="story">
${headingLevel === 2 ? html`<h2 class="story__headline">${heading}</h2>` : html`<h3 class="story__headline">${heading}</h3>`}
${withDek && item.data.dek ? html`<p class="story__dek">${item.data.dek}</p>` : ""}
<p class="story__meta">${timeTag(item.date, site)}${names ? html`<span class="story__byline"> · By ${names}</span>` : ""}</p>
</article>`;
}

/** `<ol class="story-list">` of teasers, or a short note when there are none yet. */
export function storyList(items: readonly StoryItem[], site: Site, headingLevel: 2 | 3 = 2): SafeHtml {
  if (items.length === 0) return html`<p class="empty-note">No articles yet.</p>`;
  return html`<ol class="story-list">
${items.map((item) => html`<li>${storyTeaser(item, site, headingLevel)}</li>\n`)}</ol>`;
}
