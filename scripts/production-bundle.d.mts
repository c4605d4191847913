// Types for scripts/production-bundle.mjs (plain JavaScript: it runs before anything can run TypeScript).

/** What to bundle: the project, its config, the input folder, and where bundles are kept. */
export interface BundleRequest {
  root: string;
  config: string;
  input: string;
  cacheDir: string;
}

/** A bundle: the URL of its CLI entry, the path of its config entry, and whether it was made now. */
export interface Bundle {
  cli: string;
  config: string;
  fresh: boolean;
}

export function productionBundle(request: BundleRequest): Promise<Bundle>;
export function siteModules(input: string, layouts: string): string[];
export function mightBeIgnored(files: readonly string[], cwd: string, input: string): { file: string; by: string } | undefined;
export const KEEP_BUNDLES: number;
