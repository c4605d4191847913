// The list of an article's topics, each linking to its topic page.
import { html, type SafeHtml } from "../../src/html.ts";
import { topicUrl } from "../../src/collections/topics.ts";
import { toSlug } from "../../src/slugs/to-slug.ts";

/** `<ul class="topic-links">` with one link per topic; nothing without topics. */
export function topicLinks(topics: readonly string[] | undefined): SafeHtml | "" {
  if (!topics?.length) return "";
  return html`<nav class="topic-links" aria-label="Topics">
<ul>${topics.map((t) => html`<li><a href="${topicUrl(toSlug(t))}">${t}</a></li>`)}</ul>
</nav>`;
}
