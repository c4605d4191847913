// Integration: the pages `npm run new -- --page` writes, built as the site builds them: a production
// build refuses each `TODO:` line at its file line, `npm start` shows them, and the masthead lists the staff.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { PAGE_KINDS, PAGE_TEMPLATES, pageSource } from "../../src/authoring/page-templates.ts";
import { PAGE_PLACEHOLDER } from "../../src/markdown/page-placeholders.ts";
import { site } from "../../src/site.ts";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { pageHtml } from "../helpers/built-page.ts";

const ARTICLE = (name: string) => `---\ntitle: "A story by ${name}"\ndate: 2024-04-01 09:00\nauthors:\n  - name: ${name}\n---\n\nText.\n`;

/** Every kind's page as the command writes it, at the file it writes. */
const GENERATED = Object.fromEntries(PAGE_KINDS.map((kind) => [PAGE_TEMPLATES[kind].file, pageSource(kind, site.title)]));

/** The file lines that start with `TODO:`, counted here from the whole file, front matter included. */
const todoLines = (source: string) => source.split("\n").flatMap((line, i) => (line.startsWith("TODO:") ? [i + 1] : []));

const Generated = suite<{ production: SiteBuild; preview: SiteBuild }>("generated site pages");

Generated.before(async (context) => {
  const files = { ...GENERATED, "news/a.md": ARTICLE("Ana Ruiz") };
  context.production = await buildSite({ files });
  context.preview = await buildSite({ files, runMode: "serve" });
});

Generated("a production build refuses every TODO line of every page, each at its file line, in the one report", ({ production }) => {
  assert.ok(production.error, "the build must fail");
  const text = errorText(production);
  assert.ok(text.startsWith("Newsdesk found problems in your content ("), text);
  for (const kind of PAGE_KINDS) {
    const file = PAGE_TEMPLATES[kind].file;
    const found = text.split("\n").filter((line) => line.startsWith(`content/${file}:`));
    const expected = todoLines(GENERATED[file]!).map((line) => `content/${file}:${line}: ${PAGE_PLACEHOLDER}`);
    assert.ok(expected.length > 0, kind);
    assert.equal(found, expected, kind);
  }
});

Generated("npm start builds every page with its TODO lines showing, at its permalink and with its layout", ({ preview }) => {
  if (preview.error) throw new Error(errorText(preview));
  for (const kind of PAGE_KINDS) {
    const page = pageHtml(preview, PAGE_TEMPLATES[kind].permalink);
    assert.match(page, "<p>TODO: ", kind);
    assert.match(page, `<title>`, kind);
  }
  assert.match(pageHtml(preview, "/masthead/"), '<h2 id="masthead-staff__heading">Staff</h2>');
  assert.match(pageHtml(preview, "/corrections/"), '<h2 id="corrections-page__heading">Corrections so far</h2>');
  assert.match(pageHtml(preview, "/accessibility/"), "WCAG) 2.2 at level AA");
});

Generated.run();

const Masthead = suite<{ build: SiteBuild }>("the masthead page");

const AUTHORS = JSON.stringify([
  { slug: "ana-ruiz", name: "Ana Ruiz", role: "City hall reporter" },
  { slug: "li-wei", name: "Li Wei", photo: { src: "authors/maya-okafor.jpg", alt: "Li Wei at the desk" } },
]);

// A page the newsroom has finished: `TODO` in code or mid-sentence is the page's text, not a placeholder.
const MASTHEAD = `---
title: Masthead
description: Who runs the paper.
layout: masthead.11ty.ts
permalink: /masthead/
---

The editor is **Ruth Castellanos**. Our style guide calls a to-do list a TODO: list.

\`\`\`text
TODO: how a placeholder looks
\`\`\`
`;

Masthead.before(async (context) => {
  context.build = await buildSite({ files: { "masthead.md": MASTHEAD, "authors.json": AUTHORS, "news/a.md": ARTICLE("Ana Ruiz"), "news/b.md": ARTICLE("Guest Writer") } });
  if (context.build.error) throw new Error(errorText(context.build));
});

Masthead("lists the profiled staff under the page's text, each linked to their page with their role; guests are not staff", ({ build }) => {
  const page = pageHtml(build, "/masthead/");
  assert.match(page, "<p>The editor is <strong>Ruth Castellanos</strong>.");
  assert.match(page, "TODO: how a placeholder looks");
  assert.match(
    page,
    [
      '<section class="masthead-staff" aria-labelledby="masthead-staff__heading">',
      '<h2 id="masthead-staff__heading">Staff</h2>',
      '<ul class="masthead-staff__list">',
      '<li class="masthead-staff__item"><a class="masthead-staff__name" href="/authors/ana-ruiz/">Ana Ruiz</a> <span class="masthead-staff__role">City hall reporter</span></li>',
      '<li class="masthead-staff__item"><picture class="masthead-staff__photo">',
    ].join("\n"),
  );
  // A profile's portrait beside their name, small and lazy.
  assert.match(page, /<picture class="masthead-staff__photo">.*sizes="3rem".*alt="Li Wei at the desk" loading="lazy" decoding="async"><\/picture><a class="masthead-staff__name" href="\/authors\/li-wei\/">Li Wei<\/a><\/li>\n<\/ul>\n<p class="masthead-staff__all">Everyone who has written for us, guests included, is on the <a href="\/authors\/">authors page<\/a>.<\/p>/);
  assert.not.match(page, "Guest Writer");
  assert.ok(page.indexOf("Ruth Castellanos") < page.indexOf("masthead-staff__heading"), "the page's text comes first");
});

Masthead("a site without staff profiles says so", async () => {
  const build = await buildSite({ files: { "masthead.md": MASTHEAD, "authors.json": "[]", "news/a.md": ARTICLE("Guest Writer") } });
  if (build.error) throw new Error(errorText(build));
  assert.match(pageHtml(build, "/masthead/"), '<p class="empty-note">No staff profiles yet.</p>');
});

Masthead.run();
