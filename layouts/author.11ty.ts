// An author page at /authors/<slug>/: photo, name, role, bio, their links, then their articles newest first, paginated.
import { html, type SafeHtml } from "../src/html.ts";
import { authorPhoto } from "./partials/author-photo.ts";
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import type { AuthorPage } from "../src/collections/authors.ts";
import type { StoryItem } from "./partials/story-list.ts";
import { frontStories } from "./partials/front-stories.ts";
import { paginationNav } from "./partials/pagination-nav.ts";
import { authorFeeds } from "../src/collections/authors-feeds.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** A page of an author: `listPage` is one entry of `collections.authorPages`. */
export interface AuthorData {
  site: Site;
  publishing?: Publishing;
  page: { url: string; inputPath: string; date: Date };
  pagination?: unknown;
  listPage: AuthorPage<StoryItem>;
}

/** `Ana Ruiz`, then `Ana Ruiz, page 2 of 3`. */
export function authorPageTitle(page: Pick<AuthorPage<unknown>, "pageNumber" | "totalPages" | "author">): string {
  return page.pageNumber > 1 ? `${page.author.name}, page ${page.pageNumber} of ${page.totalPages}` : page.author.name;
}

/** The page inside the shell; the bio (or role) is its meta description. */
export function render(data: AuthorData): string {
  const { site, publishing, page, pagination } = data;
  const { author } = data.listPage;
  const description = author.bio ?? (author.role ? `${author.name}, ${author.role}` : `Articles by ${author.name}`);
  const feeds = { title: `${author.name} — ${site.title}`, ...authorFeeds(author.slug) };
  const seo = { breadcrumbs: [{ name: site.title, url: "/" }, { name: author.name, url: data.listPage.url }], feeds };
  return baseLayout({ site, publishing, page, pagination, seo, description, title: authorPageTitle(data.listPage), content: authorPage(data) });
}

/** A link's text: the address without its scheme (`example.org/staff/ana`), or the e-mail address. */
function linkText(url: string): string {
  return url.replace(/^mailto:/i, "").replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

/** Shown as 8rem square at most, above the fold (eager); the smallest generated width is plenty for it. */
const PHOTO_SIZES = "8rem";

/** Their own page, then the profile's other links, each `rel="me"`. */
function links(author: AuthorPage<unknown>["author"]): SafeHtml | "" {
  const all: { label?: string; url: string }[] = [...(author.sameAs ? [{ url: author.sameAs }] : []), ...(author.links ?? [])];
  if (all.length === 0) return "";
  return html`<ul class="author__links">
${all.map((link) => html`<li><a href="${link.url}" rel="me">${link.label ?? linkText(link.url)}</a></li>
`)}</ul>`;
}

function authorPage(data: AuthorData): string {
  const page = data.listPage;
  const { author } = page;
  const count = author.articles.length;
  const first = page.pageNumber === 1;
  return html`<div class="front author">
<header class="front__header${first && author.photo ? " author__header" : ""}">
${first ? authorPhoto(author, data.publishing, { sizes: PHOTO_SIZES, lead: true, className: "author__photo" }) : ""}
<h1>${author.name}${page.pageNumber > 1 ? html` <span class="front__page">page ${page.pageNumber}</span>` : ""}</h1>
${author.role ? html`<p class="author__role">${author.role}</p>` : ""}
${author.bio && first ? html`<p class="front__description author__bio">${author.bio}</p>` : ""}
${first ? links(author) : ""}
<p class="front__count">${count} ${count === 1 ? "article" : "articles"} · <a href="${authorFeeds(author.slug).atom}" type="application/atom+xml">Follow ${author.name} by feed</a></p>
</header>
${frontStories(page, data.site, data.publishing?.images, true)}
${paginationNav(page)}
</div>`.toString();
}
