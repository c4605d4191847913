// Article teasers for the fronts (home, /news/, topics): headline link, kicker, dek, date, byline, picture.
import { html, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import { authorNames, type Author } from "./byline.ts";
import { timeTag } from "./time-tag.ts";
import type { StoryImageData } from "./story-image.ts";
import { articleType } from "../../src/articles/article-type.ts";

/** The article data a teaser shows. */
export interface StoryData {
  title: string;
  dek?: string;
  authors?: Author[];
  draft?: boolean;
  topics?: string[];
  image?: StoryImageData;
  /** The kind of article: sponsored content is labelled in lists too (src/articles/article-type.ts). */
  type?: string;
}

/** What a teaser reads of an article (an Eleventy collection item or the site's ArticleItem). */
export interface StoryItem {
  url: string | false;
  date: Date;
  data: StoryData;
  /** The article's file (`./content/news/x.md`): where an image problem is placed. */
  inputPath?: string;
}

/** How a teaser is set: its place on the front decides its weight. */
export interface TeaserOptions {
  /** Keeps the outline right: h2 on fronts, h3 under a section heading. Default 2. */
  headingLevel?: 2 | 3;
  /** Show the dek. Default true. */
  dek?: boolean;
  /** Show the first topic above the headline (not on a topic's own front). Default false. */
  kicker?: boolean;
  /** `lead`: the front's first story, set large; `compact`: a side column's headline. */
  weight?: "lead" | "compact";
  /** The teaser's picture (layouts/partials/story-image.ts), when the article has one. */
  picture?: SafeHtml | "";
}

/**
 * One teaser. The headline's link is the teaser's only link; CSS stretches its target over the
 * whole teaser (picture included), so there is one tab stop per story. A teaser without a picture
 * is marked `story--text` and set typographically instead (src/styles/fronts.css).
 */
export function storyTeaser(item: StoryItem, site: Site, options: TeaserOptions = {}): SafeHtml {
  const { headingLevel = 2, dek = true, kicker = false, weight, picture = "" } = options;
  const names = authorNames(item.data.authors);
  const topic = kicker ? item.data.topics?.[0] : undefined;
  const kind = articleType(item.data.type);
  const label = kind.everywhere ? html`<p class="story__label story__label--${kind.name}">${kind.label}</p>` : "";
  const heading = html`<a href="${item.url}">${item.data.title}</a>${item.data.draft ? html` <span class="tag-draft">Draft</span>` : ""}`;
  const classes = ["story", weight && `story--${weight}`, picture ? "story--with-image" : "story--text"].filter(Boolean).join(" ");
  return html`<article class="${classes}">
${headingLevel === 2 ? html`<h2 class="story__headline">${heading}</h2>` : html`<h3 class="story__headline">${heading}</h3>`}
${label}${topic ? html`<p class="story__kicker">${topic}</p>` : ""}
${dek && item.data.dek ? html`<p class="story__dek">${item.data.dek}</p>` : ""}
<p class="story__meta">${timeTag(item.date, site)}${names ? html`<span class="story__byline"> · By ${names}</span>` : ""}</p>
${picture}</article>`;
}

/** `<ol class="story-list">` of teasers, or a short note when there are none yet. */
export function storyList(items: readonly StoryItem[], site: Site, options: TeaserOptions = {}, pictures?: (item: StoryItem) => SafeHtml | ""): SafeHtml {
  if (items.length === 0) return html`<p class="empty-note">No articles yet.</p>`;
  return html`<ol class="story-list">
${items.map((item) => html`<li>${listedTeaser(item, site, options, pictures)}</li>\n`)}</ol>`;
}

// An article is listed on the section front and on the page of each of its topics: its teaser is
// made once per article object, site and settings (a rebuild's articles are new objects).
const teasers = new WeakMap<StoryItem, { site: Site; key: string; teaser: SafeHtml }[]>();

function listedTeaser(item: StoryItem, site: Site, options: TeaserOptions, pictures?: (item: StoryItem) => SafeHtml | ""): SafeHtml {
  const key = `${options.headingLevel ?? 2}|${options.dek ?? true}|${options.kicker ?? false}|${options.weight ?? ""}|${pictures ? "pictures" : ""}`;
  let made = teasers.get(item);
  if (!made) teasers.set(item, (made = []));
  let found = made.find((entry) => entry.site === site && entry.key === key);
  if (!found) made.push((found = { site, key, teaser: storyTeaser(item, site, { ...options, picture: pictures?.(item) ?? "" }) }));
  return found.teaser;
}
