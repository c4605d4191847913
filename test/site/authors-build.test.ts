// Integration: author pages from content/authors.json and from bylines, byline links, Person JSON-LD, pagination, and the data file's errors.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { firstJsonLd, pageHtml } from "../helpers/built-page.ts";

const article = (title: string, date: string, authors: string) => `---\ntitle: "${title}"\ndate: ${date}\nauthors:\n${authors}topics: [Courts]\n---\n\nA story.\n`;

const STAFF = JSON.stringify(
  [
    { slug: "ana-ruiz", name: "Ana Ruiz", role: "Courts <reporter>", bio: "Ana covers the county's courts & the people in them.", url: "https://example.org/ana" },
    { slug: "lee-park", name: "Lee Park", role: "Editor" },
  ],
  null,
  2,
);

const FILES: Record<string, string> = {
  "authors.json": STAFF,
  "news/a.md": article("First ruling", "2024-04-01 09:00", "  - name: Ana Ruiz\n"),
  "news/b.md": article("Second ruling", "2024-04-02 09:00", "  - name: ana ruiz\n  - name: Guest Writer\n    role: \"Contributor <guest>\"\n    url: https://guest.example/\n"),
  "news/c.md": article("Third ruling", "2024-04-03 09:00", "  - name: Ana Ruiz\n"),
};

const Authors = suite<{ build: SiteBuild }>("authors in a site build");

Authors.before(async (context) => {
  context.build = await buildSite({ files: FILES });
  if (context.build.error) throw new Error(errorText(context.build));
});

const html = pageHtml;
const ld = (page: string) => firstJsonLd(page) as Record<string, any>;

Authors("a profile's page: name, role, bio and own link escaped, and their articles newest first", ({ build }) => {
  const page = html(build, "/authors/ana-ruiz/");
  assert.match(page, "<h1>Ana Ruiz</h1>");
  assert.match(page, '<p class="author__role">Courts &lt;reporter&gt;</p>');
  assert.match(page, '<p class="front__description author__bio">Ana covers the county&#39;s courts &amp; the people in them.</p>');
  assert.match(page, '<p class="author__link"><a href="https://example.org/ana" rel="me">example.org/ana</a></p>');
  assert.match(page, '<p class="front__count">3 articles · <a href="/authors/ana-ruiz/feed.xml" type="application/atom+xml">Follow Ana Ruiz by feed</a></p>');
  const order = ["Third ruling", "Second ruling", "First ruling"].map((t) => page.indexOf(`>${t}</a>`));
  assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)), `newest first: ${order}`);
  assert.match(page, '<meta name="description" content="Ana covers the county&#39;s courts &amp; the people in them.">');
});

Authors("a profile without articles still has a page; a byline name missing from the file gets one from the byline", ({ build }) => {
  assert.match(html(build, "/authors/lee-park/"), '<p class="front__count">0 articles · ');
  const guest = html(build, "/authors/guest-writer/");
  assert.match(guest, "<h1>Guest Writer</h1>");
  assert.match(guest, '<p class="author__role">Contributor &lt;guest&gt;</p>');
  assert.match(guest, '<a href="https://guest.example/" rel="me">guest.example</a>');
  assert.match(guest, "Second ruling</a>");
});

Authors("bylines link to author pages, names matched whatever their case", ({ build }) => {
  const page = html(build, "/news/2024/04/02/second-ruling/");
  assert.match(page, '<a href="/authors/ana-ruiz/" rel="author">ana ruiz</a>');
  assert.match(page, '<a href="/authors/guest-writer/" rel="author">Guest Writer</a><span class="byline__role">, Contributor &lt;guest&gt;</span>');
});

Authors("JSON-LD authors are Persons whose url is their author page and sameAs their own page", ({ build }) => {
  assert.equal(ld(html(build, "/news/2024/04/02/second-ruling/")).author, [
    { "@type": "Person", name: "ana ruiz", url: "https://news.example.org/authors/ana-ruiz/", sameAs: "https://example.org/ana" },
    { "@type": "Person", name: "Guest Writer", url: "https://news.example.org/authors/guest-writer/", sameAs: "https://guest.example/", jobTitle: "Contributor <guest>" },
  ]);
  assert.match(html(build, "/sitemap.xml"), "<loc>https://news.example.org/authors/ana-ruiz/</loc>");
});

Authors("each author has an Atom and a JSON feed of their articles, newest first", ({ build }) => {
  const atom = html(build, "/authors/ana-ruiz/feed.xml");
  assert.match(atom, "<title type=\"text\">Ana Ruiz — The Newsdesk</title>");
  assert.match(atom, '<link rel="self" type="application/atom+xml" href="https://news.example.org/authors/ana-ruiz/feed.xml"/>');
  const titles = [...atom.matchAll(/<entry>[\s\S]*?<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
  assert.equal(titles, ["Third ruling", "Second ruling", "First ruling"]);
  const json = JSON.parse(html(build, "/authors/guest-writer/feed.json"));
  assert.equal(json.items.map((i: { title: string }) => i.title), ["Second ruling"]);
  assert.is(json.home_page_url, "https://news.example.org/authors/guest-writer/");
  assert.match(html(build, "/authors/ana-ruiz/"), '<link rel="alternate" type="application/atom+xml" href="/authors/ana-ruiz/feed.xml" title="Ana Ruiz — The Newsdesk (Atom)">');
});

Authors("/authors/ lists every author by name with their role and count, escaped", ({ build }) => {
  const page = html(build, "/authors/");
  assert.match(page, '<li><a href="/authors/ana-ruiz/">Ana Ruiz</a> <span class="topic-index__count">Courts &lt;reporter&gt;, 3 articles</span></li>');
  assert.match(page, '<li><a href="/authors/lee-park/">Lee Park</a> <span class="topic-index__count">Editor, 0 articles</span></li>');
  assert.ok(page.indexOf(">Ana Ruiz<") < page.indexOf(">Guest Writer<") && page.indexOf(">Guest Writer<") < page.indexOf(">Lee Park<"), "by name");
});

Authors.run();

const Paging = suite("author pages: pagination");

Paging("an author with more articles than a page holds gets /page/2/", async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 21; i++) files[`news/s${i}.md`] = article(`Story ${i}`, `2024-03-${String(i).padStart(2, "0")} 09:00`, "  - name: Ana Ruiz\n");
  const build = await buildSite({ files });
  assert.is(build.error, undefined);
  const second = build.page("/authors/ana-ruiz/page/2/")!.content;
  assert.match(second, "Story 1</a>");
  assert.match(second, "<title>Ana Ruiz, page 2 of 2");
  assert.match(build.page("/authors/ana-ruiz/")!.content, 'href="/authors/ana-ruiz/page/2/" rel="next"');
});

Paging.run();

const Errors = suite("authors file: errors");

Errors("every mistake in content/authors.json fails at its line, with did you mean for an unknown field", async () => {
  const staff = [
    "[",
    '  { "slug": "ana-ruiz", "name": "Ana Ruiz", "bios": "Typo." },',
    "  {",
    '    "slug": "Ana Ruiz",',
    '    "name": "",',
    '    "url": "javascript:alert(1)"',
    "  },",
    '  { "slug": "ana-ruiz", "name": "Ana R.", "colour": "red" },',
    '  "Lee Park"',
    "]",
  ].join("\n");
  const build = await buildSite({ files: { "authors.json": staff, "news/a.md": article("A", "2024-04-01", "  - name: Ana Ruiz\n") } });
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (7 problems):",
      "content/authors.json:2: `authors[1].bios`: unknown field, did you mean `bio`?",
      "content/authors.json:4: `authors[2].slug`: found `\"Ana Ruiz\"`, expected lower-case letters, digits and single hyphens, e.g. `ana-ruiz` (the page is `/authors/<slug>/`)",
      "content/authors.json:5: `authors[2].name`: found empty text, expected the author's name as text, as bylines spell it",
      "content/authors.json:6: `authors[2].url`: found `\"javascript:alert(1)\"`, expected an `https://` address or a site path starting with a single `/`",
      "content/authors.json:8: `authors[3].colour`: unknown field, expected one of `slug`, `name`, `role`, `bio`, `url`",
      "content/authors.json:8: `authors[3].slug`: found `\"ana-ruiz\"`, which authors[1] also has, expected a slug of its own",
      "content/authors.json:9: `authors[4]`: found `\"Lee Park\"`, expected an author such as `{ \"slug\": \"ana-ruiz\", \"name\": \"Ana Ruiz\" }`",
    ].join("\n"),
  );
});

Errors("a file that is not JSON fails at the line of the mistake", async () => {
  const build = await buildSite({ files: { "authors.json": '[\n  { "slug": "ana-ruiz", }\n]\n', "news/a.md": article("A", "2024-04-01", "  - name: Ana Ruiz\n") } });
  assert.match(errorText(build), /^Newsdesk found problems in your content \(1 problem\):\ncontent\/authors\.json:2: authors: found invalid JSON \(/);
});

Errors.run();
