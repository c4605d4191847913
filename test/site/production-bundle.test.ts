// `npm run build` runs the site from a compiled bundle (scripts/production-bundle.mjs) instead of
// the TypeScript through tsx: the same site, byte for byte, and a bundle that follows every change.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asEleventyTemplate, type ModuleExports } from "../../src/build/bundled-modules.ts";
import { BUNDLED_LAYOUTS, bundledDataFile, bundledTemplatePlan } from "../../src/build/use-bundled-modules.ts";
import { mightBeIgnored, productionBundle, siteModules } from "../../scripts/production-bundle.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

const Plan = suite("production bundle: templates, layouts and data files for Eleventy");

Plan("templates keep their input path and are ignored as files; layouts move inside the input", () => {
  const exports: ModuleExports = { render: () => "" };
  const modules = new Map<string, ModuleExports>([
    ["/site/content/index.11ty.ts", exports],
    ["/site/content/feeds/site-feed.11ty.ts", exports],
    ["/site/content/news/articles.11tydata.ts", { default: { layout: "x" } }],
    ["/site/layouts/base.11ty.ts", exports],
    ["/elsewhere/stray.11ty.ts", exports],
  ]);
  const plan = bundledTemplatePlan(modules, "content", "/site/layouts", "/site");
  assert.equal(
    plan.templates.map((t) => [t.virtualPath, t.file]),
    [
      ["index.11ty.ts", "/site/content/index.11ty.ts"],
      ["feeds/site-feed.11ty.ts", "/site/content/feeds/site-feed.11ty.ts"],
      [`${BUNDLED_LAYOUTS}/base.11ty.ts`, "/site/layouts/base.11ty.ts"],
    ],
  );
  assert.equal(plan.ignores, ["content/index.11ty.ts", "content/feeds/site-feed.11ty.ts"]);
  // An input elsewhere (the benchmark's archives): ignores are paths from the working folder.
  assert.equal(bundledTemplatePlan(modules, "/site/content", "/site/layouts", "/tmp/run").ignores, ["../../site/content/index.11ty.ts", "../../site/content/feeds/site-feed.11ty.ts"]);
});

Plan("data files come from the bundle by path; anything else is imported as usual", () => {
  const modules = new Map([[path.resolve("content/news/articles.11tydata.ts"), { default: { layout: "x" } }]]);
  assert.equal(bundledDataFile(modules, "./content/news/articles.11tydata.ts"), { value: { layout: "x" } });
  assert.is(bundledDataFile(modules, "./content/feeds/feeds.11tydata.ts"), undefined);
  assert.is(bundledDataFile(undefined, "./content/news/articles.11tydata.ts"), undefined);
});

Plan("a template module reaches Eleventy as its own import would give it", () => {
  const render = () => "";
  const copy = asEleventyTemplate({ data: { title: "x" }, render }) as Record<string, unknown>;
  assert.equal(copy, { data: { title: "x" }, render });
  // A copy: Eleventy's JavaScript engine adds to it (a module namespace cannot be added to).
  copy.extra = 1;
  const only = () => "only";
  assert.is(asEleventyTemplate({ default: only }), only);
});

Plan("the bundle holds every template, data file and layout, following links, without dot-folders", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-modules-"));
  try {
    fs.mkdirSync(path.join(dir, "content/feeds"), { recursive: true });
    fs.mkdirSync(path.join(dir, "content/.hidden"), { recursive: true });
    fs.mkdirSync(path.join(dir, "layouts/partials"), { recursive: true });
    for (const file of ["content/a.11ty.ts", "content/.hidden/b.11ty.ts", "content/feeds/feeds.11tydata.ts", "content/page.md", "layouts/base.11ty.ts", "layouts/partials/nav.ts"]) {
      fs.writeFileSync(path.join(dir, file), "");
    }
    fs.symlinkSync(path.join(dir, "content/feeds"), path.join(dir, "content/linked"));
    assert.equal(
      siteModules(path.join(dir, "content"), path.join(dir, "layouts")).map((file) => path.relative(dir, file)),
      ["content/a.11ty.ts", "content/feeds/feeds.11tydata.ts", "content/linked/feeds.11tydata.ts", "layouts/base.11ty.ts"],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Plan("a template an ignore file might name is reported (the build then runs the TypeScript)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-ignores-"));
  const files = ["content/index.11ty.ts", "content/drafts/old.11ty.ts", "content/feeds/feeds.11tydata.ts"].map((f) => path.join(dir, f));
  const check = (ignoreFile: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, ignoreFile)), { recursive: true });
    fs.writeFileSync(path.join(dir, ignoreFile), text);
    try {
      return mightBeIgnored(files, dir, path.join(dir, "content"));
    } finally {
      fs.rmSync(path.join(dir, ignoreFile));
    }
  };
  try {
    assert.is(mightBeIgnored(files, dir, path.join(dir, "content")), undefined);
    // Lines that cannot name a template: other folders, other extensions, comments, negations.
    assert.is(check(".gitignore", "node_modules/\n_site/\n*.cpuprofile\ntest/**/_site/\n# content/\n!content/index.11ty.ts\n"), undefined);
    // A folder, a file, a glob: each names one.
    assert.equal(check(".eleventyignore", "content/drafts/\n"), { file: "content/drafts/old.11ty.ts", by: ".eleventyignore: content/drafts/" });
    assert.equal(check(".gitignore", "/content/index.11ty.ts\n"), { file: "content/index.11ty.ts", by: ".gitignore: /content/index.11ty.ts" });
    assert.equal(check("content/.eleventyignore", "feeds/*.ts\n")?.file, "content/feeds/feeds.11tydata.ts");
    // Unsure (a folder at any depth): said to match, so the build runs the TypeScript as Eleventy would.
    assert.ok(check(".gitignore", "**/drafts\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Plan.run();

const Cli = suite("npm run build from the bundle");

/** Runs scripts/build.mjs in `cwd`; `NEWSDESK_BUNDLE=off` runs the TypeScript through tsx instead. */
function build(cwd: string, args: string[], bundle: boolean) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/build.mjs"), `--config=${path.join(ROOT, "eleventy.config.ts")}`, "--quiet", ...args], {
    cwd,
    encoding: "utf8",
    timeout: 180_000,
    env: { ...process.env, FORCE_COLOR: "0", NEWSDESK_BUNDLE: bundle ? "" : "off" },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function files(dir: string): Map<string, Buffer> {
  const names = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => fs.statSync(path.join(dir, name)).isFile());
  return new Map(names.sort().map((name) => [name, fs.readFileSync(path.join(dir, name))]));
}

Cli("the sample site is byte-identical built from the bundle and from the TypeScript", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-bundle-"));
  try {
    const bundled = build(ROOT, [`--output=${out}/bundled`], true);
    assert.is(bundled.status, 0, bundled.output);
    const tsx = build(ROOT, [`--output=${out}/tsx`], false);
    assert.is(tsx.status, 0, tsx.output);
    const [a, b] = [files(`${out}/bundled`), files(`${out}/tsx`)];
    assert.equal([...a.keys()], [...b.keys()]);
    assert.ok(a.size > 40, `${a.size} files`);
    for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name)!), `${name} differs`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

/** A site of its own: the real site's pages (linked) and one template of the test's. */
function tempSite(template: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-bundle-site-"));
  fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module", "private": true }\n');
  fs.mkdirSync(path.join(dir, "content/news"), { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, "content"))) {
    if (name !== "news") fs.symlinkSync(path.join(ROOT, "content", name), path.join(dir, "content", name));
  }
  for (const name of ["articles.html", "articles.11tydata.ts", "operation-spector.md"]) {
    fs.symlinkSync(path.join(ROOT, "content/news", name), path.join(dir, "content/news", name));
  }
  fs.writeFileSync(path.join(dir, "content/extra.11ty.ts"), template);
  return dir;
}

const extra = (text: string) => `export const data = { permalink: "/extra.txt" };\nexport function render(): string {\n  return ${JSON.stringify(text)};\n}\n`;

Cli("a module in the bundle still finds files beside its source (import.meta.url, dirname, filename)", () => {
  const dir = tempSite(
    'import { fileURLToPath } from "node:url";\n' +
      'export const data = { permalink: "/where.txt" };\n' +
      "export function render(): string {\n  return [fileURLToPath(import.meta.url), import.meta.dirname, import.meta.filename].join(\"\\n\");\n}\n",
  );
  try {
    const run = build(dir, [`--output=${dir}/_site`], true);
    assert.is(run.status, 0, run.output);
    const source = path.join(dir, "content/extra.11ty.ts");
    assert.is(fs.readFileSync(`${dir}/_site/where.txt`, "utf8"), [source, path.dirname(source), source].join("\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Cli("the bundle is made once, and again when a template changes", async () => {
  const dir = tempSite(extra("first"));
  const cacheDir = path.join(ROOT, "node_modules/.cache/newsdesk-test-bundle");
  const request = { root: ROOT, config: path.join(ROOT, "eleventy.config.ts"), input: path.join(dir, "content"), cacheDir };
  try {
    const first = await productionBundle(request);
    assert.ok(first.fresh);
    assert.match(fs.readFileSync(first.config, "utf8"), '"first"');
    const again = await productionBundle(request);
    assert.not.ok(again.fresh);
    assert.is(again.config, first.config);
    // What it was made from: the template, the modules it imports, tsconfig.json, the bundler itself.
    const [manifest] = fs.readdirSync(cacheDir).filter((name) => name.endsWith(".inputs.json"));
    const inputs = Object.keys(JSON.parse(fs.readFileSync(path.join(cacheDir, manifest!), "utf8")).inputs);
    for (const file of [path.join(dir, "content/extra.11ty.ts"), path.join(ROOT, "src/site.ts"), path.join(ROOT, "tsconfig.json"), path.join(ROOT, "scripts/production-bundle.mjs")]) {
      assert.ok(inputs.includes(fs.realpathSync(file)) || inputs.includes(file), `${file} not in ${inputs.length} inputs`);
    }
    // Same size, new text: the modification time tells.
    fs.writeFileSync(path.join(dir, "content/extra.11ty.ts"), extra("other"));
    const changed = await productionBundle(request);
    assert.ok(changed.fresh);
    assert.is.not(changed.config, first.config);
    assert.match(fs.readFileSync(changed.config, "utf8"), '"other"');
    // A new template is in the next bundle.
    fs.writeFileSync(path.join(dir, "content/more.11ty.ts"), extra("more"));
    const added = await productionBundle(request);
    assert.ok(added.fresh);
    assert.match(fs.readFileSync(added.config, "utf8"), '"more"');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});

Cli("a template the bundle cannot compile is reported as the TypeScript run reports it", () => {
  const dir = tempSite("export const data = {;\n");
  try {
    const bundled = build(dir, [`--output=${dir}/_site`], true);
    const tsx = build(dir, [`--output=${dir}/_site`], false);
    assert.is.not(bundled.status, 0);
    assert.match(bundled.output, "extra.11ty.ts");
    assert.is(bundled.status, tsx.status);
    const firstLines = (text: string) => text.split("\n").filter((line) => line.includes("extra.11ty.ts")).slice(0, 2);
    assert.equal(firstLines(bundled.output), firstLines(tsx.output));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Cli("a template left out by .eleventyignore is left out of a production build too", () => {
  const dir = tempSite(extra("should not be built"));
  fs.writeFileSync(path.join(dir, ".eleventyignore"), "content/extra.11ty.ts\n");
  try {
    const run = build(dir, [`--output=${dir}/_site`], true);
    assert.is(run.status, 0, run.output);
    assert.not.ok(fs.existsSync(`${dir}/_site/extra.txt`));
    assert.ok(fs.existsSync(`${dir}/_site/index.html`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Cli("a template built from the bundle is the same page as from the TypeScript", () => {
  const dir = tempSite(extra("plain text & <markup>"));
  try {
    const bundled = build(dir, [`--output=${dir}/bundled`], true);
    assert.is(bundled.status, 0, bundled.output);
    const tsx = build(dir, [`--output=${dir}/tsx`], false);
    assert.is(tsx.status, 0, tsx.output);
    assert.is(fs.readFileSync(`${dir}/bundled/extra.txt`, "utf8"), "plain text & <markup>");
    assert.is(fs.readFileSync(`${dir}/bundled/index.html`, "utf8"), fs.readFileSync(`${dir}/tsx/index.html`, "utf8"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Cli.run();
