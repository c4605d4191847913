// "By Ana Ruiz, Courts reporter, and Tom Lind": author names, each linked to their author page (else to their own URL).
import { html, type SafeHtml } from "../../src/html.ts";
import { filterAttribute } from "../../src/search/index-attributes.ts";
import { authorKey } from "../../src/collections/authors.ts";

/** Author pages by byline name (src/collections/authors.ts `authorsByName`). */
export type AuthorLinks = ReadonlyMap<string, { url: string }>;

/** One `authors` entry of the front matter (validated: `name` is text). */
export interface Author {
  name: string;
  role?: string;
  url?: string;
}

function author(a: Author, links: AuthorLinks | undefined): SafeHtml {
  // The author's page on this site, with their bio and articles; their own URL is linked from there.
  const href = links?.get(authorKey(a.name))?.url ?? a.url;
  const name = href ? html`<a href="${href}" rel="author">${a.name}</a>` : html`${a.name}`;
  // Site search's author filter (src/search/): the name alone, without the role.
  return html`<span class="byline__author"${filterAttribute("author", a.name)}>${name}${a.role ? html`<span class="byline__role">, ${a.role}</span>` : ""}</span>`;
}

/** `By A`, `By A and B`, `By A, B and C`; nothing without authors. */
export function byline(authors: readonly Author[] | undefined, links?: AuthorLinks): SafeHtml | "" {
  if (!authors?.length) return "";
  const parts = authors.map((a) => author(a, links));
  const joined = parts.map((part, i) => html`${i === 0 ? "" : i === parts.length - 1 ? " and " : ", "}${part}`);
  return html`<p class="byline">By ${joined}</p>`;
}

/** Plain-text author names for lists: `Ana Ruiz and Tom Lind`. */
export function authorNames(authors: readonly Author[] | undefined): string {
  const names = (authors ?? []).map((a) => a.name);
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
