// ProblemReport: one place where a build's problems are kept once each, and thrown together.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ContentError, type Problem } from "../../plugins/newsdesk/index.ts";
import { ProblemReport } from "../../src/problems/problem-report.ts";

const Report = suite("ProblemReport");

const unknown: Problem = { file: "content/news/a.md", line: 12, message: "unknown directive `::stta`" };

Report("keeps each error once, however often it is reported, and throws them all", async () => {
  const report = new ProblemReport(() => undefined);
  report.add(unknown);
  report.add({ ...unknown });
  report.add({ file: "content/news/b.md", line: 3, message: "`date`: found nothing" });
  assert.is(report.errors.length, 2);
  try {
    await report.finish();
    assert.unreachable("a report with errors throws");
  } catch (error) {
    assert.instance(error, ContentError);
    assert.match((error as Error).message, "(2 problems):\ncontent/news/a.md:12: unknown directive `::stta`\ncontent/news/b.md:3:");
  }
});

Report("prints each warning once and does not fail the build for it", async () => {
  const printed: string[] = [];
  const report = new ProblemReport((text) => printed.push(text));
  const warning: Problem = { file: "content/news/a.md", line: 4, message: "pull quote not in the body", severity: "warning" };
  report.add(warning);
  report.add(warning);
  await report.finish();
  assert.equal(printed, ["content/news/a.md:4: warning: pull quote not in the body"]);
  assert.equal(report.warnings, [warning], "kept once, for the preview's panel");
  report.reset();
  assert.equal(report.warnings, []);
});

Report("runs every finisher, in order, with the written build, and adds what they return", async () => {
  const report = new ProblemReport(() => undefined);
  const ran: string[] = [];
  report.beforeFinish(async () => void ran.push("images"));
  report.beforeFinish(async ({ results }) => {
    ran.push(`articles saw ${results?.length} pages`);
    return [unknown];
  });
  await report.finish({ results: [{ url: "/" }, { url: "/news/" }] }).catch(() => undefined);
  assert.equal(ran, ["images", "articles saw 2 pages"]);
  assert.equal(report.errors, [unknown]);
});

Report("forgets the last build's problems when a new one starts", async () => {
  const report = new ProblemReport(() => undefined);
  report.add(unknown);
  report.reset();
  await report.finish();
  assert.equal(report.errors, []);
});

Report.run();
