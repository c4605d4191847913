// `npm start` only: which pages of a rebuild would come out the same as the copy already written.
import type { Problem } from "../../plugins/newsdesk/index.ts";

/** What a page's HTML is made of, as values compared with `===` (strings, numbers). */
export type PageInputs = readonly unknown[];

/**
 * Remembers, per URL, the inputs each page was last written from. A rebuild then renders only
 * the pages whose inputs changed (or whose file is gone): after an edit to one article that is
 * the article, the articles linking to it and the list pages showing it, not all 4,000.
 * Everything else that shapes a page (layouts, site data, images) resets the memo: see
 * eleventy.config.ts, which calls {@link forget} when a build starts for any other change.
 */
export class UnchangedPages {
  readonly #written = new Map<string, PageInputs>();
  /** What rendering each article's page reported, for the builds that skip it. */
  readonly problems = new CarriedProblems();

  /** The pages of `pages` that must be rendered; remembers their inputs as written. */
  changed<T>(pages: readonly T[], url: (page: T) => string, inputs: (page: T) => PageInputs, exists: (url: string) => boolean): T[] {
    const out: T[] = [];
    for (const page of pages) {
      const at = url(page);
      const now = inputs(page);
      const before = this.#written.get(at);
      if (before && sameInputs(before, now) && exists(at)) continue;
      this.#written.set(at, now);
      out.push(page);
    }
    return out;
  }

  /** Forgets every page: the next build renders all of them. */
  forget(): void {
    this.#written.clear();
    this.problems.clear();
  }
}

function sameInputs(a: PageInputs, b: PageInputs): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * The problems found while rendering each article's page (its directives, its images), by file.
 * A build that does not render a page again reports that page's last problems with its own.
 */
export class CarriedProblems {
  readonly #byFile = new Map<string, Problem[]>();

  /**
   * Records `found` (this build's rendering problems) for the files of `rendered`, and returns the
   * remembered problems of every other article in `articles`.
   */
  carry(found: readonly Problem[], articles: ReadonlyArray<{ file: string }>, rendered: ReadonlyArray<{ file: string }>): Problem[] {
    const renderedFiles = new Set(rendered.map((article) => article.file));
    for (const file of renderedFiles) this.#byFile.set(file, found.filter((problem) => problem.file === file));
    return articles.flatMap((article) => (renderedFiles.has(article.file) ? [] : (this.#byFile.get(article.file) ?? [])));
  }

  clear(): void {
    this.#byFile.clear();
  }
}
