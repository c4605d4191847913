// Reads one block line: `::name[label]{attrs}`, `:::name…`, or a closing `:::` fence.
import { parseAttributes, type SpacedValue } from "./attributes.ts";

/** What a line starting with `::` turned out to be. */
export type BlockLine =
  | { type: "none" }
  | { type: "close"; colons: number }
  /** `::: name` (Pandoc's fenced-div habit): the caller decides whether `name` was meant. */
  | { type: "spaced"; colons: number; name: string }
  | {
      type: "directive";
      colons: number;
      name: string;
      label?: string;
      attributes: Record<string, string>;
      /** Unquoted values followed by bare names (`by=Jane Doe`), for validation's message. */
      spaced?: SpacedValue[];
      /** Syntax problems (label, attribute list, trailing text), as messages. */
      errors: string[];
    };

const NONE: BlockLine = { type: "none" };

function isAlpha(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isNameChar(code: number): boolean {
  return isAlpha(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
}

/**
 * Index of the `]` closing the `[` at `start`, honouring nesting and backslash escapes, or -1.
 * Inline code spans are not special here: a label is one line of plain text in a block line.
 */
export function labelEnd(src: string, start: number, max: number): number {
  let depth = 0;
  for (let pos = start; pos < max; pos++) {
    const code = src.charCodeAt(pos);
    if (code === 0x5c /* \ */) pos++;
    else if (code === 0x5b) depth++;
    else if (code === 0x5d && --depth === 0) return pos;
    else if (code === 0x0a) return -1;
  }
  return -1;
}

/** Parses `src[pos..max)`, a line whose first non-indent characters are `::`. */
export function readBlockLine(src: string, pos: number, max: number, decode: (s: string) => string): BlockLine {
  const begin = pos;
  while (pos < max && src.charCodeAt(pos) === 0x3a) pos++;
  const colons = pos - begin;
  if (colons < 2) return NONE;
  if (!isAlpha(src.charCodeAt(pos))) {
    // Only colons and white space: a closing fence (3+), otherwise ordinary text (`::`, `:: x`).
    let rest = pos;
    while (rest < max && (src.charCodeAt(rest) === 0x20 || src.charCodeAt(rest) === 0x09)) rest++;
    if (rest === max) return colons >= 3 ? { type: "close", colons } : NONE;
    const name = rest > pos ? /^[A-Za-z][\w-]*/.exec(src.slice(rest, max))?.[0] : undefined;
    return name ? { type: "spaced", colons, name } : NONE;
  }
  const nameStart = pos;
  while (pos < max && isNameChar(src.charCodeAt(pos))) pos++;
  const name = src.slice(nameStart, pos);
  const next = src.charCodeAt(pos);
  // `::name:x`, `:::note.` … are not directive syntax at all: leave them as text.
  if (pos < max && next !== 0x5b && next !== 0x7b && next !== 0x20 && next !== 0x09) return NONE;

  const written = src.slice(begin, pos);
  const errors: string[] = [];
  let label: string | undefined;
  let attributes: Record<string, string> = {};
  let spaced: SpacedValue[] = [];
  if (src.charCodeAt(pos) === 0x5b /* [ */) {
    const end = labelEnd(src, pos, max);
    if (end < 0) {
      errors.push(`\`${written}\`: unterminated label: found the end of the line, expected \`]\``);
      return { type: "directive", colons, name, attributes, errors };
    }
    label = src.slice(pos + 1, end);
    pos = end + 1;
  }
  if (src.charCodeAt(pos) === 0x7b /* { */) {
    const parsed = parseAttributes(src, pos, max, false, decode);
    if (!parsed.ok) {
      errors.push(`\`${written}\`: ${parsed.message}`);
      return { type: "directive", colons, name, label, attributes, errors };
    }
    attributes = parsed.attributes;
    spaced = parsed.spaced;
    pos = parsed.end;
  }
  const trailing = src.slice(pos, max).trim();
  if (/^[[{]/.test(trailing) && /[ \t]/.test(src[pos] ?? "")) {
    errors.push(`\`${written}\`: found a space before \`${trailing}\`, expected \`${trailing[0]}\` right after the name or label`);
  } else if (trailing) {
    errors.push(`\`${written}\`: found \`${trailing}\` after the directive, expected the end of the line (labels go in \`[…]\`, attributes in \`{…}\`)`);
  }
  return { type: "directive", colons, name, label, attributes, spaced, errors };
}
