// Pages and templates left in the news folder: nothing there is built but articles, so each is named.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Problem } from "../../plugins/newsdesk/index.ts";

/**
 * Files Eleventy would build as pages anywhere else: HTML, Nunjucks, Liquid, JavaScript templates
 * and the other template languages it knows. (Images and data files belong in news/: an article
 * may show an image beside it; directory data reaches its pages.)
 */
const TEMPLATE = /\.(html?|njk|liquid|11ty\.[cm]?[jt]s|webc|hbs|mustache|ejs|pug|haml)$/i;

/**
 * One problem for each template file among `names` (paths under the news folder, as
 * `readdirSync(…, { recursive: true })` lists them): it would otherwise be neither built nor
 * reported. `folder` is the news folder as messages show it (`content/news`).
 */
export function strayNewsFiles(names: readonly string[], folder: string): Problem[] {
  return names
    .map((name) => name.replace(/\\/g, "/"))
    .filter((name) => TEMPLATE.test(name) && !name.split("/").some((part) => part.startsWith(".") || part === "node_modules"))
    .sort()
    .map((name) => ({
      file: `${folder}/${name}`,
      message: `found a page template (\`${path.posix.basename(name)}\`) in the news folder, expected only Markdown articles (\`.md\`) and data files there; move the page elsewhere in the input folder to build it`,
    }));
}

/** Every file name under `newsDir`, relative to it, or none when it does not exist. */
export function listNewsFolder(newsDir: string): string[] {
  try {
    return fs.readdirSync(newsDir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw error;
  }
}
