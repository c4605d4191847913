// URL slugs: the one place titles and topic names become path segments.
import slugify from "slugify";

/** A valid slug: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `"Dark-web sweep: 288 arrests"` → `"dark-web-sweep-288-arrests"`: slugify in strict, lower-case
 * mode (only letters, digits and hyphens survive), with leading/trailing/double hyphens removed.
 * Returns `""` when nothing is left (a title of only punctuation); callers report that.
 */
export function toSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugify(text, { strict: true, lower: true, trim: true })
      .replace(/-{2,}/g, "-")
      .replace(/^-|-$/g, "");
    // A site has a few thousand titles and topics; the cap only guards a long-running dev server.
    if (slugs.size > 50_000) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

// Each title is slugged for its URL, the collection order and validation, each topic once per
// article it tags and per page that links it: remember them (slugify walks every character).
const slugs = new Map<string, string>();
