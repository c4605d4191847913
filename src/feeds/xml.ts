// Escaping for XML text and attribute values (feeds and sitemaps).

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Escapes `& < > " '`. `>` matters: `]]>` is forbidden in XML text. Characters XML 1.0 cannot
 * hold at all (C0 controls other than tab, newline, carriage return) are dropped.
 */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}
