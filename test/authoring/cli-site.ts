// Test helper: runs `scripts/build.mjs` (what `npm run build` runs) on a temp site made of the
// real site's pages and layouts plus a fixture's articles, and returns what a person would see.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Exit status and everything printed (stdout and stderr interleaved as far as pipes allow). */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

// The site's input without its articles, as symlinks (their imports resolve from the repository), images copied.
function linkSitePages(from: string, to: string, relative = ""): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) linkSitePages(path.join(from, entry.name), path.join(to, entry.name), rel);
    // Images are copied: the build refuses an image whose real path leaves the input folder.
    else if (rel.startsWith("images/")) fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
    else if (!/^news\/.*\.md$/.test(rel)) fs.symlinkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/**
 * Builds `articles` (file name → Markdown, put in `content/news/`) with the CLI in a temp working
 * directory, so error paths read `content/news/x.md` as they do for a journalist.
 */
export function runBuild(articles: Record<string, string>, args: string[] = [], env: NodeJS.ProcessEnv = {}): CliRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-cli-"));
  try {
    fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module", "private": true }\n');
    linkSitePages(path.join(ROOT, "content"), path.join(dir, "content"));
    for (const [name, text] of Object.entries(articles)) fs.writeFileSync(path.join(dir, "content/news", name), text);
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "scripts/build.mjs"), `--config=${path.join(ROOT, "eleventy.config.ts")}`, `--output=${path.join(dir, "_site")}`, ...args],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 180_000,
        env: { ...process.env, FORCE_COLOR: "0", NEWSDESK_DEBUG: "", DEBUG: "", ...env },
      },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The Markdown files of a fixture folder, by name. */
export function readArticles(folder: string): Record<string, string> {
  const dir = fileURLToPath(new URL(folder, import.meta.url));
  return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
}
