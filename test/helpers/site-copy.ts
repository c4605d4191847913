// A copy of the site outside this repository, as an adopter would have it, built with `npm run build`'s command.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./built-site.ts";

/**
 * A new folder in the temp dir holding `content/` with the site's pages, images and data linked in
 * (a linked template's imports resolve from the repository) and an empty `content/news/` for the
 * test's articles. Removed when the process exits.
 */
export function siteCopy(prefix = "newsdesk-copy-"): string {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.once("exit", () => fs.rmSync(project, { recursive: true, force: true }));
  const content = path.join(project, "content");
  fs.mkdirSync(path.join(content, "news"), { recursive: true });
  for (const entry of fs.readdirSync(path.join(repoRoot, "content"))) {
    if (entry !== "news") fs.symlinkSync(path.join(repoRoot, "content", entry), path.join(content, entry));
  }
  return project;
}

/** `npm run build`'s command (package.json's `build` script), run from `project` with `args`. */
export function buildCopy(project: string, args: string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(repoRoot, "scripts/build.mjs"), `--config=${path.join(repoRoot, "eleventy.config.ts")}`, "--quiet", ...args], {
    cwd: project,
    encoding: "utf8",
  });
}
