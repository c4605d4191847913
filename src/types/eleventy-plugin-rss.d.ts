// Types for the parts of @11ty/eleventy-plugin-rss 3 that feeds use (the package ships no .d.ts).
declare module "@11ty/eleventy-plugin-rss" {
  /** RFC 3339 in UTC without milliseconds, as Atom and JSON Feed want: `2023-05-02T13:30:00Z`. */
  export function dateToRfc3339(date: Date): string;
  /** The newest `date` in a collection (the feed's `updated`). */
  export function getNewestCollectionItemDate(items: ReadonlyArray<{ date: Date }>, emptyFallbackDate?: Date): Date;
  const rssPlugin: (config: unknown, options?: Record<string, unknown>) => unknown;
  export default rssPlugin;
}
