// /admin/ in the production build: its page, its config, its script, and kept out of what readers and crawlers are given.
import * as fs from "node:fs";
import * as path from "node:path";
import yaml from "js-yaml";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { builtSite, type BuiltSite } from "../helpers/built-site.ts";
import { ARTICLE_FIELDS } from "../../src/front-matter/fields.ts";

const test = suite<{ site: BuiltSite }>("/admin/ in the build");
test.before(async (context) => {
  context.site = await builtSite();
});

const read = (site: BuiltSite, file: string) => fs.readFileSync(path.join(site.outputDir, file), "utf8");

test("the page: a main landmark and heading around Decap's root, noindex, its script and icon", ({ site }) => {
  const html = read(site, "admin/index.html");
  assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
  assert.match(html, /<main class="cms-admin">\n<h1 class="cms-visually-hidden">Editing The Newsdesk<\/h1>[\s\S]*<div id="nc-root"><\/div>\n<\/main>/);
  assert.match(html, /<script src="cms\.js" defer><\/script>/);
  assert.match(html, /<link rel="icon" href="[^"]+"/);
  assert.ok(fs.statSync(path.join(site.outputDir, "admin/cms.js")).size > 1_000_000, "the bundle is there");
});

test("config.yml lists every front-matter field and the body", ({ site }) => {
  const config = yaml.load(read(site, "admin/config.yml")) as { collections: { name: string; fields: { name: string }[] }[] };
  const articles = config.collections.find((c) => c.name === "articles")!;
  assert.equal(articles.fields.map((f) => f.name), [...ARTICLE_FIELDS, "body"]);
});

test("kept out of the sitemaps, feeds and search index", ({ site }) => {
  for (const file of ["sitemap.xml", "news-sitemap.xml", "feed.xml", "feed.json"]) {
    if (fs.existsSync(path.join(site.outputDir, file))) assert.not.match(read(site, file), /\/admin\//, file);
  }
  assert.not.match(read(site, "admin/index.html"), /data-pagefind-body/, "site search indexes only pages marked for it");
});

test.run();
