// The nav's HTML, its dates in the site's zone, the memoised look-up and the plugin's previous/next options.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { renderArticleNav, type ArticleNavSettings, type NavLink } from "../../../plugins/newsdesk/neighbours/article-nav.ts";
import { isoWithOffset, readableDate } from "../../../plugins/newsdesk/neighbours/date-format.ts";
import { createNeighbourLookup, recordFromItem, scopeValue, slugOf, type CollectionItemLike } from "../../../plugins/newsdesk/neighbours/lookup.ts";
import { validateOptions } from "../../../plugins/newsdesk/options.ts";

const settings: ArticleNavSettings = {
  label: "More stories",
  previousLabel: "Previous article",
  nextLabel: "Next article",
  className: "article-nav",
  locale: "en-US",
  timeZone: "America/New_York",
  dateStyle: "long",
};
const older: NavLink = { url: "/news/2023/05/01/bids/", title: "Port opens bids", date: new Date("2023-05-01T13:00:00Z") };
const newer: NavLink = { url: "/news/2023/05/04/vote/", title: "Late vote", date: new Date("2023-05-05T03:30:00Z") };

const OLDER_ITEM =
  '<li class="article-nav__item article-nav__item--previous"><a class="article-nav__link" href="/news/2023/05/01/bids/" rel="prev">' +
  '<span class="article-nav__direction">Previous article</span> <span class="article-nav__title">Port opens bids</span> ' +
  '<time class="article-nav__date" datetime="2023-05-01T09:00:00-04:00">May 1, 2023</time></a></li>';
const NEWER_ITEM =
  '<li class="article-nav__item article-nav__item--next"><a class="article-nav__link" href="/news/2023/05/04/vote/" rel="next">' +
  '<span class="article-nav__direction">Next article</span> <span class="article-nav__title">Late vote</span> ' +
  '<time class="article-nav__date" datetime="2023-05-04T23:30:00-04:00">May 4, 2023</time></a></li>';
const nav = (...items: string[]) =>
  `<nav class="article-nav" aria-label="More stories">\n<ul class="article-nav__list">\n${items.join("\n")}\n</ul>\n</nav>`;

const Nav = suite("renderArticleNav");

Nav("renders both links, previous (published earlier) first", () => {
  assert.is(renderArticleNav({ previous: older, next: newer }, settings), nav(OLDER_ITEM, NEWER_ITEM));
});

Nav("renders only the side that exists at either end", () => {
  assert.is(renderArticleNav({ previous: null, next: newer }, settings), nav(NEWER_ITEM));
  assert.is(renderArticleNav({ previous: older, next: null }, settings), nav(OLDER_ITEM));
});

Nav("renders nothing at all, not an empty nav, when there is neither", () => {
  assert.is(renderArticleNav({ previous: null, next: null }, settings), "");
});

Nav("takes its labels and class from settings (a site may say Older/Newer)", () => {
  const out = renderArticleNav(
    { previous: older, next: newer },
    { ...settings, label: "Elsewhere", previousLabel: "Older", nextLabel: "Newer", className: "pn" },
  );
  assert.match(out, '<nav class="pn" aria-label="Elsewhere">');
  assert.match(out, '<span class="pn__direction">Older</span> <span class="pn__title">Port opens bids</span>');
  assert.match(out, '<span class="pn__direction">Newer</span> <span class="pn__title">Late vote</span>');
});

Nav("escapes headlines, URLs and labels", () => {
  const evil: NavLink = { url: '/x/"><script>', title: `Fish & "chips" <b>'s`, date: older.date };
  const out = renderArticleNav({ previous: evil, next: null }, { ...settings, previousLabel: "<Older>" });
  assert.match(out, 'href="/x/&quot;&gt;&lt;script&gt;"');
  assert.match(out, "Fish &amp; &quot;chips&quot; &lt;b&gt;&#39;s");
  assert.match(out, "&lt;Older&gt;");
  assert.not.match(out, "<script>");
});

Nav.run();

const Dates = suite("nav dates");

Dates("shows the calendar date in the site's zone, not UTC's", () => {
  assert.is(readableDate(newer.date, "en-US", "America/New_York"), "May 4, 2023");
  assert.is(readableDate(newer.date, "en-US", "UTC"), "May 5, 2023");
  assert.is(readableDate(newer.date, "de-DE", "Europe/Berlin", "medium"), "05.05.2023");
});

Dates("gives datetime values with the zone's offset, across DST and odd offsets", () => {
  assert.is(isoWithOffset(new Date("2023-01-02T04:00:00Z"), "America/New_York"), "2023-01-01T23:00:00-05:00");
  assert.is(isoWithOffset(new Date("2023-03-12T07:00:00Z"), "America/New_York"), "2023-03-12T03:00:00-04:00");
  assert.is(isoWithOffset(new Date("2023-05-02T00:00:00.999Z"), "Asia/Kathmandu"), "2023-05-02T05:45:00+05:45");
  assert.is(isoWithOffset(new Date("2023-05-02T00:00:00Z"), "UTC"), "2023-05-02T00:00:00+00:00");
});

Dates.run();

const Lookup = suite("neighbour look-up over Eleventy items");

const item = (name: string, iso: string, data: Record<string, unknown> = {}): CollectionItemLike => ({
  inputPath: `./content/news/${name}.md`,
  url: `/news/${name}/`,
  date: new Date(iso),
  fileSlug: name,
  data: { title: `Title ${name}`, ...data },
});
const collection = [item("a", "2023-05-01T00:00:00Z"), item("b", "2023-05-02T00:00:00Z"), item("c", "2023-05-03T00:00:00Z")];

Lookup("builds the index once per collection array, and anew for a new array", () => {
  const lookup = createNeighbourLookup({ scopeBy: null, fallback: "unscoped" });
  const first = lookup.indexFor(collection);
  assert.is(lookup.indexFor(collection), first);
  assert.is.not(lookup.indexFor([...collection]), first);
});

Lookup("returns the page's neighbours as { url, title, date }, and nulls for a page not in the collection", () => {
  const lookup = createNeighbourLookup({ scopeBy: null, fallback: "unscoped" });
  assert.equal(lookup.neighboursOf("neighbours", collection, { inputPath: "./content/news/b.md" }), {
    previous: { url: "/news/a/", title: "Title a", date: new Date("2023-05-01T00:00:00Z") },
    next: { url: "/news/c/", title: "Title c", date: new Date("2023-05-03T00:00:00Z") },
  });
  assert.equal(lookup.neighboursOf("neighbours", collection, { inputPath: "./about.md" }), { previous: null, next: null });
});

Lookup("scopes by the front-matter key named in `scopeBy`", () => {
  const items = [
    item("a", "2023-05-01T00:00:00Z", { series: "Bridge" }),
    item("b", "2023-05-02T00:00:00Z"),
    item("c", "2023-05-03T00:00:00Z", { series: "Bridge" }),
    item("d", "2023-05-04T00:00:00Z"),
  ];
  const url = (n: { previous: NavLink | null; next: NavLink | null }) => [n.previous?.url ?? null, n.next?.url ?? null];
  const scoped = createNeighbourLookup({ scopeBy: "series", fallback: "unscoped" });
  assert.equal(url(scoped.neighboursOf("n", items, { inputPath: "./content/news/a.md" })), [null, "/news/c/"]);
  assert.equal(url(scoped.neighboursOf("n", items, { inputPath: "./content/news/b.md" })), [null, "/news/d/"]);
  const whole = createNeighbourLookup({ scopeBy: null, fallback: "unscoped" });
  assert.equal(url(whole.neighboursOf("n", items, { inputPath: "./content/news/a.md" })), [null, "/news/b/"]);
});

Lookup("reads the clock once per index, for scheduled articles", () => {
  let reads = 0;
  const lookup = createNeighbourLookup({ scopeBy: null, fallback: "unscoped", now: () => (reads++, Date.parse("2023-05-02T12:00:00Z")) });
  assert.is(lookup.neighboursOf("n", collection, { inputPath: "./content/news/b.md" }).next, null);
  lookup.neighboursOf("n", collection, { inputPath: "./content/news/a.md" });
  assert.is(reads, 1);
});

Lookup("says what was expected when the collection or page is missing", () => {
  const lookup = createNeighbourLookup({ scopeBy: null, fallback: "unscoped" });
  assert.throws(
    () => lookup.neighboursOf("articleNav", undefined, { inputPath: "x" }),
    (e: Error) => e.message === "`articleNav`: expected a collection such as `collections.articles` first, got nothing",
  );
  assert.throws(
    () => lookup.neighboursOf("neighbours", collection, undefined),
    (e: Error) =>
      e.message === "`neighbours`: expected Eleventy's `page` second (e.g. `neighbours(collections.articles, page)`), got nothing",
  );
});

Lookup("takes the slug from the URL's last segment, else front matter `slug`, else the file's slug", () => {
  const base = item("file-name", "2023-05-01T00:00:00Z", { slug: "front-matter" });
  assert.is(slugOf({ ...base, url: "/news/2023/05/01/from-url/" }), "from-url");
  assert.is(slugOf({ ...base, url: "/news/caf%C3%A9/index.html" }), "café");
  assert.is(slugOf({ ...base, url: false }), "front-matter");
  assert.is(slugOf({ ...base, url: false, data: {} }), "file-name");
});

Lookup("reads drafts (only `true`) and scope values from front matter", () => {
  const record = recordFromItem(item("x", "2023-05-01T00:00:00Z", { draft: "yes", series: " Bridge " }), "series");
  assert.equal([record.draft, record.scope], [false, "Bridge"]);
  assert.is(recordFromItem(item("x", "2023-05-01T00:00:00Z", { draft: true }), null).draft, true);
  assert.equal([scopeValue(2024), scopeValue(""), scopeValue(["a"]), scopeValue(null)], ["2024", undefined, undefined, undefined]);
});

Lookup.run();

const Options = suite("previous/next options");

Options("defaults: whole collection, English labels, UTC, long dates", () => {
  const o = validateOptions({});
  assert.equal(
    [o.scopeBy, o.scopeFallback, o.navLabel, o.previousLabel, o.nextLabel, o.navClass, o.timeZone, o.navDateStyle],
    [null, "unscoped", "More stories", "Previous article", "Next article", "article-nav", "UTC", "long"],
  );
});

Options("names every wrong previous/next option, what was given and what is allowed", () => {
  const bad = { timeZone: "Mars/Olympus", scopeBy: 3, scopeFallback: "some", navLabel: " ", navClass: "1x", navDateStyle: "tiny" };
  try {
    validateOptions(bad);
    assert.unreachable("should have thrown");
  } catch (e) {
    const message = (e as Error).message;
    for (const line of [
      '- `timeZone`: got "Mars/Olympus", expected an IANA time zone such as "America/New_York"',
      '- `scopeBy`: got 3, expected a front-matter key such as "series", or null',
      '- `scopeFallback`: got "some", expected one of "unscoped", "all", "none"',
      '- `navLabel`: got " ", expected non-empty words such as "More stories"',
      '- `navClass`: got "1x", expected a CSS class name such as "article-nav"',
      '- `navDateStyle`: got "tiny", expected "full", "long", "medium" or "short"',
    ]) {
      assert.ok(message.includes(line), `missing: ${line}\nin: ${message}`);
    }
  }
});

Options("rejects a fallback without a scope, since it would do nothing", () => {
  assert.throws(() => validateOptions({ scopeFallback: "all" }), /`scopeFallback`: only applies with `scopeBy`/);
  assert.is(validateOptions({ scopeBy: "series", scopeFallback: "all" }).scopeFallback, "all");
});

Options.run();
