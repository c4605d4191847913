// Topic descriptions from `_data/topicDescriptions.json` ({ "Topic name": "One or two sentences" }): read and checked.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { toSlug } from "../../src/slugs/to-slug.ts";

/** The data file, under the input folder, as problems name it. */
export const DESCRIPTIONS_FILE = "_data/topicDescriptions.json";

/**
 * The description of topic `name`, or `undefined` (the file is optional, and so is each entry).
 * Names match as topics do, by slug: `Public safety` and `public safety` are one topic.
 */
export function topicDescription(descriptions: unknown, name: string): string | undefined {
  if (!descriptions || typeof descriptions !== "object") return undefined;
  const slug = toSlug(name);
  const entry = Object.entries(descriptions).find(([key]) => toSlug(key) === slug);
  return typeof entry?.[1] === "string" && entry[1].trim() ? entry[1] : undefined;
}

/** The line of `"key":` in the file's text (1 when not found). */
function lineOf(source: string, key: string): number {
  const at = source.indexOf(`${JSON.stringify(key)}`);
  return at < 0 ? 1 : source.slice(0, at).split("\n").length;
}

/**
 * Every mistake in the file: not an object or a description that is not text (errors), a name
 * that is no topic (a warning: a typo would otherwise leave its topic without a description and
 * nobody told, but a topic whose last article was taken down should not stop the build).
 * `file` is the project-relative path; `source` the file's text, for lines.
 */
export function topicDescriptionProblems(descriptions: unknown, topicNames: readonly string[], file: string, source: string): Problem[] {
  if (descriptions === undefined) return [];
  if (!descriptions || typeof descriptions !== "object" || Array.isArray(descriptions)) {
    return [{ file, line: 1, message: `topic descriptions: found ${Array.isArray(descriptions) ? "a list" : JSON.stringify(descriptions)}; expected an object of \`"Topic name": "description"\`` }];
  }
  const problems: Problem[] = [];
  const known = new Set(topicNames.map(toSlug));
  for (const [name, text] of Object.entries(descriptions)) {
    if (typeof text !== "string" || !text.trim()) {
      problems.push({ file, line: lineOf(source, name), message: `topic description of \`${name}\`: found ${JSON.stringify(text)}; expected a sentence or two of text` });
    }
    if (!known.has(toSlug(name))) {
      const list = topicNames.map((t) => `\`${t}\``).join(", ") || "none yet";
      problems.push({ file, line: lineOf(source, name), severity: "warning", message: `topic description \`${name}\` names no topic; expected a topic's name as articles spell it (topics: ${list})` });
    }
  }
  return problems;
}
