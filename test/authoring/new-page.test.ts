// `npm run new -- --page <kind>` and `--pages`: each kind's starter page, where it is written, that
// nothing is overwritten, the command's arguments, and what the command prints.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as yaml from "js-yaml";
import { PAGE_KINDS, PAGE_TEMPLATES, pageSource } from "../../src/authoring/page-templates.ts";
import { createPage, createPages, NewPageError, pageKind } from "../../src/authoring/new-page.ts";
import { parseNewCommand } from "../../src/authoring/new-command.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-pages-"));
const frontMatter = (source: string) => yaml.load(source.split("---\n")[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
const todoLines = (source: string) => source.split("\n").filter((line) => line.startsWith("TODO:"));

const templates = suite("page templates");

templates("every kind has the front matter a page needs, with the site's name filled in", () => {
  assert.equal([...PAGE_KINDS], ["about", "masthead", "corrections", "ethics", "contact", "accessibility"]);
  for (const kind of PAGE_KINDS) {
    const source = pageSource(kind, 'Harlow "County" Ledger: news');
    const front = frontMatter(source);
    assert.equal(Object.keys(front), ["title", "description", "layout", "permalink"], kind);
    assert.is(front.permalink, PAGE_TEMPLATES[kind].permalink, kind);
    assert.is(front.layout, PAGE_TEMPLATES[kind].layout, kind);
    assert.ok(fs.existsSync(path.join(ROOT, "layouts", String(front.layout))), `${kind}: layouts/${front.layout}`);
    assert.match(String(front.description), 'Harlow "County" Ledger: news', kind);
    assert.not.match(source, "The Newsdesk", `${kind}: the sample's name is not written into another site's page`);
  }
  assert.is(frontMatter(pageSource("about", "The Ledger")).title, "About The Ledger");
});

templates("each page asks in TODO lines for what only the newsroom knows", () => {
  const asks: Record<(typeof PAGE_KINDS)[number], RegExp> = {
    about: /who owns The Ledger/,
    masthead: /the editor in charge, by name/,
    corrections: /how soon they answer/,
    ethics: /unnamed source/,
    contact: /email address/,
    accessibility: /who answers these reports/,
  };
  for (const kind of PAGE_KINDS) {
    const todos = todoLines(pageSource(kind, "The Ledger"));
    assert.ok(todos.length >= 1, kind);
    assert.ok(todos.some((line) => asks[kind].test(line)), `${kind}: ${todos.join(" | ")}`);
  }
});

templates("the accessibility statement names its target and its checks and links to the contact page", () => {
  const source = pageSource("accessibility", "The Ledger");
  assert.match(source, "WCAG) 2.2 at level AA");
  assert.match(source, "axe-core");
  assert.match(source, "HTML validator");
  assert.match(source, "## Known limitations");
  assert.match(source, "[Contact](/contact/)");
});

templates("ethics is the standards page the site's policies point at", () => {
  assert.is(PAGE_TEMPLATES.ethics.file, "standards.md");
  assert.is(PAGE_TEMPLATES.ethics.permalink, "/standards/");
  assert.is(PAGE_TEMPLATES.masthead.layout, "masthead.11ty.ts");
  assert.is(PAGE_TEMPLATES.corrections.layout, "corrections.11ty.ts");
});
templates.run();

const writing = suite("createPage and createPages");

writing("writes the page and refuses to overwrite it", () => {
  const dir = tempDir();
  try {
    const file = createPage("masthead", { pagesDir: dir, siteName: "The Ledger" });
    assert.is(file, path.join(dir, "masthead.md"));
    assert.is(fs.readFileSync(file, "utf8"), pageSource("masthead", "The Ledger"));
    fs.writeFileSync(file, "The editor's own text.\n");
    assert.throws(
      () => createPage("masthead", { pagesDir: dir, siteName: "The Ledger" }),
      (e: unknown) => e instanceof NewPageError && e.message === `${file} already exists; nothing was written. Edit that file instead.`,
    );
    assert.is(fs.readFileSync(file, "utf8"), "The editor's own text.\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

writing("writes every missing page, skips those that exist and leaves them as they were", () => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, "contact.md"), "Our own contact page.\n");
    fs.writeFileSync(path.join(dir, "standards.md"), "Our own standards.\n");
    const { written, skipped } = createPages({ pagesDir: path.join(dir), siteName: "The Ledger" });
    assert.equal(written, ["about.md", "masthead.md", "corrections.md", "accessibility.md"].map((f) => path.join(dir, f)));
    assert.equal(skipped, ["standards.md", "contact.md"].map((f) => path.join(dir, f)));
    assert.is(fs.readFileSync(path.join(dir, "contact.md"), "utf8"), "Our own contact page.\n");
    assert.equal(createPages({ pagesDir: dir, siteName: "The Ledger" }).written, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

writing("makes the content folder when there is none", () => {
  const dir = tempDir();
  try {
    const file = createPage("about", { pagesDir: path.join(dir, "site/content"), siteName: "The Ledger" });
    assert.ok(fs.existsSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
writing.run();

const args = suite("npm run new arguments");

args("a headline is a headline, word for word, as before", () => {
  assert.equal(parseNewCommand(["Harbor", "bridge", "closes"]), { make: "article", title: "Harbor bridge closes" });
  assert.equal(parseNewCommand(["Why --pages matter"]), { make: "article", title: "Why --pages matter" });
  assert.equal(parseNewCommand([]), { make: "article", title: "" });
});

args("--page <kind>, --page=<kind> and --pages", () => {
  assert.equal(parseNewCommand(["--page", "accessibility"]), { make: "page", kind: "accessibility" });
  assert.equal(parseNewCommand(["--page=masthead"]), { make: "page", kind: "masthead" });
  assert.equal(parseNewCommand(["--pages"]), { make: "pages" });
});

args("an unknown or missing kind names every kind, and the nearest one", () => {
  const kinds = "`about`, `masthead`, `corrections`, `ethics`, `contact`, `accessibility`";
  const refused = (argv: string[], message: string) =>
    assert.throws(() => parseNewCommand(argv), (e: unknown) => e instanceof NewPageError && e.message === message, argv.join(" "));
  refused(["--page", "mastead"], `\`--page\`: found \`mastead\`, expected one of ${kinds}; did you mean \`masthead\`?`);
  refused(["--page", "privacy"], `\`--page\`: found \`privacy\`, expected one of ${kinds}`);
  refused(["--page"], `\`--page\` needs a kind: one of ${kinds}, e.g. npm run new -- --page about (or --pages for every one)`);
  refused(["--page="], `\`--page\` needs a kind: one of ${kinds}, e.g. npm run new -- --page about (or --pages for every one)`);
  refused(["--page", "about", "contact"], "`--page about`: found `contact` after it, expected nothing more");
  refused(["--pages", "about"], "`--pages`: found `about` after it, expected nothing more");
  assert.is(pageKind("contact"), "contact");
});
args.run();

const cli = suite("npm run new --page / --pages");

const run = (argv: string[], pagesDir: string) =>
  spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/new-article.ts"), ...argv], {
    encoding: "utf8",
    env: { ...process.env, NEWSDESK_PAGES_DIR: pagesDir },
    timeout: 30_000,
  });

cli("--page prints the path, then exits 1 the second time; an unknown kind exits 1 naming the kinds", () => {
  const dir = tempDir();
  try {
    const first = run(["--page", "accessibility"], dir);
    assert.is(first.status, 0, first.stderr);
    assert.is(first.stdout.trim(), path.join(dir, "accessibility.md"));
    assert.match(fs.readFileSync(first.stdout.trim(), "utf8"), "permalink: /accessibility/");
    const second = run(["--page", "accessibility"], dir);
    assert.is(second.status, 1);
    assert.is(second.stderr.trim(), `npm run new: ${path.join(dir, "accessibility.md")} already exists; nothing was written. Edit that file instead.`);
    const unknown = run(["--page", "privacy"], dir);
    assert.is(unknown.status, 1);
    assert.is(unknown.stderr.trim(), "npm run new: `--page`: found `privacy`, expected one of `about`, `masthead`, `corrections`, `ethics`, `contact`, `accessibility`");
    assert.equal(fs.readdirSync(dir), ["accessibility.md"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

cli("--pages lists what it wrote and what it skipped, and exits 0", () => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, "about.md"), "Ours.\n");
    const result = run(["--pages"], dir);
    assert.is(result.status, 0, result.stderr);
    assert.equal(result.stdout.trimEnd().split("\n"), [
      `wrote   ${path.join(dir, "masthead.md")}`,
      `wrote   ${path.join(dir, "corrections.md")}`,
      `wrote   ${path.join(dir, "standards.md")}`,
      `wrote   ${path.join(dir, "contact.md")}`,
      `wrote   ${path.join(dir, "accessibility.md")}`,
      `skipped ${path.join(dir, "about.md")} (it exists)`,
    ]);
    assert.is(fs.readFileSync(path.join(dir, "about.md"), "utf8"), "Ours.\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
cli.run();
