// Which of a build's written pages site search indexes: the HTML pages that carry data-pagefind-body.
import { indexedElement, indexedFragment } from "./indexed-fragment.ts";

/** One page Eleventy wrote, as its `eleventy.after` results give it (content a string or UTF-8 bytes). */
export interface WrittenPage {
  url?: string | false;
  outputPath?: string | false;
  content?: unknown;
}

/** A page for the indexer: its URL without the path prefix, and its HTML (the part Pagefind reads: src/search/indexed-fragment.ts). */
export interface PageToIndex {
  url: string;
  html: string;
}

/** The page's HTML: the utf8-pages transform (src/build/utf8-pages.ts) hands Eleventy bytes. */
function htmlOf(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (content instanceof Uint8Array) return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8");
  return undefined;
}

/**
 * The pages of exactly this build that have an indexed body (articles), in the order written.
 * Files already in the output folder are not looked at: a draft an earlier `npm start` wrote
 * there is not one of this build's pages, so it is never indexed.
 */
export function pagesToIndex(results: readonly WrittenPage[]): PageToIndex[] {
  const pages: PageToIndex[] = [];
  for (const result of results) {
    if (typeof result.url !== "string" || typeof result.outputPath !== "string" || !result.outputPath.endsWith(".html")) continue;
    const html = htmlOf(result.content);
    if (html === undefined) continue;
    const open = indexedElement(html);
    if (open) pages.push({ url: result.url, html: indexedFragment(html, open) ?? html });
  }
  return pages;
}
