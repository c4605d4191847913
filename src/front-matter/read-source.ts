// An article's raw text, read only to place an error on its line.
import * as fs from "node:fs";

/** The file's text, or `""` when it cannot be read (deleted mid-build): an error then points at line 1. */
export function readSource(inputPath: string): string {
  try {
    return fs.readFileSync(inputPath, "utf8");
  } catch {
    return "";
  }
}
