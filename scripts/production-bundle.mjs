// The production bundle: the site's TypeScript (the CLI, eleventy.config.ts, every module they
// import, and the input's `.11ty.ts` templates, layouts and `.11tydata.ts` data files) compiled by
// esbuild into JavaScript that plain Node runs, so `npm run build` runs without tsx (README, "How a
// production build runs"). Plain JavaScript: scripts/build.mjs calls it before anything can run
// TypeScript. The bundle is cached in node_modules/.cache/newsdesk/ and made again only when a file
// it was made from, or the set of templates, changes.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { esbuildVersion, tsconfigAbove, unchangedBundle, writeAtomically, writeManifest } from "../src/build/bundle-cache.mjs";

/**
 * @typedef {object} BundleRequest
 * @property {string} root The project: where eleventy.config.ts, src/, layouts/ are.
 * @property {string} config The config file (absolute).
 * @property {string} input The input directory (absolute).
 * @property {string} cacheDir Where bundles are kept (absolute; inside the project, so the bundle's
 *   package imports resolve from its node_modules).
 */

/**
 * @typedef {object} Bundle
 * @property {string} cli URL of the entry exporting `runCli` (src/cli/run-cli.ts).
 * @property {string} config Path of the entry Eleventy loads as its config file.
 * @property {boolean} fresh Whether it was made now (false: taken from the cache).
 */

/**
 * Compiles (or finds in the cache) the production bundle for `request`.
 * @param {BundleRequest} request
 * @returns {Promise<Bundle>}
 */
export async function productionBundle(request) {
  const { root, config, input, cacheDir } = request;
  const modules = siteModules(input, path.join(root, "layouts"));
  // Eleventy leaves out files its ignore files name; a virtual template would not be. Rather than
  // guess its matching, a build where one might name a template runs the TypeScript (tsx) instead.
  const ignored = mightBeIgnored(modules, process.cwd(), input);
  if (ignored) throw new Error(`${ignored.file} may be ignored by ${ignored.by}: not bundling`);
  const key = createHash("sha256").update(JSON.stringify([root, config, input, modules])).digest("hex").slice(0, 16);
  const manifestFile = path.join(cacheDir, `site-${key}.inputs.json`);
  const version = esbuildVersion();
  const cached = unchangedBundle(manifestFile, version);
  if (cached) {
    touch(cached);
    return { cli: pathToFileURL(path.join(cached, "cli.mjs")).href, config: path.join(cached, "config.mjs"), fresh: false };
  }

  const esbuild = await import("esbuild");
  const entries = {
    cli: `export { runCli } from ${JSON.stringify(path.join(root, "src/cli/run-cli.ts"))};\n`,
    config: [
      `export { default, config } from ${JSON.stringify(config)};`,
      `import { registerBundledModules } from ${JSON.stringify(path.join(root, "src/build/bundled-modules.ts"))};`,
      ...modules.map((file, i) => `import * as m${i} from ${JSON.stringify(file)};`),
      `registerBundledModules({ ${modules.map((file, i) => `${JSON.stringify(file)}: m${i}`).join(", ")} });`,
      "",
    ].join("\n"),
  };
  const result = await esbuild.build({
    entryPoints: Object.keys(entries).map((name) => ({ in: `newsdesk-entry:${name}`, out: name })),
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    outdir: cacheDir,
    outExtension: { ".js": ".mjs" },
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // Not `keepNames` (tsx's setting): it wraps every function expression in a `__name()` call
    // that runs each time the expression does, which is every call of a hot path that makes a
    // closure. Nothing of ours reads a function's `name`; classes that are named set `name` themselves.
    keepNames: false,
    // Stack traces point at the TypeScript (scripts/build.mjs turns Node's source maps on).
    sourcemap: "linked",
    logLevel: "silent",
    plugins: [entryPlugin(entries, root), sourceUrlPlugin()],
  });

  // Written whole into a directory named by the code, then renamed into place: builds running at
  // once never see half a bundle, and an unchanged bundle is not written again.
  const hash = createHash("sha256");
  for (const file of result.outputFiles) hash.update(path.relative(cacheDir, file.path)).update(file.contents);
  const dir = path.join(cacheDir, `site-${hash.digest("hex").slice(0, 16)}`);
  if (fs.existsSync(dir)) touch(dir);
  else {
    const partial = `${dir}.${process.pid}.tmp`;
    fs.rmSync(partial, { recursive: true, force: true });
    for (const file of result.outputFiles) {
      const target = path.join(partial, path.relative(cacheDir, file.path));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.contents);
    }
    try {
      fs.renameSync(partial, dir);
    } catch (error) {
      fs.rmSync(partial, { recursive: true, force: true });
      if (!fs.existsSync(dir)) throw error;
    }
  }
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter((name) => !name.startsWith("newsdesk-entry:")).map((name) => path.resolve(name)),
    ...tsconfigAbove(root),
    // This file: a change to how the bundle is made makes it again.
    fileURLToPath(import.meta.url),
  ];
  writeManifest(manifestFile, dir, version, inputs);
  pruneCache(cacheDir, dir);
  return { cli: pathToFileURL(path.join(dir, "cli.mjs")).href, config: path.join(dir, "config.mjs"), fresh: true };
}

/** Bundles kept besides the one just made: the newest, for other inputs (the tests' temporary sites). */
export const KEEP_BUNDLES = 8;

/**
 * Deletes all but the {@link KEEP_BUNDLES} newest bundles (never `current`, nor one made in the last
 * ten minutes: a build running at once may be loading it) and the manifests naming deleted ones.
 */
function pruneCache(cacheDir, current) {
  const now = Date.now();
  const bundles = fs
    .readdirSync(cacheDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^site-[0-9a-f]{16}$/.test(entry.name))
    .map((entry) => ({ dir: path.join(cacheDir, entry.name), time: fs.statSync(path.join(cacheDir, entry.name)).mtimeMs }))
    .filter(({ dir }) => dir !== current)
    .sort((a, b) => b.time - a.time);
  for (const { dir, time } of bundles.slice(KEEP_BUNDLES)) {
    if (now - time > 10 * 60_000) fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const name of fs.readdirSync(cacheDir)) {
    if (!/^site-[0-9a-f]{16}\.inputs\.json$/.test(name)) continue;
    try {
      const { bundle } = JSON.parse(fs.readFileSync(path.join(cacheDir, name), "utf8"));
      if (typeof bundle !== "string" || !fs.existsSync(bundle)) fs.rmSync(path.join(cacheDir, name), { force: true });
    } catch {
      fs.rmSync(path.join(cacheDir, name), { force: true });
    }
  }
}

/**
 * Every `.11ty.ts` template and `.11tydata.ts` data file under `input` (following links, leaving out
 * node_modules and dot-folders) and the layouts in `layouts`: what Eleventy may import by path.
 * @param {string} input
 * @param {string} layouts
 * @returns {string[]} absolute paths, sorted
 */
export function siteModules(input, layouts) {
  /** @type {string[]} */
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const file = path.join(dir, entry.name);
      const stat = entry.isSymbolicLink() ? fs.statSync(file, { throwIfNoEntry: false }) : entry;
      if (stat?.isDirectory()) walk(file);
      else if (stat?.isFile() && /\.11ty(data)?\.ts$/.test(entry.name)) found.push(file);
    }
  };
  walk(input);
  if (fs.existsSync(layouts)) {
    for (const name of fs.readdirSync(layouts)) if (name.endsWith(".11ty.ts")) found.push(path.join(layouts, name));
  }
  return [...new Set(found)].sort();
}

/**
 * A template or data file that a line of an ignore file Eleventy reads (`.gitignore` and
 * `.eleventyignore` in the working folder, `.eleventyignore` in the input) might match, or
 * undefined. Conservative: a line is said to match unless it plainly cannot (a path that is not the
 * file's or a folder above it; a glob whose fixed start or end the file's path does not have).
 * Eleventy reads each line as a glob anchored at the ignore file's folder, as this does.
 * @param {readonly string[]} files absolute paths
 * @param {string} cwd
 * @param {string} input
 * @returns {{ file: string, by: string } | undefined}
 */
export function mightBeIgnored(files, cwd, input) {
  const ignoreFiles = [path.join(cwd, ".gitignore"), path.join(cwd, ".eleventyignore"), path.join(input, ".eleventyignore")];
  for (const ignoreFile of [...new Set(ignoreFiles)]) {
    let text;
    try {
      text = fs.readFileSync(ignoreFile, "utf8");
    } catch {
      continue;
    }
    const dir = path.dirname(ignoreFile);
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("#") || line.startsWith("!")) continue;
      for (const file of files) {
        const relative = path.relative(dir, file).split(path.sep).join("/");
        if (!relative.startsWith("../") && lineMightMatch(line, relative)) return { file: path.relative(cwd, file), by: `${path.relative(cwd, ignoreFile) || ignoreFile}: ${line}` };
      }
    }
  }
  return undefined;
}

/** Whether an ignore line, anchored where `file` (relative, `/`-separated) is, could match it. */
function lineMightMatch(line, file) {
  const pattern = line.replace(/^\.?\//, "").replace(/\/+$/, "");
  const glob = /[*?[\]{}!()+@]/;
  if (!glob.test(pattern)) return file === pattern || file.startsWith(`${pattern}/`);
  const first = pattern.search(glob);
  let last = pattern.length - 1;
  while (last >= 0 && !glob.test(pattern[last])) last--;
  // Whatever the glob matches, it starts with the text before its first wildcard and ends with the
  // text after its last (or is a folder above the file: then only the start is known).
  const start = pattern.slice(0, first);
  const end = pattern.slice(last + 1);
  return file.startsWith(start) && (file.endsWith(end) || end.includes("/") || end === "");
}

/** The generated entries, by name. */
function entryPlugin(entries, root) {
  return {
    name: "newsdesk-entries",
    setup(build) {
      build.onResolve({ filter: /^newsdesk-entry:/ }, (args) => ({ path: args.path, namespace: "newsdesk-entry" }));
      build.onLoad({ filter: /.*/, namespace: "newsdesk-entry" }, (args) => ({ contents: entries[args.path.slice("newsdesk-entry:".length)], loader: "js", resolveDir: root }));
    },
  };
}

/**
 * Our modules find files beside them with `import.meta.url` (layouts/, src/styles/, the render
 * worker): inside the bundle each keeps the URL (and `dirname`, `filename`) of its own source
 * file, so those paths do not move.
 */
function sourceUrlPlugin() {
  return {
    name: "newsdesk-source-urls",
    setup(build) {
      // Every TypeScript module bundled is ours (packages stay imports), wherever it is: the
      // input's templates may sit outside the project.
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.split(path.sep).includes("node_modules")) return undefined;
        const source = fs.readFileSync(args.path, "utf8");
        if (!/import\.meta\.(url|dirname|filename)\b/.test(source)) return undefined;
        const contents = source
          .replace(/import\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href))
          .replace(/import\.meta\.dirname\b/g, JSON.stringify(path.dirname(args.path)))
          .replace(/import\.meta\.filename\b/g, JSON.stringify(args.path));
        return { contents, loader: "ts" };
      });
    },
  };
}

/** Marks a bundle as used now (the cache keeps the most recently used, pruneCache). */
function touch(dir) {
  const now = new Date();
  fs.utimesSync(dir, now, now);
}

