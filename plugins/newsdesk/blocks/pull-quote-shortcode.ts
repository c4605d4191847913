// The `pullquote` paired shortcode for Nunjucks, Liquid and 11ty.js: the Markdown form's HTML.
import { PAGE_CHECK_MARKER } from "./pull-quote-page-check.ts";
import { pullQuoteClose, pullQuoteOpen } from "./pull-quote-html.ts";

/** How the shortcode turns its content into HTML and escapes attribute values. */
export interface PullQuoteShortcodeSettings {
  /**
   * Renders the quote's text as Markdown blocks (`md.render`), so it matches `:::pullquote`.
   * `page` is the calling template's Eleventy `page` (`this.page`), for problem reports.
   */
  render: (markdown: string, page?: unknown) => string;
  /** `md.utils.escapeHtml`. */
  escape: (text: string) => string;
  className: string;
  /**
   * Marks the figure for `checkShortcodeQuotes`, which hides it from assistive technology
   * when the finished page holds its words (the plugin's transform). Default: `false`.
   */
  checkPage?: boolean;
}

/** Removes the indentation common to every non-blank line (template content is often indented). */
function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : value == null ? undefined : String(value);
}

/**
 * `{% pullquote "Jane Doe", "Attorney General" %}Words.{% endpullquote %}` (Liquid, Nunjucks),
 * `{% pullquote by="Jane Doe", role="…" %}` (Nunjucks keyword arguments), or
 * `this.pullquote(content, by, role)` in 11ty.js. `by` and `role` are optional.
 */
export function pullQuoteShortcode(settings: PullQuoteShortcodeSettings) {
  return function pullquote(this: { page?: unknown } | void, content: unknown, by?: unknown, role?: unknown): string {
    // Nunjucks passes keyword arguments as one object (marked `__keywords`).
    if (by !== null && typeof by === "object") ({ by, role } = by as { by?: unknown; role?: unknown });
    const frame = { by: text(by), role: text(role) };
    const body = settings.render(dedent(String(content ?? "")), this?.page);
    const open = pullQuoteOpen(frame, settings.className, settings.escape);
    const marked = settings.checkPage ? open.replace(/><blockquote>/, `>${PAGE_CHECK_MARKER}<blockquote>`) : open;
    return marked + body + pullQuoteClose(frame, settings.escape);
  };
}
