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
