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
export function readArticleFiles(inputDir: string): ArticleFile[] {
  const newsDir = path.join(inputDir, "news");
  let names: string[];
  try {
    names = fs.readdirSync(newsDir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(".md") && !name.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules"))
    .sort()
    .map((name) => {
      const relative = path.join(newsDir, name).replace(/\\/g, "/");
      const inputPath = relative.startsWith("./") || path.isAbsolute(relative) ? relative : `./${relative}`;
      return { inputPath, file: displayPath(inputPath, inputDir), source: fs.readFileSync(path.join(newsDir, name), "utf8") };
    });
}
