// Issue 9: time from saving an article to the refreshed preview in `npm start`, on a generated
// archive (default 4,000 articles) — and whether the preview stays right (previous/next links,
// section front) when a title or date changes. `--with-incremental` adds a run with Eleventy's
// --incremental for comparison (`--incremental-only` runs just that).
// CLI: `tsx bench/preview-latency.ts [articles] [--with-incremental|--incremental-only]`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot, writeArchive } from "./generate-archive.ts";
import { freePort, get, waitFor } from "../test/dev/dev-server.ts";
import { parseDate } from "../src/dates/parse-date.ts";
import { articleUrl } from "../src/permalinks/article-url.ts";
import { site } from "../src/site.ts";

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 4000);
const modes = process.argv.includes("--incremental-only") ? [true] : process.argv.includes("--with-incremental") ? [false, true] : [false];
const EDITS = 3;

interface Server {
  origin: string;
  log(): string;
  stop(): Promise<void>;
}

async function startServer(input: string, output: string, incremental: boolean): Promise<Server> {
  const port = await freePort();
  const args = [path.join(repoRoot, "bench/preview-latency.ts"), "--serve-archive", input, output, String(port)];
  if (incremental) args.push("--incremental");
  const child = spawn(path.join(repoRoot, "node_modules/.bin/tsx"), args, { cwd: repoRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (c: Buffer) => (log += c));
  child.stderr.on("data", (c: Buffer) => (log += c));
  const server: Server = {
    origin: `http://localhost:${port}`,
    log: () => log,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* gone */
      }
      const timer = setTimeout(() => { try { process.kill(-child.pid!, "SIGKILL"); } catch { /* gone */ } }, 3000);
      await exited;
      clearTimeout(timer);
    },
  };
  await waitFor("the first build", async () => {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log}`);
    return (await get(server.origin, "/news/")).status === 200 ? true : undefined;
  }, 600_000);
  return server;
}

/** URL → file of every article, computed as the site does. */
function articleFiles(newsDir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of fs.readdirSync(newsDir).filter((f) => f.endsWith(".md"))) {
    const text = fs.readFileSync(path.join(newsDir, name), "utf8");
    const title = JSON.parse(/^title: (.*)$/m.exec(text)?.[1] ?? '""') as string;
    const date = parseDate(/^date: (.*)$/m.exec(text)?.[1]?.replace(/^"|"$/g, ""), site.timeZone);
    const slug = /^slug: (.*)$/m.exec(text)?.[1];
    if (date.ok) map.set(articleUrl({ date: date.date.toJSDate(), title, slug }, site.timeZone), path.join(newsDir, name));
  }
  return map;
}

const href = (html: string, rel: string) => new RegExp(`href="([^"]+)" rel="${rel}"`).exec(html)?.[1];
const firstArticleOnFront = (html: string) => /href="(\/news\/\d{4}\/[^"]+)"/.exec(html)?.[1];

/** Milliseconds until `url` serves `text`, or NaN when it has not after a minute (reported, not thrown). */
async function timeUntil(server: Server, url: string, text: string): Promise<number> {
  const started = performance.now();
  try {
    await waitFor(`${url} to show ${text}`, async () => ((await get(server.origin, url)).body.includes(text) ? true : undefined), 60_000);
  } catch {
    console.log(`  ${url} did not show the change within 60 s; server log ends:\n${server.log().slice(-600)}`);
    return Number.NaN;
  }
  return performance.now() - started;
}

/**
 * Child mode: `npm start`'s Eleventy (serve mode, the site's config) over an archive in the
 * git-ignored bench/.archive/, so Git's ignore rules are switched off (as test/helpers does).
 * The archive must be under the working directory: Eleventy applies directory data files (the
 * article pages of news/articles.11tydata.ts) only there, and its watcher misreports paths outside it.
 */
async function serveArchive(input: string, output: string, port: string, incremental: boolean): Promise<void> {
  const { default: Eleventy } = await import("@11ty/eleventy");
  const elev = new Eleventy(input, output, {
    configPath: "eleventy.config.ts",
    quietMode: true,
    runMode: "serve",
    config: (config) => config.setUseGitIgnore(false),
  }) as unknown as { init(): Promise<void>; setIncrementalBuild(v: boolean): void; watch(): Promise<void>; serve(port: string): Promise<void> };
  await elev.init();
  if (incremental) elev.setIncrementalBuild(true);
  await elev.watch();
  await elev.serve(port);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function run(incremental: boolean): Promise<void> {
  fs.mkdirSync(path.join(repoRoot, "bench/.archive"), { recursive: true });
  const work = fs.mkdtempSync(path.join(repoRoot, "bench/.archive/preview-"));
  const archive = writeArchive(path.join(work, "archive"), count);
  const newsDir = path.join(archive.siteInput, "news");
  const files = articleFiles(newsDir);
  const label = incremental ? "--incremental" : "npm start";
  const started = performance.now();
  const server = await startServer(path.relative(repoRoot, archive.siteInput), path.join(work, "out"), incremental);
  console.log(`${label}: first build of ${count} articles served after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    // Body edits: the saved article's own page.
    const urls = [...files.keys()].filter((_, i) => i % Math.floor(files.size / EDITS) === 0).slice(0, EDITS);
    const times: number[] = [];
    for (const [i, url] of urls.entries()) {
      const marker = `Preview marker ${i} ${Date.now()}.`;
      fs.appendFileSync(files.get(url)!, `\n${marker}\n`);
      times.push(await timeUntil(server, url, marker));
    }
    console.log(`${label}: body edit → page served: ${times.map((t) => Math.round(t)).join(", ")} ms (median ${Math.round(median(times))} ms)`);

    // Title change of the newest article on the front: its own page, its previous article's
    // "next" link and the front must all show the new title.
    const front = (await get(server.origin, "/news/")).body;
    const target = firstArticleOnFront(front)!;
    const page = (await get(server.origin, target)).body;
    const previous = href(page, "prev");
    const file = files.get(target)!;
    const newTitle = `Renamed for the preview benchmark ${Date.now()}`;
    const source = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, source.replace(/^title: .*$/m, `title: ${JSON.stringify(newTitle)}`));
    const newUrl = target.replace(/[^/]+\/$/, `${newTitle.toLowerCase().replace(/ /g, "-")}/`);
    const ownMs = await timeUntil(server, newUrl, newTitle);
    await new Promise((r) => setTimeout(r, incremental ? 3000 : 0)); // let anything else finish
    const prevPage = previous ? (await get(server.origin, previous)).body : "";
    const frontAfter = (await get(server.origin, "/news/")).body;
    console.log(`${label}: title change → own page ${Math.round(ownMs)} ms; previous article's next link updated: ${prevPage.includes(newTitle)}; section front updated: ${frontAfter.includes(newTitle)}`);

    // Date change: move that article far back; its old neighbour must stop linking to it.
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^date: .*$/m, "date: 2011-01-01 12:00"));
    const movedUrl = `/news/2011/01/01/${newUrl.split("/").at(-2)}/`;
    const moveMs = await timeUntil(server, movedUrl, newTitle);
    await new Promise((r) => setTimeout(r, incremental ? 3000 : 0));
    const prevAfterMove = previous ? (await get(server.origin, previous)).body : "";
    const stillLinked = [target, newUrl].includes(href(prevAfterMove, "next") ?? "");
    const frontAfterMove = (await get(server.origin, "/news/")).body;
    console.log(`${label}: date change → moved page ${Math.round(moveMs)} ms; old neighbour stopped linking to it: ${!stillLinked}; front dropped it: ${firstArticleOnFront(frontAfterMove) !== newUrl && !frontAfterMove.includes(newTitle)}`);
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const serveAt = process.argv.indexOf("--serve-archive");
if (serveAt > 0) {
  const [input, output, port] = process.argv.slice(serveAt + 1);
  await serveArchive(input!, output!, port!, process.argv.includes("--incremental"));
} else {
  for (const incremental of modes) await run(incremental);
}
