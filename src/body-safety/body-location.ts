// Where a Markdown body is, for problems found while parsing it: its file and the lines before it.
import { frontMatterLineCount, relativeFile } from "../../plugins/newsdesk/index.ts";
import { readSource } from "../front-matter/read-source.ts";

/** The file a problem names and the lines before the body (body line N is file line N + lineOffset). */
export interface BodyLocation {
  file: string;
  lineOffset: number;
}

/** Finds a body's location from markdown-it's `env`. */
export type LocateBody = (env: unknown) => BodyLocation | undefined;

/**
 * For Markdown that Eleventy renders (pages outside news/): its `env` is the page's data, so the
 * file is `page.inputPath`, read for its front matter's length only when a problem is reported.
 */
export const locateEleventyPage: LocateBody = (env) => {
  const inputPath = (env as { page?: { inputPath?: unknown } } | undefined)?.page?.inputPath;
  if (typeof inputPath !== "string") return undefined;
  return { file: relativeFile(inputPath), lineOffset: frontMatterLineCount(readSource(inputPath)) };
};
