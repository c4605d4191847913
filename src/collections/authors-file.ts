// The staff data file (`content/authors.json`): a list of author profiles, read and checked with each mistake at its line.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { SLUG_PATTERN } from "../slugs/to-slug.ts";
import { suggest } from "../front-matter/suggest.ts";
import { describe } from "../front-matter/describe.ts";
import { isSafeLink } from "../front-matter/validate.ts";
import { displayPath } from "../articles/is-article.ts";

/** The file, under the input folder. Not Eleventy data (`_data/`): only Newsdesk reads it, so its mistakes are reported as the site's are. */
export const AUTHORS_FILE = "authors.json";

/** The fields of a profile, in the order the README documents them. */
export const PROFILE_FIELDS = ["slug", "name", "role", "bio", "url"] as const;

/** One author as the data file describes them. */
export interface AuthorProfile {
  /** The page's URL part: `/authors/<slug>/`. */
  slug: string;
  name: string;
  role?: string;
  bio?: string;
  /** Their own page elsewhere (`https://…`, `mailto:…` or a site path): linked from theirs, JSON-LD `sameAs`. */
  url?: string;
}

/** Lines of the file's top-level list entries: the `{` of each, and each key's line within it. */
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
  let depth = 0;
  // Inside the top-level list, between entries: the next value seen starts one.
  let between = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\n") line++;
    if (/\s/.test(c)) continue;
    if (depth === 1 && c === ",") between = true;
    else if (depth === 1 && between && c !== "]") {
      entries.push({ start: line, keys: new Map() });
      between = false;
    }
    if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) between = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === "\\" ? 2 : 1;
      // A key of an entry: a string at depth 2 followed by `:`.
      if (depth === 2 && /^\s*:/.test(source.slice(j + 1, j + 20))) entries.at(-1)?.keys.set(JSON.parse(source.slice(i, j + 1)) as string, line);
      i = j;
    }
  }
  return entries;
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * The profiles of `source` (the file's text; `file` the path problems name), and every mistake:
 * not JSON, not a list of objects, an unknown field (with "did you mean"), a missing or bad
 * `slug` or `name`, a field that is not text, a `url` that is no safe link, two profiles with
 * one slug. A profile with a mistake is left out. Pure.
 */
export function readAuthorProfiles(source: string, file: string): { profiles: AuthorProfile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const at = /position (\d+)/.exec(String(e))?.[1];
    const line = at === undefined ? 1 : source.slice(0, Number(at)).split("\n").length;
    return { profiles: [], problems: [{ file, line, message: `authors: found invalid JSON (${(e as Error).message}), expected a list of authors such as \`[{ "slug": "ana-ruiz", "name": "Ana Ruiz" }]\`` }] };
  }
  if (!Array.isArray(data)) {
    return { profiles: [], problems: [{ file, line: 1, message: `authors: found ${describe(data)}, expected a list of authors such as \`[{ "slug": "ana-ruiz", "name": "Ana Ruiz" }]\`` }] };
  }
  const lines = entryLines(source);
  const profiles: AuthorProfile[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry, i) => {
    const where = lines[i] ?? { start: 1, keys: new Map<string, number>() };
    const lineOf = (key: string) => where.keys.get(key) ?? where.start;
    const label = (key?: string) => `\`authors[${i + 1}]${key ? `.${key}` : ""}\``;
    const before = problems.length;
    const report = (key: string | undefined, found: string, expected: string) =>
      problems.push({ file, line: key ? lineOf(key) : where.start, message: `${label(key)}: found ${found}, expected ${expected}` });
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return report(undefined, describe(entry), "an author such as `{ \"slug\": \"ana-ruiz\", \"name\": \"Ana Ruiz\" }`");
    for (const key of Object.keys(entry)) {
      if ((PROFILE_FIELDS as readonly string[]).includes(key)) continue;
      const guess = suggest(key, PROFILE_FIELDS);
      problems.push({ file, line: lineOf(key), message: `${label(key)}: unknown field, ${guess ? `did you mean \`${guess}\`?` : `expected one of ${PROFILE_FIELDS.map((k) => `\`${k}\``).join(", ")}`}` });
    }
    const profile = entry as Record<string, unknown>;
    if (!(typeof profile.slug === "string" && SLUG_PATTERN.test(profile.slug))) report("slug", describe(profile.slug), "lower-case letters, digits and single hyphens, e.g. `ana-ruiz` (the page is `/authors/<slug>/`)");
    else if (seen.has(profile.slug)) report("slug", `\`"${profile.slug}"\`, which authors[${seen.get(profile.slug)! + 1}] also has`, "a slug of its own");
    else seen.set(profile.slug, i);
    if (!isText(profile.name)) report("name", describe(profile.name), "the author's name as text, as bylines spell it");
    for (const key of ["role", "bio"] as const) if (key in profile && !isText(profile[key])) report(key, describe(profile[key]), "text");
    if ("url" in profile && !isSafeLink(profile.url)) report("url", describe(profile.url), "an `https://` address or a site path starting with a single `/`");
    if (problems.length === before) {
      const { slug, name, role, bio, url } = profile as unknown as AuthorProfile;
      profiles.push({ slug, name, ...(role ? { role } : {}), ...(bio ? { bio } : {}), ...(url ? { url } : {}) });
    }
  });
  return { profiles, problems };
}

/** The profiles of `inputDir`'s authors file, and its problems; none when the site has no such file. */
export function loadAuthorProfiles(inputDir: string): { profiles: AuthorProfile[]; problems: Problem[] } {
  const file = path.join(inputDir, AUTHORS_FILE);
  if (!fs.existsSync(file)) return { profiles: [], problems: [] };
  return readAuthorProfiles(fs.readFileSync(file, "utf8"), displayPath(file, inputDir));
}
