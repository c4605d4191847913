// Moves each pull quote that repeats the story a paragraph away from the sentence it repeats.

// One paragraph: `<p>` to its own `</p>` (a paragraph's HTML holds no other paragraph).
const PARAGRAPH = String.raw`<p>(?:(?!<\/p>)[\s\S])*<\/p>\n`;
// A pull quote the plugin marked as a copy of the story's words (`aria-hidden="true"`: a lifted
// `:pull[…]`, or a `:::pullquote` found in the body), to its own `</figure>`.
const COPY = String.raw`<figure class="pull-quote\b[^"]*"[^>]*\baria-hidden="true"[^>]*>(?:(?!<\/figure>)[\s\S])*<\/figure>\n`;
// The paragraph a copy follows (and the one before that, when there is one), the copy, and the
// paragraph after it when there is one.
const AROUND_COPY = new RegExp(`(${PARAGRAPH})?(${PARAGRAPH})(${COPY})(${PARAGRAPH})?`, "g");

/**
 * The plugin places a pull quote right after the paragraph its words come from, so a reader
 * meets the same sentence twice in a row. A copy that follows a paragraph is moved below the next
 * paragraph when there is one (on a phone it breaks the text a paragraph later; on a wide screen
 * it floats beside that later paragraph). Where the section ends there, it goes up instead,
 * above the paragraph before the one it came from (or above that one, if it is the first): a
 * foretaste, a paragraph ahead. Never past a heading, list, stat or another quote; a quote that
 * is not a copy (its words are only in the quote) stays where the author put it.
 */
export function deferPullQuotes(body: string): string {
  if (!body.includes("pull-quote")) return body;
  return body.replace(AROUND_COPY, (_all, before: string | undefined, source: string, copy: string, next: string | undefined) =>
    next ? (before ?? "") + source + next + copy : copy + (before ?? "") + source,
  );
}
