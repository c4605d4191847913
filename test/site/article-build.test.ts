// ArticleBuild without Eleventy: one build's articles read, collected, rendered and checked at the end.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ArticleBuild } from "../../src/articles/article-build.ts";
import { ImagePipeline } from "../../src/images/image-pipeline.ts";
import { ProblemReport } from "../../src/problems/problem-report.ts";

const Build = suite<{ input: string; output: string }>("ArticleBuild");

Build.before((context) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-article-build-"));
  context.input = path.join(root, "content");
  context.output = path.join(root, "_site");
  fs.mkdirSync(path.join(context.input, "news"), { recursive: true });
  const write = (name: string, text: string) => fs.writeFileSync(path.join(context.input, "news", name), text);
  write("older.md", "---\ntitle: The older story\ndate: 2024-05-01\ntopics: [Courts]\n---\nFirst.\n");
  write("newer.md", "---\ntitle: The newer story\ndate: 2024-05-02 09:30\ntopics: [Courts]\n---\n::stta[oops]\n");
  write("draft.md", "---\ntitle: A draft\ndate: 2024-05-03\ndraft: true\n---\nNot yet.\n");
  write("broken.md", "---\ntitle: No date\n---\nBody.\n");
});
Build.after(({ input }) => fs.rmSync(path.dirname(input), { recursive: true, force: true }));

function articleBuild(report: ProblemReport, devMode = false): ArticleBuild {
  return new ArticleBuild({
    site: { timeZone: "America/New_York", pageSize: 20, language: "en-US" },
    plugin: { locale: "en-US", timeZone: "America/New_York" },
    report,
    images: new ImagePipeline("/nonexistent/images", "/nonexistent/_site"),
    devMode,
  });
}

Build("reads the published articles, oldest first, and reports the broken one with its line", ({ input, output }) => {
  const report = new ProblemReport(() => undefined);
  const build = articleBuild(report);
  build.start({ input, output }, Date.parse("2026-01-01"));
  assert.equal(build.collections.articlePages.map((a) => a.url), ["/news/2024/05/01/the-older-story/", "/news/2024/05/02/the-newer-story/"]);
  assert.equal(build.collections.topics.map((t) => [t.name, t.articles.length]), [["Courts", 2]]);
  assert.is(report.errors.length, 1);
  assert.ok(report.errors[0]!.file.endsWith("content/news/broken.md"), report.errors[0]!.file);
  assert.is(report.errors[0]!.line, 1);
  assert.match(report.errors[0]!.message, "`date`");
});

Build("renders a body on request; its directive problem joins the same report with its file line", async ({ input, output }) => {
  const report = new ProblemReport(() => undefined);
  const build = articleBuild(report);
  build.start({ input, output }, Date.parse("2026-01-01"));
  const newer = build.collections.articlePages[1]!;
  await newer.html();
  const directive = report.errors.find((p) => p.file.endsWith("news/newer.md"));
  assert.ok(directive, "the unknown directive is reported");
  assert.is(directive!.line, 6, "the file's line: four lines of front matter, then the body");
});

Build("at the end of a production build, names the news folder when no article page was written", async ({ input, output }) => {
  const build = articleBuild(new ProblemReport(() => undefined));
  build.start({ input, output }, Date.parse("2026-01-01"));
  const missing = await build.finish(() => [], [{ url: "/" }]);
  assert.is(missing.length, 1);
  assert.match(missing[0]!.message, "found 2 articles and wrote no article page");
  assert.equal(await build.finish(() => [], [{ url: "/news/2024/05/01/the-older-story/" }]), []);
});

Build("in npm start, builds drafts too", ({ input, output }) => {
  const build = articleBuild(new ProblemReport(() => undefined), true);
  build.start({ input, output }, Date.parse("2026-01-01"));
  assert.ok(build.articles.some((a) => a.data.title === "A draft"));
});

Build.run();
