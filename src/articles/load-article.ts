// Reads one article file's text into an ArticleItem, or into the problems that keep it out of the build.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { parseDate } from "../dates/parse-date.ts";
import { locateField } from "../front-matter/locate.ts";
import { parseYaml } from "../front-matter/parse-yaml.ts";
import { validateFrontMatter } from "../front-matter/validate.ts";
import { bodyPlaceholderLines } from "../front-matter/placeholders.ts";
import { checkBody } from "../body-safety/check-body.ts";
import { isDevRunMode } from "./publication.ts";
import { articleUrl } from "../permalinks/article-url.ts";
import { ArticleItem, type ArticleFrontMatter, type RenderBody } from "./article-item.ts";
import { splitSource } from "./split-source.ts";
import { staffBylines } from "./staff-bylines.ts";
import type { AuthorProfile } from "../collections/authors-file.ts";

/** A file to read: Eleventy-style input path, the path shown to authors, and its text. */
export interface ArticleFile {
  inputPath: string;
  file: string;
  source: string;
  /**
   * Why the file could not be read as an article (not a regular file, not UTF-8, a Markdown
   * extension other than `.md`: src/articles/read-article-files.ts); `source` is then empty.
   */
  problems?: Problem[];
  /** The input folder, where a body's images are looked up when its front matter has problems. */
  inputDir?: string;
}

/** What loading knows about the build besides the file. */
export interface LoadOptions {
  /** The build's clock (ms): an `updated` time after it is refused. Default: now. */
  now?: number;
  /**
   * `npm start`: `TODO` placeholders from `npm run new` are allowed (a production build refuses
   * them in any article that is not a draft). Default: from `ELEVENTY_RUN_MODE`, as the config decides.
   */
  devMode?: boolean;
  /**
   * The staff profiles (`content/authors.json`) by slug: a byline's `slug` must name one, and
   * the byline takes its name and link. Default: none, so any `slug` on a byline is a problem.
   */
  staff?: ReadonlyMap<string, AuthorProfile>;
}

/** The URL Eleventy gives a `permalink`: with a leading `/`, and a folder's `index.html` left off. */
export function permalinkUrl(permalink: string): string {
  return `/${permalink.replace(/^\//, "")}`.replace(/\/index\.html$/, "/");
}

export type LoadedArticle = { ok: true; article: ArticleItem } | { ok: false; problems: Problem[] };

const PLACEHOLDER = "found a `TODO:` placeholder left from `npm run new`, expected the text written (or the line removed) before the article is published, or `draft: true`";

const NO_STAFF: ReadonlyMap<string, AuthorProfile> = new Map();

const EXAMPLE = "front matter between `---` lines, e.g. `title: \"…\"` and `date: 2023-05-02`";

/**
 * Splits, parses and validates an article (dates read in `zone`). Every problem of the file comes
 * back at once, each on its line (with front-matter problems, the body's too: {@link checkBody});
 * a valid article comes back with its URL and date. Pure but for that check, which reads the
 * images the body names.
 */
export function loadArticle(input: ArticleFile, zone: string, render: RenderBody, options: LoadOptions = {}): LoadedArticle {
  const { file, source } = input;
  if (input.problems?.length) return { ok: false, problems: input.problems };
  const now = options.now ?? Date.now();
  const production = !(options.devMode ?? isDevRunMode(process.env.ELEVENTY_RUN_MODE));
  const split = splitSource(source);
  if (split.yaml === undefined) {
    return { ok: false, problems: [{ file, line: 1, message: `front matter: found none, expected ${EXAMPLE}` }] };
  }
  if (split.unclosed) {
    return {
      ok: false,
      problems: [{ file, line: 1, message: "front matter: found an opening `---` line and no closing one, expected a line `---` after the last field" }],
    };
  }
  // The body's own problems (directives, images, raw HTML) are listed with the front matter's:
  // the article is not rendered, and fixing the front matter should not reveal a second list.
  const bodyProblems = () =>
    input.inputDir ? checkBody({ body: split.body, inputPath: input.inputPath, file, url: "", bodyOffset: split.bodyOffset }, input.inputDir) : [];
  const parsed = parseYaml(split.yaml, 2);
  if (!parsed.ok) {
    return { ok: false, problems: [{ file, line: parsed.line, message: `front matter: found invalid YAML (${parsed.reason}), expected \`key: value\` lines` }, ...bodyProblems()] };
  }
  const staff = options.staff ?? NO_STAFF;
  const found = validateFrontMatter(parsed.data, zone, { now, production, staff });
  const draft = (parsed.data as { draft?: unknown } | null)?.draft === true;
  const placeholders = production && !draft ? bodyPlaceholderLines(split.body).map((line) => ({ file, line: line + split.bodyOffset, message: PLACEHOLDER })) : [];
  if (found.length) {
    return { ok: false, problems: [...found.map(({ path, message }) => ({ file, line: locateField(source, path), message })), ...placeholders, ...bodyProblems()] };
  }
  if (placeholders.length) return { ok: false, problems: placeholders };
  const data = parsed.data as ArticleFrontMatter;
  if (data.authors) data.authors = staffBylines(data.authors, staff);
  const date = parseDate(data.date, zone);
  if (!date.ok) throw new Error(`unreachable: ${file} has a valid front matter with an unreadable date`);
  const when = date.date.toJSDate();
  const url = typeof data.permalink === "string" ? permalinkUrl(data.permalink) : articleUrl({ date: when, title: data.title, slug: data.slug }, zone);
  const article = new ArticleItem({ inputPath: input.inputPath, file, source, body: split.body, bodyOffset: split.bodyOffset }, url, when, data, render);
  return { ok: true, article };
}
