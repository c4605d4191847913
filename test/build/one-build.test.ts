// What ships is what is tested: `npm run build` builds any page a site owner adds exactly as the tests' build does.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, type SiteBuild } from "../helpers/build-site.ts";
import { repoRoot } from "../helpers/built-site.ts";

// A site owner's layout in a sub-folder of layouts/ (removed after the suite).
const layoutDir = path.join(repoRoot, "layouts", `test-tmp-${process.pid}`);
const layout = `${path.basename(layoutDir)}/page.njk`;

const Pages = suite<{ build: SiteBuild; shipped: string; stderr: string }>("pages a site owner adds, in any template language");

const FILES: Record<string, string> = {
  "news/first-story.md": "---\ntitle: A story from the owner's archive\ndate: 2024-05-02\n---\nThe story.\n",
  "about.md": `---\ntitle: About us\nlayout: ${layout}\npermalink: /about/\n---\n# Who we are\n\nA *small* newsroom.\n`,
  "contact.liquid": "---\npermalink: /contact/\ntitle: Contact\n---\n<p>Write to {{ title | downcase }}@news.example.org</p>\n",
  "tips.njk": `---\npermalink: /tips/\ntitle: Tips\nlayout: ${layout}\n---\n<p>{{ site.title }} takes tips.</p>\n`,
};

/** The sample's Contact page, at the URL the owner's Liquid page takes. */
const SAMPLE_CONTACT = "contact.md";

Pages.before(async (context) => {
  fs.mkdirSync(layoutDir, { recursive: true });
  fs.writeFileSync(path.join(layoutDir, "page.njk"), "<!doctype html><title>{{ title }}</title><main class=\"owner-layout\">{{ content | safe }}</main>\n");
  // The owner's About and Contact pages take the place of the sample's (same URLs).
  context.build = await buildSite({ files: FILES, prepare: (input) => fs.rmSync(path.join(input, SAMPLE_CONTACT), { force: true }) });
  // The same pages in a copy of the site outside this repository, built by the README's command.
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-owner-"));
  linkSiteInput(path.join(repoRoot, "content"), path.join(project, "content"));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(project, "content", file)), { recursive: true });
    fs.writeFileSync(path.join(project, "content", file), text);
  }
  context.shipped = path.join(project, "_site");
  // `npm run build`'s command (package.json), run from the copy as its owner would run it there.
  const run = spawnSync(process.execPath, [path.join(repoRoot, "scripts/build.mjs"), `--config=${path.join(repoRoot, "eleventy.config.ts")}`, "--quiet"], {
    cwd: project,
    encoding: "utf8",
  });
  assert.is(run.status, 0, `npm run build failed:\n${run.stdout}\n${run.stderr}`);
  context.stderr = run.stderr;
});

/** The site's input without its articles, as symlinks (a linked template's imports resolve from the repository). */
function linkSiteInput(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    // Never link a file the owner's pages replace: writing them would write through the link.
    if (entry.name === "news" || entry.name in FILES || entry.name === SAMPLE_CONTACT) continue;
    fs.symlinkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

Pages.after(({ shipped }) => {
  fs.rmSync(layoutDir, { recursive: true, force: true });
  fs.rmSync(path.dirname(shipped), { recursive: true, force: true });
});

Pages("builds a Markdown page with a Nunjucks layout from a sub-folder, a Liquid page and a Nunjucks page", ({ build }) => {
  assert.is(build.error, undefined, String(build.error));
  assert.match(build.page("/about/")!.content, '<main class="owner-layout"><h1>Who we are</h1>\n<p>A <em>small</em> newsroom.</p>');
  assert.match(build.page("/contact/")!.content, "<p>Write to contact@news.example.org</p>");
  assert.match(build.page("/tips/")!.content, "<p>The Newsdesk takes tips.</p>");
});

Pages("writes the article of an archive that holds nothing but Markdown", ({ build }) => {
  const story = build.results.find((page) => page.inputPath.endsWith("news/first-story.md"));
  assert.ok(story, "the article has a page");
  assert.match(story!.content, "<p>The story.</p>");
});

Pages("npm run build, in a copy of the site, writes these pages as the tests' build does", ({ build, shipped }) => {
  const files = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
  assert.equal(files(shipped), files(build.outputDir));
  for (const url of ["/about/", "/contact/", "/tips/", "/news/2024/05/02/a-story-from-the-owners-archive/"]) {
    assert.is(fs.readFileSync(path.join(shipped, url, "index.html"), "utf8"), build.page(url)!.content, url);
  }
});

Pages("warns, naming src/site.ts, while the site's address is still the sample's", ({ stderr }) => {
  assert.match(stderr, /src\/site\.ts:\d+: warning: `url` is still the sample's `https:\/\/news\.example\.org`/);
});

Pages.run();
