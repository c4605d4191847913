// One build's articles: read and checked once, their collections, and the renderer of their bodies.
import * as path from "node:path";
import type { NewsdeskOptions, Problem } from "../../plugins/newsdesk/index.ts";
import { loadAuthorProfiles, staffBySlug, type AuthorProfile } from "../collections/authors-file.ts";
import { buildSiteCollections, type SiteCollections } from "../collections/site-collections.ts";
import type { ImagePipeline } from "../images/image-pipeline.ts";
import type { ProblemReport } from "../problems/problem-report.ts";
import type { Site } from "../site.ts";
import type { BodyJob } from "./article-markdown.ts";
import type { ArticleItem, RenderBody } from "./article-item.ts";
import { setArticleSources } from "./article-sources.ts";
import { displayPath } from "./is-article.ts";
import { missingArticlePages } from "./missing-article-pages.ts";
import { listNewsFolder, strayNewsFiles } from "./stray-news-files.ts";
import { inProcessRenderer, useRenderWorker, type BodyRenderer } from "./body-renderer.ts";
import { loadArticles, type LoadMemo } from "./load-articles.ts";
import { readArticleFiles, type ArticleFileCache } from "./read-article-files.ts";
import { workerRenderer } from "./worker-renderer.ts";

/**
 * What `npm start` adds to a build (src/dev/incremental-rebuilds.ts): files read again only when
 * they changed, articles checked again only when their text did, and only the pages that change
 * rendered. Production builds have none of it.
 */
export interface ArticleRebuilds {
  readonly fileCache: ArticleFileCache;
  readonly loadMemo: LoadMemo;
  /** A build starts writing into `outputDir`. */
  started(outputDir: string): void;
  /** The collections with only the pages this rebuild must render (every other list stays whole). */
  pagesToRender(all: SiteCollections): SiteCollections;
  /** The build wrote its pages: the problems of the article pages it did not render again. */
  carried(found: readonly Problem[], build: ArticleBuildState): Problem[];
}

/** What the article pipeline of one config is given. */
export interface ArticleBuildSettings {
  site: Pick<Site, "timeZone" | "pageSize" | "language"> & Partial<Pick<Site, "related">>;
  /** The plugin's options, for rendering bodies as Markdown pages are rendered. */
  plugin: NewsdeskOptions;
  /** Every problem found while loading or rendering goes here. */
  report: Pick<ProblemReport, "add">;
  /** The build's image pipeline (Markdown images and lead images). */
  images: ImagePipeline;
  /** `npm start`: drafts and scheduled articles are built too, bodies render in this thread. */
  devMode: boolean;
  /** `npm start`: rebuilds of only what changed (src/dev/incremental-rebuilds.ts). */
  rebuilds?: ArticleRebuilds;
}

/** What a started build holds. */
export interface ArticleBuildState {
  readonly articles: readonly ArticleItem[];
  readonly collections: SiteCollections;
}

/**
 * The article pipeline of one config, one build at a time: {@link start} reads and checks every
 * article of the input (before Eleventy looks at templates), makes the collections once, and
 * starts the body renderer, which may render ahead of the pages in their order; {@link finish}
 * waits for it once the pages are written.
 */
export class ArticleBuild implements ArticleBuildState {
  #articles: ArticleItem[] = [];
  #collections: SiteCollections | undefined;
  #renderer: BodyRenderer | undefined;
  #newsFolder = "news";
  #now = Date.now();
  #authorProfiles: AuthorProfile[] = [];
  readonly #settings: ArticleBuildSettings;

  constructor(settings: ArticleBuildSettings) {
    this.#settings = settings;
  }

  /** Reads the articles of `inputDir` for a build writing into `outputDir`, at the clock `now`. */
  start(directories: { input: string; output: string }, now: number): void {
    const { site, devMode, rebuilds, report } = this.#settings;
    rebuilds?.started(directories.output);
    this.#now = now;
    this.#newsFolder = displayPath(path.join(directories.input, "news"), directories.input);
    for (const problem of strayNewsFiles(listNewsFolder(path.join(directories.input, "news")), this.#newsFolder)) report.add(problem);
    const render: RenderBody = (article) => this.#renderer!.render(bodyJob(article));
    // Profiles first: a byline may name one by slug.
    const staff = loadAuthorProfiles(directories.input);
    for (const problem of staff.problems) report.add(problem);
    this.#authorProfiles = staff.profiles;
    const files = readArticleFiles(directories.input, rebuilds?.fileCache);
    const loaded = loadArticles(files, { zone: site.timeZone, now, devMode, render, staff: staffBySlug(staff.profiles, staff.rejected) }, rebuilds?.loadMemo);
    for (const problem of loaded.problems) report.add(problem);
    this.#articles = loaded.articles;
    this.#collections = undefined;
    setArticleSources(this.#articles);

    this.#renderer?.close();
    this.#renderer = this.#startRenderer(directories);
    // Pages are built in collections.articlePages order: bodies can be rendered ahead in it.
    const pages = this.collections.articlePages;
    this.#renderer.expect(pages.map((article) => article.url), (i) => bodyJob(pages[i]!));
  }

  /** This build's articles, in file order. */
  get articles(): readonly ArticleItem[] {
    return this.#articles;
  }

  /** Every collection, made once per build; in `npm start` only the pages that change. */
  get collections(): SiteCollections {
    return (this.#collections ??= this.#pagesToRender(buildSiteCollections(this.#articles, this.#settings.site.pageSize, this.#settings.site.timeZone, this.#settings.site.language, { now: this.#now, relatedCount: this.#settings.site.related?.count, authorProfiles: this.#authorProfiles })));
  }

  /**
   * Once every page is written (`results`, Eleventy's list): waits for the renderer's own work,
   * and returns the problems that only the end of a build shows. A production build that found
   * articles must have written their pages (a site's own data could take away the template's
   * permalink or pagination): never a deploy without its stories. `npm start` carries the
   * problems of pages it did not render again (`found`: this build's so far).
   */
  async finish(found: () => readonly Problem[], results: ReadonlyArray<{ url?: string | false }>): Promise<Problem[]> {
    await this.#renderer?.finish();
    const { rebuilds } = this.#settings;
    return rebuilds ? rebuilds.carried(found(), this) : missingArticlePages(this.#articles, results, this.#newsFolder);
  }

  /**
   * A build about to stop before its pages are written (src/articles/articles-plugin.ts): every
   * body rendered and the renderer's work awaited, so the problems in bodies and their images
   * reach the report and the one failure lists them too.
   */
  async renderAllBodies(): Promise<void> {
    await Promise.allSettled(this.#articles.map((article) => article.html()));
    await this.#renderer?.finish().catch(() => undefined);
  }

  #pagesToRender(all: SiteCollections): SiteCollections {
    return this.#settings.rebuilds ? this.#settings.rebuilds.pagesToRender(all) : all;
  }

  /**
   * Bodies render in this thread, or for a large production build in a worker thread on the
   * other core while Eleventy renders and writes pages here; then each body is read from its
   * file there, and this thread keeps only front matter.
   */
  #startRenderer(directories: { input: string; output: string }): BodyRenderer {
    const { plugin, report, images, devMode } = this.#settings;
    const settings = { plugin, onProblem: report.add };
    if (!useRenderWorker(process.env.NEWSDESK_RENDER_WORKER, this.#articles.length, devMode)) return inProcessRenderer(settings, () => images);
    for (const article of this.#articles) article.releaseText();
    return workerRenderer(settings, { imagesDir: path.resolve(directories.input, "images"), outputDir: path.resolve(directories.output) });
  }
}

/** What the renderer needs of an article: an article that let go of its text is read from its file. */
function bodyJob(article: ArticleItem): BodyJob {
  return {
    body: article.holdsText ? article.body : undefined,
    inputPath: article.inputPath,
    file: article.file,
    url: article.url,
    bodyOffset: article.bodyOffset,
  };
}
