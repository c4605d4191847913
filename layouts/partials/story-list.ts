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
${items.map((item) => html`<li>${listedTeaser(item, site, headingLevel)}</li>\n`)}</ol>`;
}

// An article is listed on the section front and on the page of each of its topics with the same
// teaser: made once per article object and settings (a rebuild's articles are new objects).
const teasers = new WeakMap<StoryItem, { site: Site; level: 2 | 3; teaser: SafeHtml }[]>();

function listedTeaser(item: StoryItem, site: Site, headingLevel: 2 | 3): SafeHtml {
  let made = teasers.get(item);
  if (!made) teasers.set(item, (made = []));
  let found = made.find((entry) => entry.site === site && entry.level === headingLevel);
  if (!found) made.push((found = { site, level: headingLevel, teaser: storyTeaser(item, site, headingLevel) }));
  return found.teaser;
}
