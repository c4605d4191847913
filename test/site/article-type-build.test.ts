// Integration: front matter `type:` — the label above the headline, the schema.org type, sponsored labels in lists and feeds, and its error.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { firstJsonLd, pageHtml } from "../helpers/built-page.ts";

const article = (title: string, date: string, extra = "") => `---\ntitle: "${title}"\ndate: ${date}\ntopics: [Courts]\n${extra}---\n\nA story.\n`;

const FILES: Record<string, string> = {
  "news/news.md": article("Plain <news>", "2024-04-01 09:00", "slug: plain-news\n"),
  "news/opinion.md": article("Why the court erred", "2024-04-02 09:00", "type: opinion\n"),
  "news/explainer.md": article("How appeals work", "2024-04-03 09:00", "type: explainer\n"),
  "news/sponsored.md": article("A word from <our> sponsor", "2024-04-04 09:00", "type: sponsored\nslug: a-word-from-our-sponsor\n"),
};

const Types = suite<{ build: SiteBuild }>("article types in a site build");

Types.before(async (context) => {
  context.build = await buildSite({ files: FILES });
  if (context.build.error) throw new Error(errorText(context.build));
});

const html = pageHtml;
const schemaType = (page: string) => firstJsonLd(page)["@type"];

Types("a label above the headline for every type but news, and the schema.org type of each", ({ build }) => {
  const news = html(build, "/news/2024/04/01/plain-news/");
  assert.not.match(news, "article__type");
  assert.is(schemaType(news), "NewsArticle");
  const opinion = html(build, "/news/2024/04/02/why-the-court-erred/");
  assert.match(opinion, '<p class="article__type article__type--opinion" data-pagefind-ignore>Opinion</p>\n');
  assert.ok(opinion.indexOf("article__type") < opinion.indexOf("article__headline"), "above the headline");
  assert.is(schemaType(opinion), "OpinionNewsArticle");
  assert.is(schemaType(html(build, "/news/2024/04/03/how-appeals-work/")), "BackgroundNewsArticle");
  assert.is(schemaType(html(build, "/news/2024/04/04/a-word-from-our-sponsor/")), "AdvertiserContentArticle");
});

Types("sponsored content is labelled in lists and feeds too; other types only on their page", ({ build }) => {
  const front = html(build, "/news/");
  assert.is(front.match(/class="story__label story__label--sponsored">Sponsored</g)?.length, 1);
  assert.not.match(front, "story__label--opinion");
  const atom = html(build, "/feed.xml");
  assert.match(atom, "<title type=\"text\">Sponsored: A word from &lt;our&gt; sponsor</title>");
  assert.match(atom, "<title type=\"text\">Why the court erred</title>");
  const json = JSON.parse(html(build, "/feed.json"));
  assert.ok(json.items.some((item: { title: string }) => item.title === "Sponsored: A word from <our> sponsor"), "the JSON feed's title, as text");
});

Types.run();

const Errors = suite("article types: errors");

Errors("an unknown type fails at its line with the allowed list and did you mean", async () => {
  const build = await buildSite({ files: { "news/a.md": article("Why", "2024-04-02", "type: opnion\n"), "news/b.md": article("What", "2024-04-03", "type: [news]\n") } });
  const allowed = "one of `news`, `analysis`, `opinion`, `review`, `explainer`, `sponsored`";
  assert.fixture(
    errorText(build),
    [
      "Newsdesk found problems in your content (2 problems):",
      `content/news/a.md:5: \`type\`: found \`"opnion"\`, expected ${allowed} (did you mean \`opinion\`?)`,
      `content/news/b.md:5: \`type\`: found a list, expected ${allowed}`,
    ].join("\n"),
  );
});

Errors.run();
