// A transform that hands Eleventy each page (HTML, feeds, sitemaps) as its UTF-8 bytes instead of a string.

/**
 * Eleventy keeps every page it writes (the build's `results`) until the build ends. A page with
 * a single character beyond Latin-1 (a curly quote, the `—` in every title) is a two-byte string
 * in V8, twice the bytes of the text. Its UTF-8 bytes are the file Eleventy writes anyway,
 * at half that size and outside the JavaScript heap, so the garbage collector never walks it.
 * Files are byte-identical (Eleventy writes a string as UTF-8). Register it last: a transform
 * after it would get a Buffer.
 */
export function utf8Pages(this: { page?: { outputPath?: string | false } }, content: unknown): unknown {
  const outputPath = this.page?.outputPath;
  if (typeof content !== "string" || typeof outputPath !== "string") return content;
  // Memory of its own, not a slice of Node's shared pool: src/build/written-pages.ts frees it
  // once the file is written.
  const bytes = ENCODER.encode(content);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const ENCODER = new TextEncoder();
