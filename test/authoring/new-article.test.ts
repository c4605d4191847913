// `npm run new`: the draft it writes, its date in the site's zone, and that it never overwrites.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as yaml from "js-yaml";
import { articleSource, createArticle, NewArticleError, todayIn } from "../../src/authoring/new-article.ts";
import { validateFrontMatter } from "../../src/front-matter/validate.ts";
import { site } from "../../src/site.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const unit = suite("new-article");

unit("today is the calendar date in the site's zone, not UTC's", () => {
  // 02:30 UTC on 1 March is still 28 February in New York.
  assert.is(todayIn("America/New_York", new Date("2024-03-01T02:30:00Z")), "2024-02-29");
  assert.is(todayIn("Europe/Berlin", new Date("2024-02-29T23:30:00Z")), "2024-03-01");
});

unit("the draft has every field, passes front-matter validation and is a draft", () => {
  const source = articleSource('Council votes 7–2: "yes" to the budget', "2024-05-02");
  const front = yaml.load(source.split("---\n")[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  assert.equal(Object.keys(front), ["title", "date", "dek", "authors", "topics", "draft"]);
  assert.is(front.title, 'Council votes 7–2: "yes" to the budget');
  assert.is(front.date, "2024-05-02");
  assert.is(front.draft, true);
  assert.equal(validateFrontMatter(front, site.timeZone), []);
});

unit("writes <slug>.md and refuses to overwrite it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-new-"));
  try {
    const options = { title: "Harbor bridge closes for repairs", contentDir: dir, zone: site.timeZone };
    const file = createArticle(options);
    assert.is(file, path.join(dir, "harbor-bridge-closes-for-repairs.md"));
    fs.appendFileSync(file, "The journalist's work.\n");
    const before = fs.readFileSync(file, "utf8");
    assert.throws(() => createArticle(options), (e: unknown) => e instanceof NewArticleError && /already exists; nothing was written/.test(e.message));
    assert.is(fs.readFileSync(file, "utf8"), before);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

unit("a headline without letters or digits is refused", () => {
  assert.throws(
    () => createArticle({ title: "!!!", contentDir: os.tmpdir(), zone: site.timeZone }),
    (e: unknown) => e instanceof NewArticleError && e.message === 'The headline "!!!" has no letters or digits to make a file name from.',
  );
});

unit("a missing headline is refused with the command to type", () => {
  for (const title of ["", "   "]) {
    assert.throws(
      () => createArticle({ title, contentDir: os.tmpdir(), zone: site.timeZone }),
      (e: unknown) => e instanceof NewArticleError && e.message === 'Give the headline in quotes: npm run new -- "Headline of the story"',
    );
  }
});
unit.run();

const cli = suite("npm run new");

cli("prints the path, then exits 1 with a clear message the second time", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-new-"));
  const run = () =>
    spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/new-article.ts"), "Headline of the story"], {
      encoding: "utf8",
      env: { ...process.env, NEWSDESK_CONTENT_DIR: dir },
      timeout: 30_000,
    });
  try {
    const first = run();
    assert.is(first.status, 0, first.stderr);
    assert.is(first.stdout.trim(), path.join(dir, "headline-of-the-story.md"));
    assert.ok(fs.readFileSync(first.stdout.trim(), "utf8").includes('title: "Headline of the story"'));
    const second = run();
    assert.is(second.status, 1);
    assert.is(second.stderr.trim(), `npm run new: ${path.join(dir, "headline-of-the-story.md")} already exists; nothing was written. Edit that file, or choose a different headline.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
cli.run();
