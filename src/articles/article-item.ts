// One article as the site's collections, layouts and feeds see it: the shape of an Eleventy collection item.
import { readArticleBody, readArticleText } from "./article-text.ts";
import { minutesToRead } from "./reading-time.ts";
import type { RenderedBody } from "./body-renderer.ts";

/** An article's validated front matter, as the author wrote it (dates as text). */
export interface ArticleFrontMatter {
  title: string;
  date: string;
  dek?: string;
  /** As written, but a staff entry (`- slug: …`) carries its profile's name and link (src/articles/staff-bylines.ts). */
  authors?: { name: string; role?: string; url?: string; slug?: string }[];
  topics?: string[];
  image?: { src: string; alt: string; credit?: string; caption?: string };
  updated?: string;
  draft?: boolean;
  series?: string;
  slug?: string;
  /** Slugs or URLs of the stories to show as related, instead of those chosen by topic. */
  related?: string[];
  /** The kind of article (`site.articleTypes`): news when not set. */
  type?: string;
  /** What was put right after publication, and when (src/collections/corrections.ts). */
  corrections?: { date: string; text: string; kind?: string }[];
  [key: string]: unknown;
}

/** Where an article comes from and how its body is turned into HTML. */
export interface ArticleSourceInfo {
  /** `./content/news/x.md`, as Eleventy writes input paths. */
  inputPath: string;
  /** `content/news/x.md`, as error messages show it. */
  file: string;
  /** The whole file (front matter and body). */
  source: string;
  /** The Markdown body. */
  body: string;
  /** Lines before the body (the front matter): body line N is file line N + bodyOffset. */
  bodyOffset: number;
}

/** Renders an article's Markdown body to HTML and counts its words (the build's BodyRenderer, src/articles/body-renderer.ts). */
export type RenderBody = (article: ArticleItem) => Promise<RenderedBody>;

/**
 * An article. Has the fields of an Eleventy collection item that the site reads (`inputPath`,
 * `fileSlug`, `url`, `date`, `data`), so the plugin's previous/next index, feeds and story lists
 * take it as they take Eleventy's; its HTML comes from {@link html}. The body is rendered each
 * time it is asked for (once for the page, again only for the few articles in feeds): keeping
 * every article's HTML until the build ends would hold it twice, beside the written page
 * Eleventy already keeps. Reading time is counted once, with the first rendering.
 */
export class ArticleItem {
  readonly inputPath: string;
  readonly file: string;
  readonly fileSlug: string;
  readonly bodyOffset: number;
  #source: string | undefined;
  #body: string | undefined;
  #minutes: number | undefined;

  constructor(
    source: ArticleSourceInfo,
    readonly url: string,
    readonly date: Date,
    readonly data: ArticleFrontMatter,
    readonly render: RenderBody,
  ) {
    this.inputPath = source.inputPath;
    this.file = source.file;
    this.#source = source.source;
    this.#body = source.body;
    this.bodyOffset = source.bodyOffset;
    const name = source.inputPath.replace(/\\/g, "/").split("/").at(-1) ?? "";
    this.fileSlug = name.replace(/\.md$/, "");
  }

  /** The whole file (front matter and body): as read, or read again after {@link releaseText}. */
  get source(): string {
    return this.#source ?? readArticleText(this.inputPath);
  }

  /** The Markdown body: as read, or read again after {@link releaseText}. */
  get body(): string {
    return this.#body ?? readArticleBody(this.inputPath);
  }

  /** Whether the text is still held (not released): a renderer that reads files may skip sending it. */
  get holdsText(): boolean {
    return this.#body !== undefined;
  }

  /**
   * Lets go of the file's text once the article is loaded and checked. A large production build
   * whose worker reads each body from its file does this: the main thread then holds only front
   * matter, not the whole archive's text (docs/performance.md). Asked for afterwards, the text
   * is read from the file again.
   */
  releaseText(): void {
    this.#source = undefined;
    this.#body = undefined;
  }

  /** The body as HTML. Rendering reports problems (each once per build: the site dedupes them). */
  async html(): Promise<string> {
    const { html, words } = await this.render(this);
    this.#minutes ??= minutesToRead(words);
    return html;
  }

  /** Minutes to read the body: known once {@link html} has resolved. */
  get readingMinutes(): number {
    if (this.#minutes === undefined) throw new Error(`${this.file}: reading time asked for before the body was rendered`);
    return this.#minutes;
  }
}
