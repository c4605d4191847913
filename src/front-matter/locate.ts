// Finds the file line of a front-matter field, for error messages. Only called when there are errors.
import type { FieldPath } from "./validate.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");

/**
 * 1-based line in `source` (the whole file) where `path` is written: the key's line, the n-th
 * `- ` entry of a list, a key inside that entry. Falls back to the nearest enclosing line found,
 * and to line 1 (the opening `---`) for a field that is missing altogether.
 */
export function locateField(source: string, path: FieldPath): number {
  const lines = source.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? "")) return 1;
  let end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) end = lines.length;

  // The current block: [start, stop) line indexes and the line index that names it.
  let start = 1;
  let stop = end;
  let found = 0;
  let minIndent = 0;
  for (const part of path) {
    if (typeof part === "string") {
      const key = new RegExp(`^(\\s*-\\s+)?\\s*(["']?)${escape(part)}\\2\\s*:`);
      // Top-level keys sit at column 0; nested ones anywhere deeper than their parent.
      const top = found === 0;
      const at = indexWhere(lines, start, stop, (line) => key.test(line) && (top ? keyIndent(line) === 0 : keyIndent(line) >= minIndent));
      if (at < 0) return found + 1;
      found = at;
      minIndent = keyIndent(lines[at]) + 1;
    } else {
      // The n-th `- ` entry at the list's own indent.
      const first = indexWhere(lines, found + 1, stop, (line) => /^\s*-(\s|$)/.test(line));
      if (first < 0) return found + 1;
      const listIndent = indentOf(lines[first]);
      let count = -1;
      const at = indexWhere(lines, first, stop, (line) =>
        indentOf(line) === listIndent && /^\s*-(\s|$)/.test(line) ? ++count === part : false,
      );
      if (at < 0) return found + 1;
      found = at;
      minIndent = listIndent;
    }
    start = found;
    // The block ends at the next content line indented no deeper than where it began.
    const own = indentOf(lines[found]);
    const next = indexWhere(lines, found + 1, end, (line) => isContent(line) && indentOf(line) <= own);
    stop = next < 0 ? end : next;
  }
  return found + 1;
}

/** Indent of a key, counting a leading `- ` as indentation (`  - name:` has its key at 4). */
function keyIndent(line: string): number {
  const match = /^(\s*-\s+)/.exec(line);
  return match ? match[1].length : indentOf(line);
}

function indexWhere(lines: string[], from: number, to: number, test: (line: string) => boolean): number {
  for (let i = from; i < to; i++) if (test(lines[i])) return i;
  return -1;
}
