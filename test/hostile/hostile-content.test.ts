// Hostile and careless content (issue 15): each case is built with the site and ends in a file:line problem or a documented result.
// Cases that do not interfere share a build: every problem of a build is listed in one report.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";

let cases = 0;

/** An article: front matter lines after a title (its own, so that no two share a URL) and date, then a body. */
function article(frontMatter: string[], body = "Body text.", title = `Hostile case ${++cases}`, date = "2023-05-02"): string {
  return ["---", `title: ${JSON.stringify(title)}`, `date: ${date}`, ...frontMatter, "---", "", body, ""].join("\n");
}

/** The repository's own sample image, outside every temp input the helper makes. */
const OUTSIDE_IMAGE = path.resolve("content/images/network-map.jpg");
/** From a temp input's `images/` (and its `news/`): up to the repository, then its content/images/. */
const UP_TO_REPO = "../../../../content/images/network-map.jpg";

/** The report's lines for one file (the header line left out). */
function linesOf(text: string, file: string): string[] {
  return text.split("\n").filter((line) => line.startsWith(`content/news/${file}:`));
}

const Refused = suite<{ build: SiteBuild; text: string }>("hostile content refused in a production build");

Refused.before(async (context) => {
  context.build = await buildSite({
    files: {
      // Security
      "news/lead-image-outside.md": article(["image:", `  src: ${UP_TO_REPO}`, "  alt: A map"]),
      "news/lead-image-missing-outside.md": article(["image:", "  src: ../../../outside/secret.jpg", "  alt: A secret"]),
      "news/lead-image-link.md": article(["image:", "  src: leak.jpg", "  alt: A leak"]),
      "news/body-image-outside.md": article([], `![A map](${UP_TO_REPO})`),
      "news/author-urls.md": article(["authors:", "  - name: A", "    url: //evil.example/x", "  - name: B", '    url: "/\\\\evil.example/x"', "  - name: C", '    url: "https://"']),
      "news/remote-images.md": article([], "![Remote](https://evil.example/x.png)\n\n![Inline](data:image/png;base64,iVBORw0KGgo=)"),
      "news/raw-html.md": article(
        [],
        [
          "<script>alert(1)</script>",
          "",
          'A <a href="javascript:alert(1)">link</a> and <span onclick="steal()">text</span>.',
          "",
          '<div style="color: red">',
          '<iframe src="https://evil.example/embed" title="Embed"></iframe>',
          "</div>",
          "",
          '<img src="https://evil.example/x.png" alt="x">',
          "",
          '<a href="jav&#x09;ascript:alert(1)">encoded</a> <a href="javascript&colon;alert(1)">named</a>',
        ].join("\n"),
      ),
      // Stack traces before
      "news/not-an-image.md": article(["image:", "  src: notes.jpg", "  alt: Notes"]),
      "images/notes.jpg": "This is a text file with a .jpg name.\n",
      "news/long-title.md": article([], "Body.", "A".repeat(300)),
      "news/long-slug.md": article([`slug: ${"a".repeat(300)}`]),
      "news/long-topic.md": article([`topics: [${"T".repeat(300)}]`]),
      // Silent loss or wrong output before
      "news/upper-case.MD": article([]),
      "news/long-extension.markdown": article([]),
      "news/time-only.md": article([], "Body.", "Time only", '"09:30"'),
      "news/offset.md": article([], "Body.", "Offset", '"2023-05-02T09:30:00+25:00"'),
      "news/updated-future.md": article(["updated: 2099-01-01"]),
      "news/both-problems.md": article(["titel: Misspelled"], ":::pullqoute\nQuoted.\n:::\n\n<script>x()</script>"),
      "news/byte-order-mark.md": `\uFEFF${article(["titel: Misspelled"], "Text.\n\n![](missing.png)")}`,
      "news/many-topics.md": article([`topics: [${Array.from({ length: 3000 }, (_, i) => `Topic ${i}`).join(", ")}]`]),
      "news/placeholders.md": article(['dek: "TODO: one or two sentences under the headline."', "authors:", '  - name: "TODO: your name"', "topics:", '  - "TODO: a topic, e.g. Public safety"'], "TODO: the first paragraph."),
      "news/deep-nesting.md": article([], `${">".repeat(120)} deep\n\nThe rest of the story.`),
      "news/topic-c-plus-plus.md": article(["topics: [C++]"]),
      "news/topic-c.md": article(["topics: [C]"]),
      // A Markdown page outside news/ is held to the articles' raw HTML rules.
      "hostile-page.md": ["---", "title: A page", "---", "", "Text.", "", "<script>alert(1)</script>", ""].join("\n"),
      // A site page from `npm run new -- --page` with a `TODO:` line left in it.
      "placeholder-page.md": ["---", "title: Contact", "layout: page.11ty.ts", "---", "", "Write to us.", "", "TODO: the newsroom's email address.", ""].join("\n"),
    },
    prepare(input) {
      fs.writeFileSync(path.join(input, "news/latin-1.md"), Buffer.from(article([], "Caf\xe9 au lait."), "latin1"));
      fs.symlinkSync(OUTSIDE_IMAGE, path.join(input, "images/leak.jpg"));
      fs.symlinkSync(path.resolve("README.md"), path.join(input, "news/linked-outside.md"));
      execFileSync("mkfifo", [path.join(input, "news/pipe.md")]);
    },
  });
  context.text = errorText(context.build);
});

Refused("fails with one report listing the problems, and no stack trace", ({ build, text }) => {
  assert.ok(build.error, "the build should fail");
  assert.ok(text.startsWith("Newsdesk found problems in your content ("), text);
  assert.not.match(text, /\n\s+at /);
  for (const line of text.split("\n").slice(1)) assert.match(line, /^content\/[^:]+:\d+: \S/, line);
});

Refused("raw HTML in a Markdown page outside news/ is checked as in an article", ({ text }) => {
  assert.equal(
    text.split("\n").filter((line) => line.startsWith("content/hostile-page.md:")),
    ["content/hostile-page.md:7: raw HTML: found `<script>`, expected no scripts: the site runs none, and its Content-Security-Policy blocks them"],
  );
});

Refused("a `TODO:` line left in a Markdown page outside news/ is refused at its line", ({ text }) => {
  assert.equal(
    text.split("\n").filter((line) => line.startsWith("content/placeholder-page.md:")),
    ["content/placeholder-page.md:8: found a `TODO:` placeholder left from `npm run new`, expected the text written (or the line removed) before the page is published"],
  );
});

Refused("two topic names that share a page fail the build at the later one", ({ text }) => {
  const lines = [...linesOf(text, "topic-c-plus-plus.md"), ...linesOf(text, "topic-c.md")];
  assert.is(lines.length, 1, lines.join("\n"));
  assert.match(lines[0]!, /^content\/news\/topic-c(-plus-plus)?\.md:4: `topics\[1\]`: found "C(\+\+)?", whose page `\/topics\/c\/` is already the page of "C(\+\+)?"/);
});

Refused("an image whose path or link leads out of the content folder is not published", ({ text }) => {
  assert.match(linesOf(text, "lead-image-outside.md").join("\n"), /lead-image-outside\.md:5: image `\.\.\/\.\.\/\.\.\/\.\.\/content\/images\/network-map\.jpg` is outside `content\/images\/` .*expected an image inside it/);
  assert.match(linesOf(text, "lead-image-missing-outside.md").join("\n"), /:5: image `\.\.\/\.\.\/\.\.\/outside\/secret\.jpg` was not found/);
  assert.match(linesOf(text, "lead-image-link.md").join("\n"), /:5: image `leak\.jpg` is outside `content\/images\/` \(it leads to `.*content\/images\/network-map\.jpg`\)/);
  assert.match(linesOf(text, "body-image-outside.md").join("\n"), /:6: image `\.\.\/\.\.\/\.\.\/\.\.\/content\/images\/network-map\.jpg` is outside `content\/`/);
});

Refused("an author address that browsers read as another host is not a site path", ({ text }) => {
  assert.equal(linesOf(text, "author-urls.md"), [
    'content/news/author-urls.md:6: `authors[1].url`: found `"//evil.example/x"`, expected an `https://` address or a site path starting with a single `/`',
    'content/news/author-urls.md:8: `authors[2].url`: found `"/\\\\evil.example/x"`, expected an `https://` address or a site path starting with a single `/`',
    'content/news/author-urls.md:10: `authors[3].url`: found `"https://"`, expected an `https://` address or a site path starting with a single `/`',
  ]);
});

Refused("remote and data: body images are refused at build, not blocked by the CSP later", ({ text }) => {
  const lines = linesOf(text, "remote-images.md").join("\n");
  assert.match(lines, /remote-images\.md:6: image `https:\/\/evil\.example\/x\.png` is an image from another site; expected a file in `content\/images\/`/);
  assert.match(lines, /remote-images\.md:8: image `data:image\/png;base64,iVBORw0KGgo=` is a `data:` image/);
});

Refused("raw HTML outside the allow-list is an error at its line, whatever its spelling", ({ text }) => {
  assert.equal(linesOf(text, "raw-html.md"), [
    "content/news/raw-html.md:6: raw HTML: found `<script>`, expected no scripts: the site runs none, and its Content-Security-Policy blocks them",
    "content/news/raw-html.md:8: raw HTML: found an address with `javascript:` in `href` of `<a>`, expected an `https://`, `mailto:` or `tel:` address, or a site path",
    "content/news/raw-html.md:8: raw HTML: found the event handler `onclick` on `<span>`, expected no scripts (the site runs none)",
    "content/news/raw-html.md:10: raw HTML: found `style` on `<div>`, expected a `class` styled in src/styles/ (inline styles are blocked by the Content-Security-Policy)",
    "content/news/raw-html.md:11: raw HTML: found an `<iframe>` from `evil.example`, which is not in `site.embedHosts` (empty), expected an embed from a trusted host (AUTHORING.md, \"Embeds\")",
    "content/news/raw-html.md:14: raw HTML: found `<img>`, expected a Markdown image, `![alt](file.jpg)` (it gets responsive, local copies)",
    "content/news/raw-html.md:16: raw HTML: found an address with `javascript:` in `href` of `<a>`, expected an `https://`, `mailto:` or `tel:` address, or a site path",
    "content/news/raw-html.md:16: raw HTML: found the character reference in `href` of `<a>`, expected the character itself (only `&amp;`, `&quot;`, `&lt;`, `&gt;`, `&apos;` and numeric references are read in attributes)",
  ]);
});

Refused("a file that is not an image, named as one, is a problem of the article", ({ text }) => {
  assert.match(linesOf(text, "not-an-image.md").join("\n"), /not-an-image\.md:5: image `notes\.jpg` is not an image this site can read \(.+\); expected a JPEG, PNG, WebP, AVIF, GIF or SVG file$/);
});

Refused("titles, slugs and topics too long for a folder name are refused before anything is written", ({ text }) => {
  assert.equal(linesOf(text, "long-title.md"), [
    `content/news/long-title.md:2: \`title\`: found a headline whose URL slug would be 300 characters long, expected a \`slug\` field of at most 120 characters (e.g. \`${"a".repeat(60)}\`)`,
  ]);
  assert.equal(linesOf(text, "long-slug.md"), [`content/news/long-slug.md:4: \`slug\`: found a slug of 300 characters, expected at most 120 (e.g. \`${"a".repeat(60)}\`)`]);
  assert.equal(linesOf(text, "long-topic.md"), ["content/news/long-topic.md:4: `topics[1]`: found a topic name whose URL slug would be 300 characters long, expected a shorter name (at most 120 characters in its slug)"]);
});

Refused("Markdown files not named `.md`, FIFOs and links out of the input are named, not skipped or read", ({ text }) => {
  assert.equal(linesOf(text, "upper-case.MD"), ["content/news/upper-case.MD:1: found a Markdown file named `upper-case.MD`, expected the extension `.md` (only `.md` files are articles: rename it)"]);
  assert.equal(linesOf(text, "long-extension.markdown"), ["content/news/long-extension.markdown:1: found a Markdown file named `long-extension.markdown`, expected the extension `.md` (only `.md` files are articles: rename it)"]);
  assert.equal(linesOf(text, "pipe.md"), ["content/news/pipe.md:1: found a named pipe (FIFO) named `pipe.md`, expected a Markdown file (only regular files are read)"]);
  assert.equal(linesOf(text, "linked-outside.md"), ["content/news/linked-outside.md:1: found a symbolic link to a file outside the input folder, expected the article's own file (its text would be published)"]);
});

Refused("a file that is not UTF-8 is refused at the line of its first bad byte", ({ text }) => {
  assert.equal(linesOf(text, "latin-1.md"), ["content/news/latin-1.md:6: found a byte that is not UTF-8 (`0xE9`, column 4), expected the file saved as UTF-8 (a text in another encoding would be published as `\uFFFD`)"]);
});

Refused("a time without a date, an offset out of range and a future update are refused", ({ text }) => {
  const dates = "a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`";
  assert.equal(linesOf(text, "time-only.md"), [`content/news/time-only.md:3: \`date\`: found \`"09:30"\`, expected ${dates}`]);
  assert.equal(linesOf(text, "offset.md"), ['content/news/offset.md:3: `date`: found `"2023-05-02T09:30:00+25:00"`, expected an offset from `-12:00` to `+14:00`']);
  assert.match(linesOf(text, "updated-future.md").join("\n"), /^content\/news\/updated-future\.md:4: `updated`: found `"2099-01-01"`, which is later than the build \(.+\), expected the time of the last change, no later than now$/);
});

Refused("front-matter problems come with the body's problems of the same file", ({ text }) => {
  assert.equal(linesOf(text, "both-problems.md"), [
    "content/news/both-problems.md:4: `titel`: unknown field, did you mean `title`?",
    "content/news/both-problems.md:7: unknown directive `:::pullqoute`, expected one of `:::pullquote`, `:::stats`, `::stat`; did you mean `:::pullquote`?",
    "content/news/both-problems.md:11: raw HTML: found `<script>`, expected no scripts: the site runs none, and its Content-Security-Policy blocks them",
  ]);
});

Refused("a byte-order mark moves no line number", ({ text }) => {
  assert.equal(linesOf(text, "byte-order-mark.md"), [
    "content/news/byte-order-mark.md:4: `titel`: unknown field, did you mean `title`?",
    'content/news/byte-order-mark.md:9: image `missing.png` has `alt` ""; expected a text alternative describing the image',
    "content/news/byte-order-mark.md:9: image `missing.png` was not found (looked for `content/news/missing.png`); expected an image file there",
  ]);
});

Refused("an article with thousands of topics is refused, not built slowly", ({ text }) => {
  assert.equal(linesOf(text, "many-topics.md"), ["content/news/many-topics.md:4: `topics`: found 3,000 topics, expected at most 20 (each topic is a page and two feeds)"]);
});

Refused("`TODO` placeholders from `npm run new` are refused in an article that is not a draft", ({ text }) => {
  const placeholder = "a placeholder left from `npm run new`, expected it filled in (or the field removed) before the article is published, or `draft: true`";
  assert.equal(linesOf(text, "placeholders.md"), [
    `content/news/placeholders.md:4: \`dek\`: found \`"TODO: one or two sentences under the headline."\`, ${placeholder}`,
    `content/news/placeholders.md:6: \`authors[1].name\`: found \`"TODO: your name"\`, ${placeholder}`,
    `content/news/placeholders.md:8: \`topics[1]\`: found \`"TODO: a topic, e.g. Public safety"\`, ${placeholder}`,
    "content/news/placeholders.md:11: found a `TODO:` placeholder left from `npm run new`, expected the text written (or the line removed) before the article is published, or `draft: true`",
  ]);
});

Refused("Markdown nested deeper than markdown-it reads is an error, not a cut-off body", ({ text }) => {
  assert.equal(linesOf(text, "deep-nesting.md"), [
    "content/news/deep-nesting.md:6: found Markdown nested more than 100 levels deep (quotes or lists inside each other), expected fewer levels: from here on the body would be left out",
  ]);
});

Refused.run();

const Clashing = suite<{ text: string }>("an article taking a site page's URL");

Clashing.before(async (context) => {
  const build = await buildSite({
    files: {
      "news/takes-front.md": article(['permalink: "/news/"']),
      "news/takes-404.md": article(['permalink: "/404.html"']),
      "news/under-file.md": article(['permalink: "/robots.txt/"']),
      "news/takes-topic.md": article(["topics: [Clash topic]", 'permalink: "/topics/clash-topic/"']),
      "news/body-problem.md": article([], ":::pullqoute\nQuoted.\n:::"),
    },
  });
  assert.ok(build.error, "the build should fail");
  context.text = errorText(build);
});

Clashing("fails at the field that made the URL, naming the page that has it, with the body problems of the build", ({ text }) => {
  assert.not.match(text, /Output conflict|\n\s+at /);
  assert.equal(linesOf(text, "takes-front.md"), ["content/news/takes-front.md:4: `permalink`: found the URL `/news/`, which `content/news-front.11ty.ts` already writes, expected a URL no other page of the site has"]);
  assert.equal(linesOf(text, "takes-404.md"), ["content/news/takes-404.md:4: `permalink`: found the URL `/404.html`, which `content/404.11ty.ts` already writes, expected a URL no other page of the site has"]);
  assert.equal(linesOf(text, "under-file.md"), ["content/news/under-file.md:4: `permalink`: found the URL `/robots.txt/`, under `/robots.txt`, which `content/robots.txt.11ty.ts` writes as a file, expected a URL no other page of the site has"]);
  assert.equal(linesOf(text, "takes-topic.md"), ["content/news/takes-topic.md:5: `permalink`: found the URL `/topics/clash-topic/`, which `content/topic-pages.11ty.ts` already writes, expected a URL no other page of the site has"]);
  assert.match(linesOf(text, "body-problem.md").join("\n"), /body-problem\.md:6: unknown directive `:::pullqoute`/);
});

const Accepted = suite<{ build: SiteBuild }>("careless content that builds, as documented");

Accepted.before(async (context) => {
  context.build = await buildSite({
    files: {
      "news/allowed-html.md": article([], '<details>\n<summary>Read the <abbr title=Council>council\'s</abbr> motion</summary>\n<p class=note>It passed 5&ndash;2.</p>\n</details>\n\nWater is H<sub>2</sub>O.'),
      "news/folder.md/inside.md": article([], "Inside a folder named like an article.", "Inside a folder"),
      "news/1969/moon-landing.md": article([], "Tranquility Base.", "Moon landing", "1969-07-20T20:17:00Z"),
      "news/draft-placeholders.md": article(["draft: true", "authors:", '  - name: "TODO: your name"'], "TODO: the first paragraph.", "Draft with placeholders"),
      "news/byte-order-mark.md": `\uFEFF${article([], "Marked.", "Byte-order mark")}`,
      "news/many-pulls.md": article([], Array.from({ length: 30_000 }, (_, i) => `:pull[quote ${i}]`).join(" "), "Many pulls"),
    },
  });
  if (context.build.error) throw context.build.error;
});

Accepted("allowed raw HTML reaches the page as it was read, written again", ({ build }) => {
  const page = build.results.find((r) => r.inputPath.endsWith("allowed-html.md"))!;
  assert.ok(page.content.includes('<details>\n<summary>Read the <abbr title="Council">council\'s</abbr> motion</summary>\n<p class="note">It passed 5&ndash;2.</p>\n</details>'), page.content);
  assert.ok(page.content.includes("Water is H<sub>2</sub>O."));
});

Accepted("a paragraph of 30,000 pull quotes is built with each one, not a stack overflow", ({ build }) => {
  const page = build.results.find((r) => r.inputPath.endsWith("many-pulls.md"))!;
  assert.is(page.content.match(/<figure class="pull-quote[^"]*"/g)?.length, 30_000);
  assert.ok(page.content.includes("<p>quote 29999</p>"));
});

Accepted("a folder named like an article is a folder: its articles are built", ({ build }) => {
  assert.ok(build.results.some((r) => r.inputPath.endsWith("folder.md/inside.md")));
});

Accepted("an article before 1970 in a sub-folder keeps its own date in the sitemap", ({ build }) => {
  const url = build.results.find((r) => r.inputPath.endsWith("moon-landing.md"))!.url;
  assert.match(build.page("/sitemap.xml")!.content, new RegExp(`<loc>https://news\\.example\\.org${url}</loc><lastmod>1969-07-20T16:17:00-04:00</lastmod>`));
});

Accepted("a draft may keep its placeholders: a production build leaves it out without a problem", ({ build }) => {
  assert.not.ok(build.results.some((r) => r.inputPath.endsWith("draft-placeholders.md")));
  assert.not.ok(build.results.some((r) => r.content.includes("TODO: your name")));
});

Accepted("a file with a byte-order mark is an article like any other", ({ build }) => {
  assert.ok(build.results.some((r) => r.inputPath.endsWith("byte-order-mark.md") && r.content.includes("Marked.")));
});

Clashing.run();
Accepted.run();

const Preview = suite<{ build: SiteBuild }>("`npm start` shows what a production build refuses to publish");

Preview.before(async (context) => {
  context.build = await buildSite({
    runMode: "serve",
    files: { "news/fresh.md": article(['dek: "TODO: one or two sentences under the headline."', "authors:", '  - name: "TODO: your name"'], "TODO: the first paragraph.", "Fresh from npm run new") },
  });
  if (context.build.error) throw context.build.error;
});

Preview("an article with its placeholders left is built, placeholders and all", ({ build }) => {
  const page = build.results.find((r) => r.inputPath.endsWith("fresh.md"))!;
  assert.ok(page.content.includes("TODO: your name"));
  assert.ok(page.content.includes("TODO: the first paragraph."));
});

Preview.run();
