// `npm run new -- "Headline"`: the file a journalist starts from, with every front-matter field
// filled in or marked TODO, dated today in the site's time zone, as a draft.
import path from "node:path";
import { DateTime } from "luxon";
import { toSlug } from "../slugs/to-slug.ts";
import { writeNewFile } from "./write-new-file.ts";

/** Why no file was written; `message` is for the journalist. */
export class NewArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NewArticleError";
  }
}

/** `2026-11-28`: the calendar date of `now` in `zone` (not in UTC, not in the machine's zone). */
export function todayIn(zone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? "";
}

/** The Markdown source of a new draft. `date` is `yyyy-MM-dd`. */
export function articleSource(title: string, date: string): string {
  return `---
title: ${JSON.stringify(title)}
date: ${date}
dek: "TODO: one or two sentences under the headline: what happened and why it matters."
authors:
  # Staff: replace the two lines below with \`- slug: your-slug\` from content/authors.json.
  - name: "TODO: your name"
    role: "TODO: your role, e.g. Public safety reporter"
topics:
  - "TODO: a topic, e.g. Public safety"
draft: true
---

TODO: the first paragraph. AUTHORING.md shows pull quotes, stat callouts and images.
`;
}

/** What to create, and where. */
export interface NewArticleOptions {
  title: string;
  /** Folder of articles, e.g. `content/news`. */
  contentDir: string;
  /** IANA zone of the site (site.timeZone). */
  zone: string;
  now?: Date;
}

/** Writes `<contentDir>/<slug>.md` and returns its path; never overwrites an existing file. */
export function createArticle(options: NewArticleOptions): string {
  const title = options.title.trim();
  if (title === "") throw new NewArticleError('Give the headline in quotes: npm run new -- "Headline of the story"');
  const slug = toSlug(title);
  if (slug === "") throw new NewArticleError(`The headline ${JSON.stringify(title)} has no letters or digits to make a file name from.`);
  const file = path.join(options.contentDir, `${slug}.md`);
  if (!writeNewFile(file, articleSource(title, todayIn(options.zone, options.now)))) {
    throw new NewArticleError(`${file} already exists; nothing was written. Edit that file, or choose a different headline.`);
  }
  return file;
}
