// Whether a build that found articles wrote their pages.
import type { Problem } from "../../plugins/newsdesk/index.ts";

/**
 * One problem when none of `articles` has a page among Eleventy's `results`: the build found
 * articles and would deploy a site without them. Articles with `permalink: false` are never in
 * `articles`, so an archive of only those is not reported. `newsFolder` is the folder as messages show it.
 */
export function missingArticlePages(articles: ReadonlyArray<{ url: string }>, results: ReadonlyArray<{ url?: string | false }>, newsFolder: string): Problem[] {
  if (articles.length === 0) return [];
  const written = new Set(results.map((result) => result.url));
  const missing = articles.filter((article) => !written.has(article.url));
  if (missing.length < articles.length) return [];
  const count = articles.length === 1 ? "1 article" : `${articles.length} articles`;
  return [
    {
      file: newsFolder,
      message:
        `found ${count} and wrote no article page; expected one page each at its URL (e.g. \`${articles[0]!.url}\`). ` +
        "Check the directory data of news/ (a `permalink`, `pagination` or `layout` there overrides the article template's)",
    },
  ];
}
