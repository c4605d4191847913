// The rendered previous/next nav in Nunjucks, Liquid and 11ty.js layouts of small fixture sites.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy, { type EleventyConfig, type JsonResult } from "@11ty/eleventy";
import newsdesk from "../../../plugins/newsdesk/index.ts";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

const item = (direction: "previous" | "next", slug: string, title: string, iso: string, readable: string) =>
  `<li class="article-nav__item article-nav__item--${direction}"><a class="article-nav__link" href="/news/${slug}/" rel="${direction === "previous" ? "prev" : "next"}">` +
  `<span class="article-nav__direction">${direction === "previous" ? "Previous" : "Next"} article</span> ` +
  `<span class="article-nav__title">${title}</span> <time class="article-nav__date" datetime="${iso}">${readable}</time></a></li>`;
const nav = (...items: string[]) =>
  `<nav class="article-nav" aria-label="More stories">\n<ul class="article-nav__list">\n${items.join("\n")}\n</ul>\n</nav>`;

const ALPHA = ["alpha", "Port authority opens bids for the new ferry terminal", "2023-05-01T09:00:00-04:00", "May 1, 2023"] as const;
const BRAVO = ["bravo", "Fish &amp; &quot;chips&quot; &lt;tax&gt; returns to council agenda", "2023-05-02T09:30:00-04:00", "May 2, 2023"] as const;
const CHARLIE = ["charlie", "Courts clear backlog of 288 cases", "2023-05-02T09:30:00-04:00", "May 2, 2023"] as const;
const ECHO = ["echo", "Late council vote on bridge repairs", "2023-05-04T23:30:00-04:00", "May 4, 2023"] as const;

const EXPECTED: Record<string, string | null> = {
  "/news/alpha/": nav(item("next", ...BRAVO)),
  "/news/bravo/": nav(item("previous", ...ALPHA), item("next", ...CHARLIE)),
  "/news/charlie/": nav(item("previous", ...BRAVO), item("next", ...ECHO)),
  "/news/echo/": nav(item("previous", ...CHARLIE)),
  "/news/delta-draft/": nav(item("previous", ...CHARLIE), item("next", ...ECHO)),
  "/news/foxtrot-scheduled/": nav(item("previous", ...ECHO)),
  "/news/excluded/": null,
};
const FILTER: Record<string, string> = {
  "/news/alpha/": "none | /news/bravo/",
  "/news/charlie/": "Fish &amp; &quot;chips&quot; &lt;tax&gt; returns to council agenda | /news/echo/",
  "/news/echo/": "Courts clear backlog of 288 cases | none",
};
// Liquid's `escape` writes `"` as `&#34;`, our 11ty.js fixture writes every escape as `&#NN;`.
const normalise = (text: string) =>
  text.replace(/&#34;|&#x22;/g, "&quot;").replace(/&#38;/g, "&amp;").replace(/&#60;/g, "&lt;").replace(/&#62;/g, "&gt;");

interface Built {
  pages: Map<string, string>;
  collections: Set<unknown>;
}

async function build(site: string): Promise<Built> {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-neighbours-"));
  const collections = new Set<unknown>();
  const config = (c: EleventyConfig) => {
    // Records which collection array each page's look-up got: one array means one index per build.
    const addFilter = c.addFilter.bind(c);
    c.addFilter = (name: string, fn: (...args: any[]) => unknown) =>
      addFilter(name, name === "neighbours" ? (list: unknown, page: unknown) => (collections.add(list), fn(list, page)) : fn);
    c.addPlugin(newsdesk, { timeZone: "America/New_York", locale: "en-US" });
  };
  try {
    // Relative input: with an absolute one, Eleventy 3.1 silently skips `_includes` layouts.
    const input = path.relative(process.cwd(), path.join(fixtures, site));
    const results: JsonResult[] = await new Eleventy(input, output, { quietMode: true, config }).toJSON();
    return { pages: new Map(results.map((r) => [String(r.url), r.content])), collections };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

for (const [language, site] of [
  ["Nunjucks", "neighbours-site-njk"],
  ["Liquid", "neighbours-site-liquid"],
  ["11ty.js", "neighbours-site-11tyjs"],
] as const) {
  const Site = suite<{ built: Built }>(`previous/next nav in ${language}`);
  Site.before(async (context) => {
    context.built = await build(site);
  });

  for (const [url, expected] of Object.entries(EXPECTED)) {
    const what = expected === null ? "no nav at all" : "exactly this nav";
    Site(`${url} gets ${what}`, ({ built }) => {
      const page = built.pages.get(url);
      assert.type(page, "string", `${url} was not built`);
      const navs = page!.match(/<nav[\s\S]*?<\/nav>/g) ?? [];
      assert.equal(navs, expected === null ? [] : [expected]);
    });
  }

  Site("the `neighbours` filter gives { previous, next } with title and url", ({ built }) => {
    for (const [url, expected] of Object.entries(FILTER)) {
      const found = built.pages.get(url)!.match(/<p class="filter">(.*)<\/p>/)?.[1];
      assert.is(normalise(found ?? ""), expected, url);
    }
  });

  Site("every page looks up the same collection array, so the index is built once", ({ built }) => {
    assert.is(built.collections.size, 1);
  });

  Site.run();
}
