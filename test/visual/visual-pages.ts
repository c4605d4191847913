// The pages the visual check photographs, one of each kind, picked by reading the build (never by guessing URLs).
import * as fs from "node:fs";
import type { BuiltPage, BuiltSite } from "../helpers/built-site.ts";
import { pickPages, type Pick } from "../browser/pick-pages.ts";

/** A page to photograph: `name` is its reference files' stem (`article-1280-dark.png`). */
export type Shot = { name: string; kind: string } & ({ path: string; expectStatus: number } | { missing: string });

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const isArticle = (page: BuiltPage) => /^\.\/content\/news\/[^/]+\.md$/.test(page.inputPath);

function fromPick(name: string, pick: Pick | undefined, kind: string): Shot {
  if (!pick) return { name, kind, missing: "the browser suites' page picks have none" };
  return "missing" in pick ? { name, kind, missing: pick.missing } : { name, kind, path: pick.path, expectStatus: pick.expectStatus };
}

function byUrl(built: BuiltSite, name: string, kind: string, url: string, query = ""): Shot {
  return built.pages.some((p) => p.url === url) ? { name, kind, path: url + query, expectStatus: 200 } : { name, kind, missing: `no page at \`${url}\`` };
}

/**
 * Every kind of page a reader meets: home, section front, an article with a pull quote, stat
 * callouts and a lead picture (the one with the most stats), an article with a captioned body
 * figure, a topic page, a date archive, search with results, an about page, an author page, the
 * corrections page and the 404 page.
 */
export function visualShots(built: BuiltSite): Shot[] {
  const { pages } = pickPages(built);
  const pick = (kind: string) => pages.find((p) => p.kind === kind);
  const articles = built.pages.filter(isArticle).map((page) => ({ page, html: fs.readFileSync(page.outputPath, "utf8") }));

  const rich = articles
    .filter(({ html }) => /<figure\b[^>]*\bclass="pull-quote\b/.test(html) && /<picture\b/.test(html))
    .map(({ page, html }) => ({ page, stats: count(html, /<data\b[^>]*\bvalue=/g) }))
    .filter(({ stats }) => stats > 0)
    .sort((a, b) => b.stats - a.stats || a.page.url.localeCompare(b.page.url))[0];
  const figure = articles.filter(({ html }) => /<figure\b[^>]*\bclass="article-figure\b/.test(html)).sort((a, b) => a.page.url.localeCompare(b.page.url))[0];

  return [
    fromPick("home", pick("home page"), "home page"),
    fromPick("news", pick("section front, page 1"), "section front"),
    rich ? { name: "article", kind: "article with a pull quote, stats and a lead picture", path: rich.page.url, expectStatus: 200 }
      : { name: "article", kind: "article with a pull quote, stats and a lead picture", missing: "no article with a `pull-quote` figure, a `<data value>` stat and a `<picture>`" },
    figure ? { name: "body-figure", kind: "article with a captioned body figure", path: figure.page.url, expectStatus: 200 }
      : { name: "body-figure", kind: "article with a captioned body figure", missing: 'no article with a `<figure class="article-figure">`' },
    fromPick("topic", pick("topic page"), "topic page"),
    fromPick("archive", pick("date archive (a day)"), "date archive (a day)"),
    // With a search in the address, so the shot shows results as a reader sees them.
    byUrl(built, "search", "search page with results", "/search/", "?q=sabino+wells"),
    byUrl(built, "about", "about page", "/about/"),
    fromPick("author", pick("author page"), "author page"),
    fromPick("corrections", pick("corrections page"), "corrections page"),
    fromPick("not-found", pick("404 page"), "404 page"),
  ];
}
