// Registers the build-generation resolve hook before Eleventy imports the config, and lets the
// dev server bump the generation when a watched TypeScript file changes.
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import type { HookData } from "./fresh-modules-hook.ts";

// Shared memory, not a message: a postMessage could arrive after the imports it should affect.
const counter = new Int32Array(new SharedArrayBuffer(4));
let registered = false;

/**
 * Installs the hook (once). `root` is the project directory whose modules are re-evaluated;
 * node_modules are never touched, so Eleventy and markdown-it load once.
 */
export function registerFreshModules(root: string = process.cwd()): void {
  if (registered) return;
  registered = true;
  const data: HookData = {
    rootUrl: pathToFileURL(root.endsWith("/") ? root : `${root}/`).href,
    generation: counter,
  };
  register("./fresh-modules-hook.ts", import.meta.url, { data });
}

/** Starts a new generation: every project module imported from now on is evaluated afresh. */
export function bumpGeneration(): number {
  return Atomics.add(counter, 0, 1) + 1;
}

/** The current generation (0 until the first code change). */
export function currentGeneration(): number {
  return Atomics.load(counter, 0);
}
