// The pull quote's markup, shared by the Markdown renderers and the `pullquote` shortcode.

/** What a pull quote's frame needs: attribution, extra id/class, and whether it is a duplicate. */
export interface PullQuoteFrame {
  by?: string;
  role?: string;
  id?: string;
  class?: string;
  /** The text also appears in the article: hide the copy from assistive technology. */
  hidden?: boolean;
}

/**
 * `<figure class="pull-quote"><blockquote>`: the attribution goes in a `<figcaption>` outside the
 * `<blockquote>`, as the HTML standard asks (https://html.spec.whatwg.org/multipage/grouping-content.html#the-blockquote-element).
 * No `role="doc-pullquote"`: ARIA in HTML (https://www.w3.org/TR/html-aria/#el-figure) and axe's
 * `aria-allowed-role` allow only `doc-example` on a figure with a figcaption, and DPUB-ARIA 1.1
 * made the role a synonym of `none` (https://www.w3.org/TR/dpub-aria-1.1/#doc-pullquote): a copy
 * is hidden with `aria-hidden="true"` instead, as that role's note advises.
 */
export function pullQuoteOpen(frame: PullQuoteFrame, className: string, escapeHtml: (text: string) => string): string {
  const classes = frame.class ? `${className} ${frame.class}` : className;
  const id = frame.id ? ` id="${escapeHtml(frame.id)}"` : "";
  const hidden = frame.hidden ? ' aria-hidden="true"' : "";
  return `<figure class="${escapeHtml(classes)}"${id}${hidden}><blockquote>\n`;
}

/** `</blockquote><figcaption>Jane Doe, Attorney General</figcaption></figure>`; no caption without `by`/`role`. */
export function pullQuoteClose(frame: PullQuoteFrame, escapeHtml: (text: string) => string): string {
  // Attribute values of inline directives may span lines: a caption is one line of words.
  const caption = [frame.by, frame.role].map((part) => part?.replace(/\s+/g, " ").trim()).filter(Boolean).join(", ");
  return caption
    ? `</blockquote><figcaption>${escapeHtml(caption)}</figcaption></figure>\n`
    : "</blockquote></figure>\n";
}
