// Sets up the adopter fixture site in a temporary folder with Eleventy and the packed plugin from npm, and builds it.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NPM_FLAGS, npmAsync, removeOnExit } from "./pack-plugin.ts";

const HERE = path.dirname(new URL(import.meta.url).pathname);
/** The stock-blog fixture: what an adopter's repository holds. */
export const SITE_FIXTURE = path.join(HERE, "site");
/** Posts with mistakes on purpose, copied into the site's blog for the failing build. */
export const BROKEN_FIXTURE = path.join(HERE, "broken");

/** One installed copy of the fixture site. */
export interface AdopterSite {
  dir: string;
  /** The Eleventy version npm installed. */
  eleventyVersion: string;
}

/**
 * Copies the fixture site to a temporary folder and installs, from the npm registry, Eleventy at
 * `eleventyRange` and the plugin from `tarball` (the packed package, never the sources).
 */
export async function installSite(eleventyRange: string, tarball: string): Promise<AdopterSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-adopter-"));
  removeOnExit(dir);
  fs.cpSync(SITE_FIXTURE, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "harbour-notes", private: true, type: "module" }, null, 2));
  await npmAsync(dir, ["install", ...NPM_FLAGS, `@11ty/eleventy@${eleventyRange}`, tarball]);
  const eleventy = JSON.parse(fs.readFileSync(path.join(dir, "node_modules/@11ty/eleventy/package.json"), "utf8"));
  return { dir, eleventyVersion: eleventy.version };
}

/** Every installed copy of `name` in the site's tree: its paths and versions. */
export function installedCopies(dir: string, name: string): string[] {
  const found: string[] = [];
  const walk = (modules: string) => {
    if (!fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules)) {
      const scoped = entry.startsWith("@") ? fs.readdirSync(path.join(modules, entry)).map((e) => `${entry}/${e}`) : [entry];
      for (const pkg of scoped) {
        const at = path.join(modules, pkg);
        if (pkg === name) found.push(`${path.relative(dir, at)}@${JSON.parse(fs.readFileSync(path.join(at, "package.json"), "utf8")).version}`);
        walk(path.join(at, "node_modules"));
      }
    }
  };
  walk(path.join(dir, "node_modules"));
  return found;
}

/** What one Eleventy run printed and whether it succeeded. */
export interface BuildRun {
  ok: boolean;
  /** stdout and stderr together, colours off. */
  output: string;
  outputDir: string;
}

/** Runs the site's own Eleventy CLI (as `npx @11ty/eleventy` would) into `output`. */
export function buildSite(site: AdopterSite, output = "_site"): Promise<BuildRun> {
  const cli = path.join(site.dir, "node_modules/@11ty/eleventy/cmd.cjs");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, `--output=${output}`], {
      cwd: site.dir,
      env: { ...process.env, NODE_OPTIONS: "", FORCE_COLOR: "0", NO_COLOR: "1", DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ok: code === 0, output: text, outputDir: path.join(site.dir, output) }));
  });
}

/**
 * A second input folder: the site's content with the broken posts added to its blog, built into
 * `_site-broken` (the site's own content folder is left as it was).
 */
export async function buildBroken(site: AdopterSite): Promise<BuildRun> {
  const brokenSite: AdopterSite = { ...site, dir: fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-adopter-broken-")) };
  removeOnExit(brokenSite.dir);
  for (const entry of fs.readdirSync(site.dir)) {
    if (entry === "node_modules") fs.symlinkSync(path.join(site.dir, entry), path.join(brokenSite.dir, entry), "dir");
    else if (!entry.startsWith("_site")) fs.cpSync(path.join(site.dir, entry), path.join(brokenSite.dir, entry), { recursive: true });
  }
  fs.cpSync(path.join(BROKEN_FIXTURE, "blog"), path.join(brokenSite.dir, "content/blog"), { recursive: true });
  return buildSite(brokenSite, "_site-broken");
}

/** A built page's HTML by URL path (`/blog/regatta/`). */
export function page(run: BuildRun, url: string): string {
  return fs.readFileSync(path.join(run.outputDir, url, "index.html"), "utf8");
}
