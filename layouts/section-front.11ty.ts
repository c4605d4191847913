// The section front at /news/: a lead story, then the newest articles, 20 a page, with pagination.
// The whole page: the front inside the page shell, called directly (one render a page, as the
// article pages are): no layout chain, and its title is made here rather than by Eleventy's
// computed data, which sets up dependency tracking for every page (content/news-front.11ty.ts).
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import { SITE_FEEDS, type Publishing } from "../src/seo/publishing.ts";
import type { ListPage } from "../src/collections/paginate.ts";
import type { StoryItem } from "./partials/story-list.ts";
import { frontStories } from "./partials/front-stories.ts";
import { paginationNav } from "./partials/pagination-nav.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** A page of the section front: `listPage` is one entry of `collections.newsPages`. */
export interface SectionFrontData {
  site: Site;
  publishing?: Publishing;
  page: { url: string; inputPath: string; date: Date };
  pagination?: unknown;
  listPage: ListPage<StoryItem>;
}

/** `News`, then `News, page 2 of 9`: the page's title. */
export function sectionFrontTitle(page: Pick<ListPage<unknown>, "pageNumber" | "totalPages">): string {
  return page.pageNumber > 1 ? `News, page ${page.pageNumber} of ${page.totalPages}` : "News";
}

/** The page: heading, the page's teasers and pagination inside the shell. */
export function render(data: SectionFrontData): string {
  const { site, publishing, page, pagination } = data;
  return baseLayout({ site, publishing, page, pagination, title: sectionFrontTitle(data.listPage), content: front(data) });
}

/** Heading with the feed link, the page's stories (a lead on the first), pagination. */
function front(data: SectionFrontData): string {
  const page = data.listPage;
  return html`<div class="front">
<header class="front__header">
<h1>News${page.pageNumber > 1 ? html` <span class="front__page">page ${page.pageNumber}</span>` : ""}</h1>
<p class="front__feed"><a href="${SITE_FEEDS.atom}" type="application/atom+xml">Follow the news by feed</a></p>
</header>
${frontStories(page, data.site, data.publishing?.images, true)}
${paginationNav(page)}
</div>`.toString();
}
