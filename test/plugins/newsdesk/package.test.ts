// The plugin as a package: it compiles to plain JavaScript that Node runs without tsx.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as api from "../../../plugins/newsdesk/index.ts";

const pkgDir = path.resolve("plugins/newsdesk");
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));

const test = suite<{ outDir: string }>("eleventy-plugin-newsdesk as a package");

test.before((context) => {
  // Inside the repository (git-ignored), so the compiled files resolve markdown-it from node_modules.
  fs.mkdirSync(".test-sites", { recursive: true });
  context.outDir = path.resolve(fs.mkdtempSync(path.join(".test-sites", "dist-")));
  execFileSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", context.outDir], { cwd: pkgDir });
});

test.after(({ outDir }) => fs.rmSync(outDir, { recursive: true, force: true }));

test("package.json names the package, its keyword, peers and compiled exports", () => {
  assert.is(pkg.name, "eleventy-plugin-newsdesk");
  assert.is(pkg.type, "module");
  assert.ok(pkg.keywords.includes("eleventy-plugin"));
  assert.equal(pkg.peerDependencies, { "@11ty/eleventy": ">=3", "markdown-it": ">=14" });
  assert.equal(pkg.exports["."], { types: "./dist/index.d.ts", default: "./dist/index.js" });
});

test("the compiled entry point runs in plain Node with the same exports, and renders", ({ outDir }) => {
  const script = `
    const api = await import(${JSON.stringify(path.join(outDir, "index.js"))});
    const { default: MarkdownIt } = await import("markdown-it");
    const md = new MarkdownIt().use(api.newsdeskMarkdown);
    console.log(JSON.stringify({ names: Object.keys(api).sort(), html: md.render(":::pullquote{by=Doe}\\nWords.\\n:::\\n") }));
  `;
  // No --import tsx here: the point is that the package needs none.
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  const { names, html } = JSON.parse(out);
  assert.equal(names, Object.keys(api).sort());
  assert.match(html, /<figure class="pull-quote"><blockquote>\n<p>Words\.<\/p>\n<\/blockquote><figcaption>Doe<\/figcaption><\/figure>/);
  assert.ok(fs.existsSync(path.join(outDir, "index.d.ts")), "type declarations are emitted");
  // Eleventy ships no types: the declarations must not need any from it.
  const declarations = fs.readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith(".d.ts"));
  for (const file of declarations) {
    assert.not.match(fs.readFileSync(path.join(outDir, file), "utf8"), /@11ty\/eleventy/, `${file} imports Eleventy's types`);
  }
});

test.run();
