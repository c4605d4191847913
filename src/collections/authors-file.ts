// The staff data file (`content/authors.json`): a list of author profiles, read and checked with each mistake at its line.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { SLUG_PATTERN } from "../slugs/to-slug.ts";
import { unknownField } from "../front-matter/suggest.ts";
import { describe } from "../front-matter/describe.ts";
import { fieldLabel, isSafeLink } from "../front-matter/validate.ts";
import { displayPath } from "../articles/is-article.ts";

/** The file, under the input folder. Not Eleventy data (`_data/`): only Newsdesk reads it, so its mistakes are reported as the site's are. */
export const AUTHORS_FILE = "authors.json";

/** The fields of a profile, in the order the README documents them. */
export const PROFILE_FIELDS = ["slug", "name", "role", "bio", "url", "photo", "links"] as const;

/** Fields of a profile's `photo`. */
export const PHOTO_FIELDS = ["src", "alt"] as const;

/** Fields of one of a profile's `links`. */
export const LINK_FIELDS = ["label", "url"] as const;

/** The most links a profile may list: a line under the bio, not a directory. */
export const MAX_PROFILE_LINKS = 6;

/** One author as the data file describes them. */
export interface AuthorProfile {
  /** The page's URL part: `/authors/<slug>/`. */
  slug: string;
  name: string;
  role?: string;
  bio?: string;
  /** Their own page elsewhere (`https://…`, `mailto:…` or a site path): linked from theirs, JSON-LD `sameAs`. */
  url?: string;
  /** A portrait in `content/images/`, with its text alternative; `file` and `line`: where `src` is written, for image problems. */
  photo?: { src: string; alt: string; file: string; line: number };
  /** Their other pages (a social profile, an e-mail address): listed on their page, JSON-LD `sameAs`. */
  links?: { label?: string; url: string }[];
}

/** Lines of the file's top-level list entries: the `{` of each, and of each key and nested key within it (`photo.src`, `links.0.url`, `links.0` for an entry's `{`). */
interface EntryLines {
  start: number;
  keys: Map<string, number>;
}

/**
 * Where each entry of a top-level JSON list of objects starts, and where its keys are (1-based).
 * A scan of the text for strings and brackets; only run on text JSON.parse accepted.
 */
function entryLines(source: string): EntryLines[] {
  const entries: EntryLines[] = [];
  let line = 1;
  // The open containers: `[` frames count their values, `{` frames remember the last key.
  const stack: { list: boolean; path: string; index: number; key?: string }[] = [];
  const pathOf = (frame: (typeof stack)[number]) => (frame.list ? `${frame.path}${frame.path ? "." : ""}${frame.index}` : `${frame.path}${frame.path ? "." : ""}${frame.key ?? ""}`);
  // Before a value in a list: a `,` or the `[` moves on to the next one.
  let awaitingValue = false;
  const valueStarts = () => {
    const top = stack.at(-1);
    if (!top?.list || !awaitingValue) return;
    awaitingValue = false;
    top.index++;
    if (stack.length === 1) entries.push({ start: line, keys: new Map() });
    else if (stack.length > 2) entries.at(-1)?.keys.set(pathOf(top), line);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\n") line++;
    if (/\s/.test(c)) continue;
    if (c === "," && stack.at(-1)?.list) {
      awaitingValue = true;
      continue;
    }
    if (c === "]" || c === "}") {
      stack.pop();
      awaitingValue = false;
      continue;
    }
    if (c === ":") continue;
    valueStarts();
    if (c === "[" || c === "{") {
      // Inside an entry, a container's path is where it sits: `links`, then `links.0`.
      const parent = stack.at(-1);
      const path = stack.length <= 1 || !parent ? "" : pathOf(parent);
      stack.push({ list: c === "[", path: stack.length === 0 ? "" : path, index: -1 });
      awaitingValue = c === "[";
    } else if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      // A key: a string in an object, followed by `:`.
      if (top && !top.list && /^\s*:/.test(source.slice(j + 1, j + 20))) {
        top.key = JSON.parse(source.slice(i, j + 1)) as string;
        if (stack.length >= 2) entries.at(-1)?.keys.set(pathOf(top), line);
      }
      i = j;
    }
  }
  return entries;
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The profiles of `source` (the file's text; `file` the path problems name), and every mistake:
 * not JSON, not a list of objects, an unknown field (with "did you mean"), a missing or bad
 * `slug` or `name`, a field that is not text, a `url` or link that is no safe link, a `photo`
 * without `src` or `alt`, two profiles with one slug. A profile with a mistake is left out. Pure
 * (whether the photo exists and is an image is checked where the page is built, as for any image).
 */
export function readAuthorProfiles(source: string, file: string): { profiles: AuthorProfile[]; problems: Problem[]; rejected: string[] } {
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const at = /position (\d+)/.exec(String(e))?.[1];
    const line = at === undefined ? 1 : source.slice(0, Number(at)).split("\n").length;
    return { profiles: [], rejected: [], problems: [{ file, line, message: `authors: found invalid JSON (${(e as Error).message}), expected a list of authors such as \`[{ "slug": "ana-ruiz", "name": "Ana Ruiz" }]\`` }] };
  }
  if (!Array.isArray(data)) {
    return { profiles: [], rejected: [], problems: [{ file, line: 1, message: `authors: found ${describe(data)}, expected a list of authors such as \`[{ "slug": "ana-ruiz", "name": "Ana Ruiz" }]\`` }] };
  }
  const lines = entryLines(source);
  const profiles: AuthorProfile[] = [];
  const rejected: string[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry, i) => {
    const where = lines[i] ?? { start: 1, keys: new Map<string, number>() };
    // A nested key's line, else its parent's: `links.1.url`, `links.1`, `links`, the entry.
    const lineOf = (key: string): number => where.keys.get(key) ?? (key.includes(".") ? lineOf(key.slice(0, key.lastIndexOf("."))) : where.start);
    // `links.0.url` is `authors[3].links[1].url`, counted from 1 as article fields are.
    const label = (key?: string) => `\`${fieldLabel(["authors", i, ...(key ? key.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [])])}\``;
    const before = problems.length;
    const report = (key: string | undefined, found: string, expected: string) =>
      problems.push({ file, line: key ? lineOf(key) : where.start, message: `${label(key)}: found ${found}, expected ${expected}` });
    const unknownKeys = (value: Record<string, unknown>, prefix: string, known: readonly string[]) => {
      for (const key of Object.keys(value)) {
        if (known.includes(key)) continue;
        const at = `${prefix}${key}`;
        problems.push({ file, line: lineOf(at), message: `${label(at)}: ${unknownField(key, known)}` });
      }
    };
    if (!isRecord(entry)) return report(undefined, describe(entry), "an author such as `{ \"slug\": \"ana-ruiz\", \"name\": \"Ana Ruiz\" }`");
    unknownKeys(entry, "", PROFILE_FIELDS);
    const profile = entry;
    if (!(typeof profile.slug === "string" && SLUG_PATTERN.test(profile.slug))) report("slug", describe(profile.slug), "lower-case letters, digits and single hyphens, e.g. `ana-ruiz` (the page is `/authors/<slug>/`)");
    else if (seen.has(profile.slug)) report("slug", `\`"${profile.slug}"\`, which authors[${seen.get(profile.slug)! + 1}] also has`, "a slug of its own");
    else seen.set(profile.slug, i);
    if (!isText(profile.name)) report("name", describe(profile.name), "the author's name as text, as bylines spell it");
    for (const key of ["role", "bio"] as const) if (key in profile && !isText(profile[key])) report(key, describe(profile[key]), "text");
    if ("url" in profile && !isSafeLink(profile.url)) report("url", describe(profile.url), "an `https://` address or a site path starting with a single `/`");
    if ("photo" in profile) {
      const photo = profile.photo;
      if (!isRecord(photo)) report("photo", describe(photo), "a portrait such as `{ \"src\": \"ana-ruiz.jpg\", \"alt\": \"Ana Ruiz\" }` (a file in `content/images/`)");
      else {
        unknownKeys(photo, "photo.", PHOTO_FIELDS);
        if (!isText(photo.src)) report("photo.src", describe(photo.src), "a file in `content/images/`, e.g. `ana-ruiz.jpg`");
        if (!isText(photo.alt)) report("photo.alt", describe(photo.alt), "a text alternative describing the photo, e.g. `Ana Ruiz`");
      }
    }
    if ("links" in profile) {
      const links = profile.links;
      if (!Array.isArray(links)) report("links", describe(links), "a list such as `[{ \"label\": \"Mastodon\", \"url\": \"https://…\" }]`");
      else if (links.length > MAX_PROFILE_LINKS) report("links", `${links.length} links`, `at most ${MAX_PROFILE_LINKS}`);
      else
        links.forEach((link, n) => {
          const at = `links.${n}`;
          if (!isRecord(link)) return report(at, describe(link), "a link such as `{ \"label\": \"Mastodon\", \"url\": \"https://…\" }`");
          unknownKeys(link, `${at}.`, LINK_FIELDS);
          if ("label" in link && !isText(link.label)) report(`${at}.label`, describe(link.label), "text, e.g. `Mastodon`");
          if (!isSafeLink(link.url)) report(`${at}.url`, describe(link.url), "an `https://` or `mailto:` address, or a site path starting with a single `/`");
        });
    }
    if (problems.length !== before) {
      if (typeof profile.slug === "string" && SLUG_PATTERN.test(profile.slug)) rejected.push(profile.slug);
    } else {
      const { slug, name, role, bio, url } = profile as unknown as AuthorProfile;
      const photo = profile.photo as { src: string; alt: string } | undefined;
      const links = profile.links as { label?: string; url: string }[] | undefined;
      profiles.push({
        slug,
        name,
        ...(role ? { role } : {}),
        ...(bio ? { bio } : {}),
        ...(url ? { url } : {}),
        ...(photo ? { photo: { src: photo.src, alt: photo.alt, file, line: lineOf("photo.src") } } : {}),
        ...(links?.length ? { links: links.map((l) => ({ ...(l.label ? { label: l.label } : {}), url: l.url })) } : {}),
      });
    }
  });
  return { profiles, problems, rejected };
}

/** The profiles of `inputDir`'s authors file, and its problems; none when the site has no such file. */
export function loadAuthorProfiles(inputDir: string): { profiles: AuthorProfile[]; problems: Problem[]; rejected: string[] } {
  const file = path.join(inputDir, AUTHORS_FILE);
  if (!fs.existsSync(file)) return { profiles: [], problems: [], rejected: [] };
  return readAuthorProfiles(fs.readFileSync(file, "utf8"), displayPath(file, inputDir));
}

/**
 * The profiles by slug, as bylines name them (src/articles/staff-bylines.ts). A `rejected`
 * profile (its mistakes already fail the build) stands in by its slug, so its bylines are not
 * reported a second time as naming nobody.
 */
export function staffBySlug(profiles: readonly AuthorProfile[], rejected: readonly string[] = []): Map<string, AuthorProfile> {
  const staff = new Map(rejected.map((slug): [string, AuthorProfile] => [slug, { slug, name: slug }]));
  for (const profile of profiles) staff.set(profile.slug, profile);
  return staff;
}
