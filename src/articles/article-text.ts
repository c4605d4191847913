// An article file's text, read again after the article let go of it (ArticleItem.releaseText).
import { readFileSync } from "node:fs";
import { splitSource } from "./split-source.ts";

/** The whole file (`inputPath` is relative to the working directory, as Eleventy's are). */
export function readArticleText(inputPath: string): string {
  return readFileSync(inputPath, "utf8");
}

/** The file's Markdown body, split off its front matter as when it was loaded. */
export function readArticleBody(inputPath: string): string {
  return splitSource(readArticleText(inputPath)).body;
}
