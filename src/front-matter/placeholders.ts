// Finds the `TODO` placeholders `npm run new` writes (src/authoring/new-article.ts), left in an article.
import type { FieldPath } from "./validate.ts";

/**
 * A placeholder: text that starts with `TODO` as a word (`TODO: your name`, `TODO`). Only the
 * start counts: a sentence that mentions a to-do list or quotes "TODO" later on is not one.
 */
const PLACEHOLDER = /^\s*TODO\b/;

/**
 * Every front-matter text value (nested ones included) that is a placeholder, in field order.
 * A loop, not recursion: YAML nested thousands deep must not exhaust the stack.
 */
export function frontMatterPlaceholders(data: unknown): { path: FieldPath; value: string }[] {
  const found: { path: FieldPath; value: string }[] = [];
  const stack: { value: unknown; path: FieldPath }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (PLACEHOLDER.test(value)) found.push({ path, value });
    } else if (typeof value === "object" && value !== null) {
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
  return found;
}

/**
 * The 1-based lines of `body` that start with a placeholder (`TODO: the first paragraph.`),
 * outside fenced code (where a `TODO` may be what the article shows).
 */
export function bodyPlaceholderLines(body: string): number[] {
  const lines: number[] = [];
  let fence: string | undefined;
  body.split("\n").forEach((line, i) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined && /^\s*TODO:/.test(line)) lines.push(i + 1);
  });
  return lines;
}
