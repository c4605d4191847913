// The site's settings: name, address, language and the time zone every front-matter date is read in.
import { frozen } from "./frozen-data.ts";

/** Site-wide settings, available to every template as `site` (frozen: src/frozen-data.ts). */
export const site = frozen({
  title: "The Newsdesk",
  description: "Independent reporting on public safety, technology and the courts.",
  /** Absolute origin, no trailing slash; used for feeds, canonical URLs and sitemaps. */
  url: "https://news.example.org",
  /** `lang` of every page and the locale of dates and numbers. */
  language: "en-US",
  /** IANA zone in which front-matter dates without an offset are read. */
  timeZone: "America/New_York",
  publisher: {
    name: "The Newsdesk",
    logo: "/assets/logo.png",
  },
  /** Articles per page on the section front and topic pages. */
  pageSize: 20,
  /**
   * Related stories under each article (layouts/partials/related-stories.ts): `count` chosen by
   * shared topics, then closeness in time (0: none); never the other parts of its series, which
   * its series box lists. An article's `related:` list replaces the choice.
   */
  related: { count: 3 },
  /**
   * Site search (`/search/`, Pagefind: docs/search.md). `false` builds no index and no search
   * page and drops the header's Search link: for an archive so large that indexing costs more
   * build time or memory than the site can spend.
   */
  search: true as boolean,
  /**
   * The kinds of article front matter `type:` may name (the first, news, is the default): the
   * label above the headline (none for news), the schema.org type of its JSON-LD, and whether
   * lists and feeds label it too (sponsored content, which readers must know before they click).
   */
  articleTypes: {
    news: { label: "", schema: "NewsArticle", everywhere: false },
    analysis: { label: "Analysis", schema: "AnalysisNewsArticle", everywhere: false },
    opinion: { label: "Opinion", schema: "OpinionNewsArticle", everywhere: false },
    review: { label: "Review", schema: "ReviewNewsArticle", everywhere: false },
    explainer: { label: "Explainer", schema: "BackgroundNewsArticle", everywhere: false },
    sponsored: { label: "Sponsored", schema: "AdvertiserContentArticle", everywhere: true },
  },
  /**
   * Where an article's corrections (front matter `corrections:`) are shown: `end`, after the body
   * and before the series and related boxes, or `start`, under the header, before the lead image.
   */
  corrections: { placement: "end" as "start" | "end" },
  /**
   * The newsroom's policy pages, linked from the publisher's JSON-LD (`NewsMediaOrganization`,
   * https://schema.org/NewsMediaOrganization) when the build writes them: schema.org property →
   * site path. schema.org has no property for an accessibility statement: /accessibility/ is
   * linked from the footer only.
   */
  policies: {
    publishingPrinciples: "/standards/",
    ethicsPolicy: "/standards/",
    correctionsPolicy: "/corrections/",
    masthead: "/masthead/",
  } as Readonly<Record<string, string>>,
  /**
   * Hosts an article may embed an `<iframe>` from (`https://` only; README "Security",
   * AUTHORING.md "Embeds"). Empty: no embeds. A host added here must also be added to `frame-src`
   * in the Content-Security-Policy (content/_headers, and the nginx or CloudFront policy).
   */
  embedHosts: [] as readonly string[],
} as const);

export type Site = typeof site;
