// `npm run build` with content mistakes: one `file:line: message` line per problem, grouped by
// file, suggestions for misspelled fields, no stack trace — unless an engineer asks for one.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readArticles, runBuild, type CliRun } from "./cli-site.ts";

const BAD = readArticles("./fixtures/bad-site/content/news/");

const EXPECTED = `Newsdesk found 5 problems in 2 files:

content/news/council-budget.md:1: \`title\`: found nothing, expected the headline as text
content/news/council-budget.md:2: \`titel\`: unknown field, did you mean \`title\`?

content/news/harbor-bridge.md:3: \`date\`: found \`"next Tuesday"\`, expected a date such as \`2023-05-02\`, \`2023-05-02 09:30\` or \`2023-05-02T09:30:00-04:00\`
content/news/harbor-bridge.md:4: \`authors\`: found \`"Ana Ruiz"\`, expected a list of authors, each \`- slug: ana-ruiz\` (a profile in content/authors.json) or \`- name: Ana Ruiz\`
content/news/harbor-bridge.md:5: \`drft\`: unknown field, did you mean \`draft\`?

(Stack traces: run with --verbose or NEWSDESK_DEBUG=1.)`;

// Eleventy prefixes each line it prints with `[11ty] `.
const STACK_LINE = /^(\[11ty\] )?\s+at \S.*:\d+:\d+\)?$/m;

const plain = suite<{ run: CliRun }>("npm run build: content errors for people");
plain.before((ctx) => {
  ctx.run = runBuild(BAD);
});

plain("fails with exit status 1", ({ run }) => {
  assert.is(run.status, 1, run.stdout + run.stderr);
});

plain("prints exactly the problems, grouped by file, with suggestions", ({ run }) => {
  assert.ok(run.stderr.includes(EXPECTED), `stderr was:\n${run.stderr}`);
  // Said once, not again by Eleventy's own handler.
  assert.is(run.stderr.split("Newsdesk found").length - 1, 1);
});

plain("prints no stack trace and no Eleventy error wrapper", ({ run }) => {
  const all = run.stdout + run.stderr;
  assert.not.match(all, STACK_LINE);
  assert.not.match(all, "Original error stack trace");
  assert.not.match(all, "Problem writing Eleventy templates");
});
plain.run();

const verbose = suite("npm run build: stack traces for engineers");

verbose("--verbose prints Eleventy's full report with the stack", () => {
  const run = runBuild(BAD, ["--verbose"]);
  assert.is(run.status, 1);
  assert.match(run.stderr, "(via ContentError)");
  assert.match(run.stderr, STACK_LINE);
  assert.match(run.stderr, "content/news/harbor-bridge.md:5: `drft`: unknown field, did you mean `draft`?");
});

verbose("NEWSDESK_DEBUG=1 does the same", () => {
  const run = runBuild(BAD, [], { NEWSDESK_DEBUG: "1" });
  assert.is(run.status, 1);
  assert.match(run.stderr, STACK_LINE);
});
verbose.run();

const flags = suite("npm run build: Eleventy's flags still work");

flags("--pathprefix and an unknown flag", () => {
  const ok = runBuild({ "fine.md": "---\ntitle: Fine\ndate: 2024-05-02\n---\n\nText.\n" }, ["--pathprefix=/x/", "--quiet"]);
  assert.is(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Wrote \d+ files/);
  const bad = runBuild({}, ["--bogus"]);
  assert.is(bad.status, 1);
  assert.match(bad.stderr, "We don’t know what '--bogus' is.");
});
flags.run();
