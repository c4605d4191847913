// Collects front-matter problems across a build so it fails once, listing every problem in every file.
import * as yaml from "js-yaml";
import { ContentError, type Problem } from "../../plugins/newsdesk/errors.ts";
import { fieldLabel, validateFrontMatter, type FieldPath } from "./validate.ts";
import { locateField } from "./locate.ts";
import { readSource } from "./read-source.ts";

type Parsed = { data: unknown } | { line: number; reason: string };

/**
 * The glue between Eleventy and the pure validator. The YAML engine hands every parsed front
 * matter to {@link parseYaml} (so unknown keys can be told apart from the data cascade's), the
 * preprocessor calls {@link check} per article, and {@link finish} throws everything found.
 */
export class ArticleChecks {
  /** Parsed front matter by Eleventy input path, kept across watch rebuilds (Eleventy caches parses). */
  readonly #parsed = new Map<string, Parsed>();
  #problems: Problem[] = [];

  constructor(readonly zone: string) {}

  /** YAML engine for front matter: CORE_SCHEMA keeps dates as strings; syntax errors become problems. */
  parseYaml(source: string, filePath: string | undefined): unknown {
    try {
      const data = yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
      if (filePath) this.#parsed.set(filePath, { data: structuredCopy(data) });
      return data;
    } catch (error) {
      if (!(error instanceof yaml.YAMLException) || !filePath) throw error;
      // `source` starts with the rest of the opening `---` line, so YAML line n is file line n + 1.
      this.#parsed.set(filePath, { line: yamlErrorLine(source, error) + 1, reason: error.reason });
      return {};
    }
  }

  /** Forgets parses of changed files (watch mode), so a file that lost its front matter is re-read. */
  forget(inputPaths: readonly string[]): void {
    for (const inputPath of inputPaths) this.#parsed.delete(inputPath);
  }

  /** Starts a build with no problems. */
  reset(): void {
    this.#problems = [];
  }

  /** True when the YAML of `inputPath` could not be parsed (the problem is recorded). */
  hasYamlError(inputPath: string, file: string): boolean {
    const parsed = this.#parsed.get(inputPath);
    if (!parsed || "data" in parsed) return false;
    this.#problems.push({ file, line: parsed.line, message: `front matter: found invalid YAML (${parsed.reason}), expected \`key: value\` lines` });
    return true;
  }

  /** Validates an article's front matter; records each problem with its line, returns whether it is valid. */
  check(inputPath: string, file: string): boolean {
    const parsed = this.#parsed.get(inputPath);
    const data = parsed && "data" in parsed ? parsed.data : {};
    const found = validateFrontMatter(data, this.zone);
    if (found.length === 0) return true;
    const source = readSource(inputPath);
    for (const { path, message } of found) this.#problems.push({ file, line: locateField(source, path), message });
    return false;
  }

  /** Every problem recorded in this build so far. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /**
   * Fails each article whose URL another article also has, naming the others. `urls`: file → URL.
   * Returns whether any URL was shared.
   */
  checkDuplicateUrls(articles: ReadonlyArray<{ inputPath: string; file: string; url: string }>): boolean {
    let shared = false;
    const byUrl = new Map<string, typeof articles[number][]>();
    for (const article of articles) {
      const same = byUrl.get(article.url);
      if (same) same.push(article);
      else byUrl.set(article.url, [article]);
    }
    for (const [url, same] of byUrl) {
      if (same.length < 2) continue;
      shared = true;
      for (const article of same) {
        const others = same.filter((a) => a !== article).map((a) => `\`${a.file}\``);
        const parsed = this.#parsed.get(article.inputPath);
        const hasSlug = parsed && "data" in parsed && typeof (parsed.data as Record<string, unknown>).slug === "string";
        const path: FieldPath = [hasSlug ? "slug" : "title"];
        this.#problems.push({
          file: article.file,
          line: locateField(readSource(article.inputPath), path),
          message: `\`${fieldLabel(path)}\`: found the URL \`${url}\`, which ${others.join(", ")} also ${others.length > 1 ? "have" : "has"}, expected a URL of its own (set a different \`slug\`)`,
        });
      }
    }
    return shared;
  }

  /** Throws a `ContentError` listing every problem of this build, if there is any. */
  finish(): void {
    if (this.#problems.length) throw new ContentError(this.#problems, "Newsdesk found problems in your articles' front matter");
  }
}

/**
 * The 0-based line of the YAML error. js-yaml 4 puts "unexpected end of the stream" errors after
 * the last line; the author's mistake (an unclosed `[` or quote) is on the last line with text.
 */
function yamlErrorLine(source: string, error: yaml.YAMLException): number {
  const line = error.mark?.line ?? 0;
  if (error.mark && error.mark.position >= source.trimEnd().length) {
    return source.trimEnd().split("\n").length - 1;
  }
  return line;
}

// Eleventy mutates the parsed object (tags, merges): keep our own copy of what the author wrote.
function structuredCopy(data: unknown): unknown {
  return data && typeof data === "object" ? { ...(data as object) } : data;
}
