// Article URLs that another page of the site already has, or that would be a folder where it has a file.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { locateField } from "../front-matter/locate.ts";

/** What the check reads of an article: where it is, its text (for lines), its data and URL. */
export interface UrlSource {
  file: string;
  source: string;
  url: string;
  data: { permalink?: unknown; slug?: unknown };
}

/** `/a/b/` → [`/a`, `/a/b`]: the paths a URL's page would sit under as folders. */
const folders = (url: string) => {
  const parts = url.split("/").filter(Boolean);
  return parts.slice(0, url.endsWith("/") ? parts.length : parts.length - 1).map((_, i) => `/${parts.slice(0, i + 1).join("/")}`);
};

/**
 * A problem for each article whose URL is the URL of another page of the site (`/news/`, the
 * 404 page, a topic page: one would overwrite the other), or lies under one of its files
 * (`/robots.txt/` needs a folder where `robots.txt` is a file), at the line of the field that
 * made the URL. `pages` maps each other page's URL to the template that writes it. Eleventy
 * would stop on either with a message naming only its own virtual template, or a write error.
 */
export function pageUrlClashes(articles: readonly UrlSource[], pages: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    const owner = pages.get(article.url);
    const file = owner ? undefined : folders(article.url).find((folder) => pages.has(folder));
    if (!owner && !file) continue;
    const field = typeof article.data.permalink === "string" ? "permalink" : typeof article.data.slug === "string" ? "slug" : "title";
    const found = owner
      ? `the URL \`${article.url}\`, which \`${owner}\` already writes`
      : `the URL \`${article.url}\`, under \`${file}\`, which \`${pages.get(file!)}\` writes as a file`;
    problems.push({
      file: article.file,
      line: locateField(article.source, [field]),
      message: `\`${field}\`: found ${found}, expected a URL no other page of the site has`,
    });
  }
  return problems;
}
