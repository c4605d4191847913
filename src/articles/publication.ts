// Whether an article is published, a draft or scheduled, and whether this build includes it.

/** `draft: true` wins over a future date; otherwise a date after `now` is scheduled. */
export type PublicationState = "published" | "draft" | "scheduled";

/** The state of an article with front matter `draft` and publication instant `date`. */
export function publicationState(draft: unknown, date: Date | undefined, now: number): PublicationState {
  if (draft === true) return "draft";
  if (date && date.getTime() > now) return "scheduled";
  return "published";
}

/** `npm start` runs Eleventy with ELEVENTY_RUN_MODE `serve` (or `watch`); builds use `build`. */
export function isDevRunMode(runMode: string | undefined): boolean {
  return runMode === "serve" || runMode === "watch";
}

/** Production builds only have published articles; the dev server shows drafts and scheduled ones too. */
export function isBuilt(state: PublicationState, devMode: boolean): boolean {
  return state === "published" || devMode;
}
