// The CMS's file format for articles: front matter and body read as the build reads them, written back touching only what changed.
import yaml from "js-yaml";
import { splitSource } from "../articles/split-source.ts";
import { mergeBody } from "./body-merge.ts";
import { editFrontMatter } from "./front-matter-edit.ts";

/**
 * The key under which an entry carries the file it was read from, so saving can keep the
 * author's bytes. It is no front-matter field (no form shows it) and is never written.
 */
export const ORIGINAL_FILE = "newsdeskOriginalFile";

/** Decap's `registerCustomFormat` formatter for `.md` articles. */
export interface ArticleFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

/**
 * The format: YAML read with js-yaml's CORE_SCHEMA as the build reads it (dates stay the text the
 * author wrote); the body is `body`. Saving writes the front matter with {@link editFrontMatter}
 * and the body with {@link mergeBody}, both against the file as it was read; `render` is the
 * site's Markdown renderer, which decides when two bodies say the same thing.
 */
export function articleFormat(render: (markdown: string) => string): ArticleFormat {
  return {
    fromFile(content) {
      const split = splitSource(content);
      const data = split.yaml === undefined ? {} : yaml.load(split.yaml, { schema: yaml.CORE_SCHEMA });
      const fields = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
      return { ...fields, body: split.body, [ORIGINAL_FILE]: content };
    },
    toFile(data) {
      const { body, [ORIGINAL_FILE]: originalFile, ...fields } = data;
      const text = typeof body === "string" ? body : "";
      if (typeof originalFile === "string") {
        const split = splitSource(originalFile);
        if (split.yaml !== undefined && !split.unclosed) {
          const head = originalFile.slice(0, originalFile.length - split.body.length - split.yaml.length);
          const opening = head.slice(0, head.indexOf("\n") + 1);
          const closing = originalFile.slice(opening.length + split.yaml.length, originalFile.length - split.body.length);
          return opening + editFrontMatter(fields, split.yaml) + closing + mergeBody(split.body, text, render);
        }
      }
      const trimmed = text.replace(/^\n+/, "");
      return `---\n${editFrontMatter(fields)}---\n\n${trimmed}${trimmed && !trimmed.endsWith("\n") ? "\n" : ""}`;
    },
  };
}
