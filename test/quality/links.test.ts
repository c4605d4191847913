// Every internal href/src/srcset in every built page resolves to a file (and #fragment to an id), at `/` and under a path prefix.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { site } from "../../src/site.ts";
import { builtSite, type BuiltSite } from "../helpers/built-site.ts";
import { checkPage } from "./internal-links.ts";

const Checker = suite("link checker");

// The gate must be able to fail: a tiny hand-made site with one good link of each kind and broken ones.
const fixture = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-links-"));
process.once("exit", () => fs.rmSync(fixture, { recursive: true, force: true }));
fs.mkdirSync(path.join(fixture, "news/a"), { recursive: true });
fs.writeFileSync(path.join(fixture, "news/a/index.html"), '<h2 id="why">Why</h2>');
fs.writeFileSync(path.join(fixture, "site.css"), "");
fs.writeFileSync(
  path.join(fixture, "index.html"),
  [
    '<link rel="stylesheet" href="/newsroom/site.css"><p>Write src="/nowhere" in text; it is no link.</p>',
    '<a href="news/a/">ok</a> <a href="/newsroom/news/a#why">ok</a> <a href="#top" id="top">ok</a>',
    `<a href="${site.url}/newsroom/news/a/">ok</a> <a href="https://elsewhere.example/x">external</a>`,
    '<a href="/news/a/">escapes prefix</a>',
    '<img src="missing.png" srcset="/newsroom/site.css 1x, /newsroom/gone.png 2x" alt="">',
    '<a href="news/a/#how">missing id</a> <a href="#nope">missing id here</a>',
  ].join("\n"),
);

Checker("reports broken files, escapes from the prefix and missing ids, and nothing else", () => {
  assert.equal(checkPage(fixture, "/newsroom/", site.url, "index.html"), [
    'line 4: href="/news/a/": points outside the path prefix `/newsroom/`',
    'line 5: src="missing.png": no file missing.png',
    'line 5: srcset="/newsroom/gone.png": no file gone.png',
    'line 6: href="news/a/#how": no element with id `how` in news/a/index.html',
    'line 6: href="#nope": no element with id `nope` in index.html',
  ]);
});

Checker.run();

for (const prefix of ["/", "/newsroom/"]) {
  const Links = suite(`internal links resolve (path prefix ${prefix})`);
  let built: BuiltSite | undefined;
  try {
    built = await builtSite(prefix);
  } catch (error) {
    Links(`the sample site builds with path prefix ${prefix}`, () => {
      throw error;
    });
  }
  if (built) {
    const { outputDir, htmlFiles } = built;
    Links("the build has pages", () => assert.ok(htmlFiles.length > 0, `no .html files in ${outputDir}`));
    if (prefix === "/") {
      // Browsers fetch /favicon.ico on their own unless the page names an icon: that request must not fail.
      Links("every page declares an icon (<link rel=icon>) or /favicon.ico exists", () => {
        if (fs.existsSync(path.join(outputDir, "favicon.ico"))) return;
        const without = htmlFiles.filter((f) => !/<link\b[^>]*\brel="(shortcut )?icon"/.test(fs.readFileSync(path.join(outputDir, f), "utf8")));
        assert.equal(without, [], "pages without <link rel=\"icon\"> (and no /favicon.ico): the browser's automatic request 404s");
      });
    }
    for (const file of htmlFiles) {
      Links(`${prefix}${file}: every internal link resolves`, () => {
        const problems = checkPage(outputDir, prefix, site.url, file);
        assert.ok(problems.length === 0, `\n${problems.map((p) => `${file} ${p}`).join("\n")}`);
      });
    }
  }
  Links.run();
}
