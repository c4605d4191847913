import { suite } from "uvu";
import * as assert from "uvu/assert";
import { HtmlValidate } from "html-validate";
import { renderStat, renderStatGroup, type StatRenderOptions } from "../../../plugins/newsdesk/stats/render-stat.ts";
import { escapeHtml } from "../../../plugins/newsdesk/escape-html.ts";
import { isSafeSourceUrl } from "../../../plugins/newsdesk/stats/safe-url.ts";

const OPTIONS: StatRenderOptions = {
  classes: {
    stat: "stat", value: "stat__value", label: "stat__label", source: "stat__source",
    group: "stats", title: "stats__title", list: "stats__list",
  },
  sourcePrefix: "Source:",
};

const Render = suite("renderStat: a stat as HTML");

Render("puts the figure in <data value>, then a plain space (a text node of its own), then the label", () => {
  assert.is(
    renderStat({ text: "$53.4 million", value: 53400000, label: "in cryptocurrency seized" }, OPTIONS),
    '<p class="stat"><data class="stat__value" value="53400000">$53.4 million</data>'
      + ' <span class="stat__label">in cryptocurrency seized</span></p>\n',
  );
});

Render("its text without markup reads as words: figure, space, label (never \"288people\"), with no hidden element", () => {
  const html = renderStat({ text: "288", value: 288, label: "people arrested", source: "DOJ" }, OPTIONS);
  assert.is(html.replace(/<[^>]+>/g, "").trim(), "288 people arrested Source: DOJ");
  assert.not.match(html, /hidden|sr-only/);
});

Render("links the source when sourceUrl is safe, and prints it plain otherwise", () => {
  const stat = { text: "288", value: 288, label: "people arrested", source: "Justice Department" };
  assert.ok(renderStat({ ...stat, sourceUrl: "https://www.justice.gov/opa" }, OPTIONS).includes(
    ' <small class="stat__source">Source: <a href="https://www.justice.gov/opa">Justice Department</a></small></p>',
  ));
  const unsafe = renderStat({ ...stat, sourceUrl: "javascript:alert(1)" }, OPTIONS);
  assert.ok(unsafe.includes('<small class="stat__source">Source: Justice Department</small>'));
  assert.not.ok(unsafe.includes("<a"));
});

Render("escapes hostile labels, sources, URLs, ids, classes and figure text", () => {
  const out = renderStat({
    text: '<b>5</b>', value: 5, label: '<script>alert("x")</script> & \'co\'', source: '<img src=x onerror=alert(1)>',
    sourceUrl: '/a"onmouseover="alert(1)', id: 'x" onclick="y', classes: ['"><script>'],
  }, OPTIONS);
  assert.not.ok(/<script|<img|<b>|" on/.test(out), out);
  assert.ok(out.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"));
  assert.ok(out.includes('href="/a&quot;onmouseover=&quot;alert(1)"'));
  assert.ok(out.includes('id="x&quot; onclick=&quot;y"'));
});

Render("uses trusted label HTML (from markdown-it) when given", () => {
  const out = renderStat({ text: "850 kg", value: 850, label: "ignored", labelHtml: "of <em>drugs</em> seized" }, OPTIONS);
  assert.ok(out.includes('<span class="stat__label">of <em>drugs</em> seized</span>'));
});

Render("renders nothing rather than an empty or NaN figure", () => {
  assert.is(renderStat({ text: "  ", value: 5, label: "x" }, OPTIONS), "");
  assert.is(renderStat({ text: "5", value: Number.NaN, label: "x" }, OPTIONS), "");
  assert.is(renderStat({ text: "5", value: Infinity, label: "x" }, OPTIONS), "");
  assert.is(renderStat({ text: "NaN", value: 5, label: "x" }, OPTIONS), "");
});

Render("takes class names from options", () => {
  const out = renderStat({ text: "1", value: 1, label: "x" }, {
    classes: { ...OPTIONS.classes, stat: "nd-stat", value: "nd-num" }, sourcePrefix: "",
  });
  assert.ok(out.startsWith('<p class="nd-stat"><data class="nd-num" value="1">1</data> '));
});

Render("groups stats in a figure named by its figcaption, as a list", () => {
  const stats = [
    { text: "288", value: 288, label: "people arrested" },
    { text: "850 kg", value: 850, label: "of drugs seized" },
  ];
  assert.is(renderStatGroup({ title: "The operation in numbers" }, stats, OPTIONS),
    '<figure class="stats">\n<figcaption class="stats__title">The operation in numbers</figcaption>\n<ul class="stats__list">\n'
    + '<li class="stat"><data class="stat__value" value="288">288</data> <span class="stat__label">people arrested</span></li>\n'
    + '<li class="stat"><data class="stat__value" value="850">850 kg</data> <span class="stat__label">of drugs seized</span></li>\n'
    + "</ul>\n</figure>\n");
  assert.ok(renderStatGroup({}, stats, OPTIONS).startsWith('<ul class="stats stats__list">\n<li'));
});

Render("writes valid HTML (html-validate, recommended rules)", async () => {
  const body = renderStatGroup({ title: "In numbers", id: "numbers" }, [
    { text: "64%", value: 0.64, label: "of users", source: "Survey & Co", sourceUrl: "/reports?a=1&b=2" },
  ], OPTIONS) + renderStat({ text: "3.2x", value: 3.2, label: "more" }, OPTIONS);
  const page = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
  const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(page);
  assert.ok(report.valid, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => m.message))));
});

Render("escapeHtml escapes the five characters", () => {
  assert.is(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

Render.run();

const Url = suite("isSafeSourceUrl");

const SAFE = ["https://www.justice.gov/opa/pr/x", "http://example.org", "HTTPS://EXAMPLE.ORG/", "/reports/2023",
  "./data.csv", "../data", "reports/2023", "#table-2", "?q=1", "2023/report:x"];
const UNSAFE = ["javascript:alert(1)", "JavaScript:alert(1)", "java\nscript:alert(1)", " https://x.org", "data:text/html,x",
  "mailto:a@b.c", "//evil.example", "\\\\evil.example", "https:evil", "https://", "vbscript:x", "", "a b", "foo:bar", "report:2023/x"];

for (const url of SAFE) Url(`accepts ${JSON.stringify(url)}`, () => assert.ok(isSafeSourceUrl(url)));
for (const url of UNSAFE) Url(`refuses ${JSON.stringify(url)}`, () => assert.not.ok(isSafeSourceUrl(url)));

Url.run();
