// The words of a pull quote and of the body, normalised so a copy can be recognised as one.
import type { Token } from "markdown-it";

/** Plain text of inline tokens: text and code, breaks as spaces, images by their alt text. */
export function inlineText(children: readonly Token[] | null): string {
  let text = "";
  for (const token of children ?? []) {
    if (token.type === "text" || token.type === "code_inline" || token.type === "image") text += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") text += " ";
  }
  return text;
}

/** Case, white space and straight/curly quotes do not matter when comparing quote and body. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A pull quote as it is looked for in the body: normalised, without the quotation marks around it
 * and without its final punctuation (a quote ending in `.` matches a sentence going on with `,`).
 */
export function quoteNeedle(text: string): string {
  return normaliseText(text).replace(/^["'\s]+/, "").replace(/["'\s.,;:!?\u2026]+$/, "");
}

/** Removes `link_open`/`link_close` (keeping the link text): hidden copies must hold nothing focusable. */
export function withoutLinks(children: readonly Token[]): Token[] {
  return children.filter((token) => token.type !== "link_open" && token.type !== "link_close");
}
