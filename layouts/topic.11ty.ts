// A topic page at /topics/<slug>/: the topic's articles, newest first, paginated.
// The whole page: the topic inside the page shell, called directly (one render a page; title and
// the topic for head metadata made here, not by Eleventy's computed data: content/topic-pages.11ty.ts).
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import type { TopicPage } from "../src/collections/site-collections.ts";
import { storyList } from "./partials/story-list.ts";
import { paginationNav } from "./partials/pagination-nav.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** A page of a topic: `listPage` is one entry of `collections.topicPages`. */
export interface TopicData {
  site: Site;
  publishing?: Publishing;
  page: { url: string; inputPath: string; date: Date };
  pagination?: unknown;
  listPage: TopicPage;
}

/** `Courts`, then `Courts, page 2 of 4`: the page's title. */
export function topicPageTitle(page: Pick<TopicPage, "pageNumber" | "totalPages" | "topic">): string {
  return page.pageNumber > 1 ? `${page.topic.name}, page ${page.pageNumber} of ${page.totalPages}` : page.topic.name;
}

/** The page: topic name, article count, the page's teasers and pagination inside the shell. */
export function render(data: TopicData): string {
  const { site, publishing, page, pagination } = data;
  // head-meta.ts links the topic's feeds and makes its breadcrumbs from `seo.topic`.
  const seo = { topic: data.listPage.topic.name };
  return baseLayout({ site, publishing, page, pagination, seo, title: topicPageTitle(data.listPage), content: topic(data) });
}

/** Topic name, article count, the page's teasers, pagination. */
function topic(data: TopicData): string {
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
