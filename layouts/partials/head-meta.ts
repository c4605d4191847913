// Everything in <head> that is about being found and shared: canonical URL, description, feed
// links, Open Graph and Twitter card, and JSON-LD. The base layout calls headMeta(data).
import { html, raw, type SafeHtml } from "../../src/html.ts";
import type { Site } from "../../src/site.ts";
import { absoluteUrl } from "../../src/seo/absolute-url.ts";
import { authorKey } from "../../src/collections/authors.ts";
import { articleCorrections, lastModified } from "../../src/collections/corrections.ts";
import { isoDateTime } from "../../src/dates/format-date.ts";
import { jsonLdScript } from "../../src/seo/json-ld.ts";
import { openGraphTags } from "../../src/seo/open-graph.ts";
import { structuredData } from "../../src/seo/structured-data.ts";
import { PUBLISHER_LOGO, SITE_FEEDS, topicFeeds, type Publishing } from "../../src/seo/publishing.ts";
import { topicUrl } from "../../src/collections/topics.ts";
import type { Crumb, SeoAuthor, SeoPage } from "../../src/seo/seo-page.ts";
import { leadImageStat, type LeadImageData } from "../../src/images/lead-image.ts";
import { toSlug } from "../../src/slugs/to-slug.ts";
import { isArticleInputPath, isPageUrl } from "../../src/seo/sitemap.ts";
import { statSources } from "../../plugins/newsdesk/index.ts";
import { articleType } from "../../src/articles/article-type.ts";

/** The page data head metadata reads; every field but `site` and `page` is optional. */
export interface HeadMetaData {
  site: Site;
  page: { url: string | false; inputPath: string; date: Date };
  publishing?: Publishing;
  title?: string;
  dek?: string;
  description?: string;
  authors?: Array<{ name?: unknown; role?: unknown; url?: unknown }>;
  topics?: unknown[];
  image?: LeadImageData;
  updated?: unknown;
  /** An article's `corrections:` (src/collections/corrections.ts): its last change and JSON-LD `correction`. */
  corrections?: unknown;
  /** An article's `type:` (src/articles/article-type.ts). */
  type?: unknown;
  pagination?: unknown;
  /** An article page's article: its Markdown body holds the stat callouts whose sources it cites. */
  article?: unknown;
  /** `collections.authorsByName` (src/collections/authors.ts): the author page each byline name links to. */
  collections?: { authorsByName?: ReadonlyMap<string, { url: string; sameAs?: string; links?: readonly { url: string }[] }> };
  /** Optional overrides from a page: its kind, breadcrumbs (root-relative URLs), or topic name. */
  seo?: { kind?: SeoPage["kind"]; breadcrumbs?: Array<{ name: string; url: string }>; topic?: string; feeds?: { title: string; atom: string; json: string } };
}

/** The plain SEO description of a page, from its data (no HTML parsing). */
export function seoPage(data: HeadMetaData): SeoPage {
  const { site } = data;
  const prefix = data.publishing?.pathPrefix ?? "/";
  const abs = (url: string) => absoluteUrl(url, site.url, prefix);
  const url = abs(data.page.url || "/");
  // Fronts (home, section, topics) are paginated lists or the home page: CollectionPage.
  const front = Boolean(data.pagination) || data.page.url === "/";
  const kind = data.seo?.kind ?? (isArticleInputPath(data.page.inputPath) ? "article" : front ? "collection" : "page");
  const topics = (data.topics ?? []).filter((t): t is string => typeof t === "string");
  // Each byline's author page (src/collections/authors.ts) is their `url`; their own page, `sameAs`.
  const authorPages = data.collections?.authorsByName;
  const authors: SeoAuthor[] = (data.authors ?? [])
    .filter((a) => a && typeof a.name === "string")
    .map((a) => {
      const author = authorPages?.get(authorKey(String(a.name)));
      const own = author?.sameAs ?? (typeof a.url === "string" ? a.url : undefined);
      const url = author ? abs(author.url) : own;
      // Their pages elsewhere, not an e-mail address: sameAs names who they are on the web.
      const elsewhere = [own, ...(author?.links ?? []).map((l) => l.url)]
        .filter((u): u is string => typeof u === "string" && !/^mailto:/i.test(u))
        .map((u) => (u.startsWith("/") ? abs(u) : u));
      const sameAs = elsewhere.length > 1 ? elsewhere : elsewhere[0];
      return {
        name: String(a.name),
        ...(url ? { url } : {}),
        ...(author && sameAs ? { sameAs } : {}),
        ...(typeof a.role === "string" ? { role: a.role } : {}),
      };
    });
  const home: Crumb = { name: site.title, url: abs("/") };
  let breadcrumbs: Crumb[] = [];
  if (data.seo?.breadcrumbs) breadcrumbs = data.seo.breadcrumbs.map((c) => ({ name: c.name, url: abs(c.url) }));
  else if (kind === "article") {
    breadcrumbs = [home];
    if (topics[0]) breadcrumbs.push({ name: topics[0], url: abs(topicUrl(toSlug(topics[0]))) });
    breadcrumbs.push({ name: data.title ?? "", url });
  } else if (data.seo?.topic) {
    breadcrumbs = [home, { name: "Topics", url: abs("/topics/") }, { name: data.title ?? data.seo.topic, url }];
  } else if (data.page.url !== "/") breadcrumbs = [home, { name: data.title ?? site.title, url }];
  const lead = kind === "article" ? leadImageStat({ ...data, page: data.page }) : undefined;
  // The last change: `updated` or a later correction, as the page's "Updated", feeds and sitemap say.
  const updated = lastModified(data, site.timeZone)?.date;
  return {
    kind,
    url,
    title: data.title ?? site.title,
    description: data.dek ?? data.description ?? site.description,
    language: site.language,
    siteName: site.title,
    siteUrl: home.url,
    published: kind === "article" ? isoDateTime(data.page.date, site.timeZone) : undefined,
    modified: kind === "article" && updated ? isoDateTime(updated, site.timeZone) : undefined,
    authors,
    topics,
    images: lead ? [{ ...lead, url: abs(lead.url) }] : [],
    breadcrumbs,
    publisher: {
      name: site.publisher.name,
      url: home.url,
      logo: { url: abs(site.publisher.logo), ...PUBLISHER_LOGO, alt: site.publisher.name },
      policies: policyLinks(data, abs),
    },
    ...(kind === "article" ? { schemaType: articleType(data.type).schema } : {}),
    ...(kind === "article"
      ? { corrections: articleCorrections(data, site.timeZone).map((c) => ({ date: isoDateTime(c.date, site.timeZone), text: c.text, kind: c.kind })) }
      : {}),
  };
}

/** `site.policies` whose pages the build writes (every one when its URL list is not known), absolute. */
function policyLinks(data: HeadMetaData, abs: (url: string) => string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const [property, url] of Object.entries(data.site.policies ?? {})) if (data.publishing?.isBuilt?.(url) !== false) links[property] = abs(url);
  return links;
}

/** The sources an article's stat callouts cite, once each, as schema.org `citation` (the plugin's `statSources`). */
export function statCitations(data: HeadMetaData, page: SeoPage): Array<Record<string, string>> {
  const article = data.article;
  const body = article !== null && typeof article === "object" ? (article as { body?: unknown }).body : undefined;
  if (page.kind !== "article" || typeof body !== "string") return [];
  const prefix = data.publishing?.pathPrefix ?? "/";
  return statSources(body, { locale: data.site.language }).map((source) => ({
    "@type": "CreativeWork",
    name: source.name,
    ...(source.url ? { url: absoluteUrl(source.url, data.site.url, prefix) } : {}),
  }));
}

function feedLinks(data: HeadMetaData): SafeHtml {
  const links = [
    html`<link rel="alternate" type="application/atom+xml" href="${SITE_FEEDS.atom}" title="${data.site.title} (Atom)">`,
    html`<link rel="alternate" type="application/feed+json" href="${SITE_FEEDS.json}" title="${data.site.title} (JSON Feed)">`,
  ];
  const topic = data.seo?.topic;
  if (topic) {
    const feeds = topicFeeds(toSlug(topic));
    links.push(
      html`<link rel="alternate" type="application/atom+xml" href="${feeds.atom}" title="${topic} — ${data.site.title} (Atom)">`,
      html`<link rel="alternate" type="application/feed+json" href="${feeds.json}" title="${topic} — ${data.site.title} (JSON Feed)">`,
    );
  }
  // A page with feeds of its own (an author's, the corrections'): linked as the topic's are.
  const own = data.seo?.feeds;
  if (own) {
    links.push(
      html`<link rel="alternate" type="application/atom+xml" href="${own.atom}" title="${own.title} (Atom)">`,
      html`<link rel="alternate" type="application/feed+json" href="${own.json}" title="${own.title} (JSON Feed)">`,
    );
  }
  return html`${links.map((l) => html`${l}\n`)}`;
}

/**
 * The SEO part of `<head>`: description, canonical, feed links, Open Graph and Twitter tags,
 * JSON-LD. Feed hrefs are root-relative (the HTML base plugin adds any path prefix); canonical,
 * Open Graph and JSON-LD URLs are absolute and already carry the prefix.
 */
export function headMeta(data: HeadMetaData): SafeHtml {
  const page = seoPage(data);
  // The 404 page is served at every missing URL: no canonical URL, no sharing cards, not indexed.
  if (!isPageUrl(data.page.url)) {
    return html`<meta name="description" content="${page.description}">
<meta name="robots" content="noindex">
${feedLinks(data)}`;
  }
  const ld = structuredData(page);
  const citation = statCitations(data, page);
  const article = (ld?.["@graph"] as Array<Record<string, unknown>> | undefined)?.find((node) => node["@id"] === `${page.url}#article`);
  if (article && citation.length) article.citation = citation;
  return html`<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.url}">
${feedLinks(data)}${openGraphTags(page).map((t) =>
    t.attribute === "property"
      ? html`<meta property="${t.key}" content="${t.content}">\n`
      : html`<meta name="${t.key}" content="${t.content}">\n`,
  )}${ld && raw(jsonLdScript(ld))}`;
}
