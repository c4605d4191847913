// A production build's output holds exactly that build: written into a new folder, swapped in when it succeeds.
import * as fs from "node:fs";
import * as path from "node:path";

/** Where a production build writes, and what it does with the folder once it ends. */
export interface FreshOutput {
  /** The folder Eleventy writes into: a new sibling of the output folder. */
  readonly staging: string;
  /** The build succeeded: the staging folder becomes the output folder, the old one is removed. */
  commit(): void;
  /** The build failed: its half-written folder and the output folder's old contents are removed. */
  discard(): void;
}

/**
 * Plans a fresh output folder for a build writing to `output`, or throws when removing that folder
 * could lose anything but an earlier build: the working folder or one above it, the input folder
 * or one above it, a folder holding a `package.json` or `.git`. A build that fails removes the
 * earlier output too, so a deploy step run after it anyway finds nothing stale to publish.
 */
export function freshOutput(output: string, input: string, cwd: string = process.cwd()): FreshOutput {
  const target = path.resolve(cwd, output);
  const unsafe = unsafeReason(target, path.resolve(cwd, input), path.resolve(cwd));
  if (unsafe) throw new Error(`--output=${output}: ${unsafe}; expected a folder only builds write to (the default is _site)`);
  const staging = `${target}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  return {
    staging,
    commit() {
      const old = `${target}.old-${process.pid}`;
      fs.rmSync(old, { recursive: true, force: true });
      if (fs.existsSync(target)) fs.renameSync(target, old);
      fs.renameSync(staging, target);
      fs.rmSync(old, { recursive: true, force: true });
    },
    discard() {
      fs.rmSync(target, { recursive: true, force: true });
      // Eleventy may still be copying passthrough files into the staging folder when a build
      // fails early (a page's front matter): removed as the process exits, not under the copies.
      process.once("exit", () => fs.rmSync(staging, { recursive: true, force: true }));
    },
  };
}

/** Why `target` must not be replaced by a build's output, or undefined when it may. */
export function unsafeReason(target: string, input: string, cwd: string): string | undefined {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
  if (within(cwd, target)) return "it is the working folder or holds it";
  if (within(input, target)) return "it is the input folder or holds it";
  if (within(target, input)) return "it is inside the input folder";
  for (const marker of ["package.json", ".git"]) {
    if (fs.existsSync(path.join(target, marker))) return `it holds \`${marker}\`, so it is a project, not a build's output`;
  }
  return undefined;
}
