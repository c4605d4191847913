// An article's raw text, read only to place an error on its line.
import * as fs from "node:fs";

/**
 * The file's text, or `""` when it cannot be read (deleted mid-build): an error then points at
 * line 1. A byte-order mark is dropped, as when the article was read: left in, the first line
 * would not read as `---` and every line found from it would be off.
 */
export function readSource(inputPath: string): string {
  try {
    const text = fs.readFileSync(inputPath, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return "";
  }
}
