// Loads every article of a build: valid, built (published, or any in `npm start`) and with a URL of its own.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { locateField } from "../front-matter/locate.ts";
import type { ArticleItem, RenderBody } from "./article-item.ts";
import { loadArticle, type ArticleFile, type LoadedArticle } from "./load-article.ts";
import { isBuilt, publicationState } from "./publication.ts";
import { topicSlugClashes } from "../slugs/topic-slug-clashes.ts";
import { relatedOverrideProblems } from "../collections/related-overrides.ts";
import type { AuthorProfile } from "../collections/authors-file.ts";

/** How a build reads its articles. */
export interface LoadSettings {
  /** IANA zone dates without an offset are read in. */
  zone: string;
  /** The build's clock: a later date is scheduled. */
  now: number;
  /** `npm start`: drafts and scheduled articles are built too. */
  devMode: boolean;
  render: RenderBody;
  /** The staff profiles by slug, which bylines may name (src/articles/staff-bylines.ts). */
  staff?: ReadonlyMap<string, AuthorProfile>;
}

/** The articles to build (in file order) and every problem found in any file. */
export interface LoadedArticles {
  articles: ArticleItem[];
  problems: Problem[];
}

/**
 * Reads every file. Articles with problems are left out of the build and their problems listed;
 * so are both of two articles sharing a URL (the build fails, naming each with the others), so a
 * URL never silently shows the wrong story. Two topic names that share a page are a problem too.
 * Drafts and scheduled articles are left out of production builds (not a problem), as are
 * articles with `permalink: false`. Pure.
 */
export function loadArticles(files: readonly ArticleFile[], settings: LoadSettings, memo?: LoadMemo): LoadedArticles {
  const problems: Problem[] = [];
  const built: ArticleItem[] = [];
  // Every valid article with a page, built or not: `related` may name a draft or scheduled one.
  const valid: ArticleItem[] = [];
  const options = { now: settings.now, devMode: settings.devMode, staff: settings.staff };
  for (const file of files) {
    const load = () => loadArticle(file, settings.zone, settings.render, options);
    const loaded = memo ? memo.load(file, load) : load();
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    // `permalink: false` is Eleventy's "no page": the article is valid, and not built.
    if (loaded.article.data.permalink === false) continue;
    valid.push(loaded.article);
    const state = publicationState(loaded.article.data.draft, loaded.article.date, settings.now);
    if (isBuilt(state, settings.devMode)) built.push(loaded.article);
  }
  const byUrl = new Map<string, typeof built>();
  for (const article of built) {
    const same = byUrl.get(article.url);
    if (same) same.push(article);
    else byUrl.set(article.url, [article]);
  }
  const articles: ArticleItem[] = [];
  for (const article of built) {
    const same = byUrl.get(article.url)!;
    if (same.length === 1) {
      articles.push(article);
      continue;
    }
    const others = same.filter((a) => a !== article).map((a) => `\`${a.file}\``);
    const field = typeof article.data.slug === "string" ? "slug" : "title";
    problems.push({
      file: article.file,
      line: locateField(article.source, [field]),
      message: `\`${field}\`: found the URL \`${article.url}\`, which ${others.join(", ")} also ${others.length > 1 ? "have" : "has"}, expected a URL of its own (set a different \`slug\`)`,
    });
  }
  // Two spellings of a topic on one page (`C++` and `C`) fail the build rather than merge quietly.
  problems.push(...topicSlugClashes(articles));
  // A `related` entry must name an article: a typo fails the build with "did you mean".
  problems.push(...relatedOverrideProblems(articles, valid));
  return { articles, problems };
}

/**
 * `npm start`: the last result for each file, reused while the file's text is the same string
 * (src/articles/read-article-files.ts keeps unchanged texts identical), so a rebuild after one
 * edit parses and validates one file.
 */
export class LoadMemo {
  readonly #last = new Map<string, { source: string; loaded: LoadedArticle }>();

  load(file: ArticleFile, load: () => LoadedArticle): LoadedArticle {
    const last = this.#last.get(file.inputPath);
    if (last && last.source === file.source) return last.loaded;
    const loaded = load();
    this.#last.set(file.inputPath, { source: file.source, loaded });
    return loaded;
  }

  /**
   * Drops every result: after a change that is not an article file (an image, code, data), the
   * next build makes new article objects, so nothing kept per article object (the feeds' rendered
   * bodies, src/feeds/build-feed.ts) outlives it.
   */
  forget(): void {
    this.#last.clear();
  }
}
