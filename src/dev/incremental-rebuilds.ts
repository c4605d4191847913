// `npm start` only: rebuilds after saving an article read, check and render only what changed.
import * as fs from "node:fs";
import * as path from "node:path";
import { createNeighbourLookup, type NeighbourLookupOptions, type Problem } from "../../plugins/newsdesk/index.ts";
import type { ArticleBuildState, ArticleRebuilds } from "../articles/article-build.ts";
import { isArticlePath } from "../articles/is-article.ts";
import { LoadMemo } from "../articles/load-articles.ts";
import { ArticleFileCache } from "../articles/read-article-files.ts";
import type { SiteCollections } from "../collections/site-collections.ts";
import { articlePageInputs, listPageInputs } from "./page-inputs.ts";
import { UnchangedPages } from "./unchanged-pages.ts";

/**
 * The dev server's {@link ArticleRebuilds}: a rebuild after saving an article renders the article,
 * the articles whose previous/next links change and the list pages showing it (src/dev/unchanged-pages.ts).
 * Any other change (code, layouts, images, data) and any build that stopped before its pages
 * were written render everything again.
 */
export class IncrementalRebuilds implements ArticleRebuilds {
  readonly fileCache = new ArticleFileCache();
  readonly loadMemo = new LoadMemo();
  readonly #unchanged = new UnchangedPages();
  readonly #neighbours;
  #outputDir = "_site";
  #wroteAll = false;

  /** `scope`: the plugin's previous/next scope, so page inputs hold the links the page shows. */
  constructor(scope: NeighbourLookupOptions) {
    this.#neighbours = createNeighbourLookup(scope);
  }

  /**
   * Eleventy's `eleventy.beforeWatch` queue: a change that is not an article file forgets every
   * page and loaded article (the next build makes new article objects, so nothing kept per
   * article object, such as the feeds' rendered bodies, outlives it).
   */
  filesChanged(queue: readonly string[], inputDir: string): void {
    if (queue.every((file) => isArticlePath(file, inputDir))) return;
    this.#unchanged.forget();
    this.loadMemo.forget();
  }

  started(outputDir: string): void {
    this.#outputDir = path.resolve(outputDir);
    if (!this.#wroteAll) this.#unchanged.forget();
    this.#wroteAll = false;
  }

  pagesToRender(all: SiteCollections): SiteCollections {
    const now = Date.now();
    const written = (url: string) => fs.existsSync(path.join(this.#outputDir, url.endsWith("/") ? `${url}index.html` : url));
    const nav = (article: (typeof all.articles)[number]) => this.#neighbours.neighboursOf("articleNav", all.articles, article);
    return {
      ...all,
      articlePages: this.#unchanged.changed(all.articlePages, (a) => a.url, (a) => articlePageInputs(a, nav(a), now, all.relatedStories.get(a), all.seriesPlaces.get(a)), written),
      newsPages: this.#unchanged.changed(all.newsPages, (p) => p.url, listPageInputs, written),
      topicPages: this.#unchanged.changed(all.topicPages, (p) => p.url, listPageInputs, written),
      archivePages: this.#unchanged.changed(all.archivePages, (p) => p.url, listPageInputs, written),
    };
  }

  /** An article page not rendered again keeps the problems it had (an unknown directive in it is still there). */
  carried(found: readonly Problem[], build: ArticleBuildState): Problem[] {
    this.#wroteAll = true;
    return this.#unchanged.problems.carry(found, build.articles, build.collections.articlePages);
  }
}
