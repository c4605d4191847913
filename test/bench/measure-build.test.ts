// How each kind of build is run (command and environment) and how its output is checked.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILD_KINDS, buildCommand, buildEnv, checkOutput } from "../../bench/measure-build.ts";

const Command = suite("buildCommand and buildEnv");

Command("runs full and full-1t with npm run build's command (the site's config), bare with Eleventy's CLI", () => {
  const full = buildCommand("full", "content", "/out");
  assert.equal(buildCommand("full-1t", "content", "/out"), full);
  const npmBuild = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")).scripts.build as string;
  assert.ok(npmBuild.startsWith("node scripts/build.mjs "), npmBuild);
  assert.ok(full[1]!.endsWith("/scripts/build.mjs") && full.some((arg) => arg.endsWith("/eleventy.config.ts")));
  const bare = buildCommand("bare", "bare", "/out");
  assert.ok(bare.some((arg) => arg.endsWith("bench/bare/eleventy.config.js")) && !bare.includes("--import"));
  assert.equal(bare.slice(-3), ["--input=bare", "--output=/out", "--quiet"]);
});

Command("forces one thread only for full-1t, and leaves full to the site's default even if the shell sets it", () => {
  const shell = { PATH: "/usr/bin", NEWSDESK_RENDER_WORKER: "on" };
  const env = Object.fromEntries(BUILD_KINDS.map((kind) => [kind, buildEnv(kind, shell)]));
  assert.is(env["full-1t"]!.NEWSDESK_RENDER_WORKER, "off");
  assert.not.ok("NEWSDESK_RENDER_WORKER" in env.full!);
  assert.not.ok("NEWSDESK_RENDER_WORKER" in env.bare!);
  for (const kind of BUILD_KINDS) {
    assert.is(env[kind]!.NODE_ENV, "production", kind);
    assert.is(env[kind]!.ELEVENTY_RUN_MODE, "build", kind);
    assert.is(env[kind]!.PATH, "/usr/bin", kind);
  }
  assert.is(shell.NEWSDESK_RENDER_WORKER, "on", "the caller's environment is not changed");
});

Command.run();

const Output = suite("checkOutput");

/** A fake build output holding `files` (paths relative to it), checked and removed. */
function withOutput(files: string[], check: (output: string) => void): void {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-check-output-"));
  try {
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
      fs.writeFileSync(path.join(output, file), "<!doctype html>");
    }
    check(output);
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

Output("accepts full builds that wrote a dated article page, and a bare build that wrote its first article", () => {
  withOutput(["index.html", "news/index.html", "news/2019/03/07/a-story/index.html"], (output) => {
    checkOutput("full", output);
    checkOutput("full-1t", output);
  });
  withOutput(["news/article-00001/index.html"], (output) => checkOutput("bare", output));
});

Output("rejects a full build without dated article pages, naming the build, the folder and the article page template", () => {
  // Year folders alone are not enough: the page itself must have been written.
  withOutput(["index.html", "news/2019/03/07/index.html", "news/article-00001/index.html"], (output) => {
    for (const kind of ["full", "full-1t"] as const) {
      assert.throws(
        () => checkOutput(kind, output),
        (error: Error) =>
          error.message ===
          `the ${kind} build wrote no news/YYYY/MM/DD/<slug>/index.html into ${output}: ` +
            "the article pipeline's page template (src/articles/article-page-template.ts) built no article pages",
      );
    }
  });
});

Output("rejects a bare build without news/article-00001/index.html", () => {
  withOutput(["index.html"], (output) => {
    assert.throws(() => checkOutput("bare", output), (error: Error) => error.message === `the bare build wrote no news/article-00001/index.html into ${output}`);
  });
});

Output.run();
