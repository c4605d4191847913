// The topic index at /topics/: every topic with its description and number of articles.
import * as fs from "node:fs";
import * as path from "node:path";
import { html } from "../src/html.ts";
import { topicUrl, type Topic } from "../src/collections/topics.ts";
import { ContentError, formatProblem, relativeFile } from "../plugins/newsdesk/index.ts";
import { DESCRIPTIONS_FILE, topicDescription, topicDescriptionProblems } from "./partials/topic-descriptions.ts";

export const data = { layout: "base.11ty.ts" };

/** The index reads `collections.topics` and the optional topic descriptions. */
export interface TopicIndexData {
  collections: { topics: Topic<unknown>[] };
  topicDescriptions?: unknown;
  page: { inputPath: string };
}

/**
 * Checks the descriptions file here: this page renders once a build and knows every topic. Errors
 * fail the build, all listed; a description that names no topic is printed as a warning.
 */
function checkDescriptions(data: TopicIndexData): void {
  if (data.topicDescriptions === undefined) return;
  const file = path.join(path.dirname(data.page.inputPath), DESCRIPTIONS_FILE);
  const source = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const names = data.collections.topics.map((t) => t.name);
  const problems = topicDescriptionProblems(data.topicDescriptions, names, relativeFile(file), source);
  for (const warning of problems.filter((p) => p.severity === "warning")) console.warn(`[newsdesk] ${formatProblem(warning)}`);
  const errors = problems.filter((p) => p.severity !== "warning");
  if (errors.length) throw new ContentError(errors);
}

/** A list of topic links with descriptions and counts. */
export function render(data: TopicIndexData): string {
  checkDescriptions(data);
  const topics = data.collections.topics;
  return html`<div class="front">
<header class="front__header"><h1>Topics</h1></header>
${topics.length === 0
  ? html`<p class="empty-note">No topics yet.</p>`
  : html`<ul class="topic-index">
${topics.map((t) => {
  const description = topicDescription(data.topicDescriptions, t.name);
  return html`<li><a href="${topicUrl(t.slug)}">${t.name}</a> <span class="topic-index__count">${t.articles.length} ${t.articles.length === 1 ? "article" : "articles"}</span>${description ? html`<p class="topic-index__description">${description}</p>` : ""}</li>\n`;
})}</ul>`}
</div>`.toString();
}
