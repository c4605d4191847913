// Shortcode pull quotes are checked against the finished page: a template cannot see the words around it.
import { normaliseText, quoteNeedle } from "./pull-quote-text.ts";

/**
 * Marks a shortcode's `<figure>` until the page is checked; never left in a page. A comment, not
 * an attribute: where the transform does not run (a feed built from `templateContent`), it shows
 * nothing and validates.
 */
export const PAGE_CHECK_MARKER = "<!--newsdesk:pullquote-->";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of an HTML fragment: tags dropped (as word breaks), character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?(?:p|div|li|h[1-6]|br|td|th|figure|figcaption|blockquote|section|article|header|footer|nav|main|aside|ul|ol)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return NAMED[name.toLowerCase()] ?? entity;
    });
}

const MARKED = new RegExp(`<figure\\b([^>]*)>${PAGE_CHECK_MARKER}([\\s\\S]*?)</figure>`, "g");

/** A page after its shortcode pull quotes are checked: its HTML, and the quotes whose words it lacks. */
export interface CheckedPage {
  html: string;
  /** The words of each shortcode pull quote not found elsewhere on the page, in page order. */
  notOnPage: string[];
}

/**
 * For each shortcode pull quote on the page (its `<figure>` opens with `PAGE_CHECK_MARKER`): when
 * its words are also in the page's text outside every such quote, it is a copy and gets
 * `aria-hidden="true"` with its links unwrapped (nothing focusable in hidden content), as the
 * Markdown forms do; otherwise its words are listed in `notOnPage` (for `verifyPullQuotes`). The
 * marker is removed either way. Pages without one come back unchanged.
 */
export function checkShortcodeQuotes(html: string): CheckedPage {
  if (!html.includes(PAGE_CHECK_MARKER)) return { html, notOnPage: [] };
  const body = /<body\b[\s\S]*$/i.exec(html)?.[0] ?? html;
  const pageText = normaliseText(htmlText(body.replace(MARKED, " ")));
  const notOnPage: string[] = [];
  const checked = html.replace(MARKED, (_, attributes: string, inner: string) => {
    const quote = /<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/i.exec(inner)?.[1] ?? "";
    const needle = quoteNeedle(htmlText(quote));
    if (!needle || !pageText.includes(needle)) {
      if (needle) notOnPage.push(htmlText(quote).replace(/\s+/g, " ").trim());
      return `<figure${attributes}>${inner}</figure>`;
    }
    const unlinked = inner.replace(/<\/?a\b[^>]*>/gi, "");
    return `<figure${attributes} aria-hidden="true">${unlinked}</figure>`;
  });
  return { html: checked, notOnPage };
}
