// A date archive at /news/2024/, /news/2024/05/ or /news/2024/05/02/: the period's articles, newest first, paginated, with the periods around it.
// The whole page inside the page shell, called directly, as the topic fronts are (content/archive-pages.11ty.ts).
import { html, type SafeHtml } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import type { ArchiveLink, ArchivePage } from "../src/collections/archives.ts";
import { storyList, type StoryItem } from "./partials/story-list.ts";
import { storyImage, STORY_SIZES } from "./partials/story-image.ts";
import { paginationNav } from "./partials/pagination-nav.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** A page of an archive: `listPage` is one entry of `collections.archivePages`. */
export interface ArchiveData {
  site: Site;
  publishing?: Publishing;
  page: { url: string; inputPath: string; date: Date };
  pagination?: unknown;
  listPage: ArchivePage<StoryItem>;
}

/** `News from May 2024`, then `News from May 2024, page 2 of 3`: the page's title. */
export function archivePageTitle(page: Pick<ArchivePage<unknown>, "pageNumber" | "totalPages" | "archive">): string {
  const title = `News from ${page.archive.label}`;
  return page.pageNumber > 1 ? `${title}, page ${page.pageNumber} of ${page.totalPages}` : title;
}

/** The page: the period's heading, its articles, pagination and links to the periods around it. */
export function render(data: ArchiveData): string {
  const { site, publishing, page, pagination } = data;
  const archive = data.listPage.archive;
  const title = archivePageTitle(data.listPage);
  // Breadcrumbs (JSON-LD) follow the URL: site, News, the year, the month, this page.
  const breadcrumbs = [
    { name: site.title, url: "/" },
    { name: "News", url: "/news/" },
    ...archive.parents.map((p) => ({ name: p.label, url: p.url })),
    { name: title, url: data.listPage.url },
  ];
  // "on May 2, 2024", "in May 2024", "in 2024".
  const description = `Articles published ${archive.kind === "day" ? "on" : "in"} ${archive.label}.`;
  return baseLayout({ site, publishing, page, pagination, description, seo: { kind: "collection", breadcrumbs }, title, content: archivePage(data) });
}

function archivePage(data: ArchiveData): string {
  const page = data.listPage;
  const archive = page.archive;
  const thumbnail = (item: StoryItem) => storyImage(item.data.image, item.inputPath, data.publishing?.images, STORY_SIZES.thumbnail);
  return html`<div class="front archive">
<header class="front__header">
<p class="front__kicker">${[html`<a href="/news/">News</a>`, ...archive.parents.map((p) => html` · <a href="${p.url}">${p.label}</a>`)]}</p>
<h1>${archive.label}${page.pageNumber > 1 ? html` <span class="front__page">page ${page.pageNumber}</span>` : ""}</h1>
<p class="front__count">${archive.count} ${archive.count === 1 ? "article" : "articles"}</p>
</header>
${storyList(page.items, data.site, { kicker: true }, thumbnail)}
${paginationNav(page)}
${periodNav(archive.older, archive.newer)}
</div>`.toString();
}

/** Links to the neighbouring periods of the same kind that have articles. */
function periodNav(older: ArchiveLink | undefined, newer: ArchiveLink | undefined): SafeHtml | "" {
  if (!older && !newer) return "";
  return html`<nav class="pagination archive__periods" aria-label="Other periods">
<ul>
<li class="pagination__previous">${older ? html`<a href="${older.url}">Earlier: ${older.label}</a>` : ""}</li>
<li class="pagination__next">${newer ? html`<a href="${newer.url}">Later: ${newer.label}</a>` : ""}</li>
</ul>
</nav>`;
}
