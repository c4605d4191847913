import { suite } from "uvu";
import * as assert from "uvu/assert";
import { statShortcodes } from "../../../plugins/newsdesk/blocks/stat-shortcode.ts";
import { validateOptions } from "../../../plugins/newsdesk/options.ts";

const { stat, stats } = statShortcodes(validateOptions({ locale: "en-US" }));
const de = statShortcodes(validateOptions({ locale: "de-DE" }));
const figure = (text: string, value: number, label: string) =>
  `<data class="stat__value" value="${value}">${text}</data> <span class="stat__label">${label}</span>`;

const Stat = suite("stat shortcode");

Stat("takes figure, label, source and sourceUrl as positional arguments (Liquid, Nunjucks, 11ty.js)", () => {
  assert.is(stat("288", "people arrested", "Justice Department", "https://www.justice.gov/"),
    `<p class="stat">${figure("288", 288, "people arrested")} <small class="stat__source">Source: <a href="https://www.justice.gov/">Justice Department</a></small></p>\n`);
});

Stat("takes Nunjucks keyword arguments, after or instead of positional ones", () => {
  const keywords = { __keywords: true, value: 53400000, currency: "USD", notation: "compact", label: "seized" };
  assert.is(stat(keywords), `<p class="stat">${figure("$53.4M", 53400000, "seized")}</p>\n`);
  assert.is(stat("288", { __keywords: true, label: "people", source: "DOJ" }),
    `<p class="stat">${figure("288", 288, "people")} <small class="stat__source">Source: DOJ</small></p>\n`);
});

Stat("takes one object in 11ty.js, the written figure as `figure`", () => {
  assert.is(stat({ figure: "850 kg", label: "of drugs" }), `<p class="stat">${figure("850 kg", 850, "of drugs")}</p>\n`);
});

Stat("reads a number as a value, written in the site's locale", () => {
  assert.is(de.stat(1234.5, "Kilometer"), `<p class="stat">${figure("1.234,5", 1234.5, "Kilometer")}</p>\n`);
});

Stat("escapes hostile arguments", () => {
  const out = stat("5", "<script>x</script>", '"><img src=x>');
  assert.not.ok(/<script|<img/.test(out), out);
});

Stat("throws on every mistake, naming the shortcode, what was found and what was expected", () => {
  assert.throws(() => stat("about 300", "agents"), /shortcode `stat`: cannot read the figure: `about 300` has no number/);
  assert.throws(() => stat("288"), /shortcode `stat`: missing `label`/);
  assert.throws(() => stat({ value: 5, currency: "XYZ", label: "x" }), /`currency=XYZ` is not a currency code/);
  assert.throws(() => stat(), /no figure/);
});

Stat.run();

const Stats = suite("stats paired shortcode");

Stats("renders a bold-figure list as a titled group, indentation and all", () => {
  const out = stats("\n    - **288** people arrested\n    - **850 kg** of drugs seized\n  ", "The operation in numbers");
  assert.is(out, '<figure class="stats">\n<figcaption class="stats__title">The operation in numbers</figcaption>\n<ul class="stats__list">\n'
    + `<li class="stat">${figure("288", 288, "people arrested")}</li>\n<li class="stat">${figure("850 kg", 850, "of drugs seized")}</li>\n</ul>\n</figure>\n`);
});

Stats("takes ::stat lines too, a keyword title, or no title", () => {
  assert.ok(stats('::stat[64%]{label="of buyers"}', { __keywords: true, title: "T" }).includes(`<li class="stat">${figure("64%", 0.64, "of buyers")}</li>`));
  assert.ok(stats("- **3** things").startsWith('<ul class="stats stats__list">'));
});

Stats("keeps a title with quotes, backslashes and ampersands intact, escaped once", () => {
  assert.ok(stats("- **3** things", 'A "big" \\ deal & more').includes('<figcaption class="stats__title">A &quot;big&quot; \\ deal &amp; more</figcaption>'));
});

Stats("throws with the line of the content that is wrong", () => {
  assert.throws(() => stats("- **288** people\n- bad item", "T"), /shortcode `stats`: line 2 of its content: `:::stats` list item: `bad item` does not start with a bold figure/);
  assert.throws(() => stats("", "T"), /shortcode `stats`: `:::stats` is empty/);
});

Stats.run();
