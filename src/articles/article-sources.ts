// Which Markdown file each article URL of the last build came from: Eleventy reports every article
// page as content/news/articles.html, the dev server's error page and the tests need the file.
// Kept on globalThis: this module may be loaded in several generations (src/dev/fresh-modules-hook.ts).

import { relativeFile } from "../../plugins/newsdesk/index.ts";

const KEY = Symbol.for("newsdesk.articleSources");

function sources(): Map<string, string> {
  const holder = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;
  return (holder[KEY] ??= new Map());
}

/** Records the build's articles: URL → input path (`./content/news/x.md`). Replaces the last build's. */
export function setArticleSources(articles: Iterable<{ url: string | false; inputPath: string }>): void {
  const map = sources();
  map.clear();
  for (const article of articles) if (article.url) map.set(article.url, article.inputPath);
}

/** The Markdown file an article URL was built from in the last build, if it is an article. */
export function articleSourceOf(url: string): string | undefined {
  return sources().get(url);
}

/** The file a written page came from, project-relative: its article's Markdown, else its template. */
export function pageSourceFile(page: { url?: string | false; inputPath: string }): string {
  return relativeFile((typeof page.url === "string" && articleSourceOf(page.url)) || page.inputPath);
}
