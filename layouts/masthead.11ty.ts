// The masthead page: the page's own text (who runs the newsroom, content/masthead.md), then the staff from content/authors.json.
import { html, raw } from "../src/html.ts";
import { authorPhoto } from "./partials/author-photo.ts";
import type { SiteAuthor } from "../src/collections/authors.ts";
import type { Publishing } from "../src/seo/publishing.ts";

export const data = { layout: "base.11ty.ts" };

/** The page reads its title and body, and `collections.authors` (src/collections/authors.ts). */
export interface MastheadPageData {
  title: string;
  content: string;
  collections: { authors?: readonly SiteAuthor<unknown>[] };
  /** The build's URL list: the authors index is linked only when it is built. */
  publishing?: Publishing;
}

/**
 * `<article class="page">`: the title, the body, and a "Staff" section listing each author with a
 * profile (by name, as collections.authors sorts them), linked to their page, with their role.
 * A guest known only from a byline is on the authors index, not the masthead: linked under the
 * list when the build writes it (every time when its URL list is not known).
 */
export function render(data: MastheadPageData): string {
  const staff = (data.collections.authors ?? []).filter((author) => author.profiled);
  const index = data.publishing?.isBuilt?.("/authors/") !== false;
  return html`<article class="page">
<h1 class="page__title">${data.title}</h1>
${raw(data.content)}
<section class="masthead-staff" aria-labelledby="masthead-staff__heading">
<h2 id="masthead-staff__heading">Staff</h2>
${staff.length === 0
  ? html`<p class="empty-note">No staff profiles yet.</p>`
  : html`<ul class="masthead-staff__list">
${staff.map((author) => html`<li class="masthead-staff__item">${authorPhoto(author, data.publishing, { sizes: "3rem", className: "masthead-staff__photo" })}<a class="masthead-staff__name" href="${author.url}">${author.name}</a>${author.role ? html` <span class="masthead-staff__role">${author.role}</span>` : ""}</li>\n`)}</ul>`}
${index ? html`<p class="masthead-staff__all">Everyone who has written for us, guests included, is on the <a href="/authors/">authors page</a>.</p>\n` : ""}</section>
</article>`.toString();
}
