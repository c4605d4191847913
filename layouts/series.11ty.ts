// A series' page at /series/<slug>/: its parts in reading order (oldest first), each with its number.
// The whole page inside the page shell, called directly, as the archives are (content/series-pages.11ty.ts).
import { html } from "../src/html.ts";
import type { Site } from "../src/site.ts";
import type { Publishing } from "../src/seo/publishing.ts";
import type { Series } from "../src/collections/series.ts";
import { storyList, type StoryItem } from "./partials/story-list.ts";
import { storyImage, STORY_SIZES } from "./partials/story-image.ts";
import { render as baseLayout } from "./base.11ty.ts";

/** A series page: `series` is one entry of `collections.series`. */
export interface SeriesData {
  site: Site;
  publishing?: Publishing;
  page: { url: string; inputPath: string; date: Date };
  pagination?: unknown;
  series: Series<StoryItem>;
}

/** The page: the series' name, how many parts, and the parts in order. */
export function render(data: SeriesData): string {
  const { site, publishing, page, pagination, series } = data;
  const title = `Series: ${series.name}`;
  const breadcrumbs = [
    { name: site.title, url: "/" },
    { name: "Series", url: "/series/" },
    { name: series.name, url: series.url },
  ];
  const count = series.parts.length;
  const description = `${series.name}: a series in ${count} ${count === 1 ? "part" : "parts"}.`;
  const thumbnail = (item: StoryItem) => storyImage(item.data.image, item.inputPath, publishing?.images, STORY_SIZES.thumbnail);
  const content = html`<div class="front series-page">
<header class="front__header">
<p class="front__kicker"><a href="/series/">Series</a></p>
<h1>${series.name}</h1>
<p class="front__count">${count} ${count === 1 ? "part" : "parts"}, in the order they were published</p>
</header>
${storyList(series.parts, site, { kicker: false }, thumbnail)}
</div>`.toString();
  return baseLayout({ site, publishing, page, pagination, description, seo: { kind: "collection", breadcrumbs }, title, content });
}
