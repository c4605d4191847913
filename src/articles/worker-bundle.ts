// The render worker's TypeScript as one JavaScript file, so the worker starts without tsx.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

// esbuild is loaded only to bundle (a cached bundle needs only its version, from package.json):
// loading it costs more than the rest of a cached build's check.
const require = createRequire(import.meta.url);
const esbuildVersion = (): string => (JSON.parse(fs.readFileSync(require.resolve("esbuild/package.json"), "utf8")) as { version: string }).version;

/**
 * Bundles `entry` (a TypeScript module and every module of ours it imports; packages stay
 * imports) with esbuild into `cacheDir`, named by the hash of its code, and returns the file's
 * URL. Without it a worker registers tsx's module hooks itself: one more thread and isolate
 * (~10 MB), and every import of the worker passing through them.
 *
 * Bundling takes ~50 ms, on the build's main thread: a manifest beside the bundle lists the
 * files it was made from with their size and modification time (and the esbuild version and
 * tsconfig.json), and while none of them changed the bundle is used as it is (a few `stat`s).
 * `cacheDir` must sit inside the project (`node_modules/.cache/…`), so the bundle's package imports
 * resolve as its sources' do. Files are written under a temporary name and renamed, so builds
 * running at once never see half a file.
 */
export function bundleWorker(entry: URL, cacheDir: URL): URL {
  const dir = fileURLToPath(cacheDir);
  const name = path.basename(fileURLToPath(entry)).replace(/\.[cm]?[jt]s$/, "");
  const manifestFile = path.join(dir, `${name}.inputs.json`);
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
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file)) writeAtomically(file, code);
  // esbuild names inputs relative to its working directory.
  // This file too: a change to how the bundle is made makes it again.
  const inputs = [...Object.keys(metafile.inputs).map((input) => path.resolve(input)), ...tsconfigOf(entry), fileURLToPath(import.meta.url)];
  const manifest: BundleManifest = { file, esbuild: version, inputs: Object.fromEntries(inputs.map((input) => [input, fingerprint(input)])) };
  writeAtomically(manifestFile, JSON.stringify(manifest));
  return pathToFileURL(file);
}

/** What a bundle was made from: each input's {@link fingerprint} when it was bundled. */
interface BundleManifest {
  file: string;
  esbuild: string;
  inputs: Record<string, string | null>;
}

/** The bundle a manifest names, if it exists and nothing it was made from has changed since. */
function unchangedBundle(manifestFile: string, esbuildVersion: string): string | undefined {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as BundleManifest;
  } catch {
    return undefined;
  }
  if (manifest.esbuild !== esbuildVersion || typeof manifest.file !== "string" || !fs.existsSync(manifest.file)) return undefined;
  for (const [input, was] of Object.entries(manifest.inputs ?? {})) {
    if (fingerprint(input) !== was) return undefined;
  }
  return manifest.file;
}

/** Size and modification time (to the nanosecond) of a file, or null if there is none. */
function fingerprint(file: string): string | null {
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeNs}` : null;
}

/** The tsconfig.json esbuild reads for `entry` (the nearest above it), which can change its output. */
function tsconfigOf(entry: URL): string[] {
  for (let dir = path.dirname(fileURLToPath(entry)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "tsconfig.json");
    if (fs.existsSync(candidate)) return [candidate];
    if (path.dirname(dir) === dir) return [];
  }
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}
