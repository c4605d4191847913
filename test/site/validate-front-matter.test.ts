import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as yaml from "js-yaml";
import { MAX_SLUG_LENGTH, MAX_TOPICS, fieldLabel, validateFrontMatter, type ValidateOptions } from "../../src/front-matter/validate.ts";
import { locateField } from "../../src/front-matter/locate.ts";
import { KNOWN_KEYS } from "../../src/front-matter/fields.ts";

const NY = "America/New_York";
const DATES = "a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`";

/** `line: message` for every problem of a whole Markdown file, as the build reports them. */
function problems(lines: string[], options: ValidateOptions = {}): string[] {
  const source = ["---", ...lines, "---", "", "Body."].join("\n");
  const data = yaml.load(lines.join("\n"), { schema: yaml.CORE_SCHEMA }) ?? {};
  return validateFrontMatter(data, NY, options).map((p) => `${locateField(source, p.path)}: ${p.message}`);
}

const valid = ['title: "Council passes budget"', "date: 2023-05-02"];
const KNOWN_LIST = KNOWN_KEYS.map((k) => `\`${k}\``).join(", ");

const Validate = suite("validateFrontMatter");

Validate("accepts a complete, valid article", () => {
  assert.equal(
    problems([
      ...valid,
      'dek: "The vote came late."',
      "authors:",
      "  - name: Ana Ruiz",
      "    role: Reporter",
      "    url: https://example.org/ana",
      "  - name: Tom Lind",
      "    url: /staff/tom/",
      "topics: [Public safety, Courts]",
      "image:",
      "  src: council.jpg",
      "  alt: The council chamber",
      "  credit: Photo by Ana Ruiz",
      "  caption: The vote.",
      "updated: 2023-05-02 18:00",
      "draft: false",
      'series: "Budget 2023"',
      "slug: budget-vote",
      "permalink: /custom/",
      "eleventyExcludeFromCollections: false",
    ]),
    [],
  );
});

Validate("reports missing title and date at line 1", () => {
  assert.equal(problems(['dek: "x"']), [
    "1: `title`: found nothing, expected the headline as text",
    `1: \`date\`: found nothing, expected ${DATES}`,
  ]);
});

Validate("reports an unknown field with a suggestion, at its line", () => {
  assert.equal(problems([...valid, 'titel: "x"']), ["4: `titel`: unknown field, did you mean `title`?"]);
});

Validate("lists the known fields when nothing is close", () => {
  const [message] = problems([...valid, "colour: red"]);
  assert.ok(message.startsWith("4: `colour`: unknown field, expected one of `title`, `date`, `dek`, `authors`,"), message);
  assert.ok(message.endsWith("`slug`, `related`, `type`, `corrections`, `permalink`, `eleventyExcludeFromCollections`"), message);
});

Validate("says that an Eleventy setting has no effect on an article, instead of ignoring it", () => {
  assert.equal(problems([...valid, "tags: [featured]", "layout: post.njk"]), [
    "4: `tags`: found an Eleventy setting that has no effect on an article (articles are grouped by `topics`), expected no `tags`",
    "5: `layout`: found an Eleventy setting that has no effect on an article (every article is built with layouts/article.11ty.ts), expected no `layout`",
  ]);
  // Only Eleventy's own keys get that message; other names are unknown fields.
  assert.equal(problems([...valid, "toString: x"]), ["4: `toString`: unknown field, expected one of " + KNOWN_LIST]);
});

Validate("checks `permalink` and `eleventyExcludeFromCollections`", () => {
  assert.equal(problems([...valid, "permalink: /../etc/passwd", "eleventyExcludeFromCollections: yes"]), [
    '4: `permalink`: found `"/../etc/passwd"`, expected a site path such as `/news/2023/05/02/budget-vote/` (ending in `/` or `.html`), or `false` to build no page',
    '5: `eleventyExcludeFromCollections`: found `"yes"`, expected `true` or `false`',
  ]);
  for (const ok of ["permalink: false", "permalink: /about/story.html", "permalink: old/path/"]) assert.equal(problems([...valid, ok]), [], ok);
  for (const bad of ["permalink: /", "permalink: /a b/", "permalink: /x", "permalink: 12"]) assert.is(problems([...valid, bad]).length, 1, bad);
});

Validate("reports wrong types with the value found", () => {
  assert.equal(problems(["title: 12", "date: 2023-05-02", "dek: ''", "series: [a]", 'draft: "yes"']), [
    "2: `title`: found `12` (a number), expected the headline as text",
    "4: `dek`: found empty text, expected text",
    "5: `series`: found a list, expected text",
    '6: `draft`: found `"yes"`, expected `true` or `false`',
  ]);
});

Validate("reports an unparseable date and updated", () => {
  assert.equal(problems(['title: "x"', "date: May the 4th", "updated: soon"]), [
    `3: \`date\`: found \`"May the 4th"\`, expected ${DATES}`,
    `4: \`updated\`: found \`"soon"\`, expected ${DATES}`,
  ]);
});

Validate("reports updated before date", () => {
  assert.equal(problems(['title: "x"', "date: 2023-05-02 10:00", "updated: 2023-05-02 09:59"]), [
    '4: `updated`: found `"2023-05-02 09:59"`, which is before `date` (`"2023-05-02 10:00"`), expected the same time as `date` or later',
  ]);
});

Validate("accepts updated equal to date, and compares instants across offsets", () => {
  assert.equal(problems(['title: "x"', "date: 2023-05-02 10:00", "updated: 2023-05-02T14:00:00Z"]), []);
});

Validate("reports authors problems entry by entry, counting from 1", () => {
  assert.equal(
    problems([...valid, "authors:", "  - name: Ana", "    rol: Reporter", "  - role: Photographer", '  - "Just a name"', "  - name: Tom", "    url: 'javascript:alert(1)'"]),
    [
      "6: `authors[1].rol`: unknown field, did you mean `role`?",
      "7: `authors[2].name`: found nothing, expected the author's name as text, or the `slug` of their profile in content/authors.json",
      '8: `authors[3]`: found `"Just a name"`, expected an author such as `- slug: ana-ruiz` (a profile in content/authors.json) or `- name: Ana Ruiz`',
      '10: `authors[4].url`: found `"javascript:alert(1)"`, expected an `https://` address or a site path starting with a single `/`',
    ],
  );
});

Validate("checks a staff byline's slug against the profiles: form, nearest, the list, none at all", () => {
  const staff = new Map([["ana-ruiz", {}], ["lee-park", {}]]);
  const byline = (slug: string) => [...valid, "authors:", `  - slug: ${slug}`];
  assert.equal(problems(byline("ana-ruiz"), { staff }), []);
  assert.equal(problems(byline("Ana_Ruiz"), { staff }), ['5: `authors[1].slug`: found `"Ana_Ruiz"`, expected the slug of a profile in content/authors.json, e.g. `ana-ruiz`']);
  assert.equal(problems(byline("ana-ruis"), { staff }), ['5: `authors[1].slug`: found `"ana-ruis"`, which no profile in content/authors.json has, expected a staff slug: did you mean `ana-ruiz`?']);
  assert.equal(problems(byline("zed"), { staff }), ['5: `authors[1].slug`: found `"zed"`, which no profile in content/authors.json has, expected a staff slug (`ana-ruiz`, `lee-park`), or `name:` for a guest']);
  const many = new Map(Array.from({ length: 9 }, (_, i) => [`writer-${i}`, {}]));
  assert.equal(problems(byline("zed"), { staff: many }), ['5: `authors[1].slug`: found `"zed"`, which no profile in content/authors.json has, expected a staff slug, or `name:` for a guest']);
  assert.equal(problems(byline("ana-ruiz"), { staff: new Map() }), ['5: `authors[1].slug`: found `"ana-ruiz"`, and the site has no profiles (no content/authors.json), expected a profile with that slug in content/authors.json, or `name:` for a guest']);
  // Without the profiles (the CMS's check in the browser), only the slug's form.
  assert.equal(problems(byline("anyone")), []);
  assert.equal(problems([...byline("ana-ruiz"), "    url: https://example.org/"], { staff }), ['6: `authors[1].url`: found `url` beside `slug`, expected one of them: a staff member\'s url comes from their profile in content/authors.json']);
});

Validate("reports authors that are not a list", () => {
  assert.equal(problems([...valid, "authors: Ana Ruiz"]), [
    '4: `authors`: found `"Ana Ruiz"`, expected a list of authors, each `- slug: ana-ruiz` (a profile in content/authors.json) or `- name: Ana Ruiz`',
  ]);
});

Validate("reports topics that are not a list, empty names and repeats", () => {
  assert.equal(problems([...valid, "topics: Courts"]), [
    '4: `topics`: found `"Courts"`, expected a list of topic names (e.g. `topics: [Public safety, Courts]`)',
  ]);
  assert.equal(problems([...valid, "topics:", "  - Courts", "  - '!!!'", "  - courts"]), [
    '6: `topics[2]`: found `"!!!"`, expected a topic name with letters or digits',
    '7: `topics[3]`: found `"courts"`, the same topic as `"Courts"`, expected each topic once',
  ]);
});

Validate("reports image without alt or src, and unknown image fields", () => {
  assert.equal(problems([...valid, "image:", "  src: a.jpg", "  credits: AP"]), [
    "6: `image.credits`: unknown field, did you mean `credit`?",
    "4: `image.alt`: found nothing, expected a text alternative describing the image",
  ]);
  assert.equal(problems([...valid, "image: a.jpg"]), [
    '4: `image`: found `"a.jpg"`, expected fields `src` and `alt` (and optionally `credit`, `caption`)',
  ]);
  assert.equal(problems([...valid, "image:", "  alt: A photo"]), [
    "4: `image.src`: found nothing, expected the image file, relative to `content/images/`",
  ]);
});

Validate("reports an author's role and an image's credit or caption that are not text", () => {
  assert.equal(problems([...valid, "authors:", "  - name: Ana", "    role: 7", "image:", "  src: a.jpg", "  alt: A photo", "  credit: [AP]", "  caption: ''"]), [
    "6: `authors[1].role`: found `7` (a number), expected text",
    "10: `image.credit`: found a list, expected text",
    "11: `image.caption`: found empty text, expected text",
  ]);
});

Validate("reports a slug that is not a slug", () => {
  assert.equal(problems([...valid, "slug: Not A Slug"]), [
    '4: `slug`: found `"Not A Slug"`, expected lower-case letters, digits and single hyphens, e.g. `council-budget-vote`',
  ]);
});

Validate("reports a title with nothing to make a URL from, unless a slug is given", () => {
  assert.equal(problems(['title: "???"', "date: 2023-05-02"]), [
    '2: `title`: found `"???"`, which has no letters or digits for the URL, expected a `slug` field',
  ]);
  assert.equal(problems(['title: "???"', "date: 2023-05-02", "slug: questions"]), []);
});

Validate("reports front matter that is not a set of fields", () => {
  assert.equal(validateFrontMatter(["a"], NY), [
    { path: [], message: '`front matter`: found a list, expected fields such as `title: "…"` and `date: 2023-05-02`' },
  ]);
});

Validate.run();

const Hostile = suite("validateFrontMatter, hostile and careless values");
const URL_EXPECTED = "expected an `https://` address or a site path starting with a single `/`";

Hostile("refuses author addresses browsers read as another host, and bare or spaced ones", () => {
  const urls = ["//evil.example/x", "/\\\\evil.example/x", "https://", "https:///x", "https://a b.example/", "/staff/\\x", "/staff/\u0000x", "https://user@evil.example/"];
  for (const url of urls) {
    const found = problems([...valid, "authors:", "  - name: A", `    url: ${JSON.stringify(url)}`]);
    assert.is(found.length, 1, url);
    assert.ok(found[0]!.startsWith("6: `authors[1].url`: found ") && found[0]!.endsWith(URL_EXPECTED), found[0]);
  }
  for (const url of ["https://example.org/ana", "http://example.org", "/staff/ana/", "/", "mailto:ana@example.org", "https://example.org:8443/a?b=c#d"]) {
    assert.equal(problems([...valid, "authors:", "  - name: A", `    url: ${JSON.stringify(url)}`]), [], url);
  }
});

Hostile("refuses slugs, title slugs and topic slugs too long for a folder name", () => {
  const long = "word ".repeat(40).trim();
  assert.equal(problems([`title: ${long}`, "date: 2023-05-02"]), [
    `2: \`title\`: found a headline whose URL slug would be 199 characters long, expected a \`slug\` field of at most ${MAX_SLUG_LENGTH} characters (e.g. \`${Array(12).fill("word").join("-")}\`)`,
  ]);
  assert.equal(problems([`title: ${long}`, "date: 2023-05-02", "slug: short-one"]), []);
  assert.equal(problems([...valid, `slug: ${"a".repeat(MAX_SLUG_LENGTH)}`]), []);
  assert.equal(problems([...valid, `slug: ${"a".repeat(MAX_SLUG_LENGTH + 1)}`]), [
    `4: \`slug\`: found a slug of ${MAX_SLUG_LENGTH + 1} characters, expected at most ${MAX_SLUG_LENGTH} (e.g. \`${"a".repeat(60)}\`)`,
  ]);
  assert.equal(problems([...valid, `topics: [Courts, ${"x".repeat(200)}]`]), [
    `4: \`topics[2]\`: found a topic name whose URL slug would be 200 characters long, expected a shorter name (at most ${MAX_SLUG_LENGTH} characters in its slug)`,
  ]);
  assert.equal(problems([...valid, `permalink: /${"p".repeat(256)}/`]), [
    `4: \`permalink\`: found \`${JSON.stringify(`/${"p".repeat(56)}...`)}\`, which has a folder or file name longer than 255 bytes, expected shorter names between the \`/\`s`,
  ]);
});

Hostile("refuses more topics than the limit, in one problem", () => {
  const topics = (n: number) => `topics: [${Array.from({ length: n }, (_, i) => `T${i}`).join(", ")}]`;
  assert.equal(problems([...valid, topics(MAX_TOPICS)]), []);
  assert.equal(problems([...valid, topics(3000)]), [`4: \`topics\`: found 3,000 topics, expected at most ${MAX_TOPICS} (each topic is a page and two feeds)`]);
});

Hostile("refuses an `updated` time later than the build, only when the build's clock is given", () => {
  const now = Date.parse("2026-12-02T12:00:00Z");
  assert.equal(problems([...valid, "updated: 2026-12-02 06:59"], { now }), []);
  assert.equal(problems([...valid, "updated: 2099-01-01"], { now }), [
    '4: `updated`: found `"2099-01-01"`, which is later than the build (2026-12-02T12:00:00.000Z), expected the time of the last change, no later than now',
  ]);
  assert.equal(problems([...valid, "updated: 2099-01-01"]), []);
});

Hostile("refuses an offset out of range in `updated` as in `date`", () => {
  assert.equal(problems([...valid, 'updated: "2023-05-03T10:00:00-13:00"']), ['4: `updated`: found `"2023-05-03T10:00:00-13:00"`, expected an offset from `-12:00` to `+14:00`']);
});

Hostile("refuses `TODO` placeholders in a production build, unless the article is a draft", () => {
  const lines = [...valid, 'dek: "TODO: one or two sentences"', "authors:", '  - name: "TODO: your name"', '    role: "Reporter on TODO lists"'];
  assert.equal(problems(lines, { production: true }), [
    '4: `dek`: found `"TODO: one or two sentences"`, a placeholder left from `npm run new`, expected it filled in (or the field removed) before the article is published, or `draft: true`',
    '6: `authors[1].name`: found `"TODO: your name"`, a placeholder left from `npm run new`, expected it filled in (or the field removed) before the article is published, or `draft: true`',
  ]);
  assert.equal(problems([...lines, "draft: true"], { production: true }), []);
  assert.equal(problems(lines), []);
});

Hostile.run();

const Label = suite("fieldLabel");

Label("writes paths with 1-based list entries", () => {
  assert.is(fieldLabel(["authors", 0, "name"]), "authors[1].name");
  assert.is(fieldLabel(["image", "alt"]), "image.alt");
  assert.is(fieldLabel(["topics", 2]), "topics[3]");
});

Label.run();
