// The page shell: <head>, skip link, site header with navigation, main, footer.
import { html, raw } from "../src/html.ts";
import type { Site } from "../src/site.ts";

interface BaseData {
  site: Site;
  title?: string;
  content: string;
}

export function render(data: BaseData): string {
  const pageTitle = data.title ? `${data.title} — ${data.site.title}` : data.site.title;
  return `<!doctype html>\n${html`<html lang="${data.site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/">${data.site.title}</a></header>
<main id="main">
${raw(data.content)}
</main>
<footer class="site-footer"><p>${data.site.title}</p></footer>
</body>
</html>`}`;
}
