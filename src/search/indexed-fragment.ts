// The part of a page Pagefind reads: the element with data-pagefind-body, in a document with the page's language.
import { PAGEFIND } from "./search-names.ts";

// The start tag of the indexed element: its name, and the attribute inside the tag (text that
// mentions the attribute is escaped, `&lt;`, so never matches).
const BODY_TAG = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${PAGEFIND.body}(?=[\\s=/>])[^>]*>`, "i");
const LANG = /<html\b[^>]*\slang="([^"]*)"/i;

/** The start tag of the page's `data-pagefind-body` element (its name is group 1), or `null`: a page without one is not indexed. */
export function indexedElement(html: string): RegExpExecArray | null {
  return BODY_TAG.exec(html);
}

/**
 * `html` cut down to what Pagefind indexes when every indexed page has a `data-pagefind-body`
 * element: that element (its title, text, `data-pagefind-meta` and filters are all inside it),
 * in a document that keeps the page's `lang`. The head, header, navigation and footer are left
 * out, so Pagefind parses a third of the bytes and writes the same index
 * (test/search/indexed-fragment.test.ts). `undefined` when the page has no such element, two of
 * them, or one not closed: the page is then indexed whole. `open`: {@link indexedElement} of
 * `html`, when the caller has it.
 */
export function indexedFragment(html: string, open: RegExpExecArray | null = indexedElement(html)): string | undefined {
  if (!open) return undefined;
  const rest = html.slice(open.index + open[0].length);
  if (BODY_TAG.test(rest)) return undefined;
  const name = open[1]!.toLowerCase();
  // The matching end tag: elements of the same name nest (an article's teasers are articles).
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  let depth = 1;
  let end = -1;
  for (let tag = tags.exec(rest); tag; tag = tags.exec(rest)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      end = tag.index + tag[0].length;
      break;
    }
  }
  if (end < 0) return undefined;
  const lang = LANG.exec(html)?.[1];
  return `<!doctype html><html${lang === undefined ? "" : ` lang="${lang}"`}><body>${open[0]}${rest.slice(0, end)}</body></html>`;
}
