// Finds and reads the article files of an input folder: every `.md` under its `news/` folder.
import * as fs from "node:fs";
import * as path from "node:path";
import { displayPath } from "./is-article.ts";
import type { ArticleFile } from "./load-article.ts";

/**
 * Every Markdown file under `<inputDir>/news/` (sub-folders included), sorted by path so builds
 * do not depend on the order the file system lists them in. Input paths are written the way
 * Eleventy writes them (`./content/news/x.md`); `file` is the path error messages show.
 */
export function readArticleFiles(inputDir: string, cache?: ArticleFileCache): ArticleFile[] {
  const newsDir = path.join(inputDir, "news");
  let names: string[];
  try {
    names = fs.readdirSync(newsDir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // Paths of the folder worked out once (path.relative per file cost more than reading it); each
  // file's are the folder's plus its name, which readdir gives relative and normalised.
  const folder = newsDir.replace(/\\/g, "/");
  const inputFolder = folder.startsWith("./") || path.isAbsolute(newsDir) ? folder : `./${folder}`;
  const shownFolder = displayPath(inputFolder, inputDir);
  return names
    .filter((name) => name.endsWith(".md") && !name.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules"))
    .sort()
    .map((name) => {
      const full = path.join(newsDir, name);
      const slashed = name.replace(/\\/g, "/");
      return { inputPath: `${inputFolder}/${slashed}`, file: `${shownFolder}/${slashed}`, source: cache ? cache.read(full) : fs.readFileSync(full, "utf8") };
    });
}

/**
 * `npm start`: the text of each file, read again only when its size or modification time
 * changed. An unchanged file gives the very same string, so later steps can tell it by `===`.
 */
export class ArticleFileCache {
  readonly #files = new Map<string, { mtimeMs: number; size: number; source: string }>();

  read(file: string): string {
    const stat = fs.statSync(file);
    const known = this.#files.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.source;
    const source = fs.readFileSync(file, "utf8");
    this.#files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, source });
    return source;
  }
}
