// `npm run new -- --page <kind>` and `--pages`: the newsroom's site pages written into the content
// folder from their templates (src/authoring/page-templates.ts), never over a file that exists.
import path from "node:path";
import { suggest } from "../front-matter/suggest.ts";
import { PAGE_KINDS, PAGE_TEMPLATES, isPageKind, pageSource, type PageKind } from "./page-templates.ts";
import { writeNewFile } from "./write-new-file.ts";

/** Why no page was written; `message` is for the editor who typed the command. */
export class NewPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NewPageError";
  }
}

/** Where pages go and whose they are. */
export interface NewPageOptions {
  /** The site's content folder (Eleventy's input), e.g. `content`. */
  pagesDir: string;
  /** `site.title`, written into each page's text. */
  siteName: string;
}

const KINDS = PAGE_KINDS.map((kind) => `\`${kind}\``).join(", ");

/** `kind` as a page kind, or an error naming every kind (and the nearest, for a typo). */
export function pageKind(kind: string | undefined): PageKind {
  if (kind !== undefined && isPageKind(kind)) return kind;
  if (kind === undefined || kind === "") throw new NewPageError(`\`--page\` needs a kind: one of ${KINDS}, e.g. npm run new -- --page about (or --pages for every one)`);
  const near = suggest(kind, PAGE_KINDS);
  throw new NewPageError(`\`--page\`: found \`${kind}\`, expected one of ${KINDS}${near ? `; did you mean \`${near}\`?` : ""}`);
}

/** The file a page of `kind` is written to. */
export function pageFile(kind: PageKind, pagesDir: string): string {
  return path.join(pagesDir, PAGE_TEMPLATES[kind].file);
}

/** Writes the page of `kind` and returns its path; refuses (NewPageError) when its file exists. */
export function createPage(kind: PageKind, options: NewPageOptions): string {
  const file = pageFile(kind, options.pagesDir);
  if (!writeNewFile(file, pageSource(kind, options.siteName))) {
    throw new NewPageError(`${file} already exists; nothing was written. Edit that file instead.`);
  }
  return file;
}

/** Writes every kind's page whose file does not exist yet, in {@link PAGE_KINDS} order. */
export function createPages(options: NewPageOptions): { written: string[]; skipped: string[] } {
  const written: string[] = [];
  const skipped: string[] = [];
  for (const kind of PAGE_KINDS) {
    const file = pageFile(kind, options.pagesDir);
    (writeNewFile(file, pageSource(kind, options.siteName)) ? written : skipped).push(file);
  }
  return { written, skipped };
}
