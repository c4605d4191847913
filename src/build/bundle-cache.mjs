// The render worker's bundle cache (src/articles/worker-bundle.ts): a bundle is kept with a manifest
// of the files it was made from, and used again while none of them changed.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

const require = createRequire(import.meta.url);

/**
 * esbuild's version, from its package.json: loading esbuild itself costs more than the rest of a
 * cached build's check, and is only needed to bundle.
 * @returns {string}
 */
export function esbuildVersion() {
  return JSON.parse(fs.readFileSync(require.resolve("esbuild/package.json"), "utf8")).version;
}

/**
 * Size and modification time (to the nanosecond) of a file, or null if there is none.
 * @param {string} file
 * @returns {string | null}
 */
export function fingerprint(file) {
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeNs}` : null;
}

/**
 * Writes the manifest of a bundle: what it is (`bundle`: a file or folder), the esbuild that made it
 * and each file it was made from with its {@link fingerprint}.
 * @param {string} manifestFile
 * @param {string} bundle
 * @param {string} esbuild
 * @param {readonly string[]} inputs
 */
export function writeManifest(manifestFile, bundle, esbuild, inputs) {
  const manifest = { bundle, esbuild, inputs: Object.fromEntries(inputs.map((file) => [file, fingerprint(file)])) };
  writeAtomically(manifestFile, JSON.stringify(manifest));
}

/**
 * The bundle a manifest names, if it is there, made by this esbuild, and nothing it was made from
 * changed since; otherwise undefined (also for a manifest that cannot be read).
 * @param {string} manifestFile
 * @param {string} esbuild
 * @returns {string | undefined}
 */
export function unchangedBundle(manifestFile, esbuild) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch {
    return undefined;
  }
  if (manifest?.esbuild !== esbuild || typeof manifest.bundle !== "string" || !fs.existsSync(manifest.bundle)) return undefined;
  for (const [file, was] of Object.entries(manifest.inputs ?? {})) if (fingerprint(file) !== was) return undefined;
  return manifest.bundle;
}

/**
 * The tsconfig.json esbuild reads for a module in `dir` (the nearest above it), which can change its output.
 * @param {string} dir
 * @returns {string[]}
 */
export function tsconfigAbove(dir) {
  for (let at = dir; ; at = path.dirname(at)) {
    const candidate = path.join(at, "tsconfig.json");
    if (fs.existsSync(candidate)) return [candidate];
    if (path.dirname(at) === at) return [];
  }
}

/**
 * Writes a file under a temporary name and renames it: builds running at once never see half of it.
 * @param {string} file
 * @param {string | Uint8Array} data
 */
export function writeAtomically(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}
