// The masthead and section navigation (Home, News, Topics, Search) shown on every page.
import { html, type SafeHtml } from "../../src/html.ts";
import { SEARCH_URL } from "../../src/search/search-names.ts";

/** The site's sections, in navigation order; a page belongs to the longest matching prefix. */
export const SECTIONS = [
  { label: "Home", url: "/" },
  { label: "News", url: "/news/" },
  { label: "Topics", url: "/topics/" },
  { label: "Search", url: SEARCH_URL },
] as const;

/** The section a URL is in: articles under `/news/…` are in News. */
export function currentSection(url: string | false | undefined): string | undefined {
  if (!url) return undefined;
  let best: string | undefined;
  for (const section of SECTIONS) {
    const inside = section.url === "/" ? url === "/" : url.startsWith(section.url);
    if (inside && (!best || section.url.length > best.length)) best = section.url;
  }
  return best;
}

/**
 * `<header>` with the site's name and a labelled `<nav>`; the current section gets `aria-current`.
 * `search: false` (the site's setting) leaves the Search link out, as there is no search page.
 */
export function siteHeader(siteTitle: string, url: string | false | undefined, options: { search?: boolean } = {}): SafeHtml {
  const current = currentSection(url);
  const sections = SECTIONS.filter((s) => options.search !== false || s.url !== SEARCH_URL);
  return html`<header class="site-header">
<div class="site-header__inner">
<a class="site-title" href="/">${siteTitle}</a>
<nav class="site-nav" aria-label="Sections">
<ul>
${sections.map(
  (s) => html`<li><a href="${s.url}"${s.url === current ? html` aria-current="${url === s.url ? "page" : "true"}"` : ""}>${s.label}</a></li>
`,
)}</ul>
</nav>
</div>
</header>`;
}
