// A topic page at /topics/<slug>/: the topic's articles, newest first, paginated.
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { TopicPage } from "../src/collections/site-collections.ts";
import { storyList } from "./partials/story-list.ts";
import { paginationNav } from "./partials/pagination-nav.ts";

export const data = { layout: "base.11ty.ts" };

/** A page of a topic: `listPage` is one entry of `collections.topicPages`. */
export interface TopicData {
  site: Site;
  listPage: TopicPage;
}

/** Topic name, article count, the page's teasers, pagination. */
export function render(data: TopicData): string {
  const page = data.listPage;
  const count = page.topic.count;
  return html`<div class="front">
<header class="front__header">
<p class="front__kicker"><a href="/topics/">Topics</a></p>
<h1>${page.topic.name}${page.pageNumber > 1 ? html` <span class="front__page">page ${page.pageNumber}</span>` : ""}</h1>
<p class="front__count">${count} ${count === 1 ? "article" : "articles"}</p>
</header>
${storyList(page.items, data.site)}
${paginationNav(page)}
</div>`.toString();
}
