// An article: status banner (dev only), headline, dek, byline, dates, reading time, topics, lead image, body.
import { html, raw } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import { readingMinutes } from "../src/articles/reading-time.ts";
import { publicationState } from "../src/articles/publication.ts";
import { readableDateTime } from "../src/dates/format-date.ts";
import { byline, type Author, type AuthorLinks } from "./partials/byline.ts";
import { leadFigure, type LeadImage } from "./partials/lead-figure.ts";
import { leadPicture } from "../src/images/lead-image.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import { articleTimeTag } from "./partials/time-tag.ts";
import { topicLinks } from "./partials/topic-links.ts";
import { relatedStories, type RelatedStory } from "./partials/related-stories.ts";
import type { RelatedStories } from "../src/collections/related-stories.ts";
import { seriesBox, seriesKicker, type SeriesPart } from "./partials/series-box.ts";
import type { SeriesPlace } from "../src/collections/series.ts";
import { articleType } from "../src/articles/article-type.ts";
import { correctionNotice } from "./partials/correction-notice.ts";
import { articleCorrections, lastModified } from "../src/collections/corrections.ts";
import { deferPullQuotes } from "./partials/pull-quote-placement.ts";
import type { NeighbourTemplateFunctions } from "../plugins/newsdesk/index.ts";
import { bodyAttribute, datetimeMetaAttribute, ignoreAttribute, publishedAttributes } from "../src/search/index-attributes.ts";

export const data = { layout: "base.11ty.ts" };

/** An article's page data: the validated front matter plus Eleventy's. */
export interface ArticleData {
  site: Site;
  title: string;
  dek?: string;
  authors?: Author[];
  topics?: string[];
  image?: LeadImage;
  /** The front matter's `date` as written: it says whether the hour is known (time-tag.ts). */
  date?: unknown;
  updated?: string;
  draft?: boolean;
  series?: string;
  /** The kind of article (src/articles/article-type.ts); news when not set. */
  type?: string;
  /** What was put right, and when (src/collections/corrections.ts). */
  corrections?: unknown;
  page: { date: Date; url: string | false; inputPath: string; outputPath?: string | false };
  /** Minutes to read the body, when already counted (content/news/articles.html); else counted here. */
  readingMinutes?: number;
  /** Global data from the publishing block of eleventy.config.ts (the image pipeline). */
  publishing?: Publishing;
  /**
   * `collections.articles`: the previous/next links' order; `relatedStories`: each article's
   * related stories, by article (src/collections/related-stories.ts).
   */
  collections: {
    articles: readonly unknown[];
    relatedStories?: ReadonlyMap<unknown, RelatedStories<RelatedStory>>;
    /** Each series part's place (src/collections/series.ts). */
    seriesPlaces?: ReadonlyMap<unknown, SeriesPlace<SeriesPart>>;
    /** Author pages by byline name (src/collections/authors.ts): where each byline name links. */
    authorsByName?: AuthorLinks;
  };
  /** The article itself (layouts/article-page.11ty.ts): its key in `collections.relatedStories` and `seriesPlaces`. */
  article?: unknown;
  content: string;
}

/** Only the dev server builds drafts and scheduled articles; say so where nobody can miss it. */
function statusBanner(data: ArticleData) {
  const state = publicationState(data.draft, data.page.date, Date.now());
  if (state === "draft") {
    return html`<p class="status-banner status-banner--draft"><strong>Draft</strong> — not published: production builds leave this article out.</p>`;
  }
  if (state === "scheduled") {
    const when = readableDateTime(data.page.date, data.site.timeZone, data.site.language);
    return html`<p class="status-banner status-banner--scheduled"><strong>Scheduled</strong> — goes live with the first build after ${when}.</p>`;
  }
  return "";
}

/** "Opinion", "Analysis", …: what kind of piece this is, above the headline; nothing for news. */
function typeLabel(type: unknown) {
  const kind = articleType(type);
  return kind.label ? html`<p class="article__type article__type--${kind.name}"${ignoreAttribute()}>${kind.label}</p>` : "";
}

/** The article's `<article>`; the base layout wraps it in the page shell. */
export function render(this: NeighbourTemplateFunctions, data: ArticleData): string {
  const { site } = data;
  const minutes = data.readingMinutes ?? readingMinutes(data.content);
  // "Updated" is the last change: an `updated` time or a later correction (as dateModified is).
  const modified = lastModified(data, site.timeZone);
  const corrections = correctionNotice(articleCorrections(data, site.timeZone), site);
  // Site search (src/search/): the date, year and sort key of a result; reading time is not indexed.
  const meta = html`<p class="article__meta"${datetimeMetaAttribute(data.page.date, site)}>
<span${publishedAttributes(data.page.date, site)}>Published ${articleTimeTag(data.page.date, data.date, site)}</span>
${modified && html`<span class="article__updated">Updated ${articleTimeTag(modified.date, modified.written, site)}</span>`}
<span${ignoreAttribute()}>${minutes} min read</span>
</p>`;

  // --- previous/next article links: inserted here, after the body (plugin, neighbours/) ---
  // Pass `data.page`, not `this.page`: in an 11ty.js layout `this.page` is the first page rendered.
  const place = data.collections.seriesPlaces?.get(data.article);
  const afterBody: unknown[] = [site.corrections.placement === "end" ? corrections : "", seriesBox(place, String(data.page.url), site), raw(this.articleNav(data.collections.articles, data.page))];
  afterBody.push(relatedStories(data.collections.relatedStories?.get(data.article), site));

  // The article is what site search indexes: not the header, navigation or footer around it.
  return html`<article class="article"${bodyAttribute()}>
${statusBanner(data)}
<header class="article__header">
${typeLabel(data.type)}
${seriesKicker(data.series, place)}
<h1 class="article__headline">${data.title}</h1>
${data.dek && html`<p class="dek">${data.dek}</p>`}
${byline(data.authors, data.collections.authorsByName)}
${meta}
${topicLinks(data.topics)}
</header>
${site.corrections.placement === "start" ? corrections : ""}
${leadFigure(data.image, leadPicture(data))}
<div class="article__body">
${raw(deferPullQuotes(data.content))}
</div>
${afterBody}
</article>`.toString();
}
