// `search: false` in src/site.ts: no index, no search page, no Search link (docs/search.md).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { EleventyConfig } from "@11ty/eleventy";
import { siteHeader } from "../../layouts/partials/site-header.ts";
import { data as searchPage } from "../../content/search.11ty.ts";
import { searchPlugin } from "../../src/search/search-plugin.ts";

const Switch = suite("the site's search switch");

Switch("on, the header links the search page; off, it does not", () => {
  assert.match(String(siteHeader("The Newsdesk", "/", { search: true })), '<li><a href="/search/">Search</a></li>');
  const off = String(siteHeader("The Newsdesk", "/", { search: false }));
  assert.not.match(off, "/search/");
  assert.match(off, '<li><a href="/topics/">Topics</a></li>');
});

Switch("off, the search page has no permalink, so it is not written", () => {
  assert.is(searchPage.permalink({ site: { search: true } }), "/search/");
  assert.is(searchPage.permalink({ site: { search: false } }), false);
});

Switch("off, a production build registers no indexing and says it has no index", () => {
  const data: Record<string, unknown> = {};
  const events: string[] = [];
  const config = { addGlobalData: (name: string, value: unknown) => (data[name] = value), on: (event: string) => events.push(event) };
  const before = process.env.ELEVENTY_RUN_MODE;
  process.env.ELEVENTY_RUN_MODE = "build";
  try {
    searchPlugin(config as unknown as EleventyConfig, { enabled: false });
  } finally {
    if (before === undefined) delete process.env.ELEVENTY_RUN_MODE;
    else process.env.ELEVENTY_RUN_MODE = before;
  }
  assert.equal(data, { siteSearch: { indexed: false } });
  assert.equal(events, []);
});

Switch.run();
