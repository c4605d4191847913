// Integration: the related stories under each article, chosen or named in front matter, and the errors a `related:` list can raise.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";

const article = (title: string, date: string, extra = "") => `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\nA story.\n`;

const FILES: Record<string, string> = {
  "news/a.md": article("Court rules on <fees>", "2024-01-01 09:00", "topics: [Courts]\nslug: court-fees\n"),
  "news/b.md": article("Jury pool shrinks", "2024-01-05 09:00", "topics: [Courts]\n"),
  "news/c.md": article("Weather turns", "2024-01-09 09:00", "topics: [Weather]\n"),
  "news/d.md": article("Judge retires", "2024-01-10 09:00", "topics: [Courts, People]\n"),
  "news/e.md": article("Snow closes schools", "2024-01-11 09:00", "topics: [Weather]\n"),
  "news/f.md": article("Appeals court hears fee case", "2024-01-20 09:00", "topics: [Courts]\nrelated: [court-fees, /news/2024/01/09/weather-turns/]\n"),
  "news/g.md": article("Comet seen", "2024-01-15 09:00", "topics: [Astronomy]\n"),
  "news/hidden.md": article("Hidden court memo", "2024-01-06 09:00", "topics: [Courts]\neleventyExcludeFromCollections: true\n"),
  "news/draft.md": article("Draft court story", "2024-01-07 09:00", "topics: [Courts]\ndraft: true\n"),
};

/** The related section of a page: its heading and its links' [href, headline]. */
function related(build: SiteBuild, url: string): { heading: string; links: string[][] } | undefined {
  const page = build.page(url);
  assert.ok(page, `no page at ${url}`);
  const section = page!.content.match(/<section class="related"[\s\S]*?<\/section>/)?.[0];
  if (!section) return undefined;
  const heading = section.match(/<h2 class="related__heading" id="related__heading">([^<]*)<\/h2>/)![1]!;
  const links = [...section.matchAll(/<a class="related__link" href="([^"]+)"><span class="related__title">([^<]*)<\/span>/g)].map((m) => [m[1]!, m[2]!]);
  return { heading, links };
}

const Related = suite<{ build: SiteBuild }>("related stories in a site build");

Related.before(async (context) => {
  context.build = await buildSite({ files: FILES });
  if (context.build.error) throw new Error(errorText(context.build));
});

Related("chosen by shared topic, never the previous/next article, drafts or pages kept off the lists", ({ build }) => {
  // Jury pool's neighbours on the site are Court rules (previous) and Weather turns (next).
  assert.equal(related(build, "/news/2024/01/05/jury-pool-shrinks/"), {
    heading: "More on Courts",
    links: [
      ["/news/2024/01/10/judge-retires/", "Judge retires"],
      ["/news/2024/01/20/appeals-court-hears-fee-case/", "Appeals court hears fee case"],
    ],
  });
});

Related("headline text is escaped, and the heading says Related when the stories share no one topic", ({ build }) => {
  const found = related(build, "/news/2024/01/20/appeals-court-hears-fee-case/");
  assert.equal(found, {
    heading: "Related",
    links: [
      ["/news/2024/01/01/court-fees/", "Court rules on &lt;fees&gt;"],
      ["/news/2024/01/09/weather-turns/", "Weather turns"],
    ],
  });
});

Related("each story has its date in the site's zone", ({ build }) => {
  const page = build.page("/news/2024/01/20/appeals-court-hears-fee-case/")!.content;
  assert.match(page, '<span class="related__date"><time datetime="2024-01-01T09:00:00-05:00">Jan 1, 2024</time></span>');
});

Related("an article sharing nothing with any other shows no section", ({ build }) => {
  assert.is(related(build, "/news/2024/01/15/comet-seen/"), undefined);
  assert.is(related(build, "/news/2024/01/06/hidden-court-memo/"), undefined, "a page kept off the lists gets no chosen stories");
});

Related.run();

const Errors = suite("related: errors");

Errors("a slug that names no article fails at its line, with did you mean; its own slug and a shared slug too", async () => {
  const build = await buildSite({
    files: {
      "news/a.md": article("Council budget vote", "2024-02-01"),
      "news/b.md": article("Port deal", "2024-02-02", "related:\n  - council-budjet-vote\n  - port-deal\n  - minutes\n  - /news/2024/02/09/nothing/\n"),
      "news/c.md": article("Minutes", "2024-02-03"),
      "news/d.md": article("Minutes", "2024-02-04"),
    },
  });
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (4 problems):",
      'content/news/b.md:5: `related[1]`: found "council-budjet-vote", which is no article\'s slug, did you mean `council-budget-vote`?',
      'content/news/b.md:6: `related[2]`: found "port-deal", which is this article itself, expected another article',
      'content/news/b.md:7: `related[3]`: found "minutes", the slug of 2 articles (`/news/2024/02/03/minutes/`, `/news/2024/02/04/minutes/`), expected the URL of the one meant, e.g. `/news/2024/02/03/minutes/`',
      'content/news/b.md:8: `related[4]`: found "/news/2024/02/09/nothing/", which is no article\'s URL, expected the slug of another article (the end of its URL, e.g. `council-budget-vote`)',
    ].join("\n"),
  );
});

Errors("a list that is not a list of slugs fails in front-matter validation", async () => {
  const build = await buildSite({ files: { "news/a.md": article("Port deal", "2024-02-02", "related: Council vote\n"), "news/b.md": article("Port vote", "2024-02-02", "related: [Council Vote, port-deal, port-deal]\n") } });
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (3 problems):",
      'content/news/a.md:4: `related`: found `"Council vote"`, expected a list of article slugs (the end of their URLs), e.g. `related: [council-budget-vote]`',
      'content/news/b.md:4: `related[1]`: found `"Council Vote"`, expected an article\'s slug such as `council-budget-vote`, or its URL such as `/news/2023/05/02/council-budget-vote/`',
      'content/news/b.md:4: `related[3]`: found `"port-deal"` a second time, expected each story once',
    ].join("\n"),
  );
});

Errors("a draft may be named: it is left out until it is published", async () => {
  const build = await buildSite({
    files: {
      "news/a.md": article("Port deal", "2024-02-02", "related: [port-vote, port-budget]\n"),
      "news/b.md": article("Port vote", "2024-02-03", "draft: true\n"),
      "news/c.md": article("Port budget", "2024-02-04"),
    },
  });
  assert.is(build.error, undefined, errorText(build));
  const page = build.page("/news/2024/02/02/port-deal/")!.content;
  assert.not.match(page, "Port vote");
  assert.match(page, '<a class="related__link" href="/news/2024/02/04/port-budget/">');
});

Errors.run();
