// Browser editing (issue 22): /admin/ is Decap CMS, configured from the article fields, previewing with the site's own renderer.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "@11ty/eleventy";
import yaml from "js-yaml";
import { site } from "../site.ts";
import { bundleCms } from "./admin-bundle.ts";
import { adminPage, CMS_PREVIEW_CSS, CMS_SCRIPT } from "./admin-page.ts";
import { cmsConfig, type CmsBackend } from "./cms-config.ts";
import { cmsBackend, localBackendPort } from "./cms-settings.ts";

const require = createRequire(import.meta.url);

/** Options; every one has a default. */
export interface CmsPluginOptions {
  /** Where editors save in production. Default: src/cms/cms-settings.ts with the environment's overrides. */
  backend?: CmsBackend;
  /** The folder the bundle is cached in. Default `node_modules/.cache/newsdesk/cms/`. */
  cacheDir?: string;
}

/** The site path of the admin page. */
export const ADMIN_URL = "/admin/";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

interface AfterBuild {
  directories: { output: string };
  results?: { url?: string | false }[];
  outputMode?: string;
}

/**
 * Adds /admin/ (its page and config.yml, virtual templates: nothing in content/ to delete by
 * mistake) and, once the pages are written, its script beside them: the bundle
 * (src/cms/admin-bundle.ts, cached) and the chunks Decap loads on demand, from node_modules.
 */
export function cmsPlugin(eleventyConfig: EleventyConfig, options: CmsPluginOptions = {}): void {
  const config = cmsConfig({
    backend: options.backend ?? cmsBackend(),
    localBackendUrl: `http://127.0.0.1:${localBackendPort()}/api/v1`,
    articlesFolder: "content/news",
    mediaFolder: "content/images",
  });
  // The page stays in collections.all so that its `sitemap: false` reaches the sitemap
  // (src/seo/sitemap.ts lists every built URL and leaves out those its items mark so).
  eleventyConfig.addTemplate("admin/index.11ty.js", {
    data: () => ({ sitemap: false, permalink: `${ADMIN_URL}index.html` }),
    render: () => adminPage({ siteTitle: site.title, language: site.language, icon: site.publisher.logo }),
  });
  eleventyConfig.addTemplate("admin/config.yml.11ty.js", {
    data: () => ({ eleventyExcludeFromCollections: true, permalink: `${ADMIN_URL}config.yml` }),
    render: () => `# Made by src/cms/cms-config.ts from the article fields (src/front-matter/fields.ts): edit those, not this.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`,
  });
  const cacheDir = path.resolve(projectRoot, options.cacheDir ?? "node_modules/.cache/newsdesk/cms");
  eleventyConfig.on("eleventy.after", async ({ directories, results = [], outputMode }: AfterBuild) => {
    if (outputMode !== undefined && outputMode !== "fs") return;
    if (!results.some((r) => r.url === `${ADMIN_URL}index.html` || r.url === ADMIN_URL)) return;
    const admin = path.join(path.resolve(directories.output), ADMIN_URL);
    copyIfChanged(await bundleCms(cacheDir), path.join(admin, CMS_SCRIPT));
    copyIfChanged(fileURLToPath(new URL("./admin/cms-preview.css", import.meta.url)), path.join(admin, CMS_PREVIEW_CSS));
    // Decap's webpack chunks (locales, editors) are fetched from beside the script that loads them.
    const dist = path.dirname(require.resolve("decap-cms-app/dist/decap-cms-app.js"));
    for (const name of fs.readdirSync(dist)) {
      if (/^\d+\.decap-cms-app\.js$|\.wasm$/.test(name)) copyIfChanged(path.join(dist, name), path.join(admin, name));
    }
  });
}

/** Copies unless the target has the same size and is not older (`npm start` runs this per rebuild). */
function copyIfChanged(from: string, to: string): void {
  const source = fs.statSync(from);
  const target = fs.statSync(to, { throwIfNoEntry: false });
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}
