// Checks one article's front matter against the front-matter fields (fields.ts) and says, per field, what was wrong.
import { parseDate } from "../dates/parse-date.ts";
import { SLUG_PATTERN, toSlug } from "../slugs/to-slug.ts";
import { describe } from "./describe.ts";
import { frontMatterPlaceholders } from "./placeholders.ts";
import { AUTHOR_FIELDS, CORRECTION_FIELDS, CORRECTION_KINDS, IMAGE_FIELDS, KNOWN_KEYS, UNSUPPORTED_ELEVENTY_KEYS } from "./fields.ts";
import { suggest, unknownField } from "./suggest.ts";
import { ARTICLE_TYPES } from "../articles/article-type.ts";

/** Where a problem is: `["authors", 1, "name"]` (indexes 0-based; shown 1-based to authors). */
export type FieldPath = readonly (string | number)[];

/** One problem in one field; `message` starts with the field's label. */
export interface FieldProblem {
  path: FieldPath;
  message: string;
}

/** `authors[2].name` for `["authors", 1, "name"]`: list entries are counted from 1, as people do. */
export function fieldLabel(path: FieldPath): string {
  if (path.length === 0) return "front matter";
  return path.map((part, i) => (typeof part === "number" ? `[${part + 1}]` : i ? `.${part}` : part)).join("");
}

const DATE_EXAMPLES = "a date such as `2023-05-02`, `2023-05-02 09:30` or `2023-05-02T09:30:00-04:00`";
/**
 * An author's page: an `http(s)://` address with a host, a site path, or `mailto:`. A site path
 * starts with one `/` and never `//` or `/\`: browsers read both as another host
 * (`//evil.example/x`), so they are not site paths. No spaces, backslashes or control characters
 * anywhere (browsers drop or rewrite them, which is how such tricks pass a simpler check).
 */
const SAFE_URL = /^(?:https?:\/\/[^\s/\\?#@]+(?:[/?#][^\s\\]*)?|\/(?![/\\])[^\s\\]*|mailto:[^\s\\]+)$/i;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether `value` is a link a byline or profile may carry ({@link SAFE_URL}, no control characters). */
export function isSafeLink(value: unknown): value is string {
  return typeof value === "string" && SAFE_URL.test(value) && !CONTROL.test(value);
}

/**
 * The longest slug, from a `slug`, a title or a topic name. A slug is a folder name in the
 * output (`news/2023/05/02/<slug>/`, `topics/<slug>/`); file systems stop at 255 bytes, and a
 * URL this long is already more than a reader or a search result shows.
 */
export const MAX_SLUG_LENGTH = 120;

/** The most topics an article may have: each topic is a page and two feeds the article is on. */
export const MAX_TOPICS = 20;

/** The most stories a `related` list may name: what the related-stories box has room for. */
export const MAX_RELATED = 6;

/** The longest folder or file name a `permalink` may have: what file systems can store. */
const MAX_SEGMENT_BYTES = 255;
/** A site path to write an article at: no spaces, no `..` or empty segments, a page or a folder. */
const PERMALINK = /^\/?(?:[^\s/?#.][^\s/?#]*\/)*(?:[^\s/?#.][^\s/?#]*\/|[^\s/?#.][^\s/?#]*\.html)$/;

type Record_ = Record<string, unknown>;
const isRecord = (v: unknown): v is Record_ => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** What a check knows about the build besides the article. */
export interface ValidateOptions {
  /** The build's clock (ms): an `updated` time after it is refused. Without it, not checked. */
  now?: number;
  /**
   * A production build: `TODO` placeholders left from `npm run new` are refused in any article
   * that is not a draft (a scheduled article is refused now, not on the day it would go out).
   */
  production?: boolean;
  /**
   * The profiles of `content/authors.json` by slug (src/collections/authors-file.ts): an
   * `authors` entry's `slug` must be one of them. Without it, a slug is checked only in form.
   */
  staff?: ReadonlyMap<string, unknown>;
}

/**
 * Every problem in an article's front matter (the parsed YAML, dates still strings), in field
 * order. `zone` is the IANA zone dates without an offset are read in. Pure: no file access.
 */
export function validateFrontMatter(data: unknown, zone: string, options: ValidateOptions = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report = (path: FieldPath, found: string, expected: string) =>
    problems.push({ path, message: `\`${fieldLabel(path)}\`: found ${found}, expected ${expected}` });

  if (!isRecord(data)) {
    report([], describe(data), "fields such as `title: \"…\"` and `date: 2023-05-02`");
    return problems;
  }
  unknownKeys(data, [], KNOWN_KEYS, problems);

  const { title, slug } = data;
  if (!isText(title)) report(["title"], describe(title), "the headline as text");
  else if (slug === undefined && toSlug(title) === "") {
    report(["title"], `${describe(title)}, which has no letters or digits for the URL`, "a `slug` field");
  } else if (slug === undefined && toSlug(title).length > MAX_SLUG_LENGTH) {
    report(["title"], `a headline whose URL slug would be ${toSlug(title).length} characters long`, `a \`slug\` field of at most ${MAX_SLUG_LENGTH} characters (e.g. \`${shortSlug(toSlug(title))}\`)`);
  }

  const date = parseDate(data.date, zone);
  if (data.date === undefined) report(["date"], "nothing", DATE_EXAMPLES);
  else if (!date.ok) report(["date"], describe(data.date), date.expected ?? DATE_EXAMPLES);

  if ("updated" in data) {
    const updated = parseDate(data.updated, zone);
    if (!updated.ok) report(["updated"], describe(data.updated), updated.expected ?? DATE_EXAMPLES);
    else if (date.ok && updated.date < date.date) {
      report(["updated"], `${describe(data.updated)}, which is before \`date\` (${describe(data.date)})`, "the same time as `date` or later");
    } else if (options.now !== undefined && updated.date.toMillis() > options.now) {
      // An update is something that happened: a future one would tell readers and search
      // engines the story changed when it has not (yet).
      report(["updated"], `${describe(data.updated)}, which is later than the build (${new Date(options.now).toISOString()})`, "the time of the last change, no later than now");
    }
  }

  for (const key of ["dek", "series"] as const) {
    if (key in data && !isText(data[key])) report([key], describe(data[key]), "text");
  }
  if (isText(data.series) && toSlug(data.series) === "") {
    // The series' page is /series/<slug>/: a name of only punctuation would have none.
    report(["series"], `${describe(data.series)}, which has no letters or digits for the series' URL`, "a name with letters or digits, e.g. `Fixing the harbor`");
  } else if (isText(data.series) && toSlug(data.series).length > MAX_SLUG_LENGTH) {
    report(["series"], `a series name whose URL slug would be ${toSlug(data.series).length} characters long`, `a shorter name (at most ${MAX_SLUG_LENGTH} characters in its slug)`);
  }
  if ("draft" in data && typeof data.draft !== "boolean") report(["draft"], describe(data.draft), "`true` or `false`");
  if ("slug" in data && !(typeof slug === "string" && SLUG_PATTERN.test(slug))) {
    report(["slug"], describe(slug), "lower-case letters, digits and single hyphens, e.g. `council-budget-vote`");
  } else if (typeof slug === "string" && slug.length > MAX_SLUG_LENGTH) {
    report(["slug"], `a slug of ${slug.length} characters`, `at most ${MAX_SLUG_LENGTH} (e.g. \`${shortSlug(slug)}\`)`);
  }

  if ("permalink" in data && data.permalink !== false && !(typeof data.permalink === "string" && PERMALINK.test(data.permalink))) {
    report(["permalink"], describe(data.permalink), "a site path such as `/news/2023/05/02/budget-vote/` (ending in `/` or `.html`), or `false` to build no page");
  } else if (typeof data.permalink === "string" && data.permalink.split("/").some((part) => Buffer.byteLength(part) > MAX_SEGMENT_BYTES)) {
    report(["permalink"], `${describe(data.permalink)}, which has a folder or file name longer than ${MAX_SEGMENT_BYTES} bytes`, "shorter names between the `/`s");
  }
  if ("eleventyExcludeFromCollections" in data && typeof data.eleventyExcludeFromCollections !== "boolean") {
    report(["eleventyExcludeFromCollections"], describe(data.eleventyExcludeFromCollections), "`true` or `false`");
  }
  if ("authors" in data) authors(data.authors, report, problems, options.staff);
  if ("topics" in data) topics(data.topics, report);
  if ("image" in data) image(data.image, report, problems);
  if ("related" in data) related(data.related, report);
  if ("type" in data && !(typeof data.type === "string" && ARTICLE_TYPES.includes(data.type))) {
    report(["type"], describe(data.type), expectedOneOf(data.type, ARTICLE_TYPES, `one of ${ARTICLE_TYPES.map((t) => `\`${t}\``).join(", ")}`));
  }
  if ("corrections" in data) corrections(data.corrections, date.ok ? date.date.toMillis() : undefined, data.date, zone, options.now, report, problems);
  if (options.production && data.draft !== true) {
    for (const { path, value } of frontMatterPlaceholders(data)) {
      report(path, `${describe(value)}, a placeholder left from \`npm run new\``, "it filled in (or the field removed) before the article is published, or `draft: true`");
    }
  }
  return problems;
}

/** A slug cut at a hyphen to fit {@link MAX_SLUG_LENGTH}, to suggest. */
function shortSlug(slug: string): string {
  const cut = slug.slice(0, 60);
  return cut.includes("-") && slug.length > 60 ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

type Report = (path: FieldPath, found: string, expected: string) => void;

/** What a value of a closed list was expected to be: `list` (the allowed values, as the message names them), and the nearest when `value` is close to one. */
function expectedOneOf(value: unknown, allowed: readonly string[], list: string): string {
  const guess = typeof value === "string" ? suggest(value, allowed) : undefined;
  return guess ? `${list} (did you mean \`${guess}\`?)` : list;
}

function unknownKeys(value: Record_, at: FieldPath, known: readonly string[], problems: FieldProblem[]): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const path = [...at, key];
    const unsupported = at.length === 0 && Object.hasOwn(UNSUPPORTED_ELEVENTY_KEYS, key) ? UNSUPPORTED_ELEVENTY_KEYS[key] : undefined;
    if (unsupported) {
      problems.push({ path, message: `\`${key}\`: found an Eleventy setting that has no effect on an article (${unsupported}), expected no \`${key}\`` });
      continue;
    }
    problems.push({ path, message: `\`${fieldLabel(path)}\`: ${unknownField(key, known)}` });
  }
}

const AUTHOR_EXAMPLE = "`- slug: ana-ruiz` (a profile in content/authors.json) or `- name: Ana Ruiz`";

function authors(value: unknown, report: Report, problems: FieldProblem[], staff: ReadonlyMap<string, unknown> | undefined): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(["authors"], describe(value), `a list of authors, each ${AUTHOR_EXAMPLE}`);
    return;
  }
  value.forEach((author, i) => {
    const at = ["authors", i];
    if (!isRecord(author)) return report(at, describe(author), `an author such as ${AUTHOR_EXAMPLE}`);
    unknownKeys(author, at, AUTHOR_FIELDS, problems);
    if ("role" in author && !isText(author.role)) report([...at, "role"], describe(author.role), "text");
    if ("slug" in author) {
      // A staff byline: the profile gives the name and link, so the two cannot disagree.
      for (const key of ["name", "url"] as const) {
        if (key in author) report([...at, key], `\`${key}\` beside \`slug\``, `one of them: a staff member's ${key} comes from their profile in content/authors.json`);
      }
      staffSlug(author.slug, [...at, "slug"], report, staff);
      return;
    }
    if (!isText(author.name)) report([...at, "name"], describe(author.name), "the author's name as text, or the `slug` of their profile in content/authors.json");
    if ("url" in author && !isSafeLink(author.url)) {
      report([...at, "url"], describe(author.url), "an `https://` address or a site path starting with a single `/`");
    }
  });
}

/** At most this many slugs are listed when a byline's slug is none of them and none is close. */
const LISTED_SLUGS = 8;

function staffSlug(slug: unknown, path: FieldPath, report: Report, staff: ReadonlyMap<string, unknown> | undefined): void {
  if (!(typeof slug === "string" && SLUG_PATTERN.test(slug))) {
    return report(path, describe(slug), "the slug of a profile in content/authors.json, e.g. `ana-ruiz`");
  }
  if (!staff || staff.has(slug)) return;
  if (staff.size === 0) return report(path, `${describe(slug)}, and the site has no profiles (no content/authors.json)`, "a profile with that slug in content/authors.json, or `name:` for a guest");
  const slugs = [...staff.keys()];
  const guess = suggest(slug, slugs);
  const listed = slugs.length <= LISTED_SLUGS ? ` (${slugs.map((s) => `\`${s}\``).join(", ")})` : "";
  report(path, `${describe(slug)}, which no profile in content/authors.json has`, guess ? `a staff slug: did you mean \`${guess}\`?` : `a staff slug${listed}, or \`name:\` for a guest`);
}

function topics(value: unknown, report: Report): void {
  if (!Array.isArray(value)) {
    report(["topics"], describe(value), "a list of topic names (e.g. `topics: [Public safety, Courts]`)");
    return;
  }
  if (value.length > MAX_TOPICS) {
    report(["topics"], `${value.length.toLocaleString("en-US")} topics`, `at most ${MAX_TOPICS} (each topic is a page and two feeds)`);
    return;
  }
  const seen = new Map<string, string>();
  value.forEach((topic, i) => {
    if (!isText(topic) || toSlug(topic) === "") return report(["topics", i], describe(topic), "a topic name with letters or digits");
    if (toSlug(topic).length > MAX_SLUG_LENGTH) return report(["topics", i], `a topic name whose URL slug would be ${toSlug(topic).length} characters long`, `a shorter name (at most ${MAX_SLUG_LENGTH} characters in its slug)`);
    const first = seen.get(toSlug(topic));
    if (first !== undefined) report(["topics", i], `${describe(topic)}, the same topic as ${describe(first)}`, "each topic once");
    else seen.set(toSlug(topic), topic);
  });
}

/**
 * `related`: the stories to show instead of the ones chosen by topic (src/collections/related-stories.ts).
 * Each is an article's slug (the end of its URL) or its URL; whether that article exists is
 * checked once every article is read (src/collections/related-overrides.ts).
 */
function related(value: unknown, report: Report): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(["related"], describe(value), "a list of article slugs (the end of their URLs), e.g. `related: [council-budget-vote]`");
    return;
  }
  if (value.length > MAX_RELATED) {
    report(["related"], `${value.length} stories`, `at most ${MAX_RELATED}`);
    return;
  }
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const isUrl = typeof entry === "string" && entry.startsWith("/");
    if (typeof entry !== "string" || !(isUrl ? PERMALINK.test(entry) : SLUG_PATTERN.test(entry))) {
      return report(["related", i], describe(entry), "an article's slug such as `council-budget-vote`, or its URL such as `/news/2023/05/02/council-budget-vote/`");
    }
    if (seen.has(entry)) report(["related", i], `${describe(entry)} a second time`, "each story once");
    seen.add(entry);
  });
}

/** The most corrections an article may list: more than this is a story to rewrite, not to annotate. */
export const MAX_CORRECTIONS = 50;

/**
 * `corrections`: what was put right and when (src/collections/corrections.ts). A correction is
 * something that happened to the published story: dated before the story, or after the build,
 * it would tell readers of a change that was never made.
 */
function corrections(value: unknown, published: number | undefined, written: unknown, zone: string, now: number | undefined, report: Report, problems: FieldProblem[]): void {
  const example = "a list of corrections, each with a `date` and a `text` (e.g. `- date: 2024-05-03` / `  text: \"An earlier version misspelled…\"`)";
  if (!Array.isArray(value) || value.length === 0) return report(["corrections"], describe(value), example);
  if (value.length > MAX_CORRECTIONS) return report(["corrections"], `${value.length} corrections`, `at most ${MAX_CORRECTIONS}`);
  value.forEach((entry, i) => {
    const at = ["corrections", i];
    if (!isRecord(entry)) return report(at, describe(entry), "a correction with a `date` and a `text`");
    unknownKeys(entry, at, CORRECTION_FIELDS, problems);
    const date = parseDate(entry.date, zone);
    if (entry.date === undefined) report([...at, "date"], "nothing", `when the correction was made, ${DATE_EXAMPLES}`);
    else if (!date.ok) report([...at, "date"], describe(entry.date), date.expected ?? DATE_EXAMPLES);
    else if (published !== undefined && date.date.toMillis() < published) {
      report([...at, "date"], `${describe(entry.date)}, which is before \`date\` (${describe(written)})`, "the time the story was corrected, not before it was published");
    } else if (now !== undefined && date.date.toMillis() > now) {
      report([...at, "date"], `${describe(entry.date)}, which is later than the build (${new Date(now).toISOString()})`, "the time the story was corrected, no later than now");
    }
    if (!isText(entry.text)) report([...at, "text"], describe(entry.text), "what was wrong and what was changed, as text");
    if ("kind" in entry && !(typeof entry.kind === "string" && (CORRECTION_KINDS as readonly string[]).includes(entry.kind))) {
      report([...at, "kind"], describe(entry.kind), expectedOneOf(entry.kind, CORRECTION_KINDS, CORRECTION_KINDS.map((k) => `\`${k}\``).join(" or ")));
    }
  });
}

function image(value: unknown, report: Report, problems: FieldProblem[]): void {
  if (!isRecord(value)) {
    report(["image"], describe(value), "fields `src` and `alt` (and optionally `credit`, `caption`)");
    return;
  }
  unknownKeys(value, ["image"], IMAGE_FIELDS, problems);
  if (!isText(value.src)) report(["image", "src"], describe(value.src), "the image file, relative to `content/images/`");
  if (!isText(value.alt)) report(["image", "alt"], describe(value.alt), "a text alternative describing the image");
  for (const key of ["credit", "caption"] as const) {
    if (key in value && !isText(value[key])) report(["image", key], describe(value[key]), "text");
  }
}
