// Finds and reads the article files of an input folder: every `.md` under its `news/` folder.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { decodeArticle } from "./decode-article.ts";
import { displayPath } from "./is-article.ts";
import type { ArticleFile } from "./load-article.ts";

/**
 * Names authors give Markdown files that are not `.md` exactly (`x.MD`, `x.markdown`): only
 * `.md` is an article everywhere else (Eleventy's ignores, the dev server's rebuilds), so such a
 * file is reported instead of being left out without a word.
 */
const OTHER_MARKDOWN = /\.(md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext)$/i;

/**
 * Every Markdown file under `<inputDir>/news/` (sub-folders included), sorted by path so builds
 * do not depend on the order the file system lists them in. Input paths are written the way
 * Eleventy writes them (`./content/news/x.md`); `file` is the path error messages show.
 *
 * Only regular files are read (a FIFO named `x.md` would block the build forever; a folder named
 * `x.md` is a folder, whose files are read). A file that is not an article as it should be comes
 * back with `problems` and no text: another Markdown extension, not a regular file, a link to a
 * folder or to a file outside the input folder (its text would be published), or not UTF-8.
 */
export function readArticleFiles(inputDir: string, cache?: ArticleFileCache): ArticleFile[] {
  const newsDir = path.join(inputDir, "news");
  const names: { name: string; problem?: string }[] = [];
  try {
    walk(newsDir, "", names, fs.realpathSync(inputDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw error;
  }
  // Paths of the folder worked out once (path.relative per file cost more than reading it); each
  // file's are the folder's plus its name.
  const folder = newsDir.replace(/\\/g, "/");
  const inputFolder = folder.startsWith("./") || path.isAbsolute(newsDir) ? folder : `./${folder}`;
  const shownFolder = displayPath(inputFolder, inputDir);
  return names
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, problem }) => {
      const inputPath = `${inputFolder}/${name}`;
      const file = `${shownFolder}/${name}`;
      if (problem) return { inputPath, file, source: "", inputDir, problems: [{ file, line: 1, message: problem }] };
      const full = path.join(newsDir, name);
      const read = cache ? cache.read(full) : decodeArticle(fs.readFileSync(full));
      if (!read.ok) return { inputPath, file, source: "", inputDir, problems: [readProblem(file, read)] };
      return { inputPath, file, source: read.text, inputDir };
    });
}

function readProblem(file: string, read: { line: number; column: number; byte: number }): Problem {
  const byte = `0x${read.byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return {
    file,
    line: read.line,
    message: `found a byte that is not UTF-8 (\`${byte}\`, column ${read.column}), expected the file saved as UTF-8 (a text in another encoding would be published as \`\uFFFD\`)`,
  };
}

/** Hidden names and node_modules are not content (as Eleventy skips them). */
const skipped = (name: string) => name.startsWith(".") || name === "node_modules";

/**
 * Adds the article files under `dir` (`rel` is its path under news/, `/`-separated) to `out`, with
 * a problem for each that cannot be read as one. Links are followed only to files inside `root`
 * (the input folder's real path); links to folders are not followed.
 */
function walk(dir: string, rel: string, out: { name: string; problem?: string }[], root: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped(entry.name)) continue;
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, name, out, root);
      continue;
    }
    const article = entry.name.endsWith(".md");
    if (entry.isSymbolicLink()) {
      const problem = linkProblem(full, root, article);
      if (problem) out.push({ name, problem });
      else if (article) out.push({ name });
      continue;
    }
    if (!article) {
      if (OTHER_MARKDOWN.test(entry.name)) {
        out.push({ name, problem: `found a Markdown file named \`${entry.name}\`, expected the extension \`.md\` (only \`.md\` files are articles: rename it)` });
      }
      continue;
    }
    if (!entry.isFile()) {
      out.push({ name, problem: `found ${kindOf(entry)} named \`${entry.name}\`, expected a Markdown file (only regular files are read)` });
      continue;
    }
    out.push({ name });
  }
}

/**
 * Why a link cannot be read, or `undefined` when it can: an article (`article`) must resolve to a
 * regular file inside the input folder; a link to a folder is never followed (its articles would
 * be left out without a word, so it is reported). Other links (to images, data) are not ours.
 */
function linkProblem(full: string, root: string, article: boolean): string | undefined {
  let target: string;
  try {
    target = fs.realpathSync(full);
  } catch {
    return article ? "found a symbolic link to nothing (its target is missing), expected a Markdown file" : undefined;
  }
  const stat = fs.statSync(target);
  if (stat.isDirectory()) return "found a symbolic link to a folder, expected the folder itself (links to folders are not followed)";
  if (!article) return undefined;
  if (target !== root && !target.startsWith(root + path.sep)) {
    return "found a symbolic link to a file outside the input folder, expected the article's own file (its text would be published)";
  }
  if (!stat.isFile()) return "found a symbolic link to something that is not a file, expected a Markdown file (only regular files are read)";
  return undefined;
}

function kindOf(entry: fs.Dirent): string {
  if (entry.isFIFO()) return "a named pipe (FIFO)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "something that is not a file";
}

/**
 * `npm start`: the text of each file, read again only when its size or modification time
 * changed. An unchanged file gives the very same result, so later steps can tell it by `===`.
 */
export class ArticleFileCache {
  readonly #files = new Map<string, { mtimeMs: number; size: number; read: ReturnType<typeof decodeArticle> }>();

  read(file: string): ReturnType<typeof decodeArticle> {
    const stat = fs.statSync(file);
    const known = this.#files.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.read;
    const read = decodeArticle(fs.readFileSync(file));
    this.#files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, read });
    return read;
  }
}
