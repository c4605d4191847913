// The plain description of a page that every SEO builder reads: no Eleventy objects, no HTML.

/** An image with an absolute URL and its intrinsic size. */
export interface SeoImage {
  url: string;
  width: number;
  height: number;
  alt?: string;
}

/** A person credited on an article. */
export interface SeoAuthor {
  name: string;
  /** Their author page on the site (absolute), else their own page. */
  url?: string;
  /** Their own page elsewhere, when `url` is their author page. */
  sameAs?: string | string[];
  role?: string;
}

/** One step of a breadcrumb trail; `url` is absolute. */
export interface Crumb {
  name: string;
  url: string;
}

/** Everything head metadata and structured data need to know about one page. */
export interface SeoPage {
  /** `article` for news articles, `collection` for section and topic fronts, `page` otherwise. */
  kind: "article" | "collection" | "page";
  /** Absolute canonical URL, path prefix included. */
  url: string;
  /** The page's own title (an article's headline), without the site name. */
  title: string;
  description: string;
  language: string;
  siteName: string;
  siteUrl: string;
  /** ISO 8601 with offset. */
  published?: string;
  modified?: string;
  authors: SeoAuthor[];
  topics: string[];
  images: SeoImage[];
  breadcrumbs: Crumb[];
  /** `policies`: schema.org property (`correctionsPolicy`, …) → absolute URL of a page the build writes. */
  publisher: { name: string; url: string; logo: SeoImage; policies?: Record<string, string> };
  /** An article's schema.org type (`OpinionNewsArticle`, …: src/articles/article-type.ts). Default `NewsArticle`. */
  schemaType?: string;
  /** An article's corrections, oldest first: dates ISO 8601 with offset, `kind` `correction` or `clarification`. */
  corrections?: { date: string; text: string; kind: string }[];
}
