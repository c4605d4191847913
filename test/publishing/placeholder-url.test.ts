// The warning a build prints while the site's address is still the sample's.
import * as fs from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { placeholderUrlWarning } from "../../src/publishing/placeholder-url.ts";

const Warning = suite("placeholderUrlWarning");

Warning("names src/site.ts at the line of `url:`, what was found and what is expected", () => {
  const source = fs.readFileSync("src/site.ts", "utf8");
  const line = source.split("\n").findIndex((l) => l.trim().startsWith("url:")) + 1;
  assert.equal(placeholderUrlWarning("https://news.example.org", source), {
    file: "src/site.ts",
    line,
    severity: "warning",
    message: "`url` is still the sample's `https://news.example.org`; expected your site's address (e.g. `https://news.yourpaper.org`), which canonical URLs, feeds and sitemaps use",
  });
  assert.ok(placeholderUrlWarning("https://news.example.org/", source), "a trailing slash is the same address");
});

Warning("says nothing once a newsroom has set its own address", () => {
  assert.is(placeholderUrlWarning("https://harlow-courier.example", "url: 'https://harlow-courier.example',"), undefined);
});

Warning.run();
