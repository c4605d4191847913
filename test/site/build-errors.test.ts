// Integration: bad front matter and clashing URLs fail the build with every problem listed.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ContentError } from "../../plugins/newsdesk/errors.ts";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";

const DATES = "a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`";

function innermost(error: unknown): unknown {
  let e = error;
  while (e instanceof Error && (e as { originalError?: unknown }).originalError) e = (e as { originalError?: unknown }).originalError;
  return e;
}

const BadFrontMatter = suite<{ build: SiteBuild }>("bad front matter");

BadFrontMatter.before(async (context) => {
  context.build = await buildSite({ fixture: "test/site/fixtures/bad-front-matter" });
});

BadFrontMatter("fails with a ContentError", ({ build }) => {
  assert.ok(build.error, "the build should fail");
  assert.instance(innermost(build.error), ContentError);
});

BadFrontMatter("lists every problem of every file, sorted, with file:line", ({ build }) => {
  const known = "`title`, `date`, `dek`, `authors`, `topics`, `image`, `updated`, `draft`, `series`, `slug`, `related`, `type`, `corrections`, `permalink`, `eleventyExcludeFromCollections`";
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (18 problems):",
      "content/news/a-many-problems.md:1: `title`: found nothing, expected the headline as text",
      "content/news/a-many-problems.md:2: `titel`: unknown field, did you mean `title`?",
      `content/news/a-many-problems.md:3: \`date\`: found \`"May the 4th"\`, expected ${DATES}`,
      "content/news/a-many-problems.md:4: `dek`: found `12` (a number), expected text",
      "content/news/a-many-problems.md:7: `authors[1].rol`: unknown field, did you mean `role`?",
      "content/news/a-many-problems.md:8: `authors[2].name`: found nothing, expected the author's name as text, or the `slug` of their profile in content/authors.json",
      'content/news/a-many-problems.md:9: `authors[3]`: found `"Just a string"`, expected an author such as `- slug: ana-ruiz` (a profile in content/authors.json) or `- name: Ana Ruiz`',
      'content/news/a-many-problems.md:10: `topics`: found `"Courts"`, expected a list of topic names (e.g. `topics: [Public safety, Courts]`)',
      "content/news/a-many-problems.md:11: `image.alt`: found nothing, expected a text alternative describing the image",
      'content/news/a-many-problems.md:14: `draft`: found `"yes"`, expected `true` or `false`',
      'content/news/a-many-problems.md:15: `slug`: found `"Not A Slug"`, expected lower-case letters, digits and single hyphens, e.g. `council-budget-vote`',
      `content/news/a-many-problems.md:16: \`colour\`: unknown field, expected one of ${known}`,
      'content/news/b-updated-before.md:4: `updated`: found `"2023-05-02 09:00"`, which is before `date` (`"2023-05-02 10:00"`), expected the same time as `date` or later',
      'content/news/b-updated-before.md:7: `authors[1].url`: found `"javascript:alert(1)"`, expected an `https://` address or a site path starting with a single `/`',
      'content/news/b-updated-before.md:8: `topics[2]`: found `"courts"`, the same topic as `"Courts"`, expected each topic once',
      "content/news/c-missing.md:1: `title`: found nothing, expected the headline as text",
      `content/news/c-missing.md:1: \`date\`: found nothing, expected ${DATES}`,
      "content/news/d-bad-yaml.md:3: front matter: found invalid YAML (unexpected end of the stream within a flow collection), expected `key: value` lines",
    ].join("\n"),
  );
});

BadFrontMatter("renders nothing once problems are found", ({ build }) => {
  assert.equal(build.results, []);
});

BadFrontMatter.run();

const DuplicateUrls = suite<{ build: SiteBuild }>("duplicate URLs");

DuplicateUrls.before(async (context) => {
  context.build = await buildSite({ fixture: "test/site/fixtures/duplicate-urls" });
});

DuplicateUrls("names every file that shares a URL, at its title or slug line", ({ build }) => {
  const url = "`/news/2023/05/02/same-headline/`";
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (3 problems):",
      `content/news/first.md:2: \`title\`: found the URL ${url}, which \`content/news/second.md\`, \`content/news/third.md\` also have, expected a URL of its own (set a different \`slug\`)`,
      `content/news/second.md:2: \`title\`: found the URL ${url}, which \`content/news/first.md\`, \`content/news/third.md\` also have, expected a URL of its own (set a different \`slug\`)`,
      `content/news/third.md:4: \`slug\`: found the URL ${url}, which \`content/news/first.md\`, \`content/news/second.md\` also have, expected a URL of its own (set a different \`slug\`)`,
    ].join("\n"),
  );
});

DuplicateUrls("reports duplicates together with front-matter problems", async () => {
  const build = await buildSite({
    fixture: "test/site/fixtures/duplicate-urls",
    files: { "news/fourth.md": "---\ntitle: Fine\ndate: 2023-05-02\ntitel: oops\n---\n" },
  });
  const text = errorText(build);
  // One report: duplicates no longer stop the build before the other problems are found.
  assert.ok(text.startsWith("Newsdesk found problems in your content (4 problems):"), text);
  assert.ok(text.includes("content/news/fourth.md:4: `titel`: unknown field, did you mean `title`?"), text);
});

DuplicateUrls.run();

const OneReport = suite("one report for the whole build");

OneReport("lists front-matter, directive and image problems of different files together", async () => {
  const build = await buildSite({
    fixture: "test/site/fixtures/basic",
    files: {
      "news/zz-front-matter.md": "---\ntitle: Fine\ndate: 2023-05-02\ntitel: oops\n---\n\nBody.\n",
      "news/zz-directives.md": [
        "---",
        "title: Directives",
        "date: 2023-05-03",
        "---",
        "",
        ":::pullqoute",
        "Hello.",
        ":::",
        "",
        "![A chart](missing-chart.png)",
        "",
      ].join("\n"),
    },
  });
  const text = errorText(build);
  assert.ok(text.startsWith("Newsdesk found problems in your content (3 problems):"), text);
  assert.ok(text.includes("content/news/zz-front-matter.md:4: `titel`: unknown field, did you mean `title`?"), text);
  assert.ok(text.includes("content/news/zz-directives.md:6: unknown directive `:::pullqoute`"), text);
  assert.ok(/content\/news\/zz-directives\.md:10: .*missing-chart\.png/.test(text), text);
});

OneReport.run();
