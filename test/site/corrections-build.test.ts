// Integration: front matter `corrections:` — the notice on the article, its last change everywhere, JSON-LD `correction`, the corrections page, and every error.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { firstJsonLd, pageHtml } from "../helpers/built-page.ts";

const article = (title: string, date: string, extra = "") => `---\ntitle: "${title}"\ndate: ${date}\ntopics: [Courts]\n${extra}---\n\nA story.\n`;

const FILES: Record<string, string> = {
  "news/plain.md": article("Nothing to correct", "2024-04-01 09:00"),
  "news/fee.md": article(
    "Court fees rise",
    "2024-04-02 09:00",
    'updated: 2024-04-02 12:00\ncorrections:\n  - date: "2024-04-03 08:30"\n    text: "An earlier version gave the fee as <b>$40</b> & more. It is $45."\n  - date: 2024-04-05\n    kind: clarification\n    text: "The fee applies to civil cases only."\n',
  ),
  "news/judge.md": article(
    "A judge retires </script>",
    "2024-04-04 09:00",
    'slug: a-judge-retires\nupdated: 2024-04-06 10:00\ncorrections:\n  - date: "2024-04-04 17:00"\n    text: "The judge served 21 years, not 12. </script><script>alert(1)</script>"\n',
  ),
};

const Corrections = suite<{ build: SiteBuild }>("corrections in a site build");

Corrections.before(async (context) => {
  context.build = await buildSite({ files: FILES });
  if (context.build.error) throw new Error(errorText(context.build));
});

const html = pageHtml;
const ld = (page: string) => firstJsonLd(page) as Record<string, any>;

Corrections("the article shows each correction, oldest first, with its kind and date in the site's zone, escaped, after the body", ({ build }) => {
  const page = html(build, "/news/2024/04/02/court-fees-rise/");
  assert.match(
    page,
    [
      '<section class="corrections" aria-labelledby="corrections__heading">',
      '<h2 class="corrections__heading" id="corrections__heading">Corrections</h2>',
      '<ul class="corrections__list">',
      '<li class="corrections__item corrections__item--correction" id="correction-1"><p><strong class="corrections__kind">Correction</strong>, <time datetime="2024-04-03T08:30:00-04:00">Apr 3, 2024, 8:30 AM EDT</time>: An earlier version gave the fee as &lt;b&gt;$40&lt;/b&gt; &amp; more. It is $45.</p></li>',
      '<li class="corrections__item corrections__item--clarification" id="correction-2"><p><strong class="corrections__kind">Clarification</strong>, <time datetime="2024-04-05T00:00:00-04:00">Apr 5, 2024</time>: The fee applies to civil cases only.</p></li>',
      "</ul>",
      "</section>",
    ].join("\n"),
  );
  assert.ok(page.indexOf('class="corrections"') > page.indexOf('class="article__body"'), "after the body");
  assert.not.match(html(build, "/news/2024/04/01/nothing-to-correct/"), 'class="corrections"');
});

Corrections("a single correction is headed by its kind", ({ build }) => {
  assert.match(html(build, "/news/2024/04/04/a-judge-retires/"), 'id="corrections__heading">Correction</h2>');
});

Corrections("the last change is the later of `updated` and the latest correction: page, JSON-LD, Open Graph, feeds and sitemap agree", ({ build }) => {
  const fee = html(build, "/news/2024/04/02/court-fees-rise/");
  assert.match(fee, '<span class="article__updated">Updated <time datetime="2024-04-05T00:00:00-04:00">Apr 5, 2024</time></span>');
  assert.is(ld(fee).dateModified, "2024-04-05T00:00:00-04:00");
  assert.match(fee, '<meta property="article:modified_time" content="2024-04-05T00:00:00-04:00">');
  const judge = html(build, "/news/2024/04/04/a-judge-retires/");
  assert.match(judge, 'Updated <time datetime="2024-04-06T10:00:00-04:00">', "`updated` after the correction wins");
  assert.is(ld(judge).dateModified, "2024-04-06T10:00:00-04:00");
  const atom = html(build, "/feed.xml");
  const entry = atom.slice(atom.indexOf("Court fees rise"));
  assert.match(entry.slice(0, entry.indexOf("</entry>")), "<updated>2024-04-05T04:00:00Z</updated>");
  const json = JSON.parse(html(build, "/feed.json"));
  assert.is(json.items.find((i: { title: string }) => i.title === "Court fees rise").date_modified, "2024-04-05T04:00:00Z");
  assert.match(html(build, "/sitemap.xml"), "<loc>https://news.example.org/news/2024/04/02/court-fees-rise/</loc><lastmod>2024-04-05T00:00:00-04:00</lastmod>");
});

Corrections("JSON-LD carries each correction as a CorrectionComment, inert in its script element", ({ build }) => {
  const fee = ld(html(build, "/news/2024/04/02/court-fees-rise/"));
  assert.equal(fee.correction, [
    { "@type": "CorrectionComment", datePublished: "2024-04-03T08:30:00-04:00", text: "An earlier version gave the fee as <b>$40</b> & more. It is $45." },
    { "@type": "CorrectionComment", datePublished: "2024-04-05T00:00:00-04:00", text: "Clarification: The fee applies to civil cases only." },
  ]);
  const judge = html(build, "/news/2024/04/04/a-judge-retires/");
  const script = judge.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
  assert.not.match(script, "<");
  assert.is(ld(judge).correction[0].text, "The judge served 21 years, not 12. </script><script>alert(1)</script>");
  assert.is(ld(html(build, "/news/2024/04/01/nothing-to-correct/")).correction, undefined);
});

Corrections("the corrections page keeps its own text and lists every correction newest first, linked to its article, escaped", ({ build }) => {
  const page = html(build, "/corrections/");
  assert.match(page, "<h2 id=\"asking-for-a-correction\"", "the page's own Markdown");
  const items = [...page.matchAll(/<li class="corrections-index__item">([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
  assert.is(items.length, 3);
  // Newest first: the fee story's clarification (Apr 5), the judge's correction (Apr 4), the fee story's correction (Apr 3).
  assert.match(items[0]!, '<a class="corrections-index__headline" href="/news/2024/04/02/court-fees-rise/">Court fees rise</a>');
  assert.match(items[0]!, "<strong>Clarification</strong>, <time datetime=\"2024-04-05T00:00:00-04:00\">Apr 5, 2024</time>: The fee applies to civil cases only.");
  assert.match(items[1]!, '<a class="corrections-index__headline" href="/news/2024/04/04/a-judge-retires/">A judge retires &lt;/script&gt;</a>');
  assert.match(items[1]!, "<strong>Correction</strong>, <time datetime=\"2024-04-04T17:00:00-04:00\">Apr 4, 2024, 5:00 PM EDT</time>: The judge served 21 years, not 12. &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  assert.match(items[1]!, 'Published <time datetime="2024-04-04T09:00:00-04:00">Apr 4, 2024</time>');
  assert.match(items[2]!, "&lt;b&gt;$40&lt;/b&gt; &amp; more");
});

Corrections("the corrections feeds carry every correction newest first, each at its place on its article, escaped", ({ build }) => {
  const atom = html(build, "/corrections/feed.xml");
  assert.match(atom, '<title type="text">Corrections — The Newsdesk</title>');
  const entries = [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  assert.equal(entries.map((e) => e.match(/<id>([^<]*)<\/id>/)![1]), [
    "https://news.example.org/news/2024/04/02/court-fees-rise/#correction-2",
    "https://news.example.org/news/2024/04/04/a-judge-retires/#correction-1",
    "https://news.example.org/news/2024/04/02/court-fees-rise/#correction-1",
  ]);
  assert.match(entries[0]!, '<title type="text">Clarification: Court fees rise</title>');
  assert.match(entries[0]!, "<updated>2024-04-05T04:00:00Z</updated>");
  assert.match(entries[1]!, '<title type="text">Correction: A judge retires &lt;/script&gt;</title>');
  assert.match(entries[2]!, '<content type="html">&lt;p&gt;An earlier version gave the fee as &amp;lt;b&amp;gt;$40&amp;lt;/b&amp;gt; &amp;amp; more. It is $45.&lt;/p&gt;</content>');
  const json = JSON.parse(html(build, "/corrections/feed.json"));
  assert.is(json.items[1].title, "Correction: A judge retires </script>");
  assert.is(json.items[2].content_html, "<p>An earlier version gave the fee as &lt;b&gt;$40&lt;/b&gt; &amp; more. It is $45.</p>");
  assert.match(html(build, "/corrections/"), '<a href="/corrections/feed.xml" type="application/atom+xml">Follow corrections by feed</a>');
  assert.match(html(build, "/corrections/"), '<link rel="alternate" type="application/feed+json" href="/corrections/feed.json" title="Corrections (JSON Feed)">');
});

Corrections.run();

const Empty = suite("corrections page without corrections");

Empty("says that no story has needed one", async () => {
  const build = await buildSite({ files: { "news/plain.md": article("Nothing to correct", "2024-04-01 09:00") } });
  assert.is(build.error, undefined);
  const page = build.page("/corrections/")!.content;
  assert.match(page, '<p class="empty-note">No story has needed a correction yet.</p>');
  assert.not.match(page, "corrections-index");
});

Empty.run();

const Errors = suite("corrections: errors");

Errors("every mistake in a corrections list fails at its line, saying what was found and what was expected", async () => {
  const build = await buildSite({
    files: {
      "news/a.md": article(
        "Bad corrections",
        "2024-04-02 09:00",
        [
          "corrections:",
          "  - date: 2024-04-01",
          "    text: Before the story.",
          "  - date: 2999-01-01",
          "    text: In the future.",
          "  - date: soon",
          "    txt: Misspelled.",
          "  - date: 2024-04-03",
          "    kind: clarifcation",
          '    text: ""',
          "  - just text",
          "",
        ].join("\n"),
      ),
      "news/b.md": article("Not a list", "2024-04-03", "corrections: Fixed a name.\n"),
    },
  });
  const lines = errorText(build).split("\n");
  assert.is(lines[0], "Newsdesk found problems in your content (9 problems):");
  assert.equal(lines.slice(1, 3), [
    "content/news/a.md:6: `corrections[1].date`: found `\"2024-04-01\"`, which is before `date` (`\"2024-04-02 09:00\"`), expected the time the story was corrected, not before it was published",
    `content/news/a.md:8: \`corrections[2].date\`: found \`"2999-01-01"\`, which is later than the build (${lines[2]!.match(/build \(([^)]+)\)/)?.[1]}), expected the time the story was corrected, no later than now`,
  ]);
  assert.match(lines[2]!, /later than the build \(\d{4}-\d{2}-\d{2}T/);
  assert.equal(lines.slice(3), [
    "content/news/a.md:10: `corrections[3].date`: found `\"soon\"`, expected a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`",
    "content/news/a.md:10: `corrections[3].text`: found nothing, expected what was wrong and what was changed, as text",
    "content/news/a.md:11: `corrections[3].txt`: unknown field, did you mean `text`?",
    "content/news/a.md:13: `corrections[4].kind`: found `\"clarifcation\"`, expected `correction` or `clarification` (did you mean `clarification`?)",
    "content/news/a.md:14: `corrections[4].text`: found empty text, expected what was wrong and what was changed, as text",
    "content/news/a.md:15: `corrections[5]`: found `\"just text\"`, expected a correction with a `date` and a `text`",
    "content/news/b.md:5: `corrections`: found `\"Fixed a name.\"`, expected a list of corrections, each with a `date` and a `text` (e.g. `- date: 2024-05-03` / `  text: \"An earlier version misspelled…\"`)",
  ]);
});

Errors.run();
