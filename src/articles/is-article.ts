// Which input files are articles: Markdown under the input's news/ folder.
import * as path from "node:path";

/** True for `./content/news/foo.md` when the input directory is `./content/`. */
export function isArticlePath(inputPath: string, inputDir: string): boolean {
  if (!inputPath.endsWith(".md")) return false;
  const relative = path.relative(path.resolve(inputDir), path.resolve(inputPath)).replace(/\\/g, "/");
  return relative.startsWith("news/");
}

/**
 * The path shown in error messages: relative to the working directory (`content/news/foo.md`),
 * or, for an input outside it (a test's temp folder), relative to the input folder's parent —
 * which is the same `content/news/foo.md`.
 */
export function displayPath(inputPath: string, inputDir: string, cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, inputPath);
  const fromCwd = path.relative(cwd, absolute);
  const base = fromCwd.startsWith("..") ? path.relative(path.dirname(path.resolve(cwd, inputDir)), absolute) : fromCwd;
  return base.replace(/\\/g, "/");
}

/**
 * The glob of an input's news folder, as Eleventy's ignores take it: relative to the working
 * directory, `/` separators, no leading `./` (`content/news/` then `**`). Nothing there is an
 * Eleventy template: articles are read by the article pipeline.
 */
export function newsFolderGlob(inputDir: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, inputDir)).replace(/\\/g, "/");
  return `${relative ? `${relative}/` : ""}news/**`;
}
