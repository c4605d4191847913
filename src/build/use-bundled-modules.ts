// Eleventy glue for a build run from the production bundle (scripts/production-bundle.mjs): each
// `.11ty.ts` template and layout becomes a virtual template holding its compiled module, and the
// template file itself is left out of Eleventy's search, so Eleventy never imports TypeScript.
import * as path from "node:path";
import type { EleventyConfig } from "@11ty/eleventy";
import { asEleventyTemplate, type ModuleExports } from "./bundled-modules.ts";

/**
 * Where the bundle's layouts are placed, as a folder of the input that does not exist on disk.
 * Eleventy finds a virtual layout by its path from the input folder, and takes any virtual
 * template outside its includes folder for a page: so in a bundled build the includes folder is
 * this one, inside the input, and each of layouts/ is added there.
 */
export const BUNDLED_LAYOUTS = "_newsdesk-bundled-layouts";

/** A virtual template to add: its path from the input folder and its module as Eleventy takes it. */
export interface BundledTemplate {
  virtualPath: string;
  file: string;
  exports: ModuleExports;
}

/**
 * The virtual templates to add and the template files to ignore (paths from `cwd`, as Eleventy's
 * ignores take them) for the bundle's `modules`: templates inside `inputDir` keep their path,
 * layouts from `layoutsDir` move to {@link BUNDLED_LAYOUTS}. Data files are not templates
 * (see {@link bundledDataFile}).
 */
export function bundledTemplatePlan(modules: ReadonlyMap<string, ModuleExports>, inputDir: string, layoutsDir: string, cwd: string) {
  const input = path.resolve(cwd, inputDir);
  const layouts = path.resolve(cwd, layoutsDir);
  const slashes = (p: string) => p.split(path.sep).join("/");
  const inside = (dir: string, file: string) => {
    const relative = path.relative(dir, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? slashes(relative) : undefined;
  };
  const templates: BundledTemplate[] = [];
  const ignores: string[] = [];
  for (const [file, exports] of modules) {
    if (!file.endsWith(".11ty.ts")) continue;
    const layout = inside(layouts, file);
    const template = inside(input, file);
    if (layout !== undefined) {
      templates.push({ virtualPath: `${BUNDLED_LAYOUTS}/${layout}`, file, exports });
    } else if (template !== undefined) {
      templates.push({ virtualPath: template, file, exports });
      ignores.push(slashes(path.relative(cwd, file)));
    }
  }
  return { templates, ignores };
}

/** Adds the bundle's templates and layouts to Eleventy as virtual templates (see above). */
export function useBundledTemplates(eleventyConfig: EleventyConfig, modules: ReadonlyMap<string, ModuleExports>, inputDir: string, layoutsDir: string, cwd = process.cwd()): void {
  const plan = bundledTemplatePlan(modules, inputDir, layoutsDir, cwd);
  eleventyConfig.setIncludesDirectory(BUNDLED_LAYOUTS);
  for (const ignore of plan.ignores) eleventyConfig.ignores.add(ignore);
  for (const { virtualPath, exports } of plan.templates) eleventyConfig.addTemplate(virtualPath, asEleventyTemplate(exports));
}

/** A data file's default export from the bundle, if the build runs from one and it holds the file. */
export function bundledDataFile(modules: ReadonlyMap<string, ModuleExports> | undefined, file: string): { value: unknown } | undefined {
  const exports = modules?.get(path.resolve(file));
  return exports ? { value: exports.default } : undefined;
}
