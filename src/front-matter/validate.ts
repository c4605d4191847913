// Checks one article's front matter against contracts.md §1 and says, per field, what was wrong.
import { parseDate } from "../dates/parse-date.ts";
import { SLUG_PATTERN, toSlug } from "../slugs/to-slug.ts";
import { describe } from "./describe.ts";
import { AUTHOR_FIELDS, IMAGE_FIELDS, KNOWN_KEYS, UNSUPPORTED_ELEVENTY_KEYS } from "./fields.ts";
import { suggest } from "./suggest.ts";

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
const SAFE_URL = /^(https?:\/\/[^\s]+|\/[^\s]*|mailto:[^\s]+)$/i;
/** A site path to write an article at: no spaces, no `..` or empty segments, a page or a folder. */
const PERMALINK = /^\/?(?:[^\s/?#.][^\s/?#]*\/)*(?:[^\s/?#.][^\s/?#]*\/|[^\s/?#.][^\s/?#]*\.html)$/;

type Record_ = Record<string, unknown>;
const isRecord = (v: unknown): v is Record_ => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * Every problem in an article's front matter (the parsed YAML, dates still strings), in field
 * order. `zone` is the IANA zone dates without an offset are read in. Pure: no file access.
 */
export function validateFrontMatter(data: unknown, zone: string): FieldProblem[] {
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
  }

  const date = parseDate(data.date, zone);
  if (data.date === undefined) report(["date"], "nothing", DATE_EXAMPLES);
  else if (!date.ok) report(["date"], describe(data.date), DATE_EXAMPLES);

  if ("updated" in data) {
    const updated = parseDate(data.updated, zone);
    if (!updated.ok) report(["updated"], describe(data.updated), DATE_EXAMPLES);
    else if (date.ok && updated.date < date.date) {
      report(["updated"], `${describe(data.updated)}, which is before \`date\` (${describe(data.date)})`, "the same time as `date` or later");
    }
  }

  for (const key of ["dek", "series"] as const) {
    if (key in data && !isText(data[key])) report([key], describe(data[key]), "text");
  }
  if ("draft" in data && typeof data.draft !== "boolean") report(["draft"], describe(data.draft), "`true` or `false`");
  if ("slug" in data && !(typeof slug === "string" && SLUG_PATTERN.test(slug))) {
    report(["slug"], describe(slug), "lower-case letters, digits and single hyphens, e.g. `council-budget-vote`");
  }

  if ("permalink" in data && data.permalink !== false && !(typeof data.permalink === "string" && PERMALINK.test(data.permalink))) {
    report(["permalink"], describe(data.permalink), "a site path such as `/news/2023/05/02/budget-vote/` (ending in `/` or `.html`), or `false` to build no page");
  }
  if ("eleventyExcludeFromCollections" in data && typeof data.eleventyExcludeFromCollections !== "boolean") {
    report(["eleventyExcludeFromCollections"], describe(data.eleventyExcludeFromCollections), "`true` or `false`");
  }
  if ("authors" in data) authors(data.authors, report, problems);
  if ("topics" in data) topics(data.topics, report);
  if ("image" in data) image(data.image, report, problems);
  return problems;
}

type Report = (path: FieldPath, found: string, expected: string) => void;

function unknownKeys(value: Record_, at: FieldPath, known: readonly string[], problems: FieldProblem[]): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const path = [...at, key];
    const unsupported = at.length === 0 && Object.hasOwn(UNSUPPORTED_ELEVENTY_KEYS, key) ? UNSUPPORTED_ELEVENTY_KEYS[key] : undefined;
    if (unsupported) {
      problems.push({ path, message: `\`${key}\`: found an Eleventy setting that has no effect on an article (${unsupported}), expected no \`${key}\`` });
      continue;
    }
    const guess = suggest(key, known);
    const hint = guess ? `did you mean \`${guess}\`?` : `expected one of ${known.map((k) => `\`${k}\``).join(", ")}`;
    problems.push({ path, message: `\`${fieldLabel(path)}\`: unknown field, ${hint}` });
  }
}

function authors(value: unknown, report: Report, problems: FieldProblem[]): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(["authors"], describe(value), "a list of authors, each with a `name` (e.g. `- name: Ana Ruiz`)");
    return;
  }
  value.forEach((author, i) => {
    const at = ["authors", i];
    if (!isRecord(author)) return report(at, describe(author), "an author with a `name` (e.g. `- name: Ana Ruiz`)");
    unknownKeys(author, at, AUTHOR_FIELDS, problems);
    if (!isText(author.name)) report([...at, "name"], describe(author.name), "the author's name as text");
    if ("role" in author && !isText(author.role)) report([...at, "role"], describe(author.role), "text");
    if ("url" in author && !(typeof author.url === "string" && SAFE_URL.test(author.url))) {
      report([...at, "url"], describe(author.url), "an `https://` address or a site path starting with `/`");
    }
  });
}

function topics(value: unknown, report: Report): void {
  if (!Array.isArray(value)) {
    report(["topics"], describe(value), "a list of topic names (e.g. `topics: [Public safety, Courts]`)");
    return;
  }
  const seen = new Map<string, string>();
  value.forEach((topic, i) => {
    if (!isText(topic) || toSlug(topic) === "") return report(["topics", i], describe(topic), "a topic name with letters or digits");
    const first = seen.get(toSlug(topic));
    if (first !== undefined) report(["topics", i], `${describe(topic)}, the same topic as ${describe(first)}`, "each topic once");
    else seen.set(toSlug(topic), topic);
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
