// Site search in Chromium on the built sample site, served on 127.0.0.1 under the CSP from content/_headers.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { AxeResults } from "axe-core";
import type { BrowserContextOptions, Page } from "playwright-core";
import { launchChromium, type RunningBrowser } from "../helpers/browser.ts";
import { builtSite, type BuiltSite } from "../helpers/built-site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { browserSuite, canRunBrowser } from "../browser/gate.ts";
import { LOOKS, lookName } from "../browser/session.ts";
import { HOSTILE, fixtureSite } from "../publishing/fixture-site.ts";
import { readableDate } from "../../src/dates/format-date.ts";
import { site as siteSettings } from "../../src/site.ts";
import { articleText, indexedArticles, uniqueWord, unpublishedBodies, wordsOf, type IndexedArticle } from "./sample-words.ts";
import { ruleHeader, siteHeaderRules } from "../helpers/site-headers.ts";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Served {
  built: BuiltSite;
  server: StaticServer;
  csp: string;
}

const Search = suite("site search (Pagefind) in Chromium");
const { register, done } = browserSuite(Search);

let browser: RunningBrowser | undefined;
const sites = new Map<string, Promise<Served>>();
let articles: IndexedArticle[] = [];

/** The `Content-Security-Policy` of the `/*` rule in the built `_headers`. */
const cspOf = (outputDir: string) => ruleHeader(siteHeaderRules(outputDir), "/*", "Content-Security-Policy");

/** The sample site built for `prefix` and a server for it, made once. */
function site(prefix = "/"): Promise<Served> {
  let served = sites.get(prefix);
  if (!served) {
    served = builtSite(prefix).then(async (built) => ({ built, server: await serve(built.outputDir, prefix), csp: cspOf(built.outputDir) }));
    sites.set(prefix, served);
  }
  return served;
}

/** The publishing fixture (a hostile headline and byline) and a server for it, made once. */
function hostileSite(): Promise<Served> {
  let served = sites.get("hostile");
  if (!served) {
    served = fixtureSite().then(async (build) => {
      if (build.error) throw build.error;
      return { built: { outputDir: build.outputDir, pathPrefix: "/", htmlFiles: [], pages: [] }, server: await serve(build.outputDir), csp: cspOf(build.outputDir) };
    });
    sites.set("hostile", served);
  }
  return served;
}

Search.before(async () => {
  if (!canRunBrowser) return;
  articles = indexedArticles((await site()).built.pages);
  browser = await launchChromium();
});

Search.after(async () => {
  await browser?.close();
  for (const served of sites.values()) await (await served).server.close();
});

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, CSP reports and failed or 4xx requests, as they happen. */
  problems: string[];
  close(): Promise<void>;
}

/** Opens `sitePath` (default the search page) in a new context, with the site's CSP on every response. */
async function open(sitePath = "/search/", prefix = "/", options: BrowserContextOptions = {}, from = site(prefix)): Promise<Opened> {
  const { server, csp } = await from;
  const context = await browser!.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // The server sends the CSP from the site's own _headers; this checks it arrived.
  const answer = await page.goto(server.url(sitePath), { waitUntil: "load" });
  if (answer?.headers()["content-security-policy"] !== csp) throw new Error(`${sitePath} came without the site's Content-Security-Policy`);
  return { page, problems, close: () => context.close() };
}

/** Waits for the script to show the form (it stays hidden until Pagefind has loaded). */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector("#search-form:not([hidden])", { timeout: 10_000 });
}

const statusText = (page: Page) => page.$eval("#search-status", (s) => s.textContent ?? "");

/** Runs `action` and waits until the live region says something new; returns what it says. */
async function announced(page: Page, action: () => Promise<unknown>): Promise<string> {
  const before = await statusText(page);
  await action();
  await page.waitForFunction((old) => {
    const now = document.getElementById("search-status")?.textContent ?? "";
    return now !== "" && now !== old;
  }, before, { timeout: 10_000 });
  return statusText(page);
}

/** Types `words` into the search box and submits, as a reader pressing Enter would. */
async function searchFor(page: Page, words: string): Promise<string> {
  return announced(page, async () => {
    await page.fill("#search-query", words);
    await page.press("#search-query", "Enter");
  });
}

const resultLinks = (page: Page) => page.$$eval("#search-results li h2 a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
const countIn = (status: string) => Number(status.match(/^(\d+) results?/)?.[1] ?? NaN);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A published article and a word only it contains. */
function articleWithUniqueWord(): { article: IndexedArticle; word: string } {
  for (const article of articles) {
    const word = uniqueWord(article.text, articles.filter((a) => a !== article).map((a) => a.text));
    if (word) return { article, word };
  }
  throw new Error("no sample article has a word of its own");
}

/** `value`, or a failure saying what the sample lacks. */
function required<T>(value: T | undefined, missing: string): T {
  if (value === undefined) throw new Error(missing);
  return value;
}

async function expectClean(opened: Opened): Promise<void> {
  assert.equal(opened.problems, [], "the page loaded and searched without a console error, CSP report or failed request");
}

register("a word that appears in one article returns it first, with its headline, date and a highlighted excerpt", async () => {
  const { article, word } = articleWithUniqueWord();
  const opened = await open();
  try {
    await ready(opened.page);
    const status = await searchFor(opened.page, word);
    assert.is(status, `1 result for “${word}”.`);
    const [first] = await resultLinks(opened.page);
    assert.is(first, article.url);
    const shown = await opened.page.$eval("#search-results li", (li) => ({
      title: li.querySelector("h2")?.textContent,
      date: li.querySelector("time")?.textContent,
      datetime: li.querySelector("time")?.getAttribute("datetime"),
      marks: Array.from(li.querySelectorAll(".search-result__excerpt mark")).map((m) => m.textContent?.toLowerCase()),
    }));
    const html = fs.readFileSync(path.join((await site()).built.outputDir, article.url, "index.html"), "utf8");
    const published = html.match(/Published <time[^>]*\sdatetime="([^"]+)"/)!;
    assert.is(shown.title, html.match(/<h1 class="article__headline">([^<]+)<\/h1>/)![1]!.replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
    // The day the page says it was published (its <time> may carry the hour or not).
    assert.is(shown.datetime?.slice(0, 10), published[1]!.slice(0, 10));
    assert.is(shown.date, readableDate(shown.datetime!, siteSettings.timeZone, siteSettings.language));
    assert.ok(shown.marks.some((m) => m?.startsWith(word.slice(0, -3))), `a <mark> around “${word}” in the excerpt (got ${JSON.stringify(shown.marks)})`);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("a headline shown in other articles' related and series boxes finds only the articles that tell that story", async () => {
  // A word that some pages show only in a box left out of the index: searching it must not find them.
  const found = articles.flatMap((article) =>
    wordsOf(article.ignoredText).filter((word) => !article.text.includes(word.slice(0, -3))).map((word) => ({ word, boxOnly: article })),
  );
  const { word, boxOnly } = required(found.find(({ word }) => articles.some((a) => a.text.includes(word))), "no sample word appears only in a related or series box of some page");
  // Pagefind stems: every article with the word is a result, and any result has at least its stem.
  const withWord = articles.filter((a) => new RegExp(`\\b${word}\\b`).test(a.text)).map((a) => a.url);
  const withStem = articles.filter((a) => a.text.includes(word.slice(0, -3))).map((a) => a.url);
  const opened = await open();
  try {
    await ready(opened.page);
    await searchFor(opened.page, word);
    const links = await resultLinks(opened.page);
    assert.not.ok(links.includes(boxOnly.url), `“${word}” is only in ${boxOnly.url}'s related or series box, yet it is a result`);
    for (const url of withWord) assert.ok(links.includes(url), `${url} has “${word}” but is not a result`);
    for (const url of links) assert.ok(withStem.includes(url), `${url} is a result for “${word}” without it`);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("a topic filter narrows the results to articles with that topic", async () => {
  // The word in the most articles, whose articles have more than one topic between them.
  const candidates = wordsOf(articles.map((a) => a.text).join(" "), 6)
    .map((word) => ({ word, hits: articles.filter((a) => new RegExp(`\\b${word}\\b`).test(a.text)) }))
    .filter(({ hits }) => hits.length >= 3 && new Set(hits.flatMap((a) => a.topics)).size > 1)
    .sort((a, b) => b.hits.length - a.hits.length);
  const { word, hits } = required(candidates[0], "no word spans articles of several topics");
  // A topic some of them have and others do not.
  const topic = [...new Set(hits.flatMap((a) => a.topics))].find((t) => hits.some((a) => !a.topics.includes(t)))!;
  const opened = await open();
  try {
    await ready(opened.page);
    const all = countIn(await searchFor(opened.page, word));
    const status = await announced(opened.page, () => opened.page.selectOption("#search-filter-topic", topic));
    const narrowed = countIn(status);
    assert.ok(narrowed > 0 && narrowed < all, `“${word}”: ${all} results, ${narrowed} in ${topic} (${status})`);
    assert.match(status, new RegExp(`for “${escapeRegExp(word)}” in ${escapeRegExp(topic)}\\.$`));
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    for (const url of await resultLinks(opened.page)) assert.ok(byUrl.get(url)?.topics.includes(topic), `${url} has topic ${topic}`);
    assert.ok(new URL(opened.page.url()).searchParams.get("topic") === topic, "the filter is kept in the address");
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("filters without words: a year lists that year's articles newest first, an author only theirs", async () => {
  const { outputDir } = (await site()).built;
  const pageOf = (url: string) => fs.readFileSync(path.join(outputDir, url, "index.html"), "utf8");
  const years = articles.map((a) => pageOf(a.url).match(/data-pagefind-filter="year:(\d{4})"/)![1]!);
  // The year with the most articles, so the order has something to show.
  const year = [...new Set(years)].sort((a, b) => years.filter((y) => y === b).length - years.filter((y) => y === a).length)[0]!;
  const opened = await open();
  const { page } = opened;
  try {
    await ready(page);
    const status = await announced(page, () => page.selectOption("#search-filter-year", year));
    assert.is(countIn(status), years.filter((y) => y === year).length, status);
    assert.match(status, new RegExp(` in ${year}\\.$`));
    const datetimes = await page.$$eval("#search-results time", (times) => times.map((t) => t.getAttribute("datetime") ?? ""));
    assert.ok(datetimes.every((d) => d.startsWith(year)), datetimes.join(", "));
    const newestFirst = [...datetimes].sort((a, b) => Date.parse(b) - Date.parse(a));
    assert.equal(datetimes, newestFirst, "newest first");
    // An author, with the year cleared: each result has them in its byline.
    const author = pageOf(articles[0]!.url).match(/data-pagefind-filter="author:([^"]+)"/)![1]!;
    await page.selectOption("#search-filter-year", "");
    const byAuthor = await announced(page, () => page.selectOption("#search-filter-author", author));
    assert.match(byAuthor, new RegExp(`^\\d+ results? in ${escapeRegExp(author)}\\.$`));
    for (const url of await resultLinks(page)) assert.ok(pageOf(url).includes(`data-pagefind-filter="author:${author}"`), `${url} is by ${author}`);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("a word found only in a draft or a scheduled article returns nothing", async () => {
  const unpublished = unpublishedBodies("content/news");
  for (const state of ["draft", "scheduled"]) assert.ok(unpublished.some((a) => a.state === state), `the sample has a ${state} article`);
  const published = articles.map((a) => a.text);
  const opened = await open();
  try {
    await ready(opened.page);
    for (const state of ["draft", "scheduled"]) {
      const picked = unpublished.filter((a) => a.state === state).map((a) => ({ ...a, word: uniqueWord(a.body, published) })).find((a) => a.word);
      const { file, word } = required(picked, `no ${state} article has a word that no published article has`);
      assert.is(await searchFor(opened.page, word!), `No results for “${word}”. Try fewer or other words.`, `${file} (${state}): “${word}”`);
      assert.equal(await resultLinks(opened.page), []);
    }
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("a hostile headline and byline stay text in results and filters, and nothing runs", async () => {
  const opened = await open("/search/", "/", {}, hostileSite());
  try {
    await ready(opened.page);
    const authors = await opened.page.$$eval("#search-filter-author option", (options) => options.map((o) => o.textContent));
    assert.ok(authors.includes(`Ana ${HOSTILE} (1)`), JSON.stringify(authors));
    assert.match(await searchFor(opened.page, "hostile"), /^1 result for “hostile”\.$/);
    const shown = await opened.page.$eval("#search-results li", (li) => ({ title: li.querySelector("h2")?.textContent, elements: li.querySelectorAll("*").length }));
    assert.is(shown.title, HOSTILE);
    // li, h2, a, p, time, p and its marks: no element came from the headline's text.
    assert.ok(shown.elements <= 8, `${shown.elements} elements in the result`);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("a query with no hit says so", async () => {
  const opened = await open();
  try {
    await ready(opened.page);
    assert.is(await searchFor(opened.page, "qzxvkjwb"), "No results for “qzxvkjwb”. Try fewer or other words.");
    assert.equal(await resultLinks(opened.page), []);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("a lifted pull quote's hidden copy is not indexed: its words count once", async () => {
  const { outputDir } = (await site()).built;
  let found: { url: string; word: string } | undefined;
  for (const article of articles) {
    const html = fs.readFileSync(path.join(outputDir, article.url, "index.html"), "utf8");
    const copies = [...html.matchAll(/<figure class="pull-quote[^"]*"[^>]*aria-hidden="true">([\s\S]*?)<\/figure>/g)].map((m) => articleText(`<article class="article">${m[1]}</article>`));
    const others = articles.filter((a) => a !== article).map((a) => a.text);
    // A word the quote holds that the article has once more, in its text, and no other article has.
    const word = copies.flatMap((copy) => wordsOf(copy)).find((w) => article.text.split(w.slice(0, -3)).length - 1 === 2 && others.every((o) => !o.includes(w.slice(0, -3))));
    if (word) found = { url: article.url, word };
    if (found) break;
  }
  const { url, word } = required(found, "no article with a lifted pull quote and a word of its own in it");
  const opened = await open();
  try {
    await ready(opened.page);
    const hits = await opened.page.evaluate(async (w) => {
      const pagefind = await import(new URL("/pagefind/pagefind.js", location.href).href);
      const search = await pagefind.search(w);
      return Promise.all(search.results.map(async (r: any) => ({ url: (await r.data()).url, locations: (await r.data()).locations.length })));
    }, word);
    assert.equal(hits, [{ url, locations: 1 }], `“${word}” is in ${url} twice, once in an aria-hidden copy`);
  } finally {
    await opened.close();
  }
});

register("keyboard: the box, the filters and the results are reached with Tab; the count is a live region", async () => {
  const { article, word } = articleWithUniqueWord();
  const opened = await open();
  const { page } = opened;
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute("href") || document.activeElement?.tagName);
  try {
    await ready(page);
    assert.is(await page.getAttribute("#search-status", "role"), "status");
    let steps = 0;
    while ((await focused()) !== "search-query" && steps++ < 20) await page.keyboard.press("Tab");
    assert.is(await focused(), "search-query", "Tab reaches the search box");
    // Typing alone searches, after a pause.
    assert.is(await announced(page, () => page.keyboard.type(word)), `1 result for “${word}”.`);
    const reached: unknown[] = [];
    for (let i = 0; i < 6 && reached.at(-1) !== article.url; i++) {
      await page.keyboard.press("Tab");
      reached.push(await focused());
    }
    assert.equal(reached, ["BUTTON", "search-filter-topic", "search-filter-author", "search-filter-year", article.url]);
    await Promise.all([page.waitForURL((u) => u.pathname === article.url), page.keyboard.press("Enter")]);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("under a path prefix, the bundle loads and results link inside the prefix", async () => {
  const { article, word } = articleWithUniqueWord();
  const opened = await open("/search/", "/newsroom/");
  try {
    await ready(opened.page);
    assert.is(await searchFor(opened.page, word), `1 result for “${word}”.`);
    const [first] = await resultLinks(opened.page);
    assert.is(first, `/newsroom${article.url}`);
    const response = await opened.page.goto(new URL(first!, opened.page.url()).href);
    assert.is(response?.status(), 200);
    await expectClean(opened);
  } finally {
    await opened.close();
  }
});

register("without JavaScript the form stays hidden and a note says why, with ways to browse", async () => {
  const opened = await open("/search/", "/", { javaScriptEnabled: false });
  try {
    assert.not.ok(await opened.page.isVisible("#search-form"), "the form is hidden");
    const note = await opened.page.innerHTML("noscript");
    assert.match(note ?? "", /needs JavaScript/);
    assert.match(note ?? "", /href="\/news\/"/);
  } finally {
    await opened.close();
  }
});

for (const look of LOOKS) {
  register(`the search page with results passes axe (WCAG 2.2 AA) — ${lookName(look)}`, async () => {
    const { word } = articleWithUniqueWord();
    const opened = await open("/search/", "/", { viewport: { width: look.width, height: 900 }, colorScheme: look.scheme });
    try {
      await ready(opened.page);
      await searchFor(opened.page, word);
      // Evaluated through the debugger protocol, which the page's CSP does not govern.
      await opened.page.evaluate(axeSource);
      const results = (await opened.page.evaluate(
        (tags) => (globalThis as any).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
        AXE_TAGS,
      )) as AxeResults;
      const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(" ")}`));
      assert.equal(found, [], `axe on /search/ (${lookName(look)})`);
      await expectClean(opened);
    } finally {
      await opened.close();
    }
  });
}

done();
Search.run();
