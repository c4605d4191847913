// The section front at /news/: newest articles first, 20 a page, with pagination.
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { ListPage } from "../src/collections/paginate.ts";
import { storyList, type StoryItem } from "./partials/story-list.ts";
import { paginationNav } from "./partials/pagination-nav.ts";

export const data = { layout: "base.11ty.ts" };

/** A page of the section front: `listPage` is one entry of `collections.newsPages`. */
export interface SectionFrontData {
  site: Site;
  listPage: ListPage<StoryItem>;
}

/** Heading, the page's teasers, pagination. */
export function render(data: SectionFrontData): string {
  const page = data.listPage;
  return html`<div class="front">
<header class="front__header">
<h1>News${page.pageNumber > 1 ? html` <span class="front__page">page ${page.pageNumber}</span>` : ""}</h1>
</header>
${storyList(page.items, data.site)}
${paginationNav(page)}
</div>`.toString();
}
