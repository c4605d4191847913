// The not-found page, written to /404.html (static hosts serve it for missing paths): ways back in and the latest headlines.
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import { storyTeaser, type StoryItem } from "../layouts/partials/story-list.ts";

export const data = {
  layout: "base.11ty.ts",
  permalink: "/404.html",
  title: "Page not found",
  eleventyExcludeFromCollections: true,
};

/** How many of the newest headlines the page offers. */
export const HEADLINE_COUNT = 5;

/** What the page reads: the site and the newest articles. */
interface NotFoundData {
  site: Site;
  collections: { latestArticles?: StoryItem[] };
}

/** A short explanation, ways back in, and the latest headlines (a reader who followed a dead link came for news). */
export function render(data: NotFoundData): string {
  const latest = (data.collections.latestArticles ?? []).slice(0, HEADLINE_COUNT);
  return html`<div class="not-found">
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<ul class="not-found__ways">
<li><a href="/">Go to the home page</a></li>
<li><a href="/news/">Browse the latest news</a></li>
<li><a href="/topics/">Browse by topic</a></li>
</ul>
${latest.length > 0 && html`<section class="not-found__latest" aria-labelledby="latest-heading">
<h2 id="latest-heading" class="section-heading">Latest headlines</h2>
<ol class="story-list story-list--compact">
${latest.map((item) => html`<li>${storyTeaser(item, data.site, { headingLevel: 3, dek: false, weight: "compact" })}</li>\n`)}</ol>
</section>`}
</div>`.toString();
}
