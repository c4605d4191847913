// `npm run build`: Eleventy with the site's TypeScript compiled ahead into one bundle
// (scripts/production-bundle.mjs, cached), so the build runs in plain Node without tsx's module
// hooks: every import through them is a round trip to another thread (~0.25 s of a build).
// `--serve`/`--watch`, or a bundle that cannot be made (a read-only node_modules, a syntax error
// to report), run scripts/eleventy.ts under tsx instead, with Eleventy's own modules loaded first.
// Plain JavaScript: this file is what runs before anything can run TypeScript.
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const live = ["serve", "watch"].some((name) => isOn(flag(args, name)));

// Eleventy registers an ESM resolve hook (another thread on Node 20, every import after it a round
// trip there) that only busts its import cache for files changed while it watches. A one-off
// build changes none: Eleventy's own switch (ELEVENTY_SKIP_ESM_RESOLVER, 11ty/eleventy#3371) turns it off.
if (!live) process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
await import("@11ty/eleventy");
const bundle = live ? undefined : await bundleFor(args);
if (bundle) {
  if (process.env.NEWSDESK_SOURCE_MAPS !== "off") process.setSourceMapsEnabled(true);
  const { runCli } = await import(bundle.cli);
  await runCli(args, { configPath: bundle.config });
} else {
  await import("tsx");
  await import("./eleventy.ts");
}

/** The value of `--name=value` or `--name value` in `argv` (`""` for a bare `--name`), or undefined. */
function flag(argv, name) {
  const at = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = argv[at];
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[at + 1] && !argv[at + 1].startsWith("--") ? argv[at + 1] : "";
}

/** Whether a boolean flag's value turns it on, as src/dev/cli-args.ts reads it. */
function isOn(value) {
  return value !== undefined && !/^(false|0|no)$/i.test(value);
}

/** The production bundle for a one-off build of this project's config, or undefined to use tsx. */
async function bundleFor(argv) {
  if (process.env.NEWSDESK_BUNDLE === "off") return undefined;
  const config = path.resolve(flag(argv, "config") || "eleventy.config.ts");
  // Only this project's own config is compiled: another config is left to run as it is written.
  if (config !== path.join(root, "eleventy.config.ts")) return undefined;
  // Eleventy's default input is the working folder, which our config reads as content/.
  const named = path.resolve(flag(argv, "input") || ".");
  const input = named === process.cwd() ? path.resolve("content") : named;
  try {
    const { productionBundle } = await import("./production-bundle.mjs");
    return await productionBundle({ root, config, input, cacheDir: path.join(root, "node_modules/.cache/newsdesk") });
  } catch {
    return undefined;
  }
}
