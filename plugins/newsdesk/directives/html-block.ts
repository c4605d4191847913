// markdown-it's HTML block conditions (CommonMark 4.6), so the fence search reads HTML as markdown-it does.

// CommonMark's block-level tag names (type 6), as markdown-it lists them.
const BLOCK_NAMES = [
  "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
  "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
  "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
  "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table",
  "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
];

const ATTRIBUTE = `(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)`;
const OPEN_OR_CLOSE_TAG = new RegExp(`^(?:<[A-Za-z][A-Za-z0-9\\-]*${ATTRIBUTE}*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>)\\s*$`);

/** Start and end conditions by type (1–7); types 6 and 7 end at a blank line. */
const STARTS: RegExp[] = [
  /^<(script|pre|style|textarea)(?=(\s|>|$))/i,
  /^<!--/,
  /^<\?/,
  /^<![A-Z]/,
  /^<!\[CDATA\[/,
  new RegExp(`^</?(${BLOCK_NAMES.join("|")})(?=(\\s|/?>|$))`, "i"),
  OPEN_OR_CLOSE_TAG,
];
const ENDS: RegExp[] = [/<\/(script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/];

/**
 * The HTML block type (1–7) a line starting with `<` opens, or 0. Type 7 (any lone tag) cannot
 * interrupt a paragraph: it needs `afterBlank` (the line before was blank, or there was none).
 */
export function htmlBlockStart(line: string, afterBlank: boolean): number {
  for (let i = 0; i < STARTS.length; i++) {
    if (STARTS[i].test(line)) return i === 6 && !afterBlank ? 0 : i + 1;
  }
  return 0;
}

/** Whether `line` holds the end of an HTML block of type 1–5 (the end is on that line). */
export function htmlBlockEnds(type: number, line: string): boolean {
  return type >= 1 && type <= 5 && ENDS[type - 1].test(line);
}
