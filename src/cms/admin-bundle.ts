// The /admin/ page's script as one browser file: Decap CMS, React and the site's own renderer, bundled once and cached.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { esbuildVersion, tsconfigAbove, unchangedBundle, writeAtomically, writeManifest } from "../build/bundle-cache.mjs";

const require = createRequire(import.meta.url);

/** The entry: src/cms/admin/cms-entry.ts. */
export const CMS_ENTRY = fileURLToPath(new URL("./admin/cms-entry.ts", import.meta.url));

/**
 * Node built-ins the article renderer imports for work the preview never asks of it (reading a
 * body from its file, an image pipeline): in the browser they are modules whose functions say so.
 */
const NODE_STUB = `const unavailable = () => { throw new Error("not available in the CMS preview"); };
export const readFileSync = unavailable, statSync = unavailable, existsSync = () => false;
export const join = (...parts) => parts.join("/"), dirname = (p) => p.replace(/\\/[^/]*$/, ""), resolve = join, relative = (a, b) => b, sep = "/";
export const fileURLToPath = (u) => String(u).replace(/^file:\\/\\//, ""), pathToFileURL = (p) => new URL("file://" + p);
export default { readFileSync, statSync, existsSync, join, dirname, resolve, relative, sep, fileURLToPath, pathToFileURL };`;

/**
 * Bundles the entry with esbuild into `cacheDir` (minified, for the browser) and returns the
 * file. The bundle is ~5 MB of which Decap is nearly all, and takes seconds to make, so a manifest
 * beside it (src/build/bundle-cache.mjs) lists the files it was made from and while none changed
 * the bundle is used as it is (a few `stat`s): a build pays for it once per change of the CMS's
 * code or of the packages.
 */
export async function bundleCms(cacheDir: string): Promise<string> {
  const manifestFile = path.join(cacheDir, "cms.inputs.json");
  const version = esbuildVersion();
  const cached = unchangedBundle(manifestFile, version);
  if (cached) return cached;

  const esbuild = require("esbuild") as typeof import("esbuild");
  const { outputFiles, metafile } = await esbuild.build({
    entryPoints: [CMS_ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    // The renderer's modules compute folders from their own URL at load time; none is used in the browser.
    define: { "process.env.NODE_ENV": '"production"', "import.meta.url": '"file:///newsdesk-cms/"' },
    logLevel: "silent",
    plugins: [
      {
        name: "node-stubs",
        setup(build) {
          build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: "node-stub" }));
          build.onLoad({ filter: /.*/, namespace: "node-stub" }, () => ({ contents: NODE_STUB, loader: "js" }));
        },
      },
    ],
  });
  const code = outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = path.join(cacheDir, `cms-${hash}.js`);
  if (!fs.existsSync(file)) writeAtomically(file, code);
  for (const old of fs.readdirSync(cacheDir)) {
    if (/^cms-[0-9a-f]{16}\.js$/.test(old) && path.join(cacheDir, old) !== file) fs.rmSync(path.join(cacheDir, old), { force: true });
  }
  const inputs = [
    ...Object.keys(metafile.inputs).filter((input) => !input.startsWith("node-stub:")).map((input) => path.resolve(input)),
    ...tsconfigAbove(path.dirname(CMS_ENTRY)),
    fileURLToPath(import.meta.url),
  ];
  writeManifest(manifestFile, file, version, inputs);
  return file;
}
