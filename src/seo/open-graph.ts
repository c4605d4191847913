// Open Graph and Twitter card tags: a list of name/content pairs the head partial escapes and prints.
// https://ogp.me/#type_article
import type { SeoPage } from "./seo-page.ts";

/** One `<meta>`: Open Graph uses `property`, Twitter cards use `name`. */
export interface MetaTag {
  attribute: "property" | "name";
  key: string;
  content: string;
}

/** Open Graph (`og:*`, `article:*`) and Twitter large-image card tags for a page. */
export function openGraphTags(page: SeoPage): MetaTag[] {
  const tags: MetaTag[] = [];
  const og = (key: string, content: string | number | undefined) => {
    if (content !== undefined && content !== "") tags.push({ attribute: "property", key, content: String(content) });
  };
  og("og:type", page.kind === "article" ? "article" : "website");
  og("og:site_name", page.siteName);
  og("og:title", page.title);
  og("og:description", page.description);
  og("og:url", page.url);
  og("og:locale", page.language.replace("-", "_"));
  const image = page.images[0] ?? page.publisher.logo;
  og("og:image", image.url);
  og("og:image:width", image.width);
  og("og:image:height", image.height);
  og("og:image:alt", image.alt);
  if (page.kind === "article") {
    og("article:published_time", page.published);
    og("article:modified_time", page.modified ?? page.published);
    og("article:section", page.topics[0]);
    for (const topic of page.topics) og("article:tag", topic);
    for (const author of page.authors) og("article:author", author.url ?? author.name);
  }
  const card = (key: string, content: string | undefined) => {
    if (content) tags.push({ attribute: "name", key, content });
  };
  card("twitter:card", page.images.length ? "summary_large_image" : "summary");
  card("twitter:title", page.title);
  card("twitter:description", page.description);
  card("twitter:image", image.url);
  card("twitter:image:alt", image.alt);
  return tags;
}
