// The dev server's pure parts: CLI flags, the error report, the error page, request matching and
// the module-URL stamping of the fresh-modules hook.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseCliArgs } from "../../src/dev/cli-args.ts";
import { findContentProblems, formatReport } from "../../src/dev/content-errors.ts";
import { renderErrorPage } from "../../src/dev/error-page.ts";
import { errorPageMiddleware, isPageRequest } from "../../src/dev/dev-middleware.ts";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isProjectModule, stampGeneration } from "../../src/dev/fresh-modules-hook.ts";
import { wantsStackTraces } from "../../src/dev/error-reporter.ts";
import { ContentError } from "../../plugins/newsdesk/errors.ts";

const cli = suite("parseCliArgs");
cli("reads Eleventy's flags in both spellings, and ours", () => {
  const args = parseCliArgs(["--config=eleventy.config.ts", "--pathprefix", "/x/", "--serve", "--port=8090", "--verbose", "--incremental"]);
  assert.is(args.config, "eleventy.config.ts");
  assert.is(args.pathprefix, "/x/");
  assert.is(args.serve, true);
  assert.is(args.port, "8090");
  assert.is(args.verbose, true);
  assert.is(args.incremental, "");
  assert.is(args.to, "fs");
  assert.is(parseCliArgs(["--incremental=content/news/a.md"]).incremental, "content/news/a.md");
  assert.is(parseCliArgs(["--quiet=false"]).quiet, false);
});
cli("refuses unknown flags with Eleventy's wording", () => {
  assert.throws(() => parseCliArgs(["--verbos"]), /We don’t know what '--verbos' is/);
  assert.throws(() => parseCliArgs(["stray"]), /We don’t know what 'stray' is/);
});
cli.run();

const report = suite("formatReport");
const problems = [
  { file: "content/news/b.md", line: 9, message: "second file" },
  { file: "content/news/a.md", line: 7, message: "later line" },
  { file: "content/news/a.md", line: 2, message: "`titel`: unknown field, did you mean `title`?" },
];
report("groups by file, sorts by line, one line each", () => {
  assert.is(
    formatReport(problems),
    [
      "Newsdesk found 3 problems in 2 files:",
      "",
      "content/news/a.md:2: `titel`: unknown field, did you mean `title`?",
      "content/news/a.md:7: later line",
      "",
      "content/news/b.md:9: second file",
      "",
      "(Stack traces: run with --verbose or NEWSDESK_DEBUG=1.)",
    ].join("\n"),
  );
});
report("finds a ContentError inside Eleventy's wrappers, by name", () => {
  const inner = new ContentError([problems[0]!]);
  const wrapped = Object.assign(new Error("Problem writing Eleventy templates"), { originalError: Object.assign(new Error("x"), { cause: inner }) });
  assert.equal(findContentProblems(wrapped), [problems[0]]);
  assert.is(findContentProblems(new Error("a bug")), undefined);
});
report("stack traces on --verbose, NEWSDESK_DEBUG=1 or DEBUG=Eleventy*", () => {
  assert.is(wantsStackTraces(false, {}), false);
  assert.is(wantsStackTraces(true, {}), true);
  assert.is(wantsStackTraces(false, { NEWSDESK_DEBUG: "1" }), true);
  assert.is(wantsStackTraces(false, { DEBUG: "Eleventy*" }), true);
});
report.run();

const page = suite("renderErrorPage");
page("escapes messages, marks code, lists the previewed file first", () => {
  const html = renderErrorPage(
    [
      { file: "content/news/a.md", line: 1, message: "found `<script>` & more" },
      { file: "content/news/z.md", line: 4, message: "plain" },
    ],
    "content/news/z.md",
  );
  assert.match(html, "found <code>&lt;script&gt;</code> &amp; more");
  assert.not.match(html, "<script>");
  assert.ok(html.indexOf("content/news/z.md") < html.indexOf("content/news/a.md"), "this page first");
  assert.match(html, '<h1>Newsdesk found 2 problems in 2 files</h1>');
  assert.match(html, '<html lang="en">');
});
page.run();

const requests = suite("isPageRequest");
requests("pages, not assets", () => {
  assert.ok(isPageRequest("GET", "/news/2023/05/02/x/"));
  assert.ok(isPageRequest("GET", "/404.html"));
  assert.ok(isPageRequest("GET", "/news"));
  assert.not.ok(isPageRequest("GET", "/assets/site.css"));
  assert.not.ok(isPageRequest("POST", "/"));
});
requests("the error-page middleware passes on a path it cannot decode instead of throwing", () => {
  let passed = false;
  const res = { end: () => assert.unreachable("answered") } as unknown as ServerResponse;
  errorPageMiddleware({ method: "GET", url: "/%ff" } as IncomingMessage, res, () => (passed = true));
  assert.ok(passed);
});
requests.run();

const hook = suite("fresh-modules hook");
hook("stamps project modules only, keeping Eleventy's own query", () => {
  const root = "file:///work/site/";
  assert.ok(isProjectModule("file:///work/site/plugins/newsdesk/plugin.ts", root));
  assert.not.ok(isProjectModule("file:///work/site/node_modules/markdown-it/index.mjs", root));
  assert.not.ok(isProjectModule("file:///elsewhere/x.ts", root));
  assert.is(stampGeneration("file:///work/site/layouts/a.11ty.ts?_cache_bust=17", 3), "file:///work/site/layouts/a.11ty.ts?_cache_bust=17&nd_gen=3");
  assert.is(stampGeneration("file:///work/site/src/x.ts?nd_gen=2", 3), "file:///work/site/src/x.ts?nd_gen=3");
});
hook.run();
