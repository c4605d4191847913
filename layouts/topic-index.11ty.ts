// The topic index at /topics/: every topic with its number of articles.
import { html } from "../src/html.ts";
import { topicUrl, type Topic } from "../src/collections/topics.ts";

export const data = { layout: "base.11ty.ts" };

/** The index reads `collections.topics`. */
export interface TopicIndexData {
  collections: { topics: Topic<unknown>[] };
}

/** A list of topic links with counts. */
export function render(data: TopicIndexData): string {
  const topics = data.collections.topics;
  return html`<div class="front">
<header class="front__header"><h1>Topics</h1></header>
${topics.length === 0
  ? html`<p class="empty-note">No topics yet.</p>`
  : html`<ul class="topic-index">
${topics.map(
  (t) => html`<li><a href="${topicUrl(t.slug)}">${t.name}</a> <span class="topic-index__count">${t.articles.length} ${t.articles.length === 1 ? "article" : "articles"}</span></li>\n`,
)}</ul>`}
</div>`.toString();
}
