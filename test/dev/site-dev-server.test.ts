// `npm start` on a copy of the real site (its config, layouts, sample articles, package.json's
// script): a mistake in an article shows the error page on that article's URL, naming it as the
// page's own file, an edit to an article is served — the articles are built by Newsdesk, not one
// template each — and the preview, drafts included, is written to .preview/, never to _site/.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { get, startDevServer, waitFor, type DevServer } from "./dev-server.ts";
import { readArticleFiles } from "../../src/articles/read-article-files.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { site } from "../../src/site.ts";
import { loadAuthorProfiles, staffBySlug } from "../../src/collections/authors-file.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE_PARTS = ["content", "layouts", "src", "scripts", "plugins/newsdesk", "eleventy.config.ts", "package.json", "tsconfig.json"];

/** A copy of the site's own files (no .git, no _site), with the repository's node_modules linked in. */
function siteCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-site-"));
  for (const part of SITE_PARTS) {
    fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true, filter: (from) => !/[\\/](dist|node_modules)$/.test(from) });
  }
  return dir;
}

async function pageContaining(server: DevServer, pathname: string, text: string) {
  return waitFor(`${pathname} to contain ${text}\n${server.output().slice(-2000)}`, async () => {
    const page = await get(server.origin, pathname);
    return page.body.includes(text) ? page : undefined;
  }, 60_000);
}

const dev = suite<{ server: DevServer; copy: string; url: string; file: string; draftUrl: string; staffSlug: string }>("npm start on the site");

dev.before(async (ctx) => {
  ctx.copy = siteCopy();
  const linkModules = (dir: string) => fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  ctx.server = await startDevServer(ctx.copy, linkModules, { npmStart: true });
  // An article of the sample site and its URL, as the build computes them.
  const loaded = loadArticles(readArticleFiles(path.join(ctx.server.dir, "content")), { zone: site.timeZone, now: Date.now(), devMode: true, render: async () => ({ html: "", words: 0 }), staff: staffBySlug(loadAuthorProfiles(path.join(ctx.server.dir, "content")).profiles) });
  const article = loaded.articles.find((a) => a.data.draft !== true)!;
  ctx.url = article.url;
  ctx.staffSlug = article.data.authors!.find((a) => a.slug)!.slug!;
  ctx.draftUrl = loaded.articles.find((a) => a.data.draft === true)!.url;
  ctx.file = path.join(ctx.server.dir, "content/news", `${article.fileSlug}.md`);
});

dev.after(async (ctx) => {
  await ctx.server?.stop();
  if (ctx.copy) fs.rmSync(ctx.copy, { recursive: true, force: true });
});

dev("writes the preview, drafts included, to .preview/ and nothing to _site/", async ({ server, draftUrl }) => {
  await pageContaining(server, draftUrl, '<article class="article"');
  assert.ok(fs.existsSync(path.join(server.dir, ".preview", draftUrl, "index.html")), "the draft is in .preview/");
  assert.not.ok(fs.existsSync(path.join(server.dir, "_site")), "no _site/ folder");
  assert.match(server.output(), /Server at http:\/\/127\.0\.0\.1:\d+\//);
});

dev("serves an article and picks up an edit to it", async ({ server, url, file }) => {
  await pageContaining(server, url, '<article class="article"');
  fs.appendFileSync(file, "\nA line written while previewing.\n");
  await pageContaining(server, url, "A line written while previewing.");
});

dev("a mistake in the article shows the error page at its URL, as the page's own file", async ({ server, url, file }) => {
  const original = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, `${original}\n:::pullqoute\nWords.\n:::\n`);
  const page = await pageContaining(server, url, "nd-error-page");
  assert.is(page.status, 500);
  const shown = path.relative(server.dir, file).replace(/\\/g, "/");
  assert.match(page.body, `<code class="nd-where">${shown}:`);
  assert.match(page.body, "(this page)");
  fs.writeFileSync(file, original);
  const fixed = await pageContaining(server, url, '<article class="article"');
  assert.is(fixed.status, 200);
});

dev("a profile saved in content/authors.json reaches the article's byline", async ({ server, url, staffSlug }) => {
  await pageContaining(server, url, '<article class="article"');
  const file = path.join(server.dir, "content/authors.json");
  const staff = JSON.parse(fs.readFileSync(file, "utf8")) as { slug: string; role?: string }[];
  staff.find((profile) => profile.slug === staffSlug)!.role = "Weekend desk editor";
  fs.writeFileSync(file, JSON.stringify(staff, null, 2));
  await pageContaining(server, url, '<span class="byline__role">, Weekend desk editor</span>');
});

dev.run();
