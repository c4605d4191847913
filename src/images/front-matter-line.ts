// Finds the line of a front-matter key (`image:`, or `alt:` under it) so errors point at it.
import fs from "node:fs";

const sources = new Map<string, string[]>();

/** The file's lines, read once per build process (only files with images are ever read). */
function linesOf(file: string): string[] {
  let lines = sources.get(file);
  if (!lines) {
    lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split(/\r?\n/) : [];
    sources.set(file, lines);
  }
  return lines;
}

/** Forgets cached sources (call at the start of each build so edits are seen in watch mode). */
export function clearFrontMatterLines(): void {
  sources.clear();
}

/**
 * 1-based line of top-level `key:` in the front matter of `file`, or of `child:` in the block
 * under it when given; falls back to the parent's line, then to 1.
 */
export function frontMatterLine(file: string, key: string, child?: string): number {
  const lines = linesOf(file);
  if (!/^---\s*$/.test(lines[0] ?? "")) return 1;
  let parent = 0;
  for (let i = 1; i < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[i]); i++) {
    if (!parent) {
      if (new RegExp(`^${key}\\s*:`).test(lines[i])) {
        parent = i + 1;
        if (!child) return parent;
      }
      continue;
    }
    if (/^\S/.test(lines[i])) break;
    if (new RegExp(`^\\s+(-\\s+)?${child}\\s*:`).test(lines[i])) return i + 1;
  }
  return parent || 1;
}
