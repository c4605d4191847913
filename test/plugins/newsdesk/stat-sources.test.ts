// statSources: the sources an article's stat callouts cite, once each, for schema.org `citation`.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { statSources } from "../../../plugins/newsdesk/index.ts";

const test = suite("statSources");

test("lists each source once, in the order first cited, with its first link", () => {
  const body = [
    "Story.",
    "",
    '::stat[288]{label="arrests" source="Justice Department"}',
    '::stat[850 kg]{label="seized" source="DEA" sourceUrl="https://www.dea.gov/"}',
    "",
    ":::stats",
    '::stat[12]{label="countries" source="Justice Department" sourceUrl="/reports/2023"}',
    '::stat[4]{label="sites" source="DEA" sourceUrl="https://example.org/other"}',
    ":::",
  ].join("\n");
  assert.equal(statSources(body), [
    { name: "Justice Department", url: "/reports/2023" },
    { name: "DEA", url: "https://www.dea.gov/" },
  ]);
});

test("a stat without source, one with a mistake and a bold-figure list cite nothing", () => {
  const body = '::stat[288]{label="arrests"}\n::stat[10–20]{label="x" source="Bad"}\n\n:::stats\n- **4** sites\n:::\n';
  assert.equal(statSources(body), []);
  assert.equal(statSources("No callouts here."), []);
});

test("reads figures in the given locale (a German figure cites its source)", () => {
  const body = '::stat[1.200]{label="Festnahmen" source="BKA"}\n';
  assert.equal(statSources(body, { locale: "de-DE" }), [{ name: "BKA" }]);
  assert.equal(statSources('::stat[1,200.5]{label="x" source="BKA"}\n', { locale: "de-DE" }), []);
});

test("values come back as written: escaping is the caller's (names with markup stay text)", () => {
  assert.equal(statSources('::stat[5]{label="x" source="<b>A&B</b>"}\n'), [{ name: "<b>A&B</b>" }]);
});

test.run();
