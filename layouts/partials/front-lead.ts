// Which story leads the home page: the newest, unless one of the next few has a picture and it has none.

/** How many of the newest stories the lead is chosen from. */
export const LEAD_WINDOW = 3;

/** Whether an article's front matter gives it a lead image. */
export function hasImage(item: { data: { image?: { src?: unknown } } }): boolean {
  const src = item.data.image?.src;
  return typeof src === "string" && src.trim() !== "";
}

/**
 * The front's lead and the stories after it, in their order. A front leads with a picture where it
 * can: the newest of the first {@link LEAD_WINDOW} stories that has one leads, and the stories it
 * passes over stay first in the list below it; with no picture among them, the newest leads.
 */
export function splitLead<T extends { data: { image?: { src?: unknown } } }>(items: readonly T[], window = LEAD_WINDOW): { lead: T | undefined; rest: T[] } {
  const index = Math.max(0, items.slice(0, window).findIndex(hasImage));
  const lead = items[index];
  return { lead, rest: items.filter((_, i) => i !== index) };
}
