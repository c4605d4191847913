// A topic front at /topics/<slug>/: name, description, feed link, a lead story, then the topic's articles, paginated.
// The whole page: the topic inside the page shell, called directly (one render a page; title and
// the topic for head metadata made here, not by Eleventy's computed data: content/topic-pages.11ty.ts).
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import { topicFeeds, type Publishing } from "../src/seo/publishing.ts";
import type { TopicPage } from "../src/collections/site-collections.ts";
import { frontStories } from "./partials/front-stories.ts";
import { paginationNav } from "./partials/pagination-nav.ts";
import { topicDescription } from "./partials/topic-descriptions.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** A page of a topic: `listPage` is one entry of `collections.topicPages`. */
export interface TopicData {
  site: Site;
  publishing?: Publishing;
  page: { url: string; inputPath: string; date: Date };
  pagination?: unknown;
  listPage: TopicPage;
  /** `_data/topicDescriptions.json`, when the site has one (checked by layouts/topic-index.11ty.ts). */
  topicDescriptions?: unknown;
}

/** `Courts`, then `Courts, page 2 of 4`: the page's title. */
export function topicPageTitle(page: Pick<TopicPage, "pageNumber" | "totalPages" | "topic">): string {
  return page.pageNumber > 1 ? `${page.topic.name}, page ${page.pageNumber} of ${page.totalPages}` : page.topic.name;
}

/** The page: topic name, description, article count and feed, the page's stories and pagination inside the shell. */
export function render(data: TopicData): string {
  const { site, publishing, page, pagination } = data;
  const description = topicDescription(data.topicDescriptions, data.listPage.topic.name);
  // head-meta.ts links the topic's feeds and makes its breadcrumbs from `seo.topic`; the
  // description, when there is one, is the page's meta description too.
  const seo = { topic: data.listPage.topic.name };
  return baseLayout({ site, publishing, page, pagination, seo, description, title: topicPageTitle(data.listPage), content: topic(data, description) });
}

/** Topic name, description, article count and feed link, the page's stories, pagination. */
function topic(data: TopicData, description: string | undefined): string {
  const page = data.listPage;
  const count = page.topic.count;
  return html`<div class="front">
<header class="front__header">
<p class="front__kicker"><a href="/topics/">Topics</a></p>
<h1>${page.topic.name}${page.pageNumber > 1 ? html` <span class="front__page">page ${page.pageNumber}</span>` : ""}</h1>
${description && page.pageNumber === 1 ? html`<p class="front__description">${description}</p>` : ""}
<p class="front__count">${count} ${count === 1 ? "article" : "articles"} · <a href="${topicFeeds(page.topic.slug).atom}" type="application/atom+xml">Follow ${page.topic.name} by feed</a></p>
</header>
${frontStories(page, data.site, data.publishing?.images, false)}
${paginationNav(page)}
</div>`.toString();
}
