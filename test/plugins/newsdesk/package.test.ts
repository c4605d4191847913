// The plugin as a package: it installs, builds and packs on its own, and its tarball works in plain Node and strict TypeScript.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as api from "../../../plugins/newsdesk/index.ts";
import { NPM_FLAGS, npm, PLUGIN_DIR, sharedPackedPlugin, tarballFiles, type PackedPlugin } from "../../adopter/pack-plugin.ts";

const pkg = JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, "package.json"), "utf8"));

const test = suite<{ packed: PackedPlugin; consumer: string }>("eleventy-plugin-newsdesk as a package");

test.before((context) => {
  context.packed = sharedPackedPlugin();
  // A consumer project outside the repository: the tarball and markdown-it, nothing else.
  context.consumer = path.join(context.packed.root, "consumer");
  fs.mkdirSync(context.consumer);
  fs.writeFileSync(path.join(context.consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  npm(context.consumer, ["install", ...NPM_FLAGS, context.packed.tarball, "markdown-it@^14"]);
});



test("package.json names the package, its keyword, bounded peers, its own build tools and exports", () => {
  assert.is(pkg.name, "eleventy-plugin-newsdesk");
  assert.is(pkg.type, "module");
  assert.is(pkg.license, "MIT");
  assert.ok(pkg.keywords.includes("eleventy-plugin"));
  assert.equal(pkg.peerDependencies, { "@11ty/eleventy": "^3.0.0", "markdown-it": "^14.0.0" });
  // The Markdown part runs without Eleventy, so Eleventy is an optional peer.
  assert.equal(pkg.peerDependenciesMeta, { "@11ty/eleventy": { optional: true } });
  // What the shipped .d.ts files import, so a consumer needs no extra @types.
  assert.equal(Object.keys(pkg.dependencies), ["@types/markdown-it"]);
  for (const tool of ["typescript", "@types/node"]) assert.ok(pkg.devDependencies[tool], `devDependency ${tool}`);
  assert.equal(pkg.exports["."], { types: "./dist/index.d.ts", default: "./dist/index.js" });
  assert.is(pkg.exports["./newsdesk.css"], "./newsdesk.css");
});

test("newsdesk.css is self-contained: every custom property it reads has a default in the file, none is the site's", () => {
  const css = fs.readFileSync(path.join(PLUGIN_DIR, "newsdesk.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
  const used = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
  assert.ok(used.size >= 5);
  for (const name of used) {
    assert.ok(name.startsWith("--newsdesk-"), `${name} is the plugin's own`);
    assert.ok(declared.has(name), `${name} has a default`);
  }
  // Defaults sit at zero specificity, so a site's :root wins in any order; dark ones under the media query.
  assert.match(css, /:where\(:root\)\s*\{\s*--newsdesk-accent:/);
  assert.match(css, /@media \(prefers-color-scheme: dark\)\s*\{\s*:where\(:root\)\s*\{\s*--newsdesk-accent:/);
  // It styles the plugin's default class names, and hides nothing.
  for (const selector of [".pull-quote", ".stat__value", ".stat__label", ".stats__list", ".article-nav__list", ".article-nav__item--next"]) {
    assert.ok(css.includes(selector), selector);
  }
  const screen = css.replace(/@media print\s*\{[\s\S]*?\n\}/g, "");
  assert.not.match(screen, /visually-hidden|display:\s*none/);
});

test("the packaged README is written for adopters: every section they need, nothing about this repository", () => {
  const readme = fs.readFileSync(path.join(PLUGIN_DIR, "README.md"), "utf8");
  for (const heading of ["## Install", "## Configure", "## Styling", "## Syntax", "## Options", "## Errors", "## Nunjucks and Liquid", "## Differences from the reference grammar"]) {
    assert.ok(readme.includes(`\n${heading}\n`), heading);
  }
  assert.not.match(readme, /\btsx\b|test\/plugins|this repository|bench\/|npm run bench|visuallyHiddenClass/);
  for (const option of Object.keys(api.DEFAULTS)) assert.ok(readme.includes(`| \`${option}\` |`), `option ${option} is in the options table`);
});

test("a copy of the package folder alone installs and packs: dist JavaScript and declarations, the stylesheet, README, CHANGELOG, LICENSE", ({ packed }) => {
  const files = tarballFiles(packed.tarball);
  for (const file of ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "newsdesk.css", "dist/index.js", "dist/index.d.ts", "dist/plugin.js", "dist/blocks/pull-quote.js"]) {
    assert.ok(files.includes(file), `${file} is in the tarball (has: ${files.slice(0, 8).join(", ")}, …)`);
  }
  const stray = files.filter((f) => !/^dist\/.+\.(js|d\.ts)$/.test(f) && !["package.json", "README.md", "CHANGELOG.md", "LICENSE", "newsdesk.css"].includes(f));
  assert.equal(stray, [], "nothing else ships (no .ts sources, tests or tsconfig)");
});

test("the packed entry point runs in plain Node with the same exports, and renders", ({ consumer }) => {
  const script = `
    const api = await import("eleventy-plugin-newsdesk");
    const { default: MarkdownIt } = await import("markdown-it");
    const md = new MarkdownIt().use(api.newsdeskMarkdown);
    console.log(JSON.stringify({ names: Object.keys(api).sort(), html: md.render(":::pullquote{by=Doe}\\nWords.\\n:::\\n") }));
  `;
  // No --import tsx here: the point is that the package needs none.
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  const { names, html } = JSON.parse(out);
  assert.equal(names, Object.keys(api).sort());
  assert.match(html, /<figure class="pull-quote"><blockquote>\n<p>Words\.<\/p>\n<\/blockquote><figcaption>Doe<\/figcaption><\/figure>/);
});

test("the stylesheet resolves through the package's exports", ({ consumer }) => {
  const script = `console.log(import.meta.resolve("eleventy-plugin-newsdesk/newsdesk.css"))`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  assert.match(out.trim(), /node_modules\/eleventy-plugin-newsdesk\/newsdesk\.css$/);
});

test("its declarations compile in a strict consumer project with no @types of its own and skipLibCheck off", ({ consumer, packed }) => {
  fs.writeFileSync(path.join(consumer, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: [] },
    include: ["index.ts"],
  }));
  fs.writeFileSync(path.join(consumer, "index.ts"), [
    `import newsdesk, { newsdeskMarkdown, ContentError, type NewsdeskOptions, type Problem } from "eleventy-plugin-newsdesk";`,
    `import MarkdownIt from "markdown-it";`,
    `const options: NewsdeskOptions = { locale: "en-GB", verifyPullQuotes: "error", onProblem: (p: Problem) => void p.line };`,
    `export const html: string = new MarkdownIt().use(newsdeskMarkdown, options).render(":::pullquote\\nWords.\\n:::\\n");`,
    `export const plugin: typeof newsdesk = newsdesk;`,
    `export const error = new ContentError([{ file: "a.md", line: 1, message: "m" }]);`,
    "",
  ].join("\n"));
  // The copy's TypeScript (a devDependency of the package), so the check needs nothing from the repository.
  const tsc = path.join(packed.copy, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "."], { cwd: consumer, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    assert.unreachable(`tsc failed in the consumer project:\n${(error as { stdout?: string }).stdout}`);
  }
  assert.not.ok(fs.existsSync(path.join(consumer, "node_modules/@types/node")), "the consumer got no @types/node");
});

test("no declaration imports Eleventy's types (Eleventy ships none)", ({ consumer }) => {
  const dist = path.join(consumer, "node_modules/eleventy-plugin-newsdesk/dist");
  const declarations = fs.readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith(".d.ts"));
  assert.ok(declarations.length > 10);
  for (const file of declarations) {
    assert.not.match(fs.readFileSync(path.join(dist, file), "utf8"), /@11ty\/eleventy|reference types="node"/, `${file} needs types the consumer may not have`);
  }
});

test.run();
