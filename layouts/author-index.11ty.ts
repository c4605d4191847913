// The authors index at /authors/: every author by name, with their role and number of articles.
import { html } from "../src/html.ts";
import type { SiteAuthor } from "../src/collections/authors.ts";

export const data = { layout: "base.11ty.ts" };

/** The index reads `collections.authors` (src/collections/authors.ts). */
export interface AuthorIndexData {
  collections: { authors?: readonly SiteAuthor<unknown>[] };
}

/** A list of author links, each with their role and count. */
export function render(data: AuthorIndexData): string {
  const all = data.collections.authors ?? [];
  return html`<div class="front">
<header class="front__header"><h1>Authors</h1></header>
${all.length === 0
  ? html`<p class="empty-note">No authors yet.</p>`
  : html`<ul class="topic-index author-index">
${all.map((a) => html`<li><a href="${a.url}">${a.name}</a> <span class="topic-index__count">${a.role ? html`${a.role}, ` : ""}${a.articles.length} ${a.articles.length === 1 ? "article" : "articles"}</span></li>\n`)}</ul>`}
</div>`.toString();
}
