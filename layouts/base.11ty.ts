// The page shell: <head>, skip link, site header with navigation, main, footer. No client JavaScript.
import { html, raw } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import { SITE_FEEDS } from "../src/seo/publishing.ts";
import { headMeta, type HeadMetaData } from "./partials/head-meta.ts";
import { siteHeader } from "./partials/site-header.ts";

/** What the shell reads; `headMeta` reads more (see head-meta.ts), all from the same page data. */
export interface BaseData extends HeadMetaData {
  site: Site;
  title?: string;
  content: string;
}

/** The footer's pages: each is linked only where the build writes it (a site may drop one). */
export const FOOTER_PAGES = [
  { label: "About", url: "/about/" },
  { label: "Masthead", url: "/masthead/" },
  { label: "Corrections", url: "/corrections/" },
  { label: "Standards", url: "/standards/" },
  { label: "Authors", url: "/authors/" },
  { label: "Accessibility", url: "/accessibility/" },
  { label: "Contact", url: "/contact/" },
] as const;

/**
 * The footer's links: the pages of {@link FOOTER_PAGES} the build writes (every one when the
 * build's URL list is not known), then the site's two feeds, which every build writes.
 */
function footerNav(data: BaseData) {
  const pages = FOOTER_PAGES.filter((p) => data.publishing?.isBuilt?.(p.url) !== false);
  return html`<nav class="site-footer__nav" aria-label="About ${data.site.title}">
<ul>
${pages.map((p) => html`<li><a href="${p.url}">${p.label}</a></li>
`)}<li><a href="${SITE_FEEDS.atom}" type="application/atom+xml">Atom feed</a></li>
<li><a href="${SITE_FEEDS.json}" type="application/feed+json">JSON feed</a></li>
</ul>
</nav>`;
}

/** The full HTML document around a page's content. */
export function render(data: BaseData): string {
  const { site } = data;
  const pageTitle = data.title ? `${data.title} — ${site.title}` : site.title;
  const year = new Date().getFullYear();
  // headMeta (publishing engineer) emits the description, canonical URL, feeds and social tags.
  return `<!doctype html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="${site.publisher.logo}" type="image/png">
${headMeta(data)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
${siteHeader(site.title, data.page.url, { search: site.search })}
<main id="main" tabindex="-1">
${raw(data.content)}
</main>
<footer class="site-footer">
<div class="site-footer__inner">
<div class="site-footer__about">
<p class="site-footer__name">${site.title}</p>
<p>${site.description}</p>
</div>
${footerNav(data)}
<p class="site-footer__copyright">© ${year} ${site.publisher.name}</p>
</div>
</footer>
</body>
</html>`}\n`;
}
