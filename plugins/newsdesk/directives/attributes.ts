// Parses a directive's `{…}` attribute list: key="v", key='v', key=v, #id, .class, bare key.
// Follows micromark-extension-directive's grammar; never throws, reports the first mistake.

/**
 * `{by=Jane Doe}`: an unquoted value followed by bare names. The grammar reads `by="Jane"` and an
 * attribute `Doe`; it is almost always one value with a space, so validation says so.
 */
export interface SpacedValue {
  key: string;
  value: string;
  /** The bare names after the value, in order (`["Doe"]`). */
  words: string[];
}

/** The result of reading `{…}` starting at `start` (which must be `{`). */
export type AttributeParse =
  | { ok: true; attributes: Record<string, string>; end: number; spaced: SpacedValue[] }
  | { ok: false; message: string; end: number };

const EXPECTED = "`key=\"value\"`, `#id`, `.class` or `}`";

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e;
}

function isSpace(code: number, multiline: boolean): boolean {
  return code === 0x20 || code === 0x09 || (multiline && (code === 0x0a || code === 0x0d));
}

// Unquoted values stop at white space and at characters that would make them ambiguous.
function isUnquotedChar(code: number): boolean {
  return code > 0x20 && !'"\'=<>`}'.includes(String.fromCharCode(code));
}

/** A short, single-line excerpt of what was found, for messages. */
function found(src: string, pos: number, max: number): string {
  const rest = src.slice(pos, Math.min(max, pos + 20)).split(/\r?\n/)[0];
  return rest ? `\`${rest}\`` : "the end of the line";
}

/**
 * Reads an attribute list from `src[start]` (a `{`) up to `max`. `multiline` allows line breaks
 * (inline directives). `decode` turns entities and backslash escapes into characters.
 */
export function parseAttributes(
  src: string,
  start: number,
  max: number,
  multiline: boolean,
  decode: (value: string) => string,
): AttributeParse {
  const attributes: Record<string, string> = {};
  const spaced: SpacedValue[] = [];
  let run: SpacedValue | undefined;
  // Classes add up, from `.x` and `class="…"` alike (as mdast-util-directive merges them).
  const set = (key: string, value: string) => {
    if (key !== "class" || !attributes.class) attributes[key] = value;
    else if (value) attributes.class = `${attributes.class} ${value}`;
  };
  const fail = (pos: number, message: string): AttributeParse => ({ ok: false, message, end: pos });
  let pos = start + 1;
  for (;;) {
    while (pos < max && isSpace(src.charCodeAt(pos), multiline)) pos++;
    if (pos >= max) return fail(pos, `unterminated attribute list: found the end of the line, expected \`}\``);
    const code = src.charCodeAt(pos);
    if (code === 0x7d /* } */) return { ok: true, attributes, end: pos + 1, spaced: spaced.filter((s) => s.words.length) };
    // Glued shortcuts (`.wide.dark`, `#key.wide`) and a bare name glued to one (`open#key`) are
    // separate attributes, as in the reference grammar; anything else glued on is a mistake.
    let glued = false;

    if (code === 0x23 /* # */ || code === 0x2e /* . */) {
      const nameStart = pos + 1;
      let end = nameStart;
      while (end < max && isUnquotedChar(src.charCodeAt(end)) && src.charCodeAt(end) !== 0x23 && src.charCodeAt(end) !== 0x2e) end++;
      if (end === nameStart) return fail(pos, `malformed attribute list: found ${found(src, pos, max)}, expected a name after \`${src[pos]}\``);
      set(code === 0x23 ? "id" : "class", decode(src.slice(nameStart, end)));
      run = undefined;
      pos = end;
      glued = true;
    } else if (isNameStart(code)) {
      let end = pos + 1;
      while (end < max && isNameChar(src.charCodeAt(end))) end++;
      const key = src.slice(pos, end);
      let after = end;
      while (after < max && isSpace(src.charCodeAt(after), multiline)) after++;
      if (src.charCodeAt(after) !== 0x3d /* = */) {
        set(key, "");
        if (run) run.words.push(key);
        pos = end;
        glued = true;
      } else {
        run = undefined;
        pos = after + 1;
        while (pos < max && isSpace(src.charCodeAt(pos), multiline)) pos++;
        const quote = src.charCodeAt(pos);
        if (quote === 0x22 || quote === 0x27) {
          let close = pos + 1;
          while (close < max && src.charCodeAt(close) !== quote && (multiline || src.charCodeAt(close) !== 0x0a)) {
            close += src.charCodeAt(close) === 0x5c /* \ */ && close + 1 < max ? 2 : 1;
          }
          if (close >= max || src.charCodeAt(close) !== quote) {
            return fail(close, `unterminated attribute value for \`${key}\`: found the end of the line, expected a closing \`${src[pos]}\``);
          }
          set(key, decode(src.slice(pos + 1, close)));
          pos = close + 1;
        } else {
          let close = pos;
          while (close < max && isUnquotedChar(src.charCodeAt(close))) close++;
          if (close === pos) return fail(pos, `malformed attribute list: found ${found(src, pos, max)} after \`${key}=\`, expected a value such as \`${key}="…"\``);
          const value = decode(src.slice(pos, close));
          set(key, value);
          run = { key, value, words: [] };
          spaced.push(run);
          pos = close;
        }
      }
    } else {
      return fail(pos, `malformed attribute list: found ${found(src, pos, max)}, expected ${EXPECTED}`);
    }
    const next = src.charCodeAt(pos);
    if (glued && (next === 0x23 || next === 0x2e)) continue;
    // Attributes are separated by white space; anything else glued on is a mistake.
    if (pos < max && !isSpace(src.charCodeAt(pos), multiline) && src.charCodeAt(pos) !== 0x7d) {
      return fail(pos, `malformed attribute list: found ${found(src, pos, max)}, expected white space or \`}\``);
    }
  }
}
