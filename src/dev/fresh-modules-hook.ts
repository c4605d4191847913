// Module resolve hook (runs on Node's hooks thread): stamps every project-local module URL with the
// current build generation, so a rebuild after a code edit re-evaluates the whole project graph.
// Eleventy's own resolver (node_modules/@11ty/eleventy/src/Util/EsmResolver.js) busts only the
// file that changed; modules importing it (config → plugin → block) would keep the old code.

/** What `register()` hands the hook: the project root and a shared generation counter. */
export interface HookData {
  /** `file:` URL of the project root, with a trailing slash. */
  rootUrl: string;
  /** Int32Array over a SharedArrayBuffer; index 0 is the generation, bumped by the main thread. */
  generation: Int32Array;
}

interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
  importAttributes?: Record<string, string>;
}
type NextResolve = (specifier: string, context: unknown) => ResolveResult | Promise<ResolveResult>;

let rootUrl = "";
let generation: Int32Array | undefined;

/** Receives the shared counter once, when the hook is registered. */
export function initialize(data: HookData): void {
  rootUrl = data.rootUrl;
  generation = data.generation;
}

/** True for our own source files: under the project root, not in node_modules. */
export function isProjectModule(url: string, root: string): boolean {
  return url.startsWith(root) && !url.includes("/node_modules/");
}

/** Adds `nd_gen=<n>` to a module URL, keeping any other query (Eleventy's `_cache_bust`). */
export function stampGeneration(url: string, gen: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set("nd_gen", String(gen));
  return parsed.href;
}

/**
 * Resolves as usual (tsx maps `.ts`, Eleventy busts changed files), then stamps project modules.
 * A module reached through two generations is two module instances: that is the point.
 */
export async function resolve(
  specifier: string,
  context: unknown,
  nextResolve: NextResolve,
): Promise<ResolveResult> {
  const result = await nextResolve(specifier, context);
  const gen = generation ? Atomics.load(generation, 0) : 0;
  if (gen === 0 || !result.url.startsWith("file:") || !isProjectModule(result.url, rootUrl)) {
    return result;
  }
  return { ...result, url: stampGeneration(result.url, gen) };
}
