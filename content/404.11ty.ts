// The not-found page, written to /404.html (static hosts serve it for missing paths).
import { html } from "../src/html.ts";

export const data = {
  layout: "base.11ty.ts",
  permalink: "/404.html",
  title: "Page not found",
  eleventyExcludeFromCollections: true,
};

/** A short explanation and ways back in. */
export function render(): string {
  return html`<div class="not-found">
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<ul>
<li><a href="/">Go to the home page</a></li>
<li><a href="/news/">Browse the latest news</a></li>
<li><a href="/topics/">Browse by topic</a></li>
</ul>
</div>`.toString();
}
