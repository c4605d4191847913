// Reads and writes a directive's `{…}` attribute list for the CMS's editor components.

/** One attribute as written: `by="Jane"` is `{ key: "by", value: "Jane" }`; `#x` is `{ key: "#", value: "x" }`. */
export interface WrittenAttribute {
  key: string;
  value: string;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", apos: "'", lt: "<", gt: ">" };

/** Character references and backslash escapes, as the plugin decodes attribute values. */
export function decodeValue(value: string): string {
  return value
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/**
 * The attributes of `{…}` (without the braces) in order, or `undefined` when the list is not one
 * this reader is sure of (then the component leaves the text alone and the preview reports it).
 */
export function readAttributes(inner: string): WrittenAttribute[] | undefined {
  const out: WrittenAttribute[] = [];
  const re = /\s*(?:([#.])([^\s#.{}"'=<>`]+)|([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|([^\s"'=<>`{}]+)))?)/y;
  let pos = 0;
  while (pos < inner.length) {
    if (/^\s*$/.test(inner.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(inner);
    if (!m || m[0].length === 0) return undefined;
    if (m[1]) out.push({ key: m[1], value: decodeValue(m[2]!) });
    else out.push({ key: m[3]!, value: decodeValue(m[4] ?? m[5] ?? m[6] ?? "") });
    pos = re.lastIndex;
  }
  return out;
}

/** `"…"` with the characters that would end or change it written as references. */
export function quoteValue(value: string): string {
  return `"${value.replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;").replace(/\\/g, "\\\\").replace(/"/g, "&quot;").replace(/\n/g, " ")}"`;
}

/**
 * `{by="…" role="…"}` from named values (empty ones left out) and the other attributes as they
 * were (`#id`, `.class`, anything the form has no field for); `""` when there is nothing.
 */
export function writeAttributes(named: readonly (readonly [string, string | undefined])[], rest: readonly WrittenAttribute[] = []): string {
  const parts = named.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => `${k}=${quoteValue(v!)}`);
  for (const { key, value } of rest) {
    if (key === "#" || key === ".") parts.push(`${key}${value}`);
    else parts.push(value === "" ? key : `${key}=${quoteValue(value)}`);
  }
  return parts.length ? `{${parts.join(" ")}}` : "";
}
