// A Pagefind excerpt as text parts, each marked or not, so the page builds it from text nodes, never from HTML.

/** A run of excerpt text; `marked` when it matched the query (Pagefind wraps those in `<mark>`). */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

// Pagefind escapes only `<` and `>` in a page's text before adding `<mark>` around matches, so a
// real tag in an excerpt is one of its own and `&lt;`/`&gt;` stand for the text's `<` and `>`.
const MARK = /<mark>([\s\S]*?)<\/mark>/g;

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** `"a <mark>b</mark> c"` → `a `, `b` (marked), ` c`; empty runs are dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const match of excerpt.matchAll(MARK)) {
    if (match.index > at) parts.push({ text: unescape(excerpt.slice(at, match.index)), marked: false });
    if (match[1]) parts.push({ text: unescape(match[1]), marked: true });
    at = match.index + match[0].length;
  }
  if (at < excerpt.length) parts.push({ text: unescape(excerpt.slice(at)), marked: false });
  return parts;
}
