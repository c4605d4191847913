// Previous/next page links and "Page 2 of 3" for paginated fronts.
import { html, type SafeHtml } from "../../src/html.ts";
import type { ListPage } from "../../src/collections/paginate.ts";

/** `<nav aria-label="Pagination">`, only when there is more than one page. */
export function paginationNav(page: ListPage<unknown>): SafeHtml | "" {
  if (page.totalPages < 2) return "";
  return html`<nav class="pagination" aria-label="Pagination">
<ul>
<li class="pagination__previous">${page.previousUrl ? html`<a href="${page.previousUrl}" rel="prev">Previous page</a>` : ""}</li>
<li class="pagination__status" aria-current="page">Page ${page.pageNumber} of ${page.totalPages}</li>
<li class="pagination__next">${page.nextUrl ? html`<a href="${page.nextUrl}" rel="next">Next page</a>` : ""}</li>
</ul>
</nav>`;
}
