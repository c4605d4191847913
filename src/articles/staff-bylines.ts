// A byline naming a staff member by slug (`- slug: ana-ruiz`) takes their name and link from their profile.
import type { AuthorProfile } from "../collections/authors-file.ts";
import type { ArticleFrontMatter } from "./article-item.ts";

type Byline = NonNullable<ArticleFrontMatter["authors"]>[number];

/**
 * `authors` with each staff entry filled in from its profile in `staff`: the profile's name and
 * `url`, and its role unless the entry gives one for this story (`role: Additional reporting`).
 * Guest entries (`- name: …`) are kept as written. Entries are validated first: every slug is
 * in `staff`. Pure: returns new entries, so a profile edited in `npm start` is read afresh.
 */
export function staffBylines(authors: readonly Byline[], staff: ReadonlyMap<string, AuthorProfile>): Byline[] {
  return authors.map((entry) => {
    const profile = entry.slug === undefined ? undefined : staff.get(entry.slug);
    if (!profile) return entry;
    const role = entry.role ?? profile.role;
    return { name: profile.name, slug: profile.slug, ...(role ? { role } : {}), ...(profile.url ? { url: profile.url } : {}) };
  });
}
