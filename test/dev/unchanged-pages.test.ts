// `npm start`'s memo of written pages and their inputs (src/dev/unchanged-pages.ts, page-inputs.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { CarriedProblems, UnchangedPages } from "../../src/dev/unchanged-pages.ts";
import { articlePageInputs, listPageInputs } from "../../src/dev/page-inputs.ts";
import { ArticleItem, type ArticleFrontMatter } from "../../src/articles/article-item.ts";

type Page = { url: string; text: string };
const pages = (...texts: string[]): Page[] => texts.map((text, i) => ({ url: `/p${i}/`, text }));
const urls = (list: Page[]) => list.map((p) => p.url);

const Memo = suite("UnchangedPages");

Memo("renders every page once, then only pages whose inputs changed or whose file is gone", () => {
  const memo = new UnchangedPages();
  const all = (_url: string) => true;
  const changed = (list: Page[], exists = all) => urls(memo.changed(list, (p) => p.url, (p) => [p.text], exists));
  assert.equal(changed(pages("a", "b", "c")), ["/p0/", "/p1/", "/p2/"]);
  assert.equal(changed(pages("a", "b", "c")), []);
  assert.equal(changed(pages("a", "B", "c")), ["/p1/"]);
  assert.equal(changed(pages("a", "B", "c"), (url) => url !== "/p2/"), ["/p2/"]);
  memo.forget();
  assert.equal(changed(pages("a", "B", "c")), ["/p0/", "/p1/", "/p2/"]);
});

Memo.run();

const Carried = suite("CarriedProblems");

Carried("a page not rendered again keeps its last problems; a rendered one gets this build's", () => {
  const carried = new CarriedProblems();
  const a = { file: "content/news/a.md" };
  const b = { file: "content/news/b.md" };
  const problemA = { file: a.file, line: 7, message: "unknown directive" };
  assert.equal(carried.carry([problemA], [a, b], [a, b]), []);
  assert.equal(carried.carry([], [a, b], [b]), [problemA], "a was skipped: its problem is carried");
  assert.equal(carried.carry([], [a, b], [a]), [], "a rendered again without the problem");
});

Carried.run();

const Inputs = suite("page inputs");

const article = (title: string, source = "---\n---\n") =>
  new ArticleItem({ inputPath: "./content/news/x.md", file: "content/news/x.md", source, body: "", bodyOffset: 0 }, "/news/x/", new Date("2023-05-02T12:00:00Z"), { title, date: "2023-05-02" } as ArticleFrontMatter, async () => ({ html: "", words: 0 }));
const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

Inputs("an article page changes with its file, its banner, either neighbour's link, its related stories and its series", () => {
  const now = Date.parse("2024-01-01T00:00:00Z");
  const link = (title: string) => ({ url: "/n/", title, date: new Date(0) });
  const base = articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, now);
  assert.ok(same(base, articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, now)));
  assert.not.ok(same(base, articlePageInputs(article("A", "two"), { previous: link("P"), next: null }, now)));
  assert.not.ok(same(base, articlePageInputs(article("A", "one"), { previous: link("P2"), next: null }, now)));
  assert.not.ok(same(base, articlePageInputs(article("A", "one"), { previous: link("P"), next: link("N") }, now)));
  assert.not.ok(same(base, articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, Date.parse("2000-01-01"))), "scheduled, not published");
  const story = (title: string) => ({ url: "/news/r/", date: new Date(0), data: { title } });
  const withRelated = articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, now, { heading: "Related", stories: [story("R")] });
  assert.not.ok(same(base, withRelated), "a related story added");
  assert.not.ok(same(withRelated, articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, now, { heading: "Related", stories: [story("R2")] })), "a related story's headline changed");
  const place = (titles: string[]) => ({ part: 1, series: { name: "S", url: "/series/s/", parts: titles.map(story) } });
  const inSeries = articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, now, undefined, place(["A", "B"]));
  assert.not.ok(same(base, inSeries), "a part of a series");
  assert.not.ok(same(inSeries, articlePageInputs(article("A", "one"), { previous: link("P"), next: null }, now, undefined, place(["A", "B", "C"]))), "a part added to its series");
});

Inputs("a list page changes with any teaser's title and with the number of pages", () => {
  const page = (title: string, totalPages = 1) => ({ pageNumber: 1, totalPages, url: "/news/", firstUrl: "/news/", lastUrl: "/news/", items: [article(title)] });
  assert.ok(same(listPageInputs(page("A")), listPageInputs(page("A"))));
  assert.not.ok(same(listPageInputs(page("A")), listPageInputs(page("B"))));
  assert.not.ok(same(listPageInputs(page("A")), listPageInputs(page("A", 2))));
  // A teaser's thumbnail, kicker or label is its front matter too.
  const withImage = { ...page("A"), items: [article("A")] };
  (withImage.items[0]!.data as Record<string, unknown>).image = { src: "a.jpg", alt: "A" };
  assert.not.ok(same(listPageInputs(page("A")), listPageInputs(withImage)), "a teaser's image changed");
  const typed = { ...page("A"), items: [article("A")] };
  (typed.items[0]!.data as Record<string, unknown>).type = "sponsored";
  assert.not.ok(same(listPageInputs(page("A")), listPageInputs(typed)), "a teaser's type changed");
});

Inputs.run();
