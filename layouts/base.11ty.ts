// The page shell: <head>, skip link, site header with navigation, main, footer. No client JavaScript.
import { html, raw } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import { headMeta, type HeadMetaData } from "./partials/head-meta.ts";
import { siteHeader } from "./partials/site-header.ts";

/** What the shell reads; `headMeta` reads more (see head-meta.ts), all from the same page data. */
export interface BaseData extends HeadMetaData {
  site: Site;
  title?: string;
  content: string;
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
${siteHeader(site.title, data.page.url)}
<main id="main" tabindex="-1">
${raw(data.content)}
</main>
<footer class="site-footer">
<div class="site-footer__inner">
<p class="site-footer__name">${site.title}</p>
<p>${site.description}</p>
<p>© ${year} ${site.publisher.name}</p>
</div>
</footer>
</body>
</html>`}\n`;
}
