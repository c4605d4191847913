// Author pages: every author a byline names or the staff file describes, each with their articles newest first.
import { toSlug } from "../slugs/to-slug.ts";
import { MAX_SLUG_LENGTH } from "../front-matter/validate.ts";
import { paginate, type ListPage } from "./paginate.ts";
import type { AuthorProfile } from "./authors-file.ts";

/** What author pages read of an article. */
export interface AuthoredArticle {
  data: { authors?: unknown };
}

/** One author: the profile's fields (or the byline's name and role), their page and their articles. */
export interface SiteAuthor<T> {
  slug: string;
  name: string;
  role?: string;
  bio?: string;
  /** Their own page elsewhere (the profile's `url`, else the first byline `url` naming them): JSON-LD `sameAs`. */
  sameAs?: string;
  /** The profile's portrait (`src` in `content/images/`; `line`: where the data file names it). */
  photo?: { src: string; alt: string; file: string; line: number };
  /** The profile's other pages: listed on theirs, JSON-LD `sameAs` too. */
  links?: readonly { label?: string; url: string }[];
  /** `/authors/<slug>/`. */
  url: string;
  /** Whether the staff file describes them (else the page is made from bylines alone). */
  profiled: boolean;
  /** Newest first. */
  articles: T[];
}

/** A page of an author's articles, with the author. */
export interface AuthorPage<T> extends ListPage<T> {
  author: SiteAuthor<T>;
}

/** `/authors/ana-ruiz/`. */
export const authorUrl = (slug: string) => `/authors/${slug}/`;

/** The key a byline name is matched by: its slug, so `Ana Ruiz` and `ana ruiz` are one author. */
export const authorKey = (name: string) => toSlug(name);

type Byline = { name?: unknown; role?: unknown; url?: unknown; slug?: unknown };

/**
 * Every author of `newestFirst` (the site's listed articles, newest first) and of `profiles`,
 * sorted by name: a profile is matched to bylines by the byline's `slug`, or by its name or slug
 * written as the byline's name; a byline name no
 * profile has gets a page of its own, slugged from the name (its first role and `url` kept).
 * `byName` finds an author from a byline name. Linear in bylines, but for the sort.
 */
export function buildAuthors<T extends AuthoredArticle>(newestFirst: readonly T[], profiles: readonly AuthorProfile[]): { authors: SiteAuthor<T>[]; byName: Map<string, SiteAuthor<T>> } {
  const byName = new Map<string, SiteAuthor<T>>();
  const bySlug = new Map<string, SiteAuthor<T>>();
  for (const profile of profiles) {
    const author: SiteAuthor<T> = {
      slug: profile.slug,
      name: profile.name,
      ...(profile.role ? { role: profile.role } : {}),
      ...(profile.bio ? { bio: profile.bio } : {}),
      ...(profile.url ? { sameAs: profile.url } : {}),
      ...(profile.photo ? { photo: profile.photo } : {}),
      ...(profile.links ? { links: profile.links } : {}),
      url: authorUrl(profile.slug),
      profiled: true,
      articles: [],
    };
    bySlug.set(profile.slug, author);
    byName.set(authorKey(profile.name), author);
  }
  for (const author of bySlug.values()) if (!byName.has(author.slug)) byName.set(author.slug, author);
  // The author a byline credits, made from the byline when no profile has the name; none for a
  // name without letters or digits, or too long for a folder (credited on the byline, no page).
  const bylineAuthor = (byline: Byline | null | undefined): SiteAuthor<T> | undefined => {
    if (!byline || typeof byline.name !== "string") return undefined;
    // A staff byline (`- slug: …`, filled in by src/articles/staff-bylines.ts) is its profile's.
    const staff = typeof byline.slug === "string" ? bySlug.get(byline.slug) : undefined;
    if (staff?.profiled) return staff;
    const key = authorKey(byline.name);
    if (!key || key.length > MAX_SLUG_LENGTH) return undefined;
    let author = byName.get(key);
    if (!author) {
      author = { slug: key, name: byline.name.trim(), ...(typeof byline.role === "string" ? { role: byline.role } : {}), url: authorUrl(key), profiled: false, articles: [] };
      byName.set(key, author);
      bySlug.set(key, author);
    }
    if (!author.profiled && author.sameAs === undefined && typeof byline.url === "string") author.sameAs = byline.url;
    return author;
  };
  for (const article of newestFirst) {
    const bylines = Array.isArray(article.data.authors) ? (article.data.authors as Byline[]) : [];
    const credited = new Set<SiteAuthor<T>>();
    for (const byline of bylines) {
      const author = bylineAuthor(byline);
      // An author named twice on one byline lists the article once.
      if (!author || credited.has(author)) continue;
      author.articles.push(article);
      credited.add(author);
    }
  }
  const authors = [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.slug < b.slug ? -1 : 1));
  return { authors, byName };
}

/** Pages of every author's articles at `/authors/<slug>/`, `/authors/<slug>/page/2/`, …: an author without articles still has one. */
export function buildAuthorPages<T>(authors: readonly SiteAuthor<T>[], pageSize: number): AuthorPage<T>[] {
  return authors.flatMap((author) => paginate(author.articles, pageSize, author.url).map((page) => ({ ...page, author })));
}
