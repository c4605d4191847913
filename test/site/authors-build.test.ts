// Integration: author pages from content/authors.json and from bylines, byline links, Person JSON-LD, pagination, and the data file's errors.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { firstJsonLd, pageHtml } from "../helpers/built-page.ts";
import fs from "node:fs";
import path from "node:path";

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
  assert.match(page, '<ul class="author__links">\n<li><a href="https://example.org/ana" rel="me">example.org/ana</a></li>\n</ul>');
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
  assert.match(guest, '<li><a href="https://guest.example/" rel="me">guest.example</a></li>');
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
      "content/authors.json:8: `authors[3].colour`: unknown field, expected one of `slug`, `name`, `role`, `bio`, `url`, `photo`, `links`",
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

const STAFF_WITH_PHOTO = JSON.stringify(
  [
    {
      slug: "ana-ruiz",
      name: "Ana Ruiz",
      role: "Courts reporter",
      url: "https://example.org/ana",
      photo: { src: "authors/maya-okafor.jpg", alt: "Ana Ruiz at the \"courthouse\"" },
      links: [
        { label: "Mastodon <social>", url: "https://social.example/@ana" },
        { label: "Email", url: "mailto:ana@example.org" },
      ],
    },
    { slug: "lee-park", name: "Lee Park", role: "Editor" },
  ],
  null,
  2,
);

const Staff = suite<{ build: SiteBuild }>("staff bylines by slug, photos and links");

Staff.before(async (context) => {
  context.build = await buildSite({
    files: {
      "authors.json": STAFF_WITH_PHOTO,
      "news/a.md": article("Staff ruling", "2024-04-01 09:00", "  - slug: ana-ruiz\n  - slug: lee-park\n    role: Additional reporting\n  - name: Guest Writer\n"),
      "news/b.md": article("Another ruling", "2024-04-02 09:00", "  - name: Ana Ruiz\n"),
    },
  });
  if (context.build.error) throw new Error(errorText(context.build));
});

Staff("a slug byline shows the profile's name and role, linked to their page; a byline role replaces the profile's", ({ build }) => {
  const page = html(build, "/news/2024/04/01/staff-ruling/");
  assert.match(page, '<a href="/authors/ana-ruiz/" rel="author">Ana Ruiz</a><span class="byline__role">, Courts reporter</span>');
  assert.match(page, '<a href="/authors/lee-park/" rel="author">Lee Park</a><span class="byline__role">, Additional reporting</span>');
  assert.match(page, '<a href="/authors/guest-writer/" rel="author">Guest Writer</a>');
});

Staff("a slug byline and a name byline count for the same author page", ({ build }) => {
  const page = html(build, "/authors/ana-ruiz/");
  assert.match(page, '<p class="front__count">2 articles · ');
  assert.match(html(build, "/authors/lee-park/"), '<p class="front__count">1 article · ');
});

Staff("the author page shows the photo with its alt, and every link, escaped", ({ build }) => {
  const page = html(build, "/authors/ana-ruiz/");
  assert.match(page, /<picture class="author__photo"><source type="image\/avif" srcset="\/img\/maya-okafor-[^"]+-480\.avif 480w/);
  assert.match(page, 'alt="Ana Ruiz at the &quot;courthouse&quot;" loading="eager"');
  assert.match(page, '<li><a href="https://social.example/@ana" rel="me">Mastodon &lt;social&gt;</a></li>');
  assert.match(page, '<li><a href="mailto:ana@example.org" rel="me">Email</a></li>');
  const jpeg = /<img src="(\/img\/maya-okafor-[^"]+\.jpeg)"/.exec(page)![1]!;
  assert.ok(build.outputDir && jpegWritten(build.outputDir, jpeg), `${jpeg} is published`);
});

Staff("JSON-LD sameAs lists the profile's own page and links, not its e-mail address", ({ build }) => {
  const [ana, lee] = ld(html(build, "/news/2024/04/01/staff-ruling/")).author;
  assert.equal(ana, { "@type": "Person", name: "Ana Ruiz", url: "https://news.example.org/authors/ana-ruiz/", sameAs: ["https://example.org/ana", "https://social.example/@ana"], jobTitle: "Courts reporter" });
  assert.equal(lee, { "@type": "Person", name: "Lee Park", url: "https://news.example.org/authors/lee-park/", jobTitle: "Additional reporting" });
});

Staff.run();

function jpegWritten(outputDir: string, url: string): boolean {
  return fs.existsSync(path.join(outputDir, url));
}

const StaffErrors = suite("staff bylines and profiles: errors");

StaffErrors("an unknown slug fails at its line with did you mean; a slug with a name, and a profile's bad photo and links, at theirs", async () => {
  const staff = [
    "[",
    '  { "slug": "ana-ruiz", "name": "Ana Ruiz" },',
    "  {",
    '    "slug": "lee-park",',
    '    "name": "Lee Park",',
    '    "photo": { "src": "authors/nobody.jpg", "alt": "Lee Park" },',
    "    \"links\": [",
    '      { "label": "Site", "url": "https://lee.example/" },',
    '      { "lable": "Bad", "url": "javascript:alert(1)" }',
    "    ]",
    "  },",
    '  { "slug": "sam-li", "name": "Sam Li", "photo": { "src": "authors/maya-okafor.jpg" } }',
    "]",
  ].join("\n");
  const build = await buildSite({
    files: {
      "authors.json": staff,
      "news/a.md": article("A", "2024-04-01", "  - slug: ana-ruis\n  - slug: lee-park\n    name: Lee Park\n"),
      "news/b.md": article("B", "2024-04-02", "  - slug: lee-park\n"),
    },
  });
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (5 problems):",
      "content/authors.json:9: `authors[2].links[2].lable`: unknown field, did you mean `label`?",
      "content/authors.json:9: `authors[2].links[2].url`: found `\"javascript:alert(1)\"`, expected an `https://` or `mailto:` address, or a site path starting with a single `/`",
      "content/authors.json:12: `authors[3].photo.alt`: found nothing, expected a text alternative describing the photo, e.g. `Ana Ruiz`",
      "content/news/a.md:5: `authors[1].slug`: found `\"ana-ruis\"`, which no profile in content/authors.json has, expected a staff slug: did you mean `ana-ruiz`?",
      "content/news/a.md:7: `authors[2].name`: found `name` beside `slug`, expected one of them: a staff member's name comes from their profile in content/authors.json",
    ].join("\n"),
  );
});

StaffErrors("a profile's photo that is not in content/images/ fails at its line", async () => {
  const staff = '[\n  {\n    "slug": "lee-park",\n    "name": "Lee Park",\n    "photo": { "src": "authors/nobody.jpg", "alt": "Lee Park" }\n  }\n]\n';
  const build = await buildSite({ files: { "authors.json": staff, "news/a.md": article("A", "2024-04-01", "  - slug: lee-park\n") } });
  assert.match(errorText(build), /^Newsdesk found problems in your content \(1 problem\):\ncontent\/authors\.json:5: image `authors\/nobody\.jpg` was not found \(looked for `[^`]*content\/images\/authors\/nobody\.jpg`\); expected an image file there$/);
});

StaffErrors.run();
