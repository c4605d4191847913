// The render worker's TypeScript as one JavaScript file, so the worker starts without tsx.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { esbuildVersion, tsconfigAbove, unchangedBundle, writeAtomically, writeManifest } from "../build/bundle-cache.mjs";

const require = createRequire(import.meta.url);

/**
 * Bundles `entry` (a TypeScript module and every module of ours it imports; packages stay
 * imports) with esbuild into `cacheDir`, named by the hash of its code, and returns the file's
 * URL. Without it a worker registers tsx's module hooks itself: one more thread and isolate,
 * and every import of the worker passing through them.
 *
 * Bundling runs on the build's main thread, so a manifest beside the bundle lists the files
 * it was made from (src/build/bundle-cache.mjs), and while none of them changed the bundle is used
 * as it is (a few `stat`s). `cacheDir` must sit inside the project (`node_modules/.cache/…`), so
 * the bundle's package imports resolve as its sources' do.
 */
export function bundleWorker(entry: URL, cacheDir: URL): URL {
  const dir = fileURLToPath(cacheDir);
  const name = path.basename(fileURLToPath(entry)).replace(/\.[cm]?[jt]s$/, "");
  // One manifest per entry file: checkouts that share a node_modules (worktrees, bench:ab) must
  // never take each other's bundle for their own.
  const entryKey = createHash("sha256").update(fileURLToPath(entry)).digest("hex").slice(0, 12);
  const manifestFile = path.join(dir, `${name}-${entryKey}.inputs.json`);
  const version = esbuildVersion();
  const cached = unchangedBundle(manifestFile, version);
  if (cached) return pathToFileURL(cached);

  const { buildSync } = require("esbuild") as typeof import("esbuild");
  const { outputFiles, metafile } = buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
  });
  const code = outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = path.join(dir, `${name}-${hash}.mjs`);
  if (!fs.existsSync(file)) {
    writeAtomically(file, code);
    pruneOldBundles(dir, name, file);
  }
  // esbuild names inputs relative to its working directory. This file too: a change to how the
  // bundle is made makes it again.
  const inputs = [...Object.keys(metafile.inputs).map((input) => path.resolve(input)), ...tsconfigAbove(path.dirname(fileURLToPath(entry))), fileURLToPath(import.meta.url)];
  writeManifest(manifestFile, file, version, inputs);
  return pathToFileURL(file);
}

/** Worker bundles kept besides the newest: builds of other checkouts may still use them. */
export const KEEP_WORKER_BUNDLES = 4;

/**
 * Deletes `name-<hash>.mjs` bundles but `current` and the {@link KEEP_WORKER_BUNDLES} newest,
 * never one written in the last ten minutes (a build running at once may be starting its worker on it).
 */
function pruneOldBundles(dir: string, name: string, current: string): void {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-[0-9a-f]{16}\\.mjs$`);
  const now = Date.now();
  const old = fs
    .readdirSync(dir)
    .filter((entry) => pattern.test(entry))
    .map((entry) => path.join(dir, entry))
    .filter((file) => file !== current)
    .map((file) => ({ file, time: fs.statSync(file).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file, time } of old.slice(KEEP_WORKER_BUNDLES)) {
    if (now - time > 10 * 60_000) fs.rmSync(file, { force: true });
  }
}
