// A production build's output holds that build only: nothing stale survives, a failed build leaves nothing to deploy.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { unsafeReason } from "../../src/build/fresh-output.ts";
import { buildCopy, siteCopy } from "../helpers/site-copy.ts";

const Unsafe = suite("unsafeReason");

Unsafe("allows a build folder beside the input, refuses folders a build must never replace", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-unsafe-"));
  const input = path.join(root, "content");
  assert.is(unsafeReason(path.join(root, "_site"), input, root), undefined);
  assert.is(unsafeReason(root, input, root), "it is the working folder or holds it");
  assert.is(unsafeReason(path.dirname(root), input, root), "it is the working folder or holds it");
  assert.is(unsafeReason(input, input, path.join(root, "elsewhere")), "it is the input folder or holds it");
  assert.is(unsafeReason(path.join(input, "out"), input, path.join(root, "elsewhere")), "it is inside the input folder");
  fs.mkdirSync(path.join(root, "other"));
  fs.writeFileSync(path.join(root, "other", "package.json"), "{}");
  assert.is(unsafeReason(path.join(root, "other"), input, path.join(root, "elsewhere")), "it holds `package.json`, so it is a project, not a build's output");
  fs.rmSync(root, { recursive: true, force: true });
});

Unsafe.run();

const Fresh = suite<{ project: string }>("npm run build's output folder");

const story = (title: string, extra = "") => `---\ntitle: ${title}\ndate: 2024-05-02\n${extra}---\nBody.\n`;

Fresh.before((context) => {
  context.project = siteCopy("newsdesk-fresh-");
});

const build = buildCopy;
const write = (project: string, file: string, text: string) => fs.writeFileSync(path.join(project, "content/news", file), text);
const exists = (project: string, url: string) => fs.existsSync(path.join(project, "_site", url, "index.html"));

Fresh("keeps nothing of an earlier build: a removed or unpublished article, a preview's draft, a stray file", ({ project }) => {
  write(project, "kept.md", story("Kept story"));
  write(project, "removed.md", story("Removed story"));
  write(project, "unpublished.md", story("Unpublished story"));
  assert.is(build(project).status, 0);
  assert.ok(exists(project, "news/2024/05/02/removed-story"), "the first build wrote the story that is removed next");
  fs.rmSync(path.join(project, "content/news/removed.md"));
  write(project, "unpublished.md", story("Unpublished story", "draft: true\n"));
  // What a preview or a hand copy may have left in the folder.
  fs.mkdirSync(path.join(project, "_site/news/2024/05/02/a-draft"), { recursive: true });
  fs.writeFileSync(path.join(project, "_site/news/2024/05/02/a-draft/index.html"), "draft");
  const second = build(project);
  assert.is(second.status, 0, second.stderr);
  assert.ok(exists(project, "news/2024/05/02/kept-story"));
  assert.not.ok(exists(project, "news/2024/05/02/removed-story"), "a removed article's page survived");
  assert.not.ok(exists(project, "news/2024/05/02/unpublished-story"), "an unpublished article's page survived");
  assert.not.ok(exists(project, "news/2024/05/02/a-draft"), "a stray file survived");
  assert.equal(fs.readdirSync(project).sort(), ["_site", "content"], "no staging folder left beside the output");
});

Fresh("a failed build leaves no output folder to deploy, and says why it failed", ({ project }) => {
  write(project, "broken.md", "---\ntitle: Broken\n---\nNo date.\n");
  const failed = build(project);
  assert.is(failed.status, 1);
  assert.match(failed.stderr + failed.stdout, "content/news/broken.md:1: `date`");
  assert.equal(fs.readdirSync(project).sort(), ["content"], "the failed build's folder and the earlier output are gone");
  fs.rmSync(path.join(project, "content/news/broken.md"));
});

Fresh("a site page whose front matter is not YAML fails at its line, with no stack trace, and leaves no folder", ({ project }) => {
  const about = path.join(project, "content/about.md");
  const original = fs.readlinkSync(about);
  fs.rmSync(about);
  fs.writeFileSync(about, "---\ntitle: About: us\nlayout: page.11ty.ts\n---\n\nWho we are.\n");
  try {
    const failed = build(project);
    assert.is(failed.status, 1);
    const printed = failed.stderr + failed.stdout;
    assert.match(printed, "content/about.md:2: front matter: found invalid YAML (bad indentation of a mapping entry), expected `key: value` lines");
    assert.not.match(printed, /\bat \S+ \(|Unhandled rejection/, "no stack trace, no late copy into a removed folder");
    assert.equal(fs.readdirSync(project).sort(), ["content"], "no output and no staging folder");
  } finally {
    fs.rmSync(about);
    fs.symlinkSync(original, about);
  }
});

Fresh("refuses an output folder that is not a build's, naming it, before building anything", ({ project }) => {
  const refused = build(project, ["--output=."]);
  assert.is(refused.status, 1);
  assert.match(refused.stderr, "--output=.: it is the working folder or holds it; expected a folder only builds write to (the default is _site)");
  assert.ok(fs.existsSync(path.join(project, "content/news/kept.md")), "nothing was removed");
});

Fresh.run();
