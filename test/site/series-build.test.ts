// Integration: a series' parts on each article ("Part 2 of 3", the box of parts), its page at /series/<slug>/, the index, and its errors.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { pageHtml } from "../helpers/built-page.ts";

const article = (title: string, date: string, extra = "") => `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\nA story.\n`;

// Quotes and an ampersand to escape; a second spelling (case, spaces) is the same series.
const SERIES = `series: 'Fixing the "harbor" & port'\n`;

const FILES: Record<string, string> = {
  "news/one.md": article("Harbor <first>", "2024-03-01 09:00", "slug: harbor-first\n" + SERIES),
  "news/two.md": article("Harbor second", "2024-03-08 09:00", SERIES.replace("Fixing the \"harbor\"", "fixing the  \"Harbor\"")),
  "news/three.md": article("Harbor third", "2024-03-15 09:00", SERIES),
  "news/later.md": article("Harbor fourth", "2099-01-01 09:00", SERIES),
  "news/draft.md": article("Harbor draft", "2024-03-20 09:00", SERIES + "draft: true\n"),
  "news/alone.md": article("Budget alone", "2024-03-02 09:00", 'series: "Budget week"\n'),
  "news/none.md": article("No series", "2024-03-03 09:00"),
};

const Series = suite<{ build: SiteBuild }>("series in a site build");

Series.before(async (context) => {
  context.build = await buildSite({ files: FILES });
  if (context.build.error) throw new Error(errorText(context.build));
});

const page = pageHtml;

const box = (html: string) => html.match(/<section class="series-box"[\s\S]*?<\/section>/)?.[0];

Series("each part says its number among the published parts, linking the series page, name escaped", ({ build }) => {
  const html = page(build, "/news/2024/03/08/harbor-second/");
  assert.match(html, '<p class="article__series" data-pagefind-ignore><a href="/series/fixing-the-harbor-and-port/">Fixing the &quot;harbor&quot; &amp; port</a> <span class="article__series-part">· Part 2 of 3</span></p>');
});

Series("the box lists every part in order, the one being read marked and not linked", ({ build }) => {
  const found = box(page(build, "/news/2024/03/08/harbor-second/"));
  assert.ok(found, "a series box");
  const parts = [...found!.matchAll(/<li class="series-box__part[^"]*"( aria-current="page")?><span class="series-box__number">Part (\d)<\/span> (?:<a class="series-box__title" href="([^"]+)">|<span class="series-box__title">)([^<]+)</g)].map((m) => [m[2], m[3] ?? (m[1] ? "current" : ""), m[4]]);
  assert.equal(parts, [
    ["1", "/news/2024/03/01/harbor-first/", "Harbor &lt;first&gt;"],
    ["2", "current", "Harbor second"],
    ["3", "/news/2024/03/15/harbor-third/", "Harbor third"],
  ]);
  assert.match(found!, '<time datetime="2024-03-01T09:00:00-05:00">Mar 1, 2024</time>');
  assert.match(found!, '<time datetime="2024-03-15T09:00:00-04:00">Mar 15, 2024</time>', "after the clocks change: EDT");
});

Series("a series of one part gets its kicker but no box; an article in none gets neither", ({ build }) => {
  const alone = page(build, "/news/2024/03/02/budget-alone/");
  assert.match(alone, "· Part 1 of 1</span>");
  assert.is(box(alone), undefined);
  const none = page(build, "/news/2024/03/03/no-series/");
  assert.not.match(none, "article__series");
});

Series("the series page lists its parts oldest first, with breadcrumbs", ({ build }) => {
  const html = page(build, "/series/fixing-the-harbor-and-port/");
  const headlines = [...html.matchAll(/class="story__headline"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
  assert.equal(headlines, ["Harbor &lt;first&gt;", "Harbor second", "Harbor third"]);
  assert.match(html, "<title>Series: Fixing the &quot;harbor&quot; &amp; port — The Newsdesk</title>");
  assert.match(html, "3 parts, in the order they were published");
  const json = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
  const crumbs = json["@graph"].find((node: any) => node["@type"] === "BreadcrumbList").itemListElement.map((c: any) => c.name);
  assert.equal(crumbs, ["The Newsdesk", "Series", 'Fixing the "harbor" & port']);
});

Series("the index lists every series with its parts and dates, and both are in the sitemap", ({ build }) => {
  const html = page(build, "/series/");
  assert.match(html, '<a href="/series/budget-week/">Budget week</a> <span class="topic-index__count">1 part, <time datetime="2024-03-02T09:00:00-05:00">Mar 2, 2024</time></span>');
  assert.match(html, '<a href="/series/fixing-the-harbor-and-port/">Fixing the &quot;harbor&quot; &amp; port</a> <span class="topic-index__count">3 parts, ');
  const sitemap = page(build, "/sitemap.xml");
  for (const url of ["/series/", "/series/fixing-the-harbor-and-port/", "/series/budget-week/"]) assert.match(sitemap, `<loc>https://news.example.org${url}</loc>`);
});

Series.run();

const Long = suite<{ build: SiteBuild }>("a long series' box");

Long.before(async (context) => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 30; i++) files[`news/p${i}.md`] = article(`Running part ${i}`, `2024-01-${String(i).padStart(2, "0")} 09:00`, 'series: "The long story"\n');
  context.build = await buildSite({ files });
  if (context.build.error) throw new Error(errorText(context.build));
});

const shown = (html: string) => [...box(html)!.matchAll(/<span class="series-box__number">Part (\d+)<\/span>/g)].map((m) => Number(m[1]));

Long("lists the nine parts around the one being read, numbered as parts, and links to all of them", ({ build }) => {
  const middle = box(page(build, "/news/2024/01/15/running-part-15/"))!;
  assert.equal(shown(middle), [11, 12, 13, 14, 15, 16, 17, 18, 19]);
  assert.match(middle, '<ol class="series-box__parts" start="11">');
  assert.match(middle, 'aria-current="page"><span class="series-box__number">Part 15</span>');
  assert.match(middle, '<p class="series-box__all"><a href="/series/the-long-story/">All 30 parts of The long story</a></p>');
  assert.equal(shown(page(build, "/news/2024/01/01/running-part-1/")), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.not.match(box(page(build, "/news/2024/01/01/running-part-1/"))!, " start=");
  assert.equal(shown(page(build, "/news/2024/01/30/running-part-30/")), [22, 23, 24, 25, 26, 27, 28, 29, 30]);
  assert.match(page(build, "/series/the-long-story/"), "Running part 30");
});

Long.run();

const Errors = suite("series: errors");

Errors("a series name without letters or digits fails at its line", async () => {
  const build = await buildSite({ files: { "news/a.md": article("Harbor", "2024-03-01", 'series: "???"\n') } });
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (1 problem):",
      'content/news/a.md:4: `series`: found `"???"`, which has no letters or digits for the series\' URL, expected a name with letters or digits, e.g. `Fixing the harbor`',
    ].join("\n"),
  );
});

Errors("npm start builds drafts and scheduled parts, yet counts only the published ones", async () => {
  const build = await buildSite({ files: FILES, runMode: "serve" });
  assert.is(build.error, undefined, errorText(build));
  const draft = build.page("/news/2024/03/20/harbor-draft/")!.content;
  assert.match(draft, '<p class="article__series" data-pagefind-ignore>Fixing the &quot;harbor&quot; &amp; port</p>', "the name alone, no part number");
  assert.match(build.page("/news/2024/03/08/harbor-second/")!.content, "· Part 2 of 3</span>");
});

Errors("a site without a series has an index that says so", async () => {
  const build = await buildSite({ files: { "news/a.md": article("Harbor", "2024-03-01") } });
  assert.is(build.error, undefined, errorText(build));
  assert.match(build.page("/series/")!.content, '<p class="empty-note">No series yet.</p>');
});

Errors.run();
