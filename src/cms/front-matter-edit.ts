// Writes an article's front matter after an edit in the CMS, keeping every line whose field did not change.
import yaml from "js-yaml";
import { ARTICLE_FIELDS } from "../front-matter/fields.ts";
import { ARTICLE_TYPES } from "../articles/article-type.ts";

/** A top-level field of the YAML as the author wrote it: its key and its lines (with comments before it). */
interface FieldBlock {
  key: string | undefined;
  text: string;
}

const TOP_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#:'"\-?][^:#\n]*?))[ \t]*:(?:[ \t]|\r?\n|$)/;

/** The YAML cut into top-level fields; text before the first one has no key. */
function cutFields(text: string): FieldBlock[] {
  const blocks: FieldBlock[] = [{ key: undefined, text: "" }];
  let pending = "";
  for (const line of text.split(/(?<=\n)/)) {
    const key = TOP_KEY.exec(line);
    if (key) {
      blocks.push({ key: key[1] ?? key[2]?.replace(/''/g, "'") ?? key[3]!.trim(), text: pending + line });
      pending = "";
    } else if (/^[ \t]*(?:#.*)?\r?\n?$/.test(line)) {
      pending += line; // blank or comment lines go with the field after them
    } else {
      blocks[blocks.length - 1]!.text += pending + line;
      pending = "";
    }
  }
  blocks[blocks.length - 1]!.text += pending;
  return blocks;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an optional field holds once the editor's empty inputs are taken out: `""`, `null`, `[]`,
 * `{}` and an object of only those are "not set" (a form writes them for fields left blank), and
 * so are the defaults `false` for `draft` and the first kind for `type`. `undefined` means: leave the field out.
 */
export function pruneEmpty(value: unknown, key?: string): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (key === "draft" && value === false) return undefined;
  // The form's select shows the default kind for a new article: written only when it is another.
  if (key === "type" && value === ARTICLE_TYPES[0]) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => pruneEmpty(v)).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const kept = pruneEmpty(v, k);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** One field as YAML: double quotes where a string needs them, never folded. */
export function dumpField(key: string, value: unknown): string {
  return yaml.dump({ [key]: value }, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"', noRefs: true });
}

/**
 * The front matter's YAML for `data`. With the author's `original` YAML, each field whose value is
 * unchanged keeps its lines (quoting, comments, order); a changed field is written again in its
 * place; a new one goes after the others; one that was removed or emptied is left out. Without
 * an original (a new article), fields in the order the README documents them.
 */
export function editFrontMatter(data: Record<string, unknown>, original?: string): string {
  const wanted = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const kept = pruneEmpty(value, key);
    if (kept !== undefined) wanted.set(key, kept);
  }
  let out = "";
  const written = new Set<string>();
  if (original !== undefined) {
    const before = (yaml.load(original, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
    for (const block of cutFields(original)) {
      if (block.key === undefined) {
        out += block.text;
        continue;
      }
      written.add(block.key);
      if (!wanted.has(block.key)) {
        // A field the author wrote as its default or empty (`draft: false`, `type: news`) stays while the form agrees.
        if (block.key in data && pruneEmpty(before[block.key], block.key) === undefined) out += block.text;
        continue;
      }
      const value = wanted.get(block.key);
      // An original `draft: false` or `dek: ""` is the author's: kept while the form agrees.
      out += same(pruneEmpty(before[block.key], block.key), value) ? block.text : leadingComments(block.text) + dumpField(block.key, value);
    }
    for (const key of Object.keys(before)) written.add(key);
  }
  if (out !== "" && !out.endsWith("\n")) out += "\n";
  const order = (key: string) => ((ARTICLE_FIELDS as readonly string[]).indexOf(key) + 1 || ARTICLE_FIELDS.length + 1);
  for (const key of [...wanted.keys()].filter((k) => !written.has(k)).sort((a, b) => order(a) - order(b))) {
    out += dumpField(key, wanted.get(key));
  }
  return out;
}

function leadingComments(text: string): string {
  const lines = text.split(/(?<=\n)/);
  let i = 0;
  while (i < lines.length && !TOP_KEY.test(lines[i]!)) i++;
  return lines.slice(0, i).join("");
}
