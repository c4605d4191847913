// Picks the words the search tests type, by reading the built sample site and its sources, never by guessing.
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { parseDate } from "../../src/dates/parse-date.ts";
import { publicationState, type PublicationState } from "../../src/articles/publication.ts";
import { site } from "../../src/site.ts";

/** A built article page as the search tests see it: URL, indexed text, topics. */
export interface IndexedArticle {
  url: string;
  /** The text of its `<article>` that Pagefind indexes (no `data-pagefind-ignore` part), tags removed, lower case. */
  text: string;
  /** The text of its `<article>` left out of the index (series and related boxes, labels). */
  ignoredText: string;
  topics: string[];
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Elements that carry `data-pagefind-ignore` (the article's own are never nested in one of the same tag). */
const IGNORED = /<(p|span|section)\b[^>]*\sdata-pagefind-ignore[\s>][\s\S]*?<\/\1>/g;

/** The `<article>` text of an HTML page that Pagefind indexes, without tags, in lower case. */
export function articleText(html: string): string {
  return plain((html.match(/<article class="article"[\s\S]*<\/article>/)?.[0] ?? "").replace(IGNORED, " "));
}

/** The `<article>` text of an HTML page left out of the index, without tags, in lower case. */
export function ignoredArticleText(html: string): string {
  return plain((html.match(/<article class="article"[\s\S]*<\/article>/)?.[0] ?? "").match(IGNORED)?.join(" ") ?? "");
}

function plain(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!)
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Every article page among `pages` (built from `content/news/*.md`), with its text and topics. */
export function indexedArticles(pages: { inputPath: string; url: string; outputPath: string }[]): IndexedArticle[] {
  return pages
    .filter((p) => /^\.\/content\/news\/[^/]+\.md$/.test(p.inputPath))
    .map((p) => {
      const html = fs.readFileSync(p.outputPath, "utf8");
      const topics = [...html.matchAll(/data-pagefind-filter="topic:([^"]+)"/g)].map((m) => m[1]!);
      return { url: p.url, text: articleText(html), ignoredText: ignoredArticleText(html), topics };
    });
}

/** The words of a text: letters only, at least `min` long, lower case, each once. */
export function wordsOf(text: string, min = 7): string[] {
  return [...new Set(text.toLowerCase().match(new RegExp(`\\b[a-z]{${min},}\\b`, "g")) ?? [])];
}

/**
 * A word of `text` that no text in `others` contains even in part: its first letters (all but
 * the last three, the most an English stem drops) appear nowhere else, so no stemmed form of it
 * can match elsewhere either.
 */
export function uniqueWord(text: string, others: readonly string[]): string | undefined {
  return wordsOf(text).find((word) => others.every((other) => !other.includes(word.slice(0, -3))));
}

/** Each Markdown article in `dir` that a production build leaves out: drafts and scheduled ones, with their bodies. */
export function unpublishedBodies(dir: string, now = Date.now()): { file: string; state: PublicationState; body: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      const [, front = "", body = ""] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      const data = (yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
      const parsed = parseDate(data.date, site.timeZone);
      return { file, state: publicationState(data.draft, parsed.ok ? parsed.date.toJSDate() : undefined, now), body };
    })
    .filter((article) => article.state !== "published");
}
