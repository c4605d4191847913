// A mistyped flag on `npm run build` is the user's mistake: one line naming it, no stack trace, exit 1.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { repoRoot } from "../helpers/built-site.ts";

const Flags = suite("npm run build with an unknown flag");

Flags("names the flag, points at --help, prints no stack trace and builds nothing", () => {
  const run = spawnSync(process.execPath, [path.join(repoRoot, "scripts/build.mjs"), "--config=eleventy.config.ts", "--frobnicate"], { cwd: repoRoot, encoding: "utf8" });
  assert.is(run.status, 1);
  assert.is(run.stderr.trim(), "[newsdesk] We don’t know what '--frobnicate' is. Use --help to see the list of supported commands.");
  assert.not.match(run.stdout + run.stderr, /\n\s+at /);
});

Flags.run();
