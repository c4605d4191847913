// The HTML of /admin/: an empty page that loads the CMS, kept out of search engines.
import { escapeHtml } from "../html.ts";

/** The script and stylesheet the page loads, beside it in /admin/. */
export const CMS_SCRIPT = "cms.js";
export const CMS_PREVIEW_CSS = "cms-preview.css";

/**
 * The page: a `<main>` landmark and an `<h1>` (read by screen readers, not shown) around the
 * element Decap renders into (`nc-root`, which it uses when the page has one), since Decap's own
 * screens have neither; `noindex` (the HTTP header says it too, content/_headers), no inline script or style
 * of its own, the script deferred so Decap finds the body. Relative URLs: it works under any path prefix.
 */
export function adminPage(options: { siteTitle: string; language: string; icon: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Editing · ${escapeHtml(options.siteTitle)}</title>
<link rel="icon" href="${escapeHtml(options.icon)}" type="image/png">
<link rel="stylesheet" href="${CMS_PREVIEW_CSS}">
<script src="${CMS_SCRIPT}" defer></script>
</head>
<body>
<main class="cms-admin">
<h1 class="cms-visually-hidden">Editing ${escapeHtml(options.siteTitle)}</h1>
<noscript><p>The editor needs JavaScript.</p></noscript>
<div id="nc-root"></div>
</main>
</body>
</html>
`;
}
