// The one way `npm run new` writes a file: created, never overwritten.
import fs from "node:fs";
import path from "node:path";

/**
 * Writes `text` to `file` (making its folder) unless the file exists; returns whether it wrote.
 * `wx` fails if the file exists, atomically: no check-then-write race with an editor saving it.
 */
export function writeNewFile(file: string, text: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, text, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}
