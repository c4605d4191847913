// The render worker's TypeScript as one JavaScript file, so the worker starts without tsx.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

/**
 * Bundles `entry` (a TypeScript module and every module of ours it imports; packages stay
 * imports) with esbuild into `cacheDir`, named by the hash of its code, and returns the file's
 * URL. ~50 ms a build. Without it a worker registers tsx's module hooks itself: one more thread
 * and isolate (~10 MB), and every import of the worker passing through them.
 * `cacheDir` must sit inside the project (`node_modules/.cache/…`), so the bundle's package imports
 * resolve as its sources' do. The file is written under a temporary name and renamed, so builds
 * running at once never see half a file.
 */
export function bundleWorker(entry: URL, cacheDir: URL): URL {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
  });
  const code = outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const dir = fileURLToPath(cacheDir);
  const file = `${dir}/render-worker-${hash}.mjs`;
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return pathToFileURL(file);
}
