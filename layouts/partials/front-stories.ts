// The stories of a list front (/news/, a topic): on its first page the newest as the lead, then the list.
import { html, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import type { ImagePipeline } from "../../src/images/image-pipeline.ts";
import type { ListPage } from "../../src/collections/paginate.ts";
import { storyList, storyTeaser, type StoryItem } from "./story-list.ts";
import { storyImage, STORY_SIZES } from "./story-image.ts";

/**
 * The first page leads with its newest story set large, its picture (if any) eager; the list
 * below has thumbnails, lazy. These fronts stay in order, newest first, page after page (the
 * home page alone lets a picture lead: layouts/partials/front-lead.ts); later pages are the list
 * alone.
 */
export function frontStories(page: ListPage<StoryItem>, site: Site, images: ImagePipeline | undefined, kicker: boolean): SafeHtml {
  const thumbnail = (item: StoryItem) => storyImage(item.data.image, item.inputPath, images, STORY_SIZES.thumbnail);
  if (page.pageNumber > 1 || page.items.length === 0) return storyList(page.items, site, { kicker }, thumbnail);
  const [lead, ...rest] = page.items;
  const picture = lead ? storyImage(lead.data.image, lead.inputPath, images, STORY_SIZES.frontLead, true) : "";
  return html`${lead ? html`<div class="front__lead">${storyTeaser(lead, site, { weight: "lead", kicker, picture })}</div>\n` : ""}${rest.length > 0 ? storyList(rest, site, { kicker }, thumbnail) : ""}`;
}
