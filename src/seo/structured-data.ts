// Schema.org JSON-LD objects: NewsArticle for articles, CollectionPage for fronts, BreadcrumbList.
// https://developers.google.com/search/docs/appearance/structured-data/article
import type { Crumb, SeoImage, SeoPage } from "./seo-page.ts";

type Json = Record<string, unknown>;

function imageObject(image: SeoImage): Json {
  return { "@type": "ImageObject", url: image.url, width: image.width, height: image.height };
}

/** The publisher: a `NewsMediaOrganization` with its logo and the policy pages the site has. */
function organization(page: SeoPage): Json {
  return {
    "@type": "NewsMediaOrganization",
    name: page.publisher.name,
    url: page.publisher.url,
    logo: imageObject(page.publisher.logo),
    ...page.publisher.policies,
  };
}

/** `BreadcrumbList` for a trail, or `undefined` when there is fewer than two steps. */
export function breadcrumbList(crumbs: readonly Crumb[]): Json | undefined {
  if (crumbs.length < 2) return undefined;
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** `NewsArticle` (or the article type's own, e.g. `OpinionNewsArticle`) with headline, dates with offset, authors, publisher with logo and images. */
export function newsArticle(page: SeoPage): Json {
  const authors = page.authors.length
    ? page.authors.map((a) => ({
        "@type": "Person",
        name: a.name,
        ...(a.url ? { url: a.url } : {}),
        ...(a.sameAs ? { sameAs: a.sameAs } : {}),
        ...(a.role ? { jobTitle: a.role } : {}),
      }))
    : [{ "@type": "Organization", name: page.publisher.name, url: page.publisher.url }];
  const images = page.images.length ? page.images : [page.publisher.logo];
  return {
    "@type": page.schemaType ?? "NewsArticle",
    "@id": `${page.url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": page.url },
    url: page.url,
    headline: page.title,
    description: page.description,
    inLanguage: page.language,
    datePublished: page.published,
    dateModified: page.modified ?? page.published,
    author: authors,
    publisher: organization(page),
    image: images.map(imageObject),
    ...(page.topics.length ? { articleSection: page.topics[0], keywords: page.topics } : {}),
    ...(page.corrections?.length ? { correction: page.corrections.map(correctionComment) } : {}),
  };
}

/**
 * schema.org `CorrectionComment` (https://schema.org/correction): what was put right and when. A
 * clarification is one too, its text saying which it is, as the article's notice does.
 */
function correctionComment(correction: { date: string; text: string; kind: string }): Json {
  return {
    "@type": "CorrectionComment",
    datePublished: correction.date,
    text: correction.kind === "clarification" ? `Clarification: ${correction.text}` : correction.text,
  };
}

/** `CollectionPage` for the section front and topic pages. */
export function collectionPage(page: SeoPage): Json {
  return {
    "@type": "CollectionPage",
    "@id": page.url,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: page.language,
    isPartOf: { "@type": "WebSite", name: page.siteName, url: page.siteUrl },
    publisher: organization(page),
  };
}

/**
 * The JSON-LD document for a page: a `@graph` of the main entity and its breadcrumbs, or
 * `undefined` for plain pages that have neither.
 */
export function structuredData(page: SeoPage): Json | undefined {
  const graph: Json[] = [];
  if (page.kind === "article") graph.push(newsArticle(page));
  if (page.kind === "collection") graph.push(collectionPage(page));
  const crumbs = breadcrumbList(page.breadcrumbs);
  if (crumbs) graph.push(crumbs);
  if (!graph.length) return undefined;
  return { "@context": "https://schema.org", "@graph": graph };
}
