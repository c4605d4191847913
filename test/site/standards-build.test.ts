// Integration: the standards page, the footer's links to the newsroom's pages (masthead and accessibility statement too), and the publisher's policy links in JSON-LD.
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText } from "../helpers/build-site.ts";

const ARTICLE = '---\ntitle: "A story"\ndate: 2024-04-01 09:00\nauthors:\n  - name: Ana Ruiz\n---\n\nText.\n';
const publisher = (page: string) => JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!)["@graph"][0].publisher;

const Standards = suite("standards pages");

Standards("the standards page is built, the footer links it, and the publisher is a NewsMediaOrganization linking its policies", async () => {
  const build = await buildSite({ files: { "news/a.md": ARTICLE } });
  if (build.error) throw new Error(errorText(build));
  const standards = build.page("/standards/")!.content;
  assert.match(standards, '<h1 class="page__title">Standards and ethics</h1>');
  const article = build.page("/news/2024/04/01/a-story/")!.content;
  assert.match(
    article,
    [
      '<li><a href="/about/">About</a></li>',
      '<li><a href="/masthead/">Masthead</a></li>',
      '<li><a href="/corrections/">Corrections</a></li>',
      '<li><a href="/standards/">Standards</a></li>',
      '<li><a href="/authors/">Authors</a></li>',
      '<li><a href="/accessibility/">Accessibility</a></li>',
      '<li><a href="/contact/">Contact</a></li>',
    ].join("\n"),
  );
  assert.equal(publisher(article), {
    "@type": "NewsMediaOrganization",
    name: "The Newsdesk",
    url: "https://news.example.org/",
    logo: publisher(article).logo,
    publishingPrinciples: "https://news.example.org/standards/",
    ethicsPolicy: "https://news.example.org/standards/",
    correctionsPolicy: "https://news.example.org/corrections/",
    masthead: "https://news.example.org/masthead/",
  });
  // schema.org has no property for an accessibility statement: none is made up.
  assert.not.match(JSON.stringify(publisher(article)), "accessibility");
});

Standards("a policy page the site does not build is neither in the footer nor in JSON-LD", async () => {
  const build = await buildSite({ files: { "news/a.md": ARTICLE }, prepare: (input) => fs.rmSync(path.join(input, "standards.md")) });
  if (build.error) throw new Error(errorText(build));
  const article = build.page("/news/2024/04/01/a-story/")!.content;
  assert.not.match(article, 'href="/standards/"');
  const org = publisher(article);
  assert.is(org.publishingPrinciples, undefined);
  assert.is(org.ethicsPolicy, undefined);
  assert.is(org.correctionsPolicy, "https://news.example.org/corrections/");
});

Standards("without a masthead or an accessibility page, neither is in the footer, and JSON-LD names no masthead", async () => {
  const build = await buildSite({
    files: { "news/a.md": ARTICLE },
    prepare: (input) => {
      fs.rmSync(path.join(input, "masthead.md"));
      fs.rmSync(path.join(input, "accessibility.md"));
    },
  });
  if (build.error) throw new Error(errorText(build));
  const article = build.page("/news/2024/04/01/a-story/")!.content;
  assert.not.match(article, 'href="/masthead/"');
  assert.not.match(article, 'href="/accessibility/"');
  assert.match(article, '<li><a href="/authors/">Authors</a></li>\n<li><a href="/contact/">Contact</a></li>');
  assert.is(publisher(article).masthead, undefined);
  assert.is(publisher(article).correctionsPolicy, "https://news.example.org/corrections/");
});

Standards.run();
