// Date archives (src/collections/archives.ts): periods in the site's zone, newest first, paginated, with neighbours.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { archiveDate, archiveLabel, archiveUrl, buildArchivePages } from "../../src/collections/archives.ts";

const ZONE = "America/New_York";

/** An article at a wall-clock time in New York. */
function at(local: string, name = local): { date: Date; name: string } {
  return { date: DateTime.fromISO(local, { zone: ZONE }).toJSDate(), name };
}

const newestFirst = <T extends { date: Date }>(items: T[]) => [...items].sort((a, b) => b.date.getTime() - a.date.getTime());

const Dates = suite("archiveDate");

Dates("an article at 23:30 New York time on Dec 31 belongs to that year, month and day", () => {
  // 04:30 UTC on Jan 1: a UTC reading would put it in the next year.
  const { date } = at("2023-12-31T23:30");
  assert.is(date.toISOString(), "2024-01-01T04:30:00.000Z");
  assert.equal(archiveDate(date, ZONE), { year: 2023, month: 12, day: 31 });
});

Dates("an article just after midnight in New York is on its New York day, not UTC's previous one", () => {
  assert.equal(archiveDate(at("2024-03-01T00:15").date, ZONE), { year: 2024, month: 3, day: 1 });
});

Dates("the night clocks fall back keeps both hours on the same day", () => {
  const early = DateTime.fromISO("2024-11-03T05:30Z").toJSDate(); // 01:30 EDT
  const late = DateTime.fromISO("2024-11-03T06:30Z").toJSDate(); // 01:30 EST
  assert.equal(archiveDate(early, ZONE), { year: 2024, month: 11, day: 3 });
  assert.equal(archiveDate(late, ZONE), { year: 2024, month: 11, day: 3 });
});

Dates("another zone reads the same instant as its own date", () => {
  assert.equal(archiveDate(at("2023-12-31T23:30").date, "Asia/Tokyo"), { year: 2024, month: 1, day: 1 });
});

Dates.run();

const Urls = suite("archiveUrl and archiveLabel");

Urls("pads months and days as article URLs do", () => {
  assert.is(archiveUrl(2024), "/news/2024/");
  assert.is(archiveUrl(2024, 5), "/news/2024/05/");
  assert.is(archiveUrl(2024, 5, 2), "/news/2024/05/02/");
});

Urls("names periods in the locale, without a zone shift", () => {
  assert.is(archiveLabel("en-US", 2024), "2024");
  assert.is(archiveLabel("en-US", 2024, 5), "May 2024");
  assert.is(archiveLabel("en-US", 2024, 1, 1), "Jan 1, 2024");
  assert.is(archiveLabel("de-DE", 2024, 5), "Mai 2024");
});

Urls.run();

const Pages = suite("buildArchivePages");

const SAMPLE = newestFirst([
  at("2023-12-31T23:30", "new-year-eve"),
  at("2024-05-02T09:00", "may-2-a"),
  at("2024-05-02T18:00", "may-2-b"),
  at("2024-05-20T12:00", "may-20"),
  at("2024-07-04T12:00", "july-4"),
  at("2022-01-10T12:00", "old"),
]);

const urls = (pages: { url: string }[]) => pages.map((p) => p.url);

Pages("makes one archive per year, month and day that has articles, years first, newest first", () => {
  const pages = buildArchivePages(SAMPLE, 20, ZONE, "en-US");
  assert.equal(urls(pages), [
    "/news/2024/", "/news/2023/", "/news/2022/",
    "/news/2024/07/", "/news/2024/05/", "/news/2023/12/", "/news/2022/01/",
    "/news/2024/07/04/", "/news/2024/05/20/", "/news/2024/05/02/", "/news/2023/12/31/", "/news/2022/01/10/",
  ]);
});

Pages("lists each period's articles newest first, counted", () => {
  const pages = buildArchivePages(SAMPLE, 20, ZONE, "en-US");
  const page = (url: string) => pages.find((p) => p.url === url)!;
  assert.equal(page("/news/2024/05/").items.map((i) => i.name), ["may-20", "may-2-b", "may-2-a"]);
  assert.equal(page("/news/2024/05/02/").items.map((i) => i.name), ["may-2-b", "may-2-a"]);
  assert.equal(page("/news/2023/").items.map((i) => i.name), ["new-year-eve"]);
  assert.is(page("/news/2024/").archive.count, 4);
});

Pages("links each period to the neighbouring periods of its kind that have articles, across years", () => {
  const pages = buildArchivePages(SAMPLE, 20, ZONE, "en-US");
  const page = (url: string) => pages.find((p) => p.url === url)!.archive;
  assert.equal(page("/news/2024/05/").older, { kind: "month", label: "December 2023", url: "/news/2023/12/" });
  assert.equal(page("/news/2024/05/").newer, { kind: "month", label: "July 2024", url: "/news/2024/07/" });
  assert.is(page("/news/2024/").newer, undefined);
  assert.is(page("/news/2022/").older, undefined);
  assert.equal(page("/news/2024/05/02/").older?.url, "/news/2023/12/31/");
  assert.equal(page("/news/2024/05/02/").newer?.url, "/news/2024/05/20/");
  assert.equal(page("/news/2024/05/02/").parents.map((p) => p.url), ["/news/2024/", "/news/2024/05/"]);
  assert.equal(page("/news/2024/").parents, []);
});

Pages("paginates a period by the page size under its own URL", () => {
  const many = newestFirst(Array.from({ length: 5 }, (_, i) => at(`2024-05-0${i + 1}T12:00`, `n${i + 1}`)));
  const pages = buildArchivePages(many, 2, ZONE, "en-US").filter((p) => p.archive.kind === "month");
  assert.equal(urls(pages), ["/news/2024/05/", "/news/2024/05/page/2/", "/news/2024/05/page/3/"]);
  assert.equal(pages.map((p) => p.items.map((i) => i.name)), [["n5", "n4"], ["n3", "n2"], ["n1"]]);
  assert.is(pages[1]!.previousUrl, "/news/2024/05/");
  assert.is(pages[1]!.totalPages, 3);
});

Pages("a site with no articles has no archives", () => {
  assert.equal(buildArchivePages([], 20, ZONE, "en-US"), []);
});

Pages.run();
