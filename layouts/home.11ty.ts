// The home page: the lead story with its picture, top stories with thumbnails, the latest headlines and the topics.
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import { topicUrl, type Topic } from "../src/collections/topics.ts";
import { storyTeaser, type StoryItem } from "./partials/story-list.ts";
import { storyImage, STORY_SIZES } from "./partials/story-image.ts";
import { splitLead } from "./partials/front-lead.ts";

export const data = { layout: "base.11ty.ts" };

/** How many stories, with their deks, follow the lead story in the main column. */
export const TOP_COUNT = 3;

/** How many headlines the "Latest" column lists after those. */
export const LATEST_COUNT = 8;

/** The home page reads the newest articles, the topics and the image pipeline. */
export interface HomeData {
  site: Site;
  publishing?: Publishing;
  collections: { latestArticles: StoryItem[]; topics: Topic<unknown>[] };
}

/**
 * Main column: the lead story (layouts/partials/front-lead.ts picks it) large with its picture,
 * then the next stories with their deks and thumbnails ("Top stories"); side column: the latest
 * headlines after those, and topic links.
 */
export function render(data: HomeData): string {
  const { site } = data;
  const images = data.publishing?.images;
  const { lead, rest } = splitLead(data.collections.latestArticles);
  const top = rest.slice(0, TOP_COUNT);
  const latest = rest.slice(TOP_COUNT, TOP_COUNT + LATEST_COUNT);
  const leadPicture = lead ? storyImage(lead.data.image, lead.inputPath, images, STORY_SIZES.homeLead, true) : "";
  return html`<h1 class="visually-hidden">${site.title}</h1>
<div class="home">
<div class="home__main">
${lead ? html`<section class="home__lead" aria-label="Lead story">${storyTeaser(lead, site, { weight: "lead", kicker: true, picture: leadPicture })}</section>` : html`<p class="empty-note">No articles yet.</p>`}
${top.length > 0 && html`<section class="home__top" aria-labelledby="top-heading">
<h2 id="top-heading" class="section-heading">Top stories</h2>
<ol class="story-list">
${top.map((item) => html`<li>${storyTeaser(item, site, { headingLevel: 3, kicker: true, picture: storyImage(item.data.image, item.inputPath, images, STORY_SIZES.thumbnail) })}</li>\n`)}</ol>
</section>`}
</div>
<div class="home__side">
${latest.length > 0 && html`<section class="home__latest" aria-labelledby="latest-heading">
<h2 id="latest-heading" class="section-heading">Latest</h2>
<ol class="story-list story-list--compact">
${latest.map((item) => html`<li>${storyTeaser(item, site, { headingLevel: 3, dek: false, weight: "compact" })}</li>\n`)}</ol>
<p class="more-link"><a href="/news/">All news</a></p>
</section>`}
${data.collections.topics.length > 0 && html`<section class="home__topics" aria-labelledby="topics-heading">
<h2 id="topics-heading" class="section-heading">Topics</h2>
<ul class="topic-links topic-links--inline">
${data.collections.topics.map((t) => html`<li><a href="${topicUrl(t.slug)}">${t.name}</a></li>\n`)}</ul>
</section>`}
</div>
</div>`.toString();
}
