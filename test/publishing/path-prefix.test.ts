// The sample site built with --pathprefix=/newsroom/, served under that prefix over loopback and
// crawled over HTTP from the home page, feeds, sitemaps and robots.txt: every link must answer 200.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { site as settings } from "../../src/site.ts";
import { builtSite, type BuiltSite } from "../helpers/built-site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { decodeEntities, findUrls } from "../quality/internal-links.ts";
import { parseXml } from "./xml.ts";

const PREFIX = "/newsroom/";
const PUBLIC = `${settings.url}${PREFIX}`;

interface Context {
  built: BuiltSite;
  server: StaticServer;
  /** Crawl result: URL → HTTP status, and URLs that escaped the prefix, with where they were found. */
  status: Map<string, number>;
  escaped: string[];
  bodies: Map<string, string>;
}

const test = suite<Context>("path prefix /newsroom/ (served and crawled)");

/** URLs a feed or sitemap names, and the URLs inside the HTML it carries. */
function urlsInDocument(url: string, text: string): string[] {
  if (url.endsWith(".json")) {
    const feed = JSON.parse(text);
    const found = [feed.home_page_url, feed.feed_url, feed.icon];
    for (const item of feed.items ?? []) {
      found.push(item.url, item.image, ...findUrls(item.content_html, settings.url).map((f) => f.url));
    }
    return found.filter(Boolean);
  }
  if (url.endsWith("robots.txt")) return [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
  const doc = parseXml(text);
  if (doc.urlset) return (doc.urlset.url ?? []).map((u: any) => u.loc);
  const feed = doc.feed;
  const found: string[] = [feed.id, feed.icon, ...feed.link.map((l: any) => l["@href"])];
  for (const entry of feed.entry ?? []) {
    found.push(entry.id, ...entry.link.map((l: any) => l["@href"]));
    found.push(...findUrls(entry.content["#text"], settings.url).map((f) => f.url));
  }
  return found;
}

test.before(async (context) => {
  // uvu reports a failing hook without its error: print it.
  await crawl(context).catch((error) => {
    console.error("path-prefix crawl failed:", error);
    throw error;
  });
});

async function crawl(context: Context): Promise<void> {
  context.built = await builtSite(PREFIX);
  context.server = await serve(context.built.outputDir, PREFIX);
  context.status = new Map();
  context.bodies = new Map();
  context.escaped = [];
  const toServer = (url: string, base: string): string | undefined => {
    if (url.startsWith(`${settings.url}/`)) {
      if (!url.startsWith(PUBLIC)) {
        context.escaped.push(`${url} (on ${base})`);
        return undefined;
      }
      url = url.slice(settings.url.length);
    }
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined; // another site
    const absolute = new URL(url, base);
    if (!absolute.pathname.startsWith(PREFIX)) context.escaped.push(`${url} (on ${base})`);
    absolute.hash = "";
    return absolute.href;
  };
  const queue = ["/", "feed.xml", "feed.json", "sitemap.xml", "news-sitemap.xml", "robots.txt"].map((p) => context.server.url(p));
  while (queue.length) {
    const url = queue.shift() as string;
    if (context.status.has(url)) continue;
    const response = await fetch(url, { redirect: "manual" });
    context.status.set(url, response.status);
    const type = response.headers.get("content-type") ?? "";
    // Scripts (site search's) and stylesheets hold no links to follow: only that they answer 200.
    if (response.status !== 200 || /^image\//.test(type) || /css|javascript/.test(type)) {
      await response.arrayBuffer();
      continue;
    }
    const text = await response.text();
    context.bodies.set(url, text);
    const found = type.startsWith("text/html")
      ? findUrls(text, settings.url).map((f) => f.url)
      : urlsInDocument(url, text);
    for (const link of found) {
      const next = toServer(decodeEntities(link), url);
      if (next && !context.status.has(next)) queue.push(next);
    }
  }
}

test.after(async (context) => {
  await context.server?.close();
});

test("every link, asset, feed and sitemap URL answers 200 under the prefix", ({ status }) => {
  const broken = [...status].filter(([, code]) => code !== 200).map(([url, code]) => `${code} ${url}`);
  assert.equal(broken, []);
  const urls = [...status.keys()];
  assert.ok(urls.length > 60, `the crawl reached ${urls.length} URLs`);
  assert.ok(urls.some((u) => /\/newsroom\/img\/.+\.avif$/.test(u)), "srcset images were followed");
  assert.ok(urls.some((u) => /\/newsroom\/topics\/[^/]+\/feed\.json$/.test(u)), "topic feeds were followed");
  assert.ok(urls.some((u) => u.endsWith("/newsroom/assets/site.css")), "the stylesheet was followed");
});

test("no URL anywhere leaves the prefix", ({ escaped }) => {
  assert.equal(escaped, []);
});

test("canonical, Open Graph, JSON-LD, feeds and robots.txt carry the prefix in absolute URLs", ({ bodies, server }) => {
  const home = bodies.get(server.url("/")) as string;
  assert.match(home, `<link rel="canonical" href="${PUBLIC}">`);
  assert.match(home, `<link rel="alternate" type="application/atom+xml" href="/newsroom/feed.xml"`);
  assert.match(home, `"url":"${PUBLIC}"`);
  const atom = parseXml(bodies.get(server.url("feed.xml")) as string).feed;
  assert.is(atom.id, `${PUBLIC}feed.xml`);
  assert.ok(atom.entry.every((e: any) => e.id.startsWith(`${PUBLIC}news/`)));
  const json = JSON.parse(bodies.get(server.url("feed.json")) as string);
  assert.is(json.feed_url, `${PUBLIC}feed.json`);
  const sitemap = parseXml(bodies.get(server.url("sitemap.xml")) as string).urlset.url;
  assert.ok(sitemap.length > 10 && sitemap.every((u: any) => u.loc.startsWith(PUBLIC)));
  assert.match(bodies.get(server.url("robots.txt")) as string, `Sitemap: ${PUBLIC}sitemap.xml`);
});

test.run();
