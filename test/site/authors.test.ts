// Unit: the authors file's lines and profiles (src/collections/authors-file.ts) and matching bylines to authors (src/collections/authors.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readAuthorProfiles } from "../../src/collections/authors-file.ts";
import { buildAuthorPages, buildAuthors } from "../../src/collections/authors.ts";

const Authors = suite("authors");

Authors("lines are found past strings holding brackets, commas and escaped quotes", () => {
  const source = '[\n  { "slug": "a", "name": "A [b], {c} \\"d\\"" },\n  {\n    "slug": "b",\n    "name": "B",\n    "rôle": "x"\n  }\n]';
  const { profiles, problems } = readAuthorProfiles(source, "content/authors.json");
  assert.equal(profiles, [{ slug: "a", name: 'A [b], {c} "d"' }]);
  assert.equal(problems, [{ file: "content/authors.json", line: 6, message: "`authors[2].rôle`: unknown field, did you mean `role`?" }]);
});

Authors("a profile's photo and links are checked at their lines, each mistake with what was expected", () => {
  const source = [
    "[",
    '  { "slug": "a", "name": "A", "photo": "a.jpg", "links": "https://a.example/" },',
    '  { "slug": "b", "name": "B", "photo": { "source": "b.jpg" },',
    `    "links": [${Array.from({ length: 7 }, () => '{ "url": "https://b.example/" }').join(", ")}] },`,
    '  { "slug": "c", "name": "C", "links": [',
    '    "https://c.example/",',
    '    { "label": 3, "url": "https://c.example/" }',
    "  ] },",
    '  { "slug": "d", "name": "D", "photo": { "src": "authors/d.jpg", "alt": "D at work" }, "links": [{ "label": "Site", "url": "https://d.example/" }] }',
    "]",
  ].join("\n");
  const { profiles, problems, rejected } = readAuthorProfiles(source, "content/authors.json");
  assert.equal(problems.map((p) => `${p.line}: ${p.message}`), [
    '2: `authors[1].photo`: found `"a.jpg"`, expected a portrait such as `{ "src": "ana-ruiz.jpg", "alt": "Ana Ruiz" }` (a file in `content/images/`)',
    '2: `authors[1].links`: found `"https://a.example/"`, expected a list such as `[{ "label": "Mastodon", "url": "https://…" }]`',
    "3: `authors[2].photo.source`: unknown field, expected one of `src`, `alt`",
    "3: `authors[2].photo.src`: found nothing, expected a file in `content/images/`, e.g. `ana-ruiz.jpg`",
    "3: `authors[2].photo.alt`: found nothing, expected a text alternative describing the photo, e.g. `Ana Ruiz`",
    "4: `authors[2].links`: found 7 links, expected at most 6",
    '6: `authors[3].links[1]`: found `"https://c.example/"`, expected a link such as `{ "label": "Mastodon", "url": "https://…" }`',
    "7: `authors[3].links[2].label`: found `3` (a number), expected text, e.g. `Mastodon`",
  ]);
  assert.equal(rejected, ["a", "b", "c"]);
  assert.equal(profiles, [{ slug: "d", name: "D", photo: { src: "authors/d.jpg", alt: "D at work", file: "content/authors.json", line: 9 }, links: [{ label: "Site", url: "https://d.example/" }] }]);
});

Authors("a profile is matched by name or slug; other byline names get a page each; an article is listed once per author", () => {
  const article = (name: string, authors: unknown[]) => ({ name, data: { authors } });
  const a = article("a", [{ name: "Ana  Ruiz" }, { name: "ana ruiz" }]);
  const b = article("b", [{ name: "ana-ruiz" }, { name: "Guest", role: "Contributor", url: "https://guest.example/" }, { name: "—" }]);
  const { authors, byName } = buildAuthors([b, a], [{ slug: "ana-ruiz", name: "Ana Ruiz", url: "https://example.org/ana" }, { slug: "lee", name: "Lee Park" }]);
  assert.equal(authors.map((x) => [x.slug, x.profiled, x.articles.map((y) => y.name), x.sameAs ?? null]), [
    ["ana-ruiz", true, ["b", "a"], "https://example.org/ana"],
    ["guest", false, ["b"], "https://guest.example/"],
    ["lee", true, [], null],
  ]);
  assert.is(byName.get("lee-park")?.url, "/authors/lee/");
  assert.equal(buildAuthorPages(authors, 1).map((p) => p.url), ["/authors/ana-ruiz/", "/authors/ana-ruiz/page/2/", "/authors/guest/", "/authors/lee/"]);
});

Authors.run();
