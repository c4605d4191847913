// Serialises structured data for a `<script type="application/ld+json">` data block, inert in HTML.

// `<` stops `</script>` and `<!--` from ending or changing the script element; `>` and `&` are
// escaped too so the text is safe anywhere; U+2028/2029 break older JavaScript parsers.
// https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
const UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** `JSON.stringify` whose output can sit inside a `<script>` element without ending it. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]);
}

/** A complete `<script type="application/ld+json">` element holding `value`. */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${serializeJsonLd(value)}</script>`;
}
