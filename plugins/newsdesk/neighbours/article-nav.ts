// The previous/next nav's HTML: one or two links, each with its direction in words, headline and date.
import { escapeHtml } from "../escape-html.ts";
import { isoWithOffset, readableDate, type DateStyle } from "./date-format.ts";

/** A linked article, as the `neighbours` filter returns it. */
export interface NavLink {
  url: string;
  title: string;
  date: Date;
}

/** Labels, class and date settings of the nav (the plugin fills them from its options). */
export interface ArticleNavSettings {
  /** `aria-label` of the `<nav>`, e.g. `More stories`. */
  label: string;
  /** Words for the link to the article published earlier, e.g. `Previous article`. */
  previousLabel: string;
  /** Words for the link to the article published later, e.g. `Next article`. */
  nextLabel: string;
  /** Block class; elements get `__list`, `__item`, `__link`, `__direction`, `__title`, `__date`. */
  className: string;
  locale: string;
  timeZone: string;
  dateStyle: DateStyle;
}

function item(link: NavLink, direction: "previous" | "next", words: string, s: ArticleNavSettings): string {
  const c = escapeHtml(s.className);
  return (
    `<li class="${c}__item ${c}__item--${direction}">` +
    `<a class="${c}__link" href="${escapeHtml(link.url)}" rel="${direction === "previous" ? "prev" : "next"}">` +
    `<span class="${c}__direction">${escapeHtml(words)}</span> ` +
    `<span class="${c}__title">${escapeHtml(link.title)}</span> ` +
    `<time class="${c}__date" datetime="${isoWithOffset(link.date, s.timeZone)}">` +
    `${escapeHtml(readableDate(link.date, s.locale, s.timeZone, s.dateStyle))}</time></a></li>`
  );
}

/**
 * `<nav aria-label="…">` with a list of the links that exist, previous (published earlier) first;
 * an empty string when there is neither, so no empty landmark is left on the page.
 */
export function renderArticleNav(
  neighbours: { previous: NavLink | null; next: NavLink | null },
  settings: ArticleNavSettings,
): string {
  const items: string[] = [];
  if (neighbours.previous) items.push(item(neighbours.previous, "previous", settings.previousLabel, settings));
  if (neighbours.next) items.push(item(neighbours.next, "next", settings.nextLabel, settings));
  if (items.length === 0) return "";
  const c = escapeHtml(settings.className);
  return (
    `<nav class="${c}" aria-label="${escapeHtml(settings.label)}">\n` +
    `<ul class="${c}__list">\n${items.join("\n")}\n</ul>\n</nav>`
  );
}
