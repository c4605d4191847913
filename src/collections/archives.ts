// Date archives under the dated article URLs: /news/2024/, /news/2024/05/, /news/2024/05/02/, paginated.
import { DateTime } from "luxon";
import { wallClock } from "../../plugins/newsdesk/index.ts";
import { paginate, type ListPage } from "./paginate.ts";

/** Which kind of period an archive page lists. */
export type ArchiveKind = "year" | "month" | "day";

/** A period that has articles: a link to its archive. */
export interface ArchiveLink {
  kind: ArchiveKind;
  /** `2024`, `May 2024`, `May 2, 2024` in the site's locale. */
  label: string;
  url: string;
}

/** One period, with its place among the periods of its kind and the periods around it. */
export interface ArchivePeriod extends ArchiveLink {
  year: number;
  month?: number;
  day?: number;
  /** How many articles it has. */
  count: number;
  /** The newest earlier period of the same kind that has articles. */
  older?: ArchiveLink;
  /** The oldest later period of the same kind that has articles. */
  newer?: ArchiveLink;
  /** The year of a month, the month of a day, newest-first as in the URL (`/news/2024/` ← `/news/2024/05/`). */
  parents: ArchiveLink[];
}

/** A page of a period's articles (newest first), with the period. */
export interface ArchivePage<T> extends ListPage<T> {
  archive: ArchivePeriod;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The calendar date of an instant in `zone`, as article URLs print it (src/permalinks/article-url.ts:
 * the year as the era counts it), so that the archive at a shortened URL holds the article.
 */
export function archiveDate(date: Date, zone: string): { year: number; month: number; day: number } {
  const { year, month, day } = wallClock(date.getTime(), zone);
  return { year: year > 0 ? year : 1 - year, month, day };
}

/** `/news/2024/`, `/news/2024/05/`, `/news/2024/05/02/`. */
export function archiveUrl(year: number, month?: number, day?: number): string {
  return `/news/${year}/${month === undefined ? "" : `${pad(month)}/`}${day === undefined ? "" : `${pad(day)}/`}`;
}

/** `2024`, `May 2024`, `May 2, 2024`: the period's name in `locale` (a calendar date: no zone shift). */
export function archiveLabel(locale: string, year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  const date = DateTime.fromObject({ year, month, day: day ?? 1 }, { zone: "UTC", locale });
  return day === undefined ? date.toLocaleString({ month: "long", year: "numeric" }) : date.toLocaleString(DateTime.DATE_MED);
}

interface Group<T> {
  year: number;
  month?: number;
  day?: number;
  /** Year, month and day packed into one sortable number. */
  order: number;
  items: T[];
}

/**
 * Every year, month and day archive of `newestFirst` (articles newest first), each paginated by
 * `pageSize`. One pass over the articles (one calendar reading each) fills the three groupings;
 * only the periods are sorted, newest first: p log p over far fewer periods than articles.
 * Pages come years first, then months, then days.
 */
export function buildArchivePages<T extends { date: Date }>(
  newestFirst: readonly T[],
  pageSize: number,
  zone: string,
  locale: string,
): ArchivePage<T>[] {
  const years = new Map<number, Group<T>>();
  const months = new Map<number, Group<T>>();
  const days = new Map<number, Group<T>>();
  const add = (groups: Map<number, Group<T>>, order: number, period: Omit<Group<T>, "order" | "items">, item: T) => {
    let group = groups.get(order);
    if (!group) groups.set(order, (group = { ...period, order, items: [] }));
    group.items.push(item);
  };
  for (const item of newestFirst) {
    const { year, month, day } = archiveDate(item.date, zone);
    add(years, year, { year }, item);
    add(months, year * 100 + month, { year, month }, item);
    add(days, (year * 100 + month) * 100 + day, { year, month, day }, item);
  }
  const link = (kind: ArchiveKind, g: Pick<Group<T>, "year" | "month" | "day">): ArchiveLink => ({
    kind,
    label: archiveLabel(locale, g.year, g.month, g.day),
    url: archiveUrl(g.year, g.month, g.day),
  });
  const pages: ArchivePage<T>[] = [];
  for (const [kind, groups] of [["year", years], ["month", months], ["day", days]] as const) {
    // Articles arrive newest first, but a zone that moves its clocks back across midnight can
    // show an earlier date after a later one: the periods are sorted, not assumed in order.
    const sorted = [...groups.values()].sort((a, b) => b.order - a.order);
    const links = sorted.map((g) => link(kind, g));
    sorted.forEach((group, i) => {
      const parents: ArchiveLink[] = [];
      if (group.month !== undefined) parents.push(link("year", { year: group.year }));
      if (group.day !== undefined) parents.push(link("month", { year: group.year, month: group.month }));
      const period: ArchivePeriod = {
        ...links[i]!,
        year: group.year,
        ...(group.month !== undefined ? { month: group.month } : {}),
        ...(group.day !== undefined ? { day: group.day } : {}),
        count: group.items.length,
        older: links[i + 1],
        newer: i > 0 ? links[i - 1] : undefined,
        parents,
      };
      for (const page of paginate(group.items, pageSize, period.url)) pages.push({ ...page, archive: period });
    });
  }
  return pages;
}
