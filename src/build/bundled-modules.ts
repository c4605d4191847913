// The site's TypeScript templates, layouts and data files when a production build runs from the
// bundle scripts/production-bundle.mjs compiled (README, "How a production build runs"): the
// bundle's config entry hands them over here, by absolute path, before Eleventy loads the config.

/** A module's exports, as `import()` gives them. */
export type ModuleExports = Record<string, unknown>;

let bundled: ReadonlyMap<string, ModuleExports> | undefined;

/** Called once by the bundle's config entry with every template, layout and data file it holds. */
export function registerBundledModules(modules: Record<string, ModuleExports>): void {
  bundled = new Map(Object.entries(modules));
}

/** The bundle's modules by absolute path, or `undefined` when the build runs the TypeScript itself (tsx). */
export function bundledModules(): ReadonlyMap<string, ModuleExports> | undefined {
  return bundled;
}

/**
 * A template module as Eleventy's own import hands it to its JavaScript engine
 * (`EleventyImport` in @11ty/eleventy/src/Util/Require.js): the default export when it is the only
 * one, otherwise a plain copy of the exports (the engine adds to it; a module namespace is sealed).
 */
export function asEleventyTemplate(exports: ModuleExports): unknown {
  const keys = Object.keys(exports);
  if (keys.length === 1 && keys[0] === "default") return exports.default;
  return Object.assign({}, exports);
}
