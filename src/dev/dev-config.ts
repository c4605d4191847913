// The dev server's additions to the site's Eleventy config (passed as the programmatic `config`
// callback, so eleventy.config.ts stays the same in build and serve): fresh modules on every
// code change, the error page, a guarded server on loopback, and an output folder of its own.
import type { EleventyConfig } from "@11ty/eleventy";
import { bumpGeneration } from "./register.ts";
import { devState } from "./dev-state.ts";
import { pageSourceFile } from "../articles/article-sources.ts";
import { errorPageMiddleware } from "./dev-middleware.ts";
import { DEFAULT_HOST } from "./allowed-host.ts";
import { useGuardedDevServer } from "./guarded-dev-server.ts";

/**
 * Where `npm start` (and `--watch`) writes the site unless `--output` says otherwise: never `_site/`,
 * so the drafts and scheduled articles a preview builds are never in the folder a deploy copies.
 */
export const PREVIEW_OUTPUT = ".preview";

/** What the command line decides for the dev server. */
export interface DevOptions {
  /** The address the server listens on (`--host`); default {@link DEFAULT_HOST}. */
  host?: string;
}

/** Folders whose TypeScript is imported (directly or not) by the config: a change resets it. */
export const CODE_DIRS = ["plugins", "src", "layouts"];

/** Eleventy's `ImportFile` (Require.js `EleventyImport`), the one export that can bust its cache. */
type ImportFile = (path: string, type: string, options: { cacheBust: boolean }) => Promise<unknown>;

/** True for a file whose change must re-evaluate our modules: TypeScript or JavaScript. */
export function isCodeFile(path: string): boolean {
  return /\.(c|m)?(t|j)sx?$/.test(path);
}

/**
 * Returns the config callback for `new Eleventy(input, output, { config })`. `configPath` is the
 * site's config file; `importFile` is Eleventy's exported `ImportFile`.
 */
export function devConfig(configPath: string, importFile: ImportFile, options: DevOptions = {}): (config: EleventyConfig) => void {
  useGuardedDevServer();
  // One object for every config reset: Eleventy restarts its server when the options change.
  const serverOptions = { middleware: [errorPageMiddleware], host: options.host ?? DEFAULT_HOST };
  return (eleventyConfig) => {
    // A config file naming its own output folder (`dir.output`) wins over this, and `--output`
    // over both: the site's config names none (test/dev/site-dev-server.test.ts checks `_site/`).
    eleventyConfig.setOutputDirectory(PREVIEW_OUTPUT);

    // Eleventy only spiders .js/.mjs/.cjs imports, so it never sees that the config depends on
    // these .ts files: watch them, and reload the config when one changes.
    for (const dir of CODE_DIRS) {
      eleventyConfig.addWatchTarget(`./${dir}/**/*.ts`, { resetConfig: true });
    }

    eleventyConfig.on("eleventy.beforeWatch", async (queue: string[]) => {
      if (!queue.some(isCodeFile)) return;
      // A new generation: every project module imported from now on is evaluated again.
      bumpGeneration();
      // Eleventy caches the config's import by URL; a cache-busted import now makes the reset
      // below read this fresh copy. A broken file is reported when Eleventy imports it.
      await importFile(configPath, "esm", { cacheBust: true }).catch(() => undefined);
    });

    eleventyConfig.on("eleventy.before", () => {
      devState().problems = undefined;
    });
    eleventyConfig.on("eleventy.after", ({ results }: { results?: { url?: string | false; inputPath: string }[] }) => {
      const pages = new Map<string, string>();
      for (const result of results ?? []) {
        // Article pages all come from content/news/articles.html: name their Markdown file.
        if (result.url) pages.set(result.url, pageSourceFile(result));
      }
      devState().pages = pages;
    });

    eleventyConfig.setServerOptions(serverOptions);
  };
}
