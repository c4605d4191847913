// The search page: a form (shown by its script), filters, a live result count and the result list.
import { html, type SafeHtml } from "../src/html.ts";
import { FILTERS, SEARCH_PAGE, SEARCH_SCRIPT_URL, SEARCH_URL } from "../src/search/search-names.ts";
import type { SiteSearchData } from "../src/search/search-plugin.ts";

export const data = { layout: "base.11ty.ts" };

/** What the page reads: the plugin's `siteSearch` data (absent when the plugin is not registered). */
export interface SearchPageData {
  siteSearch?: SiteSearchData;
}

/** Where to go instead, when there is no search to offer. */
const BROWSE = html`<a href="/news/">the latest news</a> or <a href="/topics/">every topic</a>`;

/**
 * The form starts `hidden`: without JavaScript it could not search, so the `<noscript>` note
 * says so instead. The status paragraph is a live region: each search's count is read out.
 */
function searchForm(): SafeHtml {
  return html`<noscript><p class="search__note">Search runs in your browser and needs JavaScript, which is off here. Browse ${BROWSE} instead.</p></noscript>
<form id="${SEARCH_PAGE.form}" class="search__form" role="search" action="${SEARCH_URL}" method="get" hidden>
<label class="search__label" for="${SEARCH_PAGE.input}">Words to find</label>
<div class="search__row">
<input class="search__input" type="search" id="${SEARCH_PAGE.input}" name="q" autocomplete="off">
<button class="search__button" type="submit">Search</button>
</div>
<fieldset class="search__filters">
<legend>Narrow the results</legend>
${FILTERS.map(
  (f) => html`<div class="search__filter">
<label for="${SEARCH_PAGE.filterPrefix}${f.key}">${f.label}</label>
<select id="${SEARCH_PAGE.filterPrefix}${f.key}" name="${f.key}"><option value="">${f.all}</option></select>
</div>
`,
)}</fieldset>
</form>
<p id="${SEARCH_PAGE.status}" class="search__status" role="status"></p>
<ol id="${SEARCH_PAGE.results}" class="search-results"></ol>
<script type="module" src="${SEARCH_SCRIPT_URL}"></script>`;
}

/** The search page's content; the base layout wraps it in the page shell. */
export function render(data: SearchPageData): string {
  const body = data.siteSearch?.indexed
    ? searchForm()
    : html`<p class="search__note">Search works in built sites only: the index is made by <code>npm run build</code>. The preview (<code>npm start</code>) has none; serve <code>_site/</code> after a build to try it, or browse ${BROWSE}.</p>`;
  return html`<div class="search">
<header class="front__header"><h1>Search</h1></header>
${body}
</div>`.toString();
}
