// The list of an article's topics, each linking to its topic page.
import { html, type SafeHtml } from "../../src/html.ts";
import { topicUrl } from "../../src/collections/topics.ts";
import { toSlug } from "../../src/slugs/to-slug.ts";
import { filterAttribute, indexedTextAttributes } from "../../src/search/index-attributes.ts";

/** `<ul class="topic-links">` with one link per topic; nothing without topics. */
export function topicLinks(topics: readonly string[] | undefined): SafeHtml | "" {
  if (!topics?.length) return "";
  // Site search (src/search/): each topic is a filter value, and the names are indexed as text.
  return html`<nav class="topic-links" aria-label="Topics"${indexedTextAttributes("data-topics", topics.join(", "))}>
<ul>${topics.map((t) => html`<li><a href="${topicUrl(toSlug(t))}"${filterAttribute("topic", t)}>${t}</a></li>`)}</ul>
</nav>`;
}
