// Reads one article file's text into an ArticleItem, or into the problems that keep it out of the build.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { parseDate } from "../dates/parse-date.ts";
import { locateField } from "../front-matter/locate.ts";
import { parseYaml } from "../front-matter/parse-yaml.ts";
import { validateFrontMatter } from "../front-matter/validate.ts";
import { articleUrl } from "../permalinks/article-url.ts";
import { ArticleItem, type ArticleFrontMatter, type RenderBody } from "./article-item.ts";
import { splitSource } from "./split-source.ts";

/** A file to read: Eleventy-style input path, the path shown to authors, and its text. */
export interface ArticleFile {
  inputPath: string;
  file: string;
  source: string;
}

/** The URL Eleventy gives a `permalink`: with a leading `/`, and a folder's `index.html` left off. */
export function permalinkUrl(permalink: string): string {
  return `/${permalink.replace(/^\//, "")}`.replace(/\/index\.html$/, "/");
}

export type LoadedArticle = { ok: true; article: ArticleItem } | { ok: false; problems: Problem[] };

const EXAMPLE = "front matter between `---` lines, e.g. `title: \"…\"` and `date: 2023-05-02`";

/**
 * Splits, parses and validates an article (dates read in `zone`). Every problem of the file comes
 * back at once, each on its line; a valid article comes back with its URL and date. Pure.
 */
export function loadArticle(input: ArticleFile, zone: string, render: RenderBody): LoadedArticle {
  const { file, source } = input;
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
  const parsed = parseYaml(split.yaml, 2);
  if (!parsed.ok) {
    return { ok: false, problems: [{ file, line: parsed.line, message: `front matter: found invalid YAML (${parsed.reason}), expected \`key: value\` lines` }] };
  }
  const found = validateFrontMatter(parsed.data, zone);
  if (found.length) {
    return { ok: false, problems: found.map(({ path, message }) => ({ file, line: locateField(source, path), message })) };
  }
  const data = parsed.data as ArticleFrontMatter;
  const date = parseDate(data.date, zone);
  if (!date.ok) throw new Error(`unreachable: ${file} has a valid front matter with an unreadable date`);
  const when = date.date.toJSDate();
  const url = typeof data.permalink === "string" ? permalinkUrl(data.permalink) : articleUrl({ date: when, title: data.title, slug: data.slug }, zone);
  const article = new ArticleItem({ inputPath: input.inputPath, file, source, body: split.body, bodyOffset: split.bodyOffset }, url, when, data, render);
  return { ok: true, article };
}
