// Packs eleventy-plugin-newsdesk as its publisher would: a copy of the package folder alone, `npm install`, `npm pack`.
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The package's folder in this repository. */
export const PLUGIN_DIR = path.resolve("plugins/newsdesk");

/** Flags that keep npm quiet and off the network when its cache already has a package. */
export const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

/** Runs npm in `cwd`; its output is returned, and printed with the command when it fails. */
export function npm(cwd: string, args: string[]): string {
  try {
    return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`npm ${args.join(" ")}\` failed in ${cwd}:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** `npm` without blocking the event loop, so several installs or builds can run side by side. */
export function npmAsync(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("npm", args, { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`\`npm ${args.join(" ")}\` failed in ${cwd}:\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

/** What `packPlugin` leaves behind. */
export interface PackedPlugin {
  /** The folder holding the copy and the tarball; remove it when done. */
  root: string;
  /** The copy of the package folder (with its own node_modules after `npm install`). */
  copy: string;
  /** The `.tgz` that `npm pack` wrote. */
  tarball: string;
}

/**
 * Copies the package folder (without `node_modules` and `dist`) outside the repository, so
 * nothing of the repository's own `node_modules` can help, then installs and packs it there.
 */
export function packPlugin(): PackedPlugin {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-pack-"));
  const copy = path.join(root, "eleventy-plugin-newsdesk");
  fs.cpSync(PLUGIN_DIR, copy, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  });
  npm(copy, ["install", ...NPM_FLAGS]);
  const out = npm(copy, ["pack", "--json", "--pack-destination", root, ...NPM_FLAGS]);
  const [{ filename }] = JSON.parse(out.slice(out.indexOf("["))) as [{ filename: string }];
  return { root, copy, tarball: path.join(root, filename) };
}

/** The paths inside a tarball (without npm's `package/` prefix). */
export function tarballFiles(tarball: string): string[] {
  return execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ""))
    .sort();
}

// Folders to remove when the process exits: one listener for all of them.
const leftovers = new Set<string>();

/** Removes `dir` (recursively) when the test process exits. */
export function removeOnExit(dir: string): void {
  if (!leftovers.size) process.once("exit", () => leftovers.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  leftovers.add(dir);
}

let shared: PackedPlugin | undefined;

/**
 * One packed tarball for every test file of a run (packing compiles the package), removed when
 * the process exits.
 */
export function sharedPackedPlugin(): PackedPlugin {
  if (!shared) {
    shared = packPlugin();
    removeOnExit(shared.root);
  }
  return shared;
}
