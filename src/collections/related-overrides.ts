// Front matter `related:` names other articles by slug or URL: finding them, and saying which names match none.
import { nearest, type Problem } from "../../plugins/newsdesk/index.ts";
import { locateField } from "../front-matter/locate.ts";

/** What the look-up reads of an article. */
export interface RelatedTarget {
  url: string;
  data: { related?: unknown };
}

/** What the check reads besides: where the article is, and its text (for lines). */
export interface RelatedSource extends RelatedTarget {
  file: string;
  source: string;
}

/** `council-budget-vote` for `/news/2023/05/02/council-budget-vote/` (or `…/council-budget-vote.html`). */
export function articleSlug(url: string): string {
  return url.split("/").filter(Boolean).at(-1)?.replace(/\.html$/, "") ?? "";
}

/** Every article by its slug (several may share one on different days) and by its URL. */
export class ArticleNames<T extends { url: string }> {
  readonly #bySlug = new Map<string, T[]>();
  readonly #byUrl = new Map<string, T>();

  constructor(articles: readonly T[]) {
    for (const article of articles) {
      this.#byUrl.set(article.url, article);
      const slug = articleSlug(article.url);
      const same = this.#bySlug.get(slug);
      if (same) same.push(article);
      else this.#bySlug.set(slug, [article]);
    }
  }

  /** The articles a `related` entry names: one for a URL or a slug of its own, several for a shared slug. */
  find(entry: string): readonly T[] {
    if (entry.startsWith("/")) {
      const found = this.#byUrl.get(entry) ?? this.#byUrl.get(entry.endsWith("/") ? entry : `${entry}/`);
      return found ? [found] : [];
    }
    return this.#bySlug.get(entry) ?? [];
  }

  /** Every slug, for "did you mean". */
  slugs(): string[] {
    return [...this.#bySlug.keys()];
  }
}

/**
 * A problem for each `related` entry (already checked in shape by src/front-matter/validate.ts)
 * that names no article of `known`, names the article itself, or is a slug several articles
 * share (the URL says which). `known` is every valid article, built or not: a draft or scheduled
 * article may be named, and shows once it is published. Linear in the articles; the
 * "did you mean" search runs only for a name that matches nothing.
 */
export function relatedOverrideProblems(articles: readonly RelatedSource[], known: readonly RelatedTarget[]): Problem[] {
  const names = new ArticleNames(known);
  let slugs: string[] | undefined;
  const problems: Problem[] = [];
  for (const article of articles) {
    const list = article.data.related;
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (typeof entry !== "string") return;
      const found = names.find(entry);
      const at = `\`related[${i + 1}]\``;
      const report = (message: string) => problems.push({ file: article.file, line: locateField(article.source, ["related", i]), message: `${at}: found ${JSON.stringify(entry)}, ${message}` });
      if (found.length === 0) {
        const own = articleSlug(article.url);
        const guess = entry.startsWith("/") ? undefined : nearest(entry, (slugs ??= names.slugs()).filter((slug) => slug !== own));
        report(`which is no article's ${entry.startsWith("/") ? "URL" : "slug"}, ${guess ? `did you mean \`${guess}\`?` : "expected the slug of another article (the end of its URL, e.g. `council-budget-vote`)"}`);
      } else if (found.some((other) => other.url === article.url)) {
        report("which is this article itself, expected another article");
      } else if (found.length > 1) {
        const urls = found.map((other) => `\`${other.url}\``).join(", ");
        report(`the slug of ${found.length} articles (${urls}), expected the URL of the one meant, e.g. \`${found[0]!.url}\``);
      }
    });
  }
  return problems;
}
