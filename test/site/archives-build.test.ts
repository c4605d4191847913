// Integration: the date archives are built from a fixture's articles, in the site's zone, with sitemap entries and JSON-LD.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { pageHtml } from "../helpers/built-page.ts";

const article = (title: string, date: string, extra = "") => `---\ntitle: "${title}"\ndate: ${date}\ntopics: [Courts]\n${extra}---\n\nA story.\n`;

const FILES: Record<string, string> = {
  // 23:30 in New York on Dec 31 is already Jan 1 in UTC: it belongs to 2023.
  "news/eve.md": article("New Year's Eve <story>", "2023-12-31 23:30"),
  "news/may-a.md": article("May morning", "2024-05-02 09:00"),
  "news/may-b.md": article("May evening", "2024-05-02 18:00"),
  "news/july.md": article("July story", "2024-07-04 12:00"),
  "news/hidden.md": article("Hidden story", "2024-07-05 12:00", "eleventyExcludeFromCollections: true\n"),
};

const headlines = (html: string) => [...html.matchAll(/class="story__headline"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

const Archives = suite<{ build: SiteBuild }>("date archives in a site build");

Archives.before(async (context) => {
  context.build = await buildSite({ files: FILES });
  if (context.build.error) throw new Error(errorText(context.build));
});

const page = pageHtml;

Archives("a shortened article URL lands on its day, month and year", ({ build }) => {
  assert.ok(build.page("/news/2024/05/02/may-evening/"), "the article's own URL");
  assert.equal(headlines(page(build, "/news/2024/05/02/")), ["May evening", "May morning"]);
  assert.equal(headlines(page(build, "/news/2024/05/")), ["May evening", "May morning"]);
  assert.equal(headlines(page(build, "/news/2024/")), ["July story", "May evening", "May morning"]);
});

Archives("the description says on a day, in a month or a year", ({ build }) => {
  assert.match(page(build, "/news/2024/05/02/"), '<meta name="description" content="Articles published on May 2, 2024.">');
  assert.match(page(build, "/news/2024/05/"), '<meta name="description" content="Articles published in May 2024.">');
  assert.match(page(build, "/news/2024/"), '<meta name="description" content="Articles published in 2024.">');
});

Archives("an article at 23:30 on Dec 31 in the site's zone is in that year's archive", ({ build }) => {
  assert.equal(headlines(page(build, "/news/2023/12/31/")), ["New Year&#39;s Eve &lt;story&gt;"]);
  assert.ok(page(build, "/news/2023/").includes("New Year&#39;s Eve &lt;story&gt;"));
  assert.is(build.page("/news/2024/01/"), undefined);
  assert.is(build.page("/news/2024/01/01/"), undefined);
});

Archives("links to the neighbouring periods that have articles", ({ build }) => {
  const may = page(build, "/news/2024/05/");
  assert.match(may, '<a href="/news/2023/12/">Earlier: December 2023</a>');
  assert.match(may, '<a href="/news/2024/07/">Later: July 2024</a>');
  assert.match(page(build, "/news/2024/"), '<a href="/news/2023/">Earlier: 2023</a>');
});

Archives("leaves out articles kept off the lists", ({ build }) => {
  assert.not.match(page(build, "/news/2024/"), "Hidden story");
  assert.is(build.page("/news/2024/07/05/"), undefined);
});

Archives("archive pages are in the sitemap", ({ build }) => {
  const sitemap = page(build, "/sitemap.xml");
  for (const url of ["/news/2024/", "/news/2024/05/", "/news/2024/05/02/", "/news/2023/12/31/"]) {
    assert.match(sitemap, `<loc>https://news.example.org${url}</loc>`);
  }
});

Archives("has CollectionPage JSON-LD with breadcrumbs through the year and month", ({ build }) => {
  const html = page(build, "/news/2024/05/02/");
  const json = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
  const graph = json["@graph"] as Array<Record<string, any>>;
  assert.ok(graph.some((node) => node["@type"] === "CollectionPage"));
  const crumbs = graph.find((node) => node["@type"] === "BreadcrumbList")!.itemListElement.map((c: any) => c.name);
  assert.equal(crumbs, ["The Newsdesk", "News", "2024", "May 2024", "News from May 2, 2024"]);
  assert.match(html, "<title>News from May 2, 2024 — The Newsdesk</title>");
});

Archives.run();
