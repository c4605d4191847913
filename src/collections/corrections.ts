// Corrections: what an article's front matter says was put right, its last change, and every correction on the site newest first.
import { frontMatterDate } from "../seo/iso-date.ts";
import { publicationState } from "../articles/publication.ts";

/** One correction of an article, its date read in the site's zone. */
export interface Correction {
  date: Date;
  /** The date as written: whether it names an hour (layouts/partials/time-tag.ts). */
  written: string;
  text: string;
  /** `correction` or `clarification` (src/front-matter/fields.ts). */
  kind: string;
  /** Its place among the article's corrections, oldest first, from 1: its id on the page (`correction-2`). */
  number: number;
}

/** What corrections read of an article: validated front matter (src/front-matter/validate.ts). */
export interface CorrectedArticle {
  date: Date;
  data: { corrections?: unknown; updated?: unknown; draft?: unknown };
}

/** One entry of the site's corrections list: the correction and the article it corrects. */
export interface CorrectionEntry<T> {
  article: T;
  correction: Correction;
}

type Entry = { date?: unknown; text?: unknown; kind?: unknown };

/** An article's corrections, oldest first (as a reader follows them); none when it has no valid list. */
export function articleCorrections(data: CorrectedArticle["data"], zone: string): Correction[] {
  if (!Array.isArray(data.corrections)) return [];
  const found: Correction[] = [];
  for (const entry of data.corrections as Entry[]) {
    const date = entry && typeof entry.date === "string" ? frontMatterDate(entry.date, zone) : undefined;
    if (!date || typeof entry.text !== "string") continue;
    found.push({ date, written: entry.date as string, text: entry.text, kind: typeof entry.kind === "string" ? entry.kind : "correction", number: 0 });
  }
  found.sort((a, b) => a.date.getTime() - b.date.getTime());
  found.forEach((c, i) => (c.number = i + 1));
  return found;
}

/**
 * When the article last changed, and that date as written: the later of `updated` and its latest
 * correction (a correction is a change, so `dateModified`, `article:modified_time`, the feeds'
 * `updated` and the sitemap's `lastmod` follow it); undefined when it has neither.
 */
export function lastModified(data: CorrectedArticle["data"], zone: string): { date: Date; written: string } | undefined {
  const updated = typeof data.updated === "string" ? frontMatterDate(data.updated, zone) : undefined;
  const latest = articleCorrections(data, zone).at(-1);
  if (updated && (!latest || updated >= latest.date)) return { date: updated, written: data.updated as string };
  return latest && { date: latest.date, written: latest.written };
}

/**
 * Every correction of `articles` (the site's listed articles), newest first; for two on the
 * same instant, the newer article's first. Drafts and articles dated after `now` are left out:
 * the list shows what readers can open.
 */
export function buildCorrections<T extends CorrectedArticle>(articles: readonly T[], zone: string, now: number): CorrectionEntry<T>[] {
  const entries: CorrectionEntry<T>[] = [];
  for (const article of articles) {
    if (publicationState(article.data.draft, article.date, now) !== "published") continue;
    for (const correction of articleCorrections(article.data, zone)) entries.push({ article, correction });
  }
  return entries.sort((a, b) => b.correction.date.getTime() - a.correction.date.getTime() || b.article.date.getTime() - a.article.date.getTime());
}
