// Reading one page of a test build: its HTML, and the first node of its JSON-LD graph.
import * as assert from "uvu/assert";
import type { SiteBuild } from "./build-site.ts";

/** The HTML of the page at `url`; fails the test, naming the URL, when the build wrote none. */
export function pageHtml(build: SiteBuild, url: string): string {
  const page = build.page(url);
  assert.ok(page, `no page at ${url}`);
  return page!.content;
}

/** The first node of the page's JSON-LD `@graph` (the article, or the page itself). */
export function firstJsonLd(html: string): Record<string, unknown> {
  const script = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  assert.ok(script, "no JSON-LD on the page");
  return JSON.parse(script![1]!)["@graph"][0];
}
