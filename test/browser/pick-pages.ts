// Picks the pages the browser suites check by reading the build (sources and HTML), never by guessing URLs.
import * as fs from "node:fs";
import { site as siteSettings } from "../../src/site.ts";
import type { BuiltPage, BuiltSite } from "../helpers/built-site.ts";

/** A page to check, or why the build has none of that kind (a missing feature: the test fails). */
export type Pick = { kind: string; path: string; expectStatus: number } | { kind: string; missing: string };

/** What the picks need beyond a page each: the articles and what the build says about pagination. */
export interface Picks {
  pages: Pick[];
  /** Every article page built from `content/news/*.md`, by URL. */
  articles: BuiltPage[];
  /** Said aloud in the suite's output: e.g. why there is no section front page 2. */
  notes: string[];
}

const isArticle = (page: BuiltPage) => /^\.\/content\/news\/[^/]+\.md$/.test(page.inputPath);
const source = (page: BuiltPage) => fs.readFileSync(page.inputPath, "utf8");
const output = (page: BuiltPage) => fs.readFileSync(page.outputPath, "utf8");
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function byUrl(built: BuiltSite, url: string, kind: string, missing: string): Pick {
  const page = built.pages.find((p) => p.url === url);
  return page ? { kind, path: page.url, expectStatus: 200 } : { kind, missing };
}

function firstArticle(kind: string, articles: BuiltPage[], test: (page: BuiltPage) => boolean, missing: string): Pick {
  const page = articles.find(test);
  return page ? { kind, path: page.url, expectStatus: 200 } : { kind, missing };
}

/**
 * The home page, section front (page 2 only when the sample has more than a page of articles), a
 * topic page, articles with container and lifted pull quotes, with stat callouts, with previous and
 * next links, the first and last article (ends of the "Next article" chain), date archive, series,
 * corrections, author, authors index, standards, masthead and accessibility pages, and the 404 page.
 */
export function pickPages(built: BuiltSite): Picks {
  const articles = built.pages.filter(isArticle).sort((a, b) => a.url.localeCompare(b.url));
  const notes: string[] = [];
  const pages: Pick[] = [
    byUrl(built, "/", "home page", "no page at `/` (home page)"),
    byUrl(built, "/news/", "section front, page 1", "no page at `/news/` (section front)"),
  ];

  const secondPage = built.pages.find((p) => /^\/news\/(page\/)?2\/$/.test(p.url));
  if (secondPage) pages.push({ kind: "section front, page 2", path: secondPage.url, expectStatus: 200 });
  else if (articles.length > siteSettings.pageSize) {
    pages.push({ kind: "section front, page 2", missing: `${articles.length} articles but no \`/news/2/\` or \`/news/page/2/\`` });
  } else {
    notes.push(`section front page 2 not checked: the sample has ${articles.length} articles, one page holds ${siteSettings.pageSize}`);
  }

  const topic = built.pages.find((p) => /^\/topics\/[^/]+\/$/.test(p.url));
  pages.push(topic ? { kind: "topic page", path: topic.url, expectStatus: 200 } : { kind: "topic page", missing: "no page at `/topics/<slug>/`" });

  // Pull quotes: chosen by their source syntax, then every one of them must be rendered as a figure.
  const rendersAll = (p: BuiltPage) =>
    count(output(p), /<figure\b[^>]*\bclass="[^"]*\bpull-quote\b/g) >= count(source(p), /^:::+pullquote\b|:pull\[/gm);
  pages.push(
    firstArticle("article with a container pull quote", articles, (p) => /^:::+pullquote\b/m.test(source(p)) && rendersAll(p),
      "no article whose `:::pullquote`s all render as `<figure class=\"pull-quote\">`"),
    firstArticle("article with a lifted pull quote", articles, (p) => /:pull\[/.test(source(p)) && rendersAll(p),
      "no article whose `:pull[…]` quotes all render as `<figure class=\"pull-quote\">`"),
  );

  const stats = articles.map((p) => ({ p, n: count(output(p), /<data\b[^>]*\bvalue=/g) })).sort((a, b) => b.n - a.n)[0];
  pages.push(stats?.n ? { kind: "article with stat callouts (the most)", path: stats.p.url, expectStatus: 200 }
    : { kind: "article with stat callouts (the most)", missing: "no article with a `<data value>` stat figure" });

  const links = (p: BuiltPage) => ({ prev: /\brel="prev"/.test(output(p)), next: /\brel="next"/.test(output(p)) });
  pages.push(
    firstArticle("article with previous and next links", articles, (p) => links(p).prev && links(p).next,
      'no article with both `rel="prev"` and `rel="next"` links'),
    firstArticle("first article (no previous)", articles, (p) => links(p).next && !links(p).prev,
      'no article with a `rel="next"` link and no `rel="prev"` link'),
    firstArticle("last article (no next)", articles, (p) => links(p).prev && !links(p).next,
      'no article with a `rel="prev"` link and no `rel="next"` link'),
  );

  // Date archives (content/archive-pages.11ty.ts): a day's, the page a shortened article URL lands on first.
  const archive = built.pages.find((p) => /^\/news\/\d+\/\d{2}\/\d{2}\/$/.test(p.url));
  pages.push(archive ? { kind: "date archive (a day)", path: archive.url, expectStatus: 200 } : { kind: "date archive (a day)", missing: "no page at `/news/<year>/<month>/<day>/`" });

  // Series and related stories (src/collections/series.ts, related-stories.ts).
  pages.push(
    firstArticle("article in a series, with related stories", articles, (p) => output(p).includes('class="series-box"') && output(p).includes('class="related"'),
      "no article with both a series box and related stories"),
    byUrl(built, "/series/", "series index", "no page at `/series/`"),
  );
  const series = built.pages.find((p) => /^\/series\/[^/]+\/$/.test(p.url));
  pages.push(series ? { kind: "series page", path: series.url, expectStatus: 200 } : { kind: "series page", missing: "no page at `/series/<slug>/`" });

  // Corrections (src/collections/corrections.ts): an article's notice, and the page listing them all.
  pages.push(
    firstArticle("article with a correction", articles, (p) => output(p).includes('class="corrections"'), 'no article with a `<section class="corrections">` (front matter `corrections:`)'),
    byUrl(built, "/corrections/", "corrections page", "no page at `/corrections/`"),
  );

  // Author pages (src/collections/authors.ts): one with a bio from content/authors.json.
  const author = built.pages.find((p) => /^\/authors\/[^/]+\/$/.test(p.url) && output(p).includes("author__bio"));
  pages.push(author ? { kind: "author page", path: author.url, expectStatus: 200 } : { kind: "author page", missing: "no page at `/authors/<slug>/` with a bio" });
  pages.push(byUrl(built, "/authors/", "authors index", "no page at `/authors/`"), byUrl(built, "/standards/", "standards page", "no page at `/standards/`"));
  // The newsroom's site pages (`npm run new -- --page`): the masthead's staff list, the accessibility statement.
  pages.push(
    byUrl(built, "/masthead/", "masthead page", "no page at `/masthead/` (content/masthead.md)"),
    byUrl(built, "/accessibility/", "accessibility statement", "no page at `/accessibility/` (content/accessibility.md)"),
  );

  const notFound = built.htmlFiles.includes("404.html");
  pages.push(notFound ? { kind: "404 page", path: "/no-such-page/", expectStatus: 404 } : { kind: "404 page", missing: "no `404.html`" });
  return { pages, articles, notes };
}
