// A warning while the site's address is still the sample's: feeds, sitemaps and canonical URLs would point there.
import type { Problem } from "../../plugins/newsdesk/index.ts";

/** The address the sample site ships with (src/site.ts). */
export const PLACEHOLDER_URL = "https://news.example.org";

/**
 * A warning naming `src/site.ts` and the line of `url:` in `source` (the file's text) when `url`
 * is still {@link PLACEHOLDER_URL}; nothing once a newsroom has set its own.
 */
export function placeholderUrlWarning(url: string, source: string): Problem | undefined {
  if (url.replace(/\/+$/, "") !== PLACEHOLDER_URL) return undefined;
  const at = source.split("\n").findIndex((line) => /^\s*url\s*:/.test(line));
  return {
    file: "src/site.ts",
    line: at >= 0 ? at + 1 : undefined,
    severity: "warning",
    message: `\`url\` is still the sample's \`${PLACEHOLDER_URL}\`; expected your site's address (e.g. \`https://news.yourpaper.org\`), which canonical URLs, feeds and sitemaps use`,
  };
}
