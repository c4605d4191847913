// `npm start` on the real site config: after saving one article, a rebuild renders only the pages
// that change — and those it renders are right (issue 9): previous/next links, section fronts,
// and problems of articles it did not render again.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot, writeArchive } from "../../bench/generate-archive.ts";
import { freePort, get, waitFor } from "./dev-server.ts";
import { readArticleFiles } from "../../src/articles/read-article-files.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import type { ArticleItem } from "../../src/articles/article-item.ts";
import { sortArticles } from "../../src/collections/sort-articles.ts";
import { site } from "../../src/site.ts";
import { loadAuthorProfiles, staffBySlug } from "../../src/collections/authors-file.ts";

interface Context {
  child: ChildProcess;
  origin: string;
  log: () => string;
  work: string;
  output: string;
  /** The archive's articles, oldest first (the site's order). */
  articles: ArticleItem[];
  inputDir: string;
}

const TSX = path.join(repoRoot, "node_modules/.bin/tsx");
const fileOf = (ctx: Context, article: ArticleItem) => path.join(ctx.inputDir, "news", article.fileSlug + ".md");
const outputOf = (ctx: Context, url: string) => path.join(ctx.output, url, "index.html");
const mtime = (file: string) => fs.statSync(file).mtimeMs;

async function served(ctx: Context, url: string, text: string) {
  return waitFor(`${url} to contain ${text}\n${ctx.log().slice(-2000)}`, async () => {
    const page = await get(ctx.origin, url);
    return page.body.includes(text) ? page : undefined;
  }, 30_000);
}

async function written(ctx: Context, url: string, text: string) {
  return waitFor(`${url} to be written with ${text}`, async () => {
    try {
      return fs.readFileSync(outputOf(ctx, url), "utf8").includes(text) ? true : undefined;
    } catch {
      return undefined;
    }
  }, 30_000);
}

const dev = suite<Context>("npm start: rebuilds after saving an article");

dev.before(async (ctx) => {
  fs.mkdirSync(path.join(repoRoot, ".test-sites"), { recursive: true });
  ctx.work = fs.mkdtempSync(path.join(repoRoot, ".test-sites/fast-"));
  // Enough articles that the oldest are in no feed (a feed renders its articles' bodies again).
  const archive = writeArchive(path.join(ctx.work, "archive"), 300);
  ctx.inputDir = archive.siteInput;
  ctx.output = path.join(ctx.work, "out");
  const loaded = loadArticles(readArticleFiles(ctx.inputDir), { zone: site.timeZone, now: Date.now(), devMode: true, render: async () => ({ html: "", words: 0 }), staff: staffBySlug(loadAuthorProfiles(ctx.inputDir).profiles) });
  ctx.articles = sortArticles(loaded.articles.filter((a) => a.data.eleventyExcludeFromCollections !== true));
  const port = await freePort();
  ctx.origin = `http://localhost:${port}`;
  let log = "";
  ctx.log = () => log.replace(/\x1b\[[0-9;]*m/g, "");
  // The bench's serve mode: the site's config in `npm start`'s serve mode over the archive.
  ctx.child = spawn(TSX, [path.join(repoRoot, "bench/preview-latency.ts"), "--serve-archive", path.relative(repoRoot, ctx.inputDir), ctx.output, String(port)], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  ctx.child.stdout!.on("data", (c: Buffer) => (log += c));
  ctx.child.stderr!.on("data", (c: Buffer) => (log += c));
  await waitFor(`the first build\n${log}`, async () => {
    if (ctx.child.exitCode !== null) throw new Error(`server exited:\n${log}`);
    return (await get(ctx.origin, "/news/")).status === 200 ? true : undefined;
  }, 120_000);
  // Eleventy starts its file watcher after the first build, and chokidar can miss a save made
  // while it still scans the archive: prove the watcher live with one save of the oldest article
  // (repeated until Eleventy reports it, then its rebuild awaited) before any test saves.
  const probe = fileOf(ctx, ctx.articles[0]!);
  await waitFor(`the watcher to report a save\n${ctx.log().slice(-2000)}`, async () => {
    if (ctx.log().includes("File changed")) return true;
    fs.appendFileSync(probe, "\n");
    await new Promise((r) => setTimeout(r, 1000));
    return undefined;
  }, 60_000);
  await waitFor("the rebuild after that save", async () => {
    const log = ctx.log();
    return log.lastIndexOf(" Wrote ") > log.lastIndexOf("File changed") ? true : undefined;
  }, 60_000);
});

dev.after(async (ctx) => {
  if (ctx.child?.pid && ctx.child.exitCode === null) {
    const exited = new Promise((r) => ctx.child.once("exit", r));
    process.kill(-ctx.child.pid, "SIGTERM");
    await exited;
  }
  if (ctx.work) fs.rmSync(ctx.work, { recursive: true, force: true });
});

dev("a body edit rewrites that article's page and leaves unrelated pages as they were", async (ctx) => {
  const edited = ctx.articles[5]!;
  const unrelated = ctx.articles[30]!;
  const before = { unrelated: mtime(outputOf(ctx, unrelated.url)), front: mtime(outputOf(ctx, "/news/")) };
  fs.appendFileSync(fileOf(ctx, edited), "\nA sentence added in the preview.\n");
  await served(ctx, edited.url, "A sentence added in the preview.");
  assert.is(mtime(outputOf(ctx, unrelated.url)), before.unrelated, "an unrelated article page was not written again");
  assert.is(mtime(outputOf(ctx, "/news/")), before.front, "the section front (no teaser changed) was not written again");
});

dev("a new title reaches the article, its neighbour's next link and the section front", async (ctx) => {
  const newest = ctx.articles.at(-1)!;
  const previous = ctx.articles.at(-2)!;
  const title = "Renamed in the preview";
  const file = fileOf(ctx, newest);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, `title: "${title}"`));
  const moved = newest.url.replace(/[^/]+\/$/, "renamed-in-the-preview/");
  await served(ctx, moved, title);
  await served(ctx, previous.url, `rel="next"><span class="article-nav__direction">Next article</span> <span class="article-nav__title">${title}</span>`);
  await served(ctx, "/news/", `>${title}</a>`);
});

dev("a new date moves the article: its old neighbours stop linking to it", async (ctx) => {
  const article = ctx.articles[20]!;
  const [before, after] = [ctx.articles[19]!, ctx.articles[21]!];
  const file = fileOf(ctx, article);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^date: .*$/m, "date: 1999-01-01 12:00"));
  await served(ctx, `/news/1999/01/01/${article.url.split("/").at(-2)}/`, "Next article");
  await waitFor("the old neighbours to link to each other", async () => {
    const [b, a] = [await get(ctx.origin, before.url), await get(ctx.origin, after.url)];
    return b.body.includes(`href="${after.url}" rel="next"`) && a.body.includes(`href="${before.url}" rel="prev"`) ? true : undefined;
  }, 30_000);
});

dev("a mistake in one article is still reported after another article is saved", async (ctx) => {
  const broken = ctx.articles[2]!;
  const other = ctx.articles[4]!;
  const brokenFile = fileOf(ctx, broken);
  const shown = path.relative(repoRoot, brokenFile).replace(/\\/g, "/");
  const original = fs.readFileSync(brokenFile, "utf8");
  // The build's report after the next rebuild for `file`: the log from its new "File changed" line on.
  const changedLine = (file: string) => `File changed: ./${path.relative(repoRoot, file).replace(/\\/g, "/")}`;
  const rebuilds = (file: string) => ctx.log().split(changedLine(file)).length - 1;
  const save = async (file: string, write: () => void) => {
    const seen = rebuilds(file);
    write();
    return waitFor(`a finished rebuild after ${file}`, async () => {
      const log = ctx.log();
      if (rebuilds(file) <= seen) return undefined;
      const rest = log.slice(log.lastIndexOf(changedLine(file)));
      return /Wrote \d+ files/.test(rest) ? rest : undefined;
    }, 30_000);
  };

  assert.match(await save(brokenFile, () => fs.writeFileSync(brokenFile, `${original}\n:::bogus\n`)), `${shown}:`);
  const report = await save(fileOf(ctx, other), () => fs.appendFileSync(fileOf(ctx, other), "\nAnother saved sentence.\n"));
  await written(ctx, other.url, "Another saved sentence.");
  assert.match(report, new RegExp(`${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+: unknown directive`), "the unchanged broken article is still in the report");
  assert.not.match(await save(brokenFile, () => fs.writeFileSync(brokenFile, original)), "unknown directive", "fixed: nothing left to report");
});

dev.run();
