// Absolute URLs for feeds, canonical links and structured data: origin + path prefix + page URL.

/**
 * Joins the site origin, Eleventy's path prefix and a root-relative URL:
 * `absoluteUrl("/news/a/", "https://x.org", "/newsroom/")` → `https://x.org/newsroom/news/a/`.
 * Full URLs (with a scheme) are returned unchanged; the prefix is applied once, never twice.
 */
export function absoluteUrl(url: string, origin: string, pathPrefix = "/"): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const prefix = normalizePathPrefix(pathPrefix);
  const path = url.startsWith("/") ? url : `/${url}`;
  const joined = prefix === "/" || path.startsWith(prefix) ? path : prefix.replace(/\/$/, "") + path;
  return origin.replace(/\/+$/, "") + joined;
}

/** `newsroom`, `/newsroom` and `/newsroom/` all become `/newsroom/`; empty becomes `/`. */
export function normalizePathPrefix(pathPrefix: string | undefined): string {
  const trimmed = (pathPrefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
