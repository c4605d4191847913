// A feed as plain data, shared by the Atom and JSON Feed writers.

/** One article in a feed. URLs are absolute; `contentHtml` has absolute URLs too. */
export interface FeedEntry {
  url: string;
  title: string;
  summary?: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  authors: Array<{ name: string; url?: string }>;
  topics: string[];
  image?: string;
}

/** A whole feed: the site's or one topic's. */
export interface Feed {
  title: string;
  description: string;
  language: string;
  /** The HTML page the feed belongs to (home page or topic page). */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Newest entry's update time, or the build time for an empty feed. */
  updated: Date;
  /** Used for entries without authors (Atom requires one). */
  publisher: string;
  iconUrl?: string;
  entries: FeedEntry[];
}
