// HTML escaping for the plugin's renderers, and exported for sites (Newsdesk's own layouts use it).

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes `& < > " '`: safe in text and in quoted attributes. */
export function escapeHtml(value: unknown): string {
  const text = String(value);
  // Most values (dates, URLs, plain headlines) need no escaping: skip the replace when nothing matches.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;
