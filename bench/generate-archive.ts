// Writes a synthetic archive as a copy of the site's structure that the real eleventy.config.ts builds,
// plus the same Markdown for the bare Eleventy build. CLI: `tsx bench/generate-archive.ts <dir> [articles]`.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles, type SyntheticArticle } from "./synthetic-articles.ts";

export { generateArticles, seededRandom, type SyntheticArticle } from "./synthetic-articles.ts";

/** The repository root (the site's `content/`, `layouts/` and `eleventy.config.ts` live here). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where each build of an archive reads from. */
export interface ArchiveDirs {
  root: string;
  /** Input of the full site: `<root>/content` (articles in `news/`, the site's other pages linked in). */
  siteInput: string;
  /** Input of the bare build: `<root>/bare` (the same articles, one Nunjucks layout, no data files). */
  bareInput: string;
  articles: SyntheticArticle[];
}

/**
 * Writes `count` articles into `root` (created if missing):
 * - `content/news/*.md`, and symlinks to everything else in the site's `content/` (feeds, sitemaps,
 *   fronts) and to `layouts/` beside it, because the config's
 *   `includes: "../layouts"` is relative to the input. Node resolves a symlinked module to its real
 *   path, so the linked pages' relative imports (`../../src/...`) still work.
 * - `bare/news/*.md` (hard links to the same files) and `bare/_includes/layout.njk` from `bench/bare/`.
 */
export function writeArchive(root: string, count: number, seed?: number): ArchiveDirs {
  const articles = generateArticles(count, seed);
  const siteInput = path.join(root, "content");
  const bareInput = path.join(root, "bare");
  const siteNews = path.join(siteInput, "news");
  const bareNews = path.join(bareInput, "news");
  for (const dir of [siteNews, bareNews, path.join(bareInput, "_includes")]) fs.mkdirSync(dir, { recursive: true });

  const realContent = path.join(repoRoot, "content");
  for (const entry of fs.readdirSync(realContent)) {
    if (entry !== "news") link(path.join(realContent, entry), path.join(siteInput, entry));
  }
  link(path.join(repoRoot, "layouts"), path.join(root, "layouts"));
  fs.copyFileSync(path.join(repoRoot, "bench/bare/layout.njk"), path.join(bareInput, "_includes/layout.njk"));

  for (const article of articles) {
    const file = path.join(siteNews, article.fileName);
    fs.writeFileSync(file, article.text);
    try {
      fs.linkSync(file, path.join(bareNews, article.fileName));
    } catch {
      fs.copyFileSync(file, path.join(bareNews, article.fileName));
    }
  }
  return { root, siteInput, bareInput, articles };
}

function link(target: string, at: string): void {
  fs.rmSync(at, { recursive: true, force: true });
  fs.symlinkSync(target, at);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count = "1000"] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: tsx bench/generate-archive.ts <dir> [articles]");
    process.exit(2);
  }
  const { siteInput, bareInput, articles } = writeArchive(path.resolve(dir), Number(count));
  console.log(`${articles.length} articles: site input ${siteInput}, bare input ${bareInput}`);
}
