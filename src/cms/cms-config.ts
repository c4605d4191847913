// Decap CMS's config.yml, generated from the front-matter fields the build validates with.
import { ARTICLE_FIELDS, AUTHOR_FIELDS, CORRECTION_KINDS, IMAGE_FIELDS } from "../front-matter/fields.ts";
import { ARTICLE_TYPES } from "../articles/article-type.ts";
import { MAX_SLUG_LENGTH, MAX_TOPICS } from "../front-matter/validate.ts";
import { SLUG_PATTERN } from "../slugs/to-slug.ts";

/** Where and how editors save: Decap's `backend` (https://decapcms.org/docs/backends-overview/). */
export interface CmsBackend {
  /** `github`, `gitlab`, `gitea`, `git-gateway`, … Default `github`. */
  name: string;
  /** `owner/name` of the site's repository. */
  repo?: string;
  /** Branch editors save to. Default `main`. */
  branch?: string;
  /** OAuth server for `github` (Netlify's by default; see README "Editing in the browser"). */
  base_url?: string;
  auth_endpoint?: string;
  /** GitLab: `pkce` lets editors log in with GitLab alone, no OAuth server. */
  auth_type?: string;
  app_id?: string;
  api_root?: string;
}

/** What the config needs from the site. */
export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The local backend's address (`npm run cms`); Decap only uses it on a page served from 127.0.0.1/localhost. */
  localBackendUrl: string;
  /** Folder of the articles, relative to the repository (`content/news`). */
  articlesFolder: string;
  /** Folder of images, relative to the repository (`content/images`). */
  mediaFolder: string;
}

/** A field of Decap's collection config. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The byline fields in the form: a guest's first, as most bylines typed into it are; a staff slug last. */
const CMS_AUTHOR_ORDER = ["name", "role", "url", "slug"] as const satisfies readonly (typeof AUTHOR_FIELDS)[number][];

// Hints for the form only: the build's own checks (src/front-matter/validate.ts) run on every
// preview and before every save (src/cms/admin/cms-entry.ts), so a pattern here can be simpler.

const DATE = String.raw`^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`;
const DATE_HINT = "2023-05-02, 2023-05-02 09:30 or 2023-05-02T09:30:00-04:00; without an offset it is read in the site's time zone";
const URL_PATTERN = String.raw`^(?:https?://[^\s/\\?#@]+(?:[/?#][^\s\\]*)?|/(?![/\\])[^\s\\]*|mailto:[^\s\\]+)$`;

/** One Decap field per front-matter field, keyed as in src/front-matter/fields.ts. */
const FIELD_WIDGETS: Record<(typeof ARTICLE_FIELDS)[number], Omit<CmsField, "name">> = {
  title: { label: "Headline", widget: "string", required: true },
  date: { label: "Publication date", widget: "string", required: true, pattern: [DATE, `A date such as ${DATE_HINT}`], hint: DATE_HINT },
  dek: { label: "Dek (summary under the headline)", widget: "text", required: false },
  authors: {
    label: "Authors",
    widget: "list",
    required: true,
    min: 1,
    summary: "{{fields.name}}{{fields.slug}}",
    fields: CMS_AUTHOR_ORDER.map((name) => authorField(name)),
  },
  topics: { label: "Topics", widget: "list", required: false, max: MAX_TOPICS, hint: `At most ${MAX_TOPICS}; each topic is a page and two feeds`, field: { name: "topic", label: "Topic", widget: "string" } },
  image: { label: "Lead image", widget: "object", required: false, collapsed: false, fields: IMAGE_FIELDS.map((name) => imageField(name)) },
  updated: { label: "Updated", widget: "string", required: false, pattern: [DATE, `A date such as ${DATE_HINT}`], hint: `When the story last changed (${DATE_HINT})` },
  draft: { label: "Draft (not published)", widget: "boolean", required: false, default: false },
  series: { label: "Series", widget: "string", required: false },
  slug: {
    label: "URL slug (instead of one made from the headline)",
    widget: "string",
    required: false,
    pattern: [SLUG_PATTERN.source, `Lower-case letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters`],
  },
  type: { label: "Kind of article", widget: "select", required: false, default: "news", options: [...ARTICLE_TYPES] },
  corrections: {
    label: "Corrections",
    widget: "list",
    required: false,
    summary: "{{fields.date}}: {{fields.text}}",
    hint: "What was put right after publication, and when (not before the publication date, not in the future)",
    fields: [
      { name: "date", label: "When it was corrected", widget: "string", required: true, pattern: [DATE, `A date such as ${DATE_HINT}`], hint: DATE_HINT },
      { name: "text", label: "What was wrong and what changed", widget: "text", required: true },
      // No `default`: Decap would then add a correction to every new article (a list item made from its fields' defaults).
      { name: "kind", label: "Kind (leave empty for a correction)", widget: "select", required: false, options: [...CORRECTION_KINDS] },
    ],
  },
  related: { label: "Related stories (instead of those chosen by topic)", widget: "list", required: false, hint: "Slugs of other articles (the end of their URLs)", field: { name: "story", label: "Article slug", widget: "string" } },
};

function authorField(name: (typeof AUTHOR_FIELDS)[number]): CmsField {
  // Neither is `required` in the form: a byline has one or the other, which the build's own check
  // (run before every save) enforces.
  if (name === "name") return { name, label: "Name (a guest, or leave empty and give a staff slug)", widget: "string", required: false };
  if (name === "slug") return { name, label: "Staff slug (from content/authors.json; then leave Name and Page empty)", widget: "string", required: false };
  if (name === "role") return { name, label: "Role", widget: "string", required: false };
  return { name, label: "Page (https:// address or site path)", widget: "string", required: false, pattern: [URL_PATTERN, "An https:// address or a site path starting with a single /"] };
}

function imageField(name: (typeof IMAGE_FIELDS)[number]): CmsField {
  // Not `required` in the form: Decap checks a required field inside an optional object even when
  // the object is left empty, so no article without a lead image could be saved. The build's own
  // check (run before every save) requires both once either is set.
  if (name === "src") return { name, label: "File (required with an image)", widget: "image", required: false, choose_url: false, hint: "A file in content/images/" };
  if (name === "alt") return { name, label: "Text alternative (required with an image: what it shows)", widget: "string", required: false };
  return { name, label: name === "credit" ? "Credit" : "Caption", widget: "string", required: false };
}

/** The article fields, in the order the README documents them, then the body. */
export function articleFields(): CmsField[] {
  return [
    ...ARTICLE_FIELDS.map((name) => ({ name, ...FIELD_WIDGETS[name] }) as CmsField),
    { name: "body", label: "Story", widget: "markdown", required: false, modes: ["rich_text", "raw"], sanitize_preview: false },
  ];
}

/** The format name the CMS registers for articles (src/cms/article-format.ts). */
export const ARTICLE_FORMAT = "newsdesk-article";

/** The whole config.yml as an object. */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  return {
    backend: { branch: "main", ...options.backend },
    local_backend: { url: options.localBackendUrl, allowed_hosts: ["127.0.0.1", "localhost"] },
    // The folder Decap uploads to, and the path it writes in `image.src`: relative to content/images/.
    media_folder: options.mediaFolder,
    public_folder: "",
    publish_mode: "simple",
    show_preview_links: false,
    search: false,
    collections: [
      {
        name: "articles",
        label: "Articles",
        label_singular: "Article",
        folder: options.articlesFolder,
        create: true,
        extension: "md",
        format: ARTICLE_FORMAT,
        slug: "{{slug}}",
        summary: "{{title}} ({{date}})",
        sortable_fields: ["date", "title"],
        view_filters: [{ label: "Drafts", field: "draft", pattern: true }],
        fields: articleFields(),
      },
    ],
  };
}
