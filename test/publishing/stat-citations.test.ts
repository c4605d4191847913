// An article's JSON-LD cites its stat callouts' sources once each (schema.org `citation`), escaped.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { headMeta, type HeadMetaData } from "../../layouts/partials/head-meta.ts";
import { site } from "../../src/site.ts";

function jsonLd(data: HeadMetaData): any {
  const html = String(headMeta(data));
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(script, "the page has JSON-LD");
  assert.not.match(script!, /<\/|<b>/, "nothing in the script can end it or open markup");
  return JSON.parse(script!);
}

const page = { url: "/news/2024/01/02/story/", inputPath: "./content/news/story.md", date: new Date("2024-01-02T10:00:00Z") };
const BODY = [
  "288 people were arrested.",
  "",
  '::stat[288]{label="arrests" source="Justice Department" sourceUrl="/reports/2023"}',
  '::stat[850 kg]{label="seized" source="</script><b>DEA & co</b>"}',
  '::stat[12]{label="countries" source="Justice Department"}',
].join("\n");

const test = suite("stat citations in an article's JSON-LD");

test("each cited source once, relative links made absolute, markup kept as text", () => {
  const ld = jsonLd({ site, page, title: "Story", article: { body: BODY } });
  const article = ld["@graph"].find((node: any) => String(node["@id"]).endsWith("#article"));
  assert.equal(article.citation, [
    { "@type": "CreativeWork", name: "Justice Department", url: `${site.url.replace(/\/$/, "")}/reports/2023` },
    { "@type": "CreativeWork", name: "</script><b>DEA & co</b>" },
  ]);
});

test("an article without sourced stats, and a page that is not an article, cite nothing", () => {
  const plain = jsonLd({ site, page, title: "Story", article: { body: '::stat[288]{label="arrests"}\n' } });
  assert.not.ok(plain["@graph"].some((node: any) => "citation" in node));
  const about = String(headMeta({ site, page: { ...page, url: "/about/", inputPath: "./content/about.md" }, title: "About", article: { body: BODY } }));
  assert.not.match(about, /citation/);
});

test.run();
